"""Entry point of the frozen `ssc-desktop` GUI (PyInstaller needs a script, not a gui_scripts entry)."""

from ssc_desktop.app import main

raise SystemExit(main())
