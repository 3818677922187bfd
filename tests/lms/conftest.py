"""The SCORM package, built once per test session (lms/scorm.py): the site built for an
LMS and the zip made of it."""
from __future__ import annotations

from pathlib import Path

import pytest

from lms import scorm


@pytest.fixture(scope="session")
def scorm_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("scorm-site")
    scorm.build_site(site)
    return site


@pytest.fixture(scope="session")
def package(scorm_site, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist") / "smart-trainer-scorm12.zip"
    scorm.write_package(scorm_site, out)
    return out
