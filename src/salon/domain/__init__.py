"""Pure Python domain: no I/O, imports nothing else of Salon."""
