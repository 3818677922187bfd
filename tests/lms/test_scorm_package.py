"""The SCORM 1.2 package (lms/scorm.py): its manifest against the ADL schema
files with lxml, its files against the manifest, and the site inside built
for an LMS (links to page files, no link to a host)."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from lms import scorm

CP = "{http://www.imsproject.org/xsd/imscp_rootv1p1p2}"


def _schema() -> etree.XMLSchema:
    here = scorm.SCHEMAS
    wrapper = f"""<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
      <xsd:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="{(here / 'imscp_rootv1p1p2.xsd').as_uri()}"/>
      <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="{(here / 'adlcp_rootv1p2.xsd').as_uri()}"/>
    </xsd:schema>"""
    return etree.XMLSchema(etree.fromstring(wrapper.encode()))


def test_the_manifest_is_valid_against_the_adl_schemas(package):
    manifest = etree.fromstring(zipfile.ZipFile(package).read("imsmanifest.xml"))
    schema = _schema()
    assert schema.validate(manifest), schema.error_log
    broken = etree.fromstring(etree.tostring(manifest))
    broken.find(f"{CP}resources/{CP}resource").attrib.pop("identifier")
    assert not schema.validate(broken)  # the schema does check what it should


def test_the_manifest_lists_every_file_and_nothing_else(package):
    archive = zipfile.ZipFile(package)
    manifest = etree.fromstring(archive.read("imsmanifest.xml"))
    resource = manifest.find(f"{CP}resources/{CP}resource")
    listed = [f.get("href") for f in resource.findall(f"{CP}file")]
    members = set(archive.namelist()) - {"imsmanifest.xml"} - {p.name for p in scorm.SCHEMAS.glob("*.xsd")}
    assert sorted(listed) == sorted(members)
    assert resource.get("href") in members and resource.get("href").endswith(".html")
    assert manifest.find(f"{CP}organizations/{CP}organization/{CP}item/"
                         "{http://www.adlnet.org/xsd/adlcp_rootv1p2}masteryscore").text == "80"
    assert not [m for m in members if m.endswith((".gz", ".br"))]
    assert any(m.startswith("pyodide/") and m.endswith(".wasm") for m in members)  # no outside host needed


def test_the_pages_inside_link_to_files_and_to_no_host(package):
    archive = zipfile.ZipFile(package)
    pages = [m for m in archive.namelist() if m.endswith(".html")]
    assert len(pages) > 20
    for name in pages:
        body = archive.read(name).decode("utf-8")
        assert "127.0.0.1" not in body, name
        folder_links = [h for h in re.findall(r'href="([^"#:]+)"', body) if h.endswith("/")]
        assert not folder_links, (name, folder_links[:3])


def test_the_same_site_gives_the_same_package(scorm_site, package, tmp_path):
    again = tmp_path / "again.zip"
    scorm.write_package(scorm_site, again)
    assert again.read_bytes() == package.read_bytes()
