"""An operation's area given as a list after 'area of operation comprises/covers' ('darbības zona aptver'),
its subject a pronoun for the operation named in the sentence before; seas and straits as places."""

from conftest import analyse_text, triples


def _places(text: str, op: str) -> set[str]:
    return {o for s, _, o in triples(analyse_text(text), "operates_in") if s == op}


def test_en_area_of_operation_comprises_a_list():
    text = ("EUNAVFOR ASPIDES escorts merchant ships. Its area of operation comprises the Red Sea, the Gulf of "
            "Aden, the Arabian Sea and the Gulf of Oman.")
    assert _places(text, "operation:aspides") == {"region:red-sea", "region:gulf-of-aden", "region:arabian-sea",
                                                   "region:gulf-of-oman"}


def test_en_area_of_responsibility_covers():
    text = ("Operation Atalanta was launched in 2008. The area of operations covers the Gulf of Aden and the "
            "western Indian Ocean.")
    assert _places(text, "operation:atalanta") == {"region:gulf-of-aden", "region:indian-ocean"}


def test_lv_darbibas_zona_aptver():
    text = "Operācija Aspides aizsargā kuģus. Tās darbības zona aptver Sarkano jūru un Adenas līci."
    assert _places(text, "operation:aspides") == {"region:red-sea", "region:gulf-of-aden"}


def test_en_named_operation_after_the_verb_keeps_the_places():
    text = ("Eastern Sentry was launched in 2025. Since 2004 jets have guarded the skies over Estonia, Latvia and "
            "Lithuania under the Baltic Air Policing mission.")
    assert not _places(text, "operation:eastern-sentry")


def test_en_unnamed_subject_of_a_plain_verb_is_no_earlier_operation():
    text = "Operation Atalanta was launched in 2008. Allied jets patrol the skies over Estonia and Latvia."
    assert not _places(text, "operation:atalanta")
