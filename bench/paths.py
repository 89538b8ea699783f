"""Where the shared data lives, for every bench and the tests: $CLIPPER_SHARED, else ../shared."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CLIPPER_SHARED", ROOT.parent / "shared"))
