"""`python -m site_builder.cli`, as the tests and a checkout without the entry point run the command."""

import sys

from .main import main

sys.exit(main())
