"""The handouts print as one A4 page each: printed to PDF by Chromium and read back
with pypdf (page count and size, every line of the sheet in the PDF's text, every
piece of text inside the page), laid out at the printable width without anything
overflowing its box, with the Chinese drawn by a CJK font (as Chromium reports
for the rendered text) and the site chrome hidden. A print-media screenshot of
each sheet is kept in the test's tmp_path."""
from __future__ import annotations

import io
import re
import unicodedata

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.browser

HANDOUTS = {
    "teach/handouts/card/": "SMART · PDCA · STAR 速查卡",
    "teach/handouts/goal-worksheet/": "目标工作单",
    "teach/handouts/action-plan/": "行动计划表",
}
A4_PT = (595.3, 841.9)        # 210 x 297 mm in PDF points
MARGIN_MM = 12                # handouts.css: @page margin
PX_PER_MM = 96 / 25.4
PRINT_WIDTH_PX = round((210 - 2 * MARGIN_MM) * PX_PER_MM)
PRINT_HEIGHT_PX = round((297 - 2 * MARGIN_MM) * PX_PER_MM)
CHROME = [".md-header", ".md-tabs", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer", ".ho-screen"]
# Chromium writes some CJK characters into the PDF's text as their Kangxi/CJK radical twins
# (目 as U+2F6C, 户 as U+2F3E, whose NFKC form is 戶): a radical in the PDF may stand for any character.
RADICAL = "[\u2e80-\u2fdf]"

# Elements of the sheet whose content is wider than their box (cut off or spilling over).
OVERFLOW = """() => {
  const article = document.querySelector('article');
  const right = article.getBoundingClientRect().right;
  return [...article.querySelectorAll('*')].filter(e => {
    const r = e.getBoundingClientRect();
    if (!r.width && !r.height) return false;
    return e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible'
        || r.right > right + 1;
  }).map(e => e.tagName + '.' + e.className + ': ' + e.textContent.slice(0, 30));
}"""
HIDDEN = "sels => sels.map(s => [...document.querySelectorAll(s)].every(e => getComputedStyle(e).display === 'none'))"


def _words(text: str) -> str:
    """Only the letters, digits and Han characters (and radical stand-ins) of a text: the PDF's text
    keeps them but may space, break or substitute the punctuation (／ comes back as ∕)."""
    kept = (c if re.match(RADICAL, c) else unicodedata.normalize("NFKC", c) for c in text)
    return "".join(c for c in "".join(kept) if c.isalnum() or re.match(RADICAL, c))


def _pattern(cell: str) -> re.Pattern:
    """A cell or line of the sheet as it must appear in the PDF's words; a radical may stand for a character."""
    return re.compile("".join(f"(?:{re.escape(c)}|{RADICAL})" for c in _words(cell)))


def _pdf_text_and_positions(pdf: bytes):
    reader = PdfReader(io.BytesIO(pdf))
    positions = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():   # where the text starts on the page, in points (text matrix, then the CTM)
            x, y = tm[4], tm[5]
            positions.append((text, x * cm[0] + y * cm[2] + cm[4], x * cm[1] + y * cm[3] + cm[5]))

    text = "".join(page.extract_text(visitor_text=visit) for page in reader.pages)
    return reader, text, positions


def _fonts_drawing(page, selector: str) -> list[str]:
    """The platform fonts Chromium used to draw the text of the first `selector` (DevTools protocol)."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    return [f["familyName"] for f in fonts if f["glyphCount"] > 0]


@pytest.mark.parametrize("url", list(HANDOUTS))
def test_handout_prints_on_one_a4_page_with_all_its_text_and_cjk_glyphs(page, site_url, url, tmp_path):
    page.goto(site_url + url)
    page.wait_for_selector("article h1")
    assert page.locator(".ho-screen").is_visible(), "the printing note shows on screen"

    page.set_viewport_size({"width": PRINT_WIDTH_PX, "height": PRINT_HEIGHT_PX})
    page.emulate_media(media="print")
    assert all(page.evaluate(HIDDEN, CHROME)), "site chrome or the screen-only note would print"
    assert page.evaluate(OVERFLOW) == [], "something is wider than its box at the printable width"
    lines = [l.strip() for l in page.locator("article").inner_text().split("\n") if l.strip().rstrip("¶")]
    title = HANDOUTS[url]
    assert lines[0].rstrip("¶").strip() == title

    # Chinese glyphs: the title and a table header are drawn by a CJK font, not by a fallback box.
    for selector in ("article h1", "article th"):
        fonts = _fonts_drawing(page, selector)
        assert any("CJK" in f for f in fonts), (selector, fonts)

    page.screenshot(path=str(tmp_path / (url.strip("/").replace("/", "_") + "-print.png")), full_page=True)
    pdf = page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
    (tmp_path / (url.strip("/").replace("/", "_") + ".pdf")).write_bytes(pdf)

    reader, text, positions = _pdf_text_and_positions(pdf)
    assert len(reader.pages) == 1, f"{url} printed on {len(reader.pages)} pages"
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - A4_PT[0]) < 2 and abs(float(box.height) - A4_PT[1]) < 2, box
    # Each table cell and each line on its own: the PDF interleaves the lines of cells side by side.
    cells = [c.strip() for l in lines for c in l.rstrip("¶").split("\t") if _words(c)]
    printed = _words(text)
    missing = [c for c in cells if not _pattern(c).search(printed)]
    assert len(cells) > 10 and missing == [], f"text of the sheet not in the PDF: {missing}"
    outside = [(t, round(x), round(y)) for t, x, y in positions
               if not (0 <= x <= float(box.width) and 0 <= y <= float(box.height))]
    assert positions and outside == [], outside


def test_screen_layout_keeps_the_handouts_readable_on_a_phone(page, site_url):
    """On a narrow screen the card's columns stack instead of squeezing the text."""
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(site_url + "teach/handouts/card/")
    columns = page.evaluate("getComputedStyle(document.querySelector('.ho-grid')).gridTemplateColumns")
    assert len(columns.split()) == 1, columns
