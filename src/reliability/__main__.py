"""``python -m reliability``: the same as the ``reliability`` command."""

import sys

from reliability.cli import main

sys.exit(main())
