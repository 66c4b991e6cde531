"""leads: coalitions, forces and projects a state leads (organisations and programmes by their head
noun), names that say who leads them ("the NATO-led ..."), and an appositive between "led by" and
the leaders. Sentences written for these tests."""

from conftest import analyse_text, triples


def _leads(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, _, o in triples(analyse_text(text), "leads")}


def test_lv_verb_with_a_coalition_object_and_a_co_leader() -> None:
    got = _leads("Kopš pagājušā gada Latvija kopā ar Apvienoto Karalisti vada dronu koalīciju.")
    assert {("state:LV", "org:drone-coalition"), ("state:GB", "org:drone-coalition")} <= got


def test_lv_took_over_the_lead_in_a_coalition() -> None:
    got = _leads("Latvija šogad uzņēmusies vadību starptautiskajā dronu koalīcijā.")
    assert ("state:LV", "org:drone-coalition") in got


def test_lv_genitive_leaders_before_a_quoted_coalition() -> None:
    got = _leads('Igaunija pievienojās Francijas un Apvienotās Karalistes vadītajai "gribošo koalīcijai".')
    assert {("state:FR", "org:coalition-of-the-willing"), ("state:GB", "org:coalition-of-the-willing")} <= got


def test_lv_genitive_leader_of_a_project() -> None:
    got = _leads("Latvija darbojas arī Nīderlandes vadītajā militārās mobilitātes projektā.")
    assert ("state:NL", "programme:pesco-military-mobility") in got


def test_lv_genitive_leader_of_a_force() -> None:
    got = _leads("Apvienotās Karalistes vadītie Apvienotie ekspedīcijas spēki (JEF) rīkoja mācības.")
    assert ("state:GB", "org:jef") in got


def test_en_passive_with_a_framework_apposition() -> None:
    got = _leads("Norway and Iceland take part in the JEF, a defence framework led by the United Kingdom.")
    assert ("state:GB", "org:jef") in got


def test_en_verb_with_a_coalition_object() -> None:
    got = _leads("Britain and Latvia jointly lead the drone coalition that buys drones for Ukraine.")
    assert {("state:GB", "org:drone-coalition"), ("state:LV", "org:drone-coalition")} <= got


def test_en_compound_leaders_of_a_coalition() -> None:
    got = _leads("Canada joined the French- and British-led Coalition of the Willing in March.")
    assert ("state:GB", "org:coalition-of-the-willing") in got


def test_a_chaired_council_is_not_led() -> None:
    assert not _leads("Latvija 2015. gadā vadīja Eiropas Savienības Padomi.")
    assert not _leads("In 2015 Latvia led the Council of the European Union for six months.")


def test_en_led_by_founders_apposition() -> None:
    got = _leads("Multinational Corps Northeast, set up in 1999, is still led by its three founding nations, "
                 "Denmark, Germany and Poland.")
    assert {("state:DK", "formation:mnc-ne"), ("state:DE", "formation:mnc-ne"), ("state:PL", "formation:mnc-ne")} <= got


def test_en_led_by_members_apposition_colon() -> None:
    got = _leads("The corps in Szczecin (MNC NE) is led by its founders: Poland, Germany and Denmark.")
    assert ("state:PL", "formation:mnc-ne") in got


def test_a_long_gap_is_not_an_apposition() -> None:
    got = _leads("The corps (MNC NE) is led by a general who served many years in units of Poland.")
    assert ("state:PL", "formation:mnc-ne") not in got


def test_en_leader_inside_the_name() -> None:
    got = _leads("Swedish units served in the NATO-led Kosovo Force for two decades.")
    assert ("org:nato", "operation:kfor") in got


def test_en_leader_inside_the_name_in_apposition() -> None:
    got = _leads("ISAF, the NATO-led International Security Assistance Force, left Afghanistan in 2014.")
    assert ("org:nato", "operation:isaf") in got
