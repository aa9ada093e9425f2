"""Coach: field-consultation coaching for small manufacturers."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("coach-app")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
