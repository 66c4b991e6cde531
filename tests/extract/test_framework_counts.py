"""Counts that are not what they seem: the whole of one group ('all eight are also NATO allies'), the
total after an owner ('23 of NATO's 32 members'), a number counting another noun ('the two organisations
agreed 74 proposals') and a date of the measures' clause next to a progress report."""

from conftest import analyse_text, claims_of

from allygraph.model import Literal


def _values(text: str, predicate: str) -> set[str]:
    out = set()
    for c in claims_of(analyse_text(text), predicate):
        if predicate == "shared_member_count":
            q = c.qualifiers.get("count")
            out.add(str(q.value) if isinstance(q, Literal) else str(q))
        else:
            out.add(str(c.object.value) if isinstance(c.object, Literal) else str(c.object))
    return out


def test_en_whole_group_is_no_shared_count():
    assert _values("All nine states of the Bucharest Nine are also NATO allies, and the EU counts them too.",
                   "shared_member_count") == set()
    assert _values("Today all ten former members of the Vilnius Group are also members of NATO.",
                   "shared_member_count") == set()


def test_lv_whole_group_is_no_shared_count():
    assert _values("Tagad visas astoņas NB8 valstis ir arī NATO sabiedrotās, un ES tās atbalsta.",
                   "shared_member_count") == set()


def test_en_part_of_an_owners_total():
    got = _values("Since 2024, 23 of NATO's 32 members are also members of the European Union.",
                  "shared_member_count")
    assert got == {"23"}


def test_en_nearest_number_counts_the_measures():
    text = "Since the declaration, the EU and NATO, the two organisations, have approved 74 common proposals."
    assert _values(text, "measures_approved") == {"74"}
    text = "The EU and NATO - both organisations - endorsed two sets of 42 measures in the common set of proposals."
    assert "2" not in _values(text, "measures_approved")


def test_en_progress_report_date_not_from_the_measures_clause():
    text = ("The EU and NATO have agreed 74 common proposals since 2016, and their implementation is reviewed in "
            "an annual progress report; the latest came out in June 2024.")
    assert _values(text, "progress_report") == {"2024-06"}


def test_lv_progress_report_date_not_from_the_measures_clause():
    text = ("ES un NATO kopš 2016. gada ir apstiprinājušas 74 kopīgus priekšlikumus, un to izpildi katru gadu "
            "vērtē progresa ziņojumā, kas pēdējo reizi publicēts 2024. gada jūnijā.")
    assert _values(text, "progress_report") == {"2024-06"}
