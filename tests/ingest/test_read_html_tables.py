"""HTML tables become markdown-style pipe rows: one row a line, cells kept apart, header marked."""

from __future__ import annotations

from allygraph.ingest.read import read_document


def test_table_rows_are_pipe_lines_in_one_block(write):
    html = ("<main><p>Intro text.</p><table><thead><tr><th>State</th><th>City</th></tr></thead>"
            "<tbody>\n<tr><td>Norway</td><td>Oslo</td></tr>\n<tr><td>Malta</td><td></td></tr></tbody></table>"
            "<p>After the table.</p></main>")
    text = read_document(write("t.html", html)).text
    assert "| State | City |\n|---|---|\n| Norway | Oslo |\n| Malta |  |" in text
    assert text.startswith("Intro text.") and text.endswith("After the table.")


def test_key_value_rows_have_no_header_rule(write):
    html = "<table><tr><th>Founded</th><td>1999</td></tr><tr><th>Seat</th><td>Tartu</td></tr></table>"
    text = read_document(write("kv.html", html)).text
    assert text == "| Founded | 1999 |\n| Seat | Tartu |"


def test_cell_blocks_and_breaks_join_into_one_line(write):
    html = ("<table><tr><td><p>Vilnius</p><p>(Lithuania)</p></td><td>one<br>two</td>"
            "<td>a | b</td></tr></table>")
    assert read_document(write("c.html", html)).text == "| Vilnius (Lithuania) | one two | a / b |"


def test_nested_table_is_flattened_into_its_cell(write):
    html = "<table><tr><td><div><table><tr><td>inner</td><td>cell</td></tr></table></div></td><td>x</td></tr></table>"
    assert read_document(write("n.html", html)).text == "| inner cell | x |"


def test_deeply_nested_tables_do_not_overflow(write):
    html = "<div>" * 2000 + "<table><tr><td>" * 1500 + "deep"
    assert "deep" in read_document(write("d.html", html)).text


def test_definition_list_term_and_descriptions_are_one_item(write):
    html = ("<dl><dt>Oslo</dt><dd><p>Norway,</p><p>Iceland</p></dd>\n<dt>Rome</dt><dd>Italy</dd><dd>Malta</dd></dl>"
            "<dl><dd>lonely description</dd></dl>")
    assert read_document(write("dl.html", html)).text == "- Oslo: Norway, Iceland\n\n- Rome: Italy; Malta\n\nlonely description"
