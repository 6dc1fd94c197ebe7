from kopdes_desktop.ui.app import main

raise SystemExit(main())
