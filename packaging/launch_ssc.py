"""Entry point of the frozen `ssc` command line (PyInstaller needs a script, not a console_scripts entry)."""

from ssc_desktop.cli import main

raise SystemExit(main())
