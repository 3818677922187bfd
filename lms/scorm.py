"""`make scorm`: the whole site as a SCORM 1.2 package an LMS can import.

    python -m lms.scorm [--out dist/smart-trainer-scorm12.zip] [--site DIR]

Builds the site with the LMS runtime switched on (LMS_PACKAGE=scorm12: the
pages load docs/assets/lms/scorm.js, which talks to the LMS and does nothing
outside one) and with links to page files (index.html) rather than to
folders, since an LMS's content server may not serve a folder's index. The
package holds imsmanifest.xml and the ADL schema files at its root and the
site beside them, Pyodide included, so it needs no outside host. One SCO:
the course is one activity whose score is the final test's. The SCO's entry
page is scorm.html, which holds the LMS session while the course's pages
load in its frame (lms/README.md).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = Path(__file__).resolve().parent / "schemas" / "scorm12"
DEFAULT_OUT = ROOT / "dist" / "smart-trainer-scorm12.zip"
IDENTIFIER = "smart-goal-trainer"
MASTERY_SCORE = 80  # the final test's pass mark, in percent
LAUNCHER = "scorm.html"   # the SCO's entry page: holds the LMS session, the course in its frame (hooks/lms_runtime.py)
SKIPPED_SUFFIXES = (".gz", ".br")  # precompressed copies: an LMS serves the files themselves
ZIP_TIME = (2026, 1, 1, 0, 0, 0)   # fixed, so the same site gives the same package

CP = "http://www.imsproject.org/xsd/imscp_rootv1p1p2"
ADLCP = "http://www.adlnet.org/xsd/adlcp_rootv1p2"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{CP} imscp_rootv1p1p2.xsd {ADLCP} adlcp_rootv1p2.xsd"


class PackageError(Exception):
    """The package cannot be made (the message says why)."""


def build_site(site_dir: Path) -> None:
    env = {**os.environ, "LMS_PACKAGE": "scorm12", "SITE_DIRECTORY_URLS": "false", "SITE_URL": ""}
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise PackageError(f"the site build failed:\n{proc.stdout}{proc.stderr}")


def site_files(site_dir: Path) -> list[str]:
    files = []
    for path in sorted(site_dir.rglob("*")):
        if path.is_file() and not path.name.endswith(SKIPPED_SUFFIXES):
            files.append(path.relative_to(site_dir).as_posix())
    return files


def entry_page(files: list[str]) -> str:
    if LAUNCHER in files:
        return LAUNCHER
    raise PackageError(f"the built site has no {LAUNCHER}: build it with LMS_PACKAGE=scorm12 (or leave out --site)")


def site_title() -> str:
    for line in (ROOT / "mkdocs.yml").read_text(encoding="utf-8").splitlines():
        if line.startswith("site_name:"):
            return line.split(":", 1)[1].strip()
    return "SMART"


def manifest(files: list[str], title: str) -> bytes:
    """imsmanifest.xml: one organization, one item, one SCO resource listing every file."""
    ET.register_namespace("", CP)
    ET.register_namespace("adlcp", ADLCP)
    ET.register_namespace("xsi", XSI)
    root = ET.Element(f"{{{CP}}}manifest", {"identifier": IDENTIFIER, "version": "1.0",
                                           f"{{{XSI}}}schemaLocation": SCHEMA_LOCATION})
    meta = ET.SubElement(root, f"{{{CP}}}metadata")
    ET.SubElement(meta, f"{{{CP}}}schema").text = "ADL SCORM"
    ET.SubElement(meta, f"{{{CP}}}schemaversion").text = "1.2"
    orgs = ET.SubElement(root, f"{{{CP}}}organizations", {"default": "org-course"})
    org = ET.SubElement(orgs, f"{{{CP}}}organization", {"identifier": "org-course"})
    ET.SubElement(org, f"{{{CP}}}title").text = title
    item = ET.SubElement(org, f"{{{CP}}}item", {"identifier": "item-course", "identifierref": "res-course",
                                                "isvisible": "true"})
    ET.SubElement(item, f"{{{CP}}}title").text = title
    ET.SubElement(item, f"{{{ADLCP}}}masteryscore").text = str(MASTERY_SCORE)
    resources = ET.SubElement(root, f"{{{CP}}}resources")
    resource = ET.SubElement(resources, f"{{{CP}}}resource", {
        "identifier": "res-course", "type": "webcontent", f"{{{ADLCP}}}scormtype": "sco", "href": entry_page(files)})
    for name in files:
        ET.SubElement(resource, f"{{{CP}}}file", {"href": name})
    ET.indent(root)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"


def _add(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    archive.writestr(info, data)


def write_package(site_dir: Path, out: Path) -> dict:
    files = site_files(site_dir)
    if "imsmanifest.xml" in files:
        raise PackageError("the site already holds an imsmanifest.xml")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".part")
    with zipfile.ZipFile(tmp, "w") as archive:
        _add(archive, "imsmanifest.xml", manifest(files, site_title()))
        for schema in sorted(SCHEMAS.glob("*.xsd")):
            _add(archive, schema.name, schema.read_bytes())
        for name in files:
            _add(archive, name, (site_dir / name).read_bytes())
    tmp.replace(out)
    return {"files": len(files), "bytes": out.stat().st_size, "entry": entry_page(files)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lms.scorm", description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--site", type=Path, help="package this built site instead of building one "
                                                   "(built with LMS_PACKAGE=scorm12 SITE_DIRECTORY_URLS=false SITE_URL=)")
    args = parser.parse_args(argv)
    try:
        if args.site:
            facts = write_package(args.site, args.out)
        else:
            with tempfile.TemporaryDirectory() as tmp:
                build_site(Path(tmp))
                facts = write_package(Path(tmp), args.out)
    except PackageError as exc:
        print(f"lms.scorm: {exc}", file=sys.stderr)
        return 2
    print(f"lms.scorm: {args.out} ({facts['bytes'] / 1024 / 1024:.1f} MB, {facts['files']} files, "
          f"entry {facts['entry']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
