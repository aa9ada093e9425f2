"""Coach: field-consultation coaching for small manufacturers."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # Looked up when first asked for: importlib.metadata costs a start-up a tenth of a second.
    if name != "__version__":
        raise AttributeError(f"module 'coach_app' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("coach-app")
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0.0.0"
    globals()["__version__"] = found
    return found
