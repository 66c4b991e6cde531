"""read_document on each supported format: text, ids, hashes, titles, offsets."""

from __future__ import annotations

import hashlib

from ingest_fixtures import EN_TEXT, LV_TEXT, minimal_pdf  # type: ignore[import-not-found]

from allygraph.ingest.read import read_document


def test_txt_keeps_text_and_fingerprints_raw_bytes(write):
    p = write("brief_01.txt", f"Mācību pārskats\n\n{LV_TEXT}\n")
    doc = read_document(p)
    assert doc.id == "brief_01"
    assert doc.format == "txt"
    assert doc.text == f"Mācību pārskats\n\n{LV_TEXT}"
    assert doc.sha256 == hashlib.sha256(p.read_bytes()).hexdigest()
    assert doc.title == "Mācību pārskats"
    assert doc.path == str(p)


def test_txt_strips_markdown_links_so_offsets_match_visible_text(write):
    p = write("links.txt", "In a [Joint Statement](#) and [another](https://example.org/a_(b)) text.")
    doc = read_document(p)
    assert doc.text == "In a Joint Statement and another text."


def test_markdown_links_headings_images_removed_emphasis_kept(write):
    src = ("# Northern Exercise Review\n\nThe [Baltic Defence College](https://example.org) hosted "
           "**three** seminars.\n\n![map of the area](map.png)\n\n[ref]: https://example.org\n")
    doc = read_document(write("review.md", src))
    assert doc.format == "md"
    assert doc.title == "Northern Exercise Review"
    assert doc.text.startswith("Northern Exercise Review\n\nThe Baltic Defence College hosted **three** seminars.")
    assert "map of the area" in doc.text
    assert "https://" not in doc.text and "[ref]" not in doc.text


def test_html_main_content_only_blocks_become_paragraphs(write):
    html = """<!doctype html><html><head><title>Page title</title>
    <meta property="article:published_time" content="2021-06-14T09:00:00+03:00">
    <style>p { color: red }</style><script>var x = "do not keep";</script></head>
    <body><header>Site header</header><nav><a href="/">Home</a> | <a href="/x">Menu</a></nav>
    <main><h1>Allies &amp; partners</h1><p>First paragraph with <b>bold</b> text.</p>
    <p>Second&nbsp;paragraph.</p><ul><li>one item</li><li>another item</li></ul>
    <form><input value="search"></form></main>
    <footer>Copyright footer</footer></body></html>"""
    doc = read_document(write("page.html", html))
    assert doc.format == "html"
    assert doc.title == "Page title"
    assert doc.date == "2021-06-14"
    assert doc.text == ("Allies & partners\n\nFirst paragraph with bold text.\n\nSecond paragraph.\n\n"
                        "- one item\n\n- another item")
    for junk in ("Site header", "Menu", "do not keep", "color", "Copyright", "search"):
        assert junk not in doc.text


def test_html_prefers_article_over_body(write):
    html = "<body><div>Sidebar links</div><article><p>The story itself.</p></article></body>"
    assert read_document(write("a.htm", html)).text == "The story itself."


def test_html_without_main_uses_body(write):
    html = "<html><body><div>Block one</div><div>Block two<br>same block</div></body></html>"
    assert read_document(write("b.html", html)).text == "Block one\n\nBlock two\nsame block"


def test_malformed_html_with_unclosed_tags_still_reads(write):
    html = "<html><body><p>Open paragraph <b>bold <i>italic<p>Next one <div>inside"
    doc = read_document(write("broken.html", html))
    assert "Open paragraph bold italic" in doc.text
    assert "Next one" in doc.text and "inside" in doc.text


def test_pdf_text_per_page(write):
    doc = read_document(write("report.pdf", minimal_pdf(["First page about Tapa.", "Second page about Adazi."])))
    assert doc.format == "pdf"
    assert "First page about Tapa." in doc.text
    assert "Second page about Adazi." in doc.text
    assert doc.text.index("First") < doc.text.index("Second")
    assert "\n\n" in doc.text  # pages are separated by a paragraph break


def test_extension_is_case_insensitive(write):
    assert read_document(write("UPPER.TXT", EN_TEXT)).format == "txt"


def test_text_is_nfc_and_unix_newlines(write):
    nfd = "Ka\u0304rlis un Ma\u0304ris\r\nDruva\r\n"
    doc = read_document(write("nfd.txt", nfd.encode("utf-8")))
    assert doc.text == "Kārlis un Māris\nDruva"


def test_no_break_spaces_and_soft_hyphens_normalised(write):
    doc = read_document(write("nbsp.txt", "1\u00a0500 karavī\u00adru"))
    assert doc.text == "1 500 karavīru"
