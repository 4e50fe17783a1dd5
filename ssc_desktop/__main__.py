from ssc_desktop.app import main

raise SystemExit(main())
