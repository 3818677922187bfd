"""Resolve the search plugin's jieba user dictionary against mkdocs.yml's folder.

Material's search plugin reads `jieba_dict_user` relative to the working
directory (and only accepts a plain string), so `mkdocs build -f
path/to/mkdocs.yml` from elsewhere would not find it. This runs before the
plugin loads the dictionary and makes the path absolute.
"""
from __future__ import annotations

import os

from mkdocs.plugins import event_priority


@event_priority(100)  # before the search plugin's on_config loads jieba's dictionaries
def on_config(config):
    search = config.plugins.get("material/search") or config.plugins.get("search")
    path = search and search.config.get("jieba_dict_user")
    if path and not os.path.isabs(path):
        base = os.path.dirname(os.path.abspath(config.config_file_path))
        search.config.jieba_dict_user = os.path.join(base, path)
    return config
