"""Rules of the coach's world, in pure Python: no Qt, no SQL."""
