"""Point a built page's search worker at the gate that holds it back.

Not a hook itself: hooks/trainer_assets.py calls gate_search_worker() from
on_post_page for pages with a checker. Material names its search worker in
the page's `<script id="__config">` JSON; the gate
(overrides/assets/javascripts/workers/search-gate.js, copied beside that
worker) loads Material's worker unchanged but holds the search index until the
checker is ready or the learner opens search, so the index build does not
compete with Pyodide's boot.
"""
from __future__ import annotations

import json
import posixpath
import re

from mkdocs.exceptions import PluginError

GATE = "search-gate.js"
CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


def gate_search_worker(output: str, where: str) -> str:
    """Return the page with its __config search worker replaced by the gate."""
    match = CONFIG.search(output)
    if not match:
        return output   # a page without the theme's scripts has no search worker
    config = json.loads(match.group(2))
    worker = config.get("search")
    if not worker:
        return output
    quoted = json.dumps(worker)
    if quoted not in match.group(2):
        raise PluginError(f"{where}: cannot find the search worker {quoted} in the theme's __config")
    gate = posixpath.join(posixpath.dirname(worker), GATE) + "?worker=" + posixpath.basename(worker)
    new_config = match.group(2).replace(quoted, json.dumps(gate), 1)
    return output[:match.start(2)] + new_config + output[match.end(2):]
