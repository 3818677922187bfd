"""Quiz banks (YAML under quiz/banks/) and the tools around them.

`python -m quiz check` validates the banks, `python -m quiz export` writes
Moodle XML, Moodle GIFT or QTI 1.2 (one module each, shared parts in
export_common.py); the MkDocs hook `hooks/quiz_pages.py` renders them
into the site. The schema is documented in quiz/README.md.
"""
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parent
DEFAULT_BANKS_DIR = PACKAGE_DIR / "banks"
DEFAULT_DOCS_DIR = PROJECT_ROOT / "docs"
