"""Storage: SQLAlchemy tables, queries and migrations. The only place with SQL."""
