"""Use cases shared by the GUI and the CLI: each one transaction, each validating its input."""
