"""How long compiling the 38 server catalogues (19 languages x salon, admin) takes at start.

Run: .venv/bin/python bench/catalogues.py  (prints the median of 5 runs and the load average)
"""

from __future__ import annotations

import os
import statistics
import time

from salon.i18n.catalogues import Catalogues


def main() -> None:
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        Catalogues()
        runs.append(time.perf_counter() - start)
    load = os.getloadavg()
    print(f"compile all catalogues: median {statistics.median(runs) * 1000:.0f} ms "
          f"(min {min(runs) * 1000:.0f} ms), load average {load[0]:.1f}")  # fmt: skip


if __name__ == "__main__":
    main()
