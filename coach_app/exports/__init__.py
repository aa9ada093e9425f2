"""Excel summaries and company-list imports with openpyxl (no Qt)."""
