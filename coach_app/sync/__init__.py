"""Sync between the local SQLite file and the agency's shared PostgreSQL (no Qt)."""
