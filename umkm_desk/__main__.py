import sys

from umkm_desk.cli import main

sys.exit(main())
