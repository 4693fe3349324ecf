"""The import tests share one fixture: `importer`, running `salon import` on the test database."""

from tests.importing import importer

__all__ = ["importer"]
