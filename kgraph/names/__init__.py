"""Offline name tables (foreign cities, Korean administrative units, countries) and their loader."""
