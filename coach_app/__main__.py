import multiprocessing

from coach_app.cli import main

# The report batch starts worker processes with spawn; inside a frozen bundle each worker
# re-runs this entry point, and freeze_support() turns it into a worker instead of the CLI.
multiprocessing.freeze_support()
raise SystemExit(main())
