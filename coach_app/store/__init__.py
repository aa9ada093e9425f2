"""The local SQLite store: typed models, one transaction helper, migrations, backups."""
