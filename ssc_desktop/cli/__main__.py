from ssc_desktop.cli import main

raise SystemExit(main())
