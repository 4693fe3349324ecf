"""App factory for running Salon under plain uvicorn (several workers) in the benchmark.

    uvicorn --factory --app-dir bench/isso salon_app:create --workers 2 ...

Settings come from the TOML file named by ``SALON_CONFIG`` plus ``SALON_*`` variables,
exactly as ``salon serve`` reads them. Migrate the database *before* starting workers
(``salon db upgrade --config FILE``): each worker would otherwise race to migrate it.
"""

from __future__ import annotations

import os

from fastapi import FastAPI

from salon.app import create_app
from salon.config import load_settings


def create() -> FastAPI:
    return create_app(load_settings(None, environ=os.environ))
