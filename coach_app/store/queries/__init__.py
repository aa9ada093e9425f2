"""Read queries, one module per entity; services call them rather than building SELECTs.

Each function takes an open session and returns rows of that session. Deleted rows are
left out by the session itself (``coach_app.store.live``), so no query here says so.
"""
