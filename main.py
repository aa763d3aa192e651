from deepetch_desktop.gui.app import main

raise SystemExit(main())
