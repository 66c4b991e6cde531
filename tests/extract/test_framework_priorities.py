"""Priority areas: states given by a counted pronoun or a group name, lists under a priorities section
and lead-in (every area of an item's first clause), and 'X is a priority' phrasings."""

from conftest import analyse_text, triples


def _prio(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, _, o in triples(analyse_text(text), "priority_area")}


BALTS = {"state:LV", "state:EE", "state:LT"}


def test_lv_counted_pronoun_takes_the_states_named_before():
    text = ("Latvijas, Igaunijas un Lietuvas ministri tikās Tallinā. "
            "Visas trīs valstis par savu galveno prioritāti uzskata pretgaisa aizsardzību.")
    assert _prio(text) == {(s, "area:air-defence") for s in BALTS}
    text = "Latvija un Polija parakstīja plānu. Abas valstis par prioritāti uzskata militāro mobilitāti."
    assert _prio(text) == {("state:LV", "area:military-mobility"), ("state:PL", "area:military-mobility")}


def test_en_counted_pronoun_and_group_name():
    text = ("Estonia and Finland met in Helsinki. Both countries call cyber security their top priority.")
    assert _prio(text) == {("state:EE", "area:cyber-security"), ("state:FI", "area:cyber-security")}
    assert _prio("For the Baltic states, air defence is the most urgent priority.") == {
        (s, "area:air-defence") for s in BALTS}


def test_counted_pronoun_far_from_its_states_takes_the_group_named_in_the_title():
    text = ("Baltijas valstu ministri tiekas Viļņā\n\n"
            "Ministri apsprieda mācības. Tika runāts par budžetu. Runāja par munīciju. Par iepirkumiem. "
            "Par dronu ražošanu. Par apmācību. Par infrastruktūru. Par Ukrainu. Par sankcijām.\n\n"
            "Visas trīs valstis par savu prioritāti uzskata krasta aizsardzību.")
    assert _prio(text) == {(s, "area:coastal-defence") for s in BALTS}


def test_lv_priorities_section_with_lead_in_list_gives_every_area_of_the_first_clause():
    text = ("### Latvijas prioritātes\n\n"
            "Sadarbībā ar sabiedrotajiem Latvija īpaši izceļ:\n\n"
            "- militāro mobilitāti, kas paātrina spēku pārvietošanu;\n"
            "- noturību pret hibrīdajiem draudiem un dezinformāciju;\n"
            "- kiberdrošību.\n")
    assert _prio(text) == {("state:LV", "area:military-mobility"), ("state:LV", "area:hybrid-threats"),
                           ("state:LV", "area:disinformation"), ("state:LV", "area:cyber-security")}


def test_en_priorities_section_list_gives_priorities_not_cooperation_areas():
    text = ("## Estonia's priorities\n\n"
            "Within EU-NATO cooperation Estonia stresses in particular:\n\n"
            "- energy security and critical infrastructure protection;\n"
            "- space, which is a new domain.\n")
    got = _prio(text)
    assert got == {("state:EE", "area:energy-security"), ("state:EE", "area:critical-infrastructure"),
                   ("state:EE", "area:space")}
    assert not triples(analyse_text(text), "cooperation_area")


def test_new_areas_in_a_priority_sentence():
    got = _prio("Lithuania named conflict prevention and the protection of civilians as its priorities "
                "on the Security Council.")
    assert got == {("state:LT", "area:conflict-prevention"), ("state:LT", "area:protection-of-civilians")}
    got = _prio("Igaunijas prioritātes ir tālās darbības uguns un pretgaisa aizsardzība.")
    assert got == {("state:EE", "area:long-range-fires"), ("state:EE", "area:air-defence")}


def test_a_priority_of_another_kind_of_subject_is_no_states_priority():
    assert not _prio("The alliance's priority this year is air defence.")


def test_both_organisations_are_no_states():
    text = ("Russia attacked Ukraine again. Both organisations align their capability development efforts "
            "and priorities.")
    assert not _prio(text)
    text = "Krievija uzbruka Ukrainai. Abas organizācijas saskaņo savas prioritātes aizsardzības spēju attīstībā."
    assert not _prio(text)


def test_numbered_priority_item_gives_the_area_of_its_bold_title_only():
    text = ("## Lithuania's priorities\n\n"
            "1. **Cyber security.** Lithuania supports joint exercises with partners.\n"
            "2. **Energy security.** Lithuania wants resilient critical infrastructure.\n")
    assert _prio(text) == {("state:LT", "area:cyber-security"), ("state:LT", "area:energy-security")}
