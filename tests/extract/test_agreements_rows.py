"""Signings in table rows (each row its own sentence), 'in the same city', and dates of another clause."""

from conftest import analyse_text, claims_of

from allygraph.model import Literal


def _signed(text: str) -> set[tuple[str, str, str]]:
    out = set()
    for c in claims_of(analyse_text(text), "signed"):
        place = "" if isinstance(c.object, Literal) else c.object
        out.add((c.subject, place, str(c.qualifiers.get("point_in_time", ""))))
    return out


def test_en_markdown_timeline_row_pairs_its_own_date_and_place():
    text = ("## Milestones\n\n| When | What |\n|---|---|\n| June 1999 | Talks opened in Vilnius |\n"
            "| 26 March 2003 | The accession protocols were signed in Brussels |\n| 2004 | Membership in Prague |\n")
    assert _signed(text) == {("agreement:nato-accession-protocols-2003", "city:brussels", "2003-03-26")}


def test_lv_table_row_signing():
    text = ("| Datums | Notikums |\n|---|---|\n| 2003. gada 26. marts | Briselē parakstīti pievienošanās "
            "protokoli |\n| 2004. gada 29. marts | Latvija kļūst par NATO dalībvalsti Vašingtonā |\n")
    got = _signed(text)
    assert ("agreement:nato-accession-protocols-2003", "city:brussels", "2003-03-26") in got
    assert not any(p == "city:washington" for _, p, _ in got)


def test_en_same_city_is_the_city_named_before():
    text = ("The summit met in Washington in April 1999. Fifty years earlier, on 4 April 1949, twelve nations "
            "had signed the North Atlantic Treaty in the same city.")
    assert _signed(text) == {("agreement:north-atlantic-treaty", "city:washington", "1949-04-04")}


def test_lv_same_city():
    text = ("Samits notika Vašingtonā. 1949. gada 4. aprīlī tajā pašā pilsētā divpadsmit valstis parakstīja "
            "Ziemeļatlantijas līgumu.")
    assert _signed(text) == {("agreement:north-atlantic-treaty", "city:washington", "1949-04-04")}


def test_en_date_of_a_later_clause_is_not_the_signing_date():
    text = ("Their accession protocols were signed in Brussels a year later, and the seven states joined "
            "NATO on 29 March 2004.")
    assert _signed(text) == {("agreement:nato-accession-protocols-2003", "city:brussels", "")}


def test_lv_date_of_a_later_clause_is_not_the_signing_date():
    text = "Pievienošanās protokolus parakstīja Briselē, un 2004. gada 29. martā septiņas valstis iestājās NATO."
    got = _signed(text)
    assert {p for _, p, _ in got} == {"city:brussels"}
    assert all(not t.startswith("2004") for _, _, t in got)
