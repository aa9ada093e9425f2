"""PDF reports built with reportlab (no Qt)."""
