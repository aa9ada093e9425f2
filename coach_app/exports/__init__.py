"""Excel summaries (XlsxWriter) and company-list imports (openpyxl); no Qt."""
