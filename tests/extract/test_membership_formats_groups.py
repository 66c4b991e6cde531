"""Working in a format is membership ('sadarbojas B9 formātā', 'cooperate in the NB8'); a
statement about a counted group goes to the group's states ('visas astoņas valstis ir NATO
sabiedrotās', 'all ten former members ... are now NATO Allies', 'all except A and B'); each
state of a pronoun subject keeps its own date; a plural subject the text does not name is no one."""

from conftest import analyse_text, claims_of, triples

NB8 = {"state:DK", "state:EE", "state:IS", "state:LV", "state:LT", "state:NO", "state:FI", "state:SE"}


def _members(text: str, org: str) -> set[str]:
    return {s for s, _, o in triples(analyse_text(text), "member_of") if o == org}


def test_verb_first_format_in_locative_lv() -> None:
    text = "Ziemeļvalstu un Baltijas valstu astoņniekā (NB8) cieši sadarbojas Dānija, Igaunija, Islande, Latvija, " \
           "Lietuva, Norvēģija, Somija un Zviedrija."
    assert _members(text, "org:nb8") == NB8


def test_subjects_before_verb_with_two_coordinated_formats_lv() -> None:
    text = "Igaunija un Lietuva aktīvi sadarbojas Bukarestes devītnieka (B9) formātā, kā arī Trīs jūru iniciatīvā."
    assert _members(text, "org:b9") == {"state:EE", "state:LT"}
    assert _members(text, "org:three-seas") == {"state:EE", "state:LT"}


def test_cooperate_in_format_en() -> None:
    text = "Romania and Poland cooperate closely within the Bucharest Nine and in the Three Seas Initiative."
    assert _members(text, "org:b9") == {"state:RO", "state:PL"}


def test_cooperating_with_a_partner_is_not_membership_lv() -> None:
    text = "Latvija sadarbojas ar Ukrainu NATO formātā."
    got = _members(text, "org:nato")
    assert "state:UA" not in got


def test_bullet_format_description_with_together_with_lv() -> None:
    text = ("Reģionālie formāti:\n\n- **NB8** — sadarbības formāts, kurā Latvija darbojas kopā ar Dāniju, Igauniju, "
            "Islandi, Lietuvu, Norvēģiju, Somiju un Zviedriju.\n")
    assert _members(text, "org:nb8") == NB8


def test_counted_group_are_allies_lv() -> None:
    text = ("NB8 apvieno Dāniju, Igauniju, Islandi, Latviju, Lietuvu, Norvēģiju, Somiju un Zviedriju. Kopš visas "
            "astoņas valstis ir arī NATO sabiedrotās, formāta loma aug.")
    assert _members(text, "org:nato") == NB8


def test_counted_group_from_members_found_so_far_and_except_en() -> None:
    text = ("The four founding members of the Vilnius Group were Albania, Estonia, Latvia and Lithuania. "
            "Croatia joined the group in 2001. All five former members of the group are now NATO Allies, and all "
            "except Albania are also members of the European Union.")
    assert _members(text, "org:nato") == {"state:AL", "state:EE", "state:LV", "state:LT", "state:HR"}
    assert _members(text, "org:eu") == {"state:EE", "state:LV", "state:LT", "state:HR"}


def test_unresolved_counted_group_names_no_one_en() -> None:
    text = "Latvia hosted the meeting. All twelve participating members are now NATO Allies."
    assert not _members(text, "org:nato")


def test_plural_subject_not_named_is_no_one_en() -> None:
    text = "Ukraine thanked its partners. With both accessions, 23 of NATO's 32 members are now also members of the EU."
    assert not _members(text, "org:eu")


def test_each_state_of_a_pronoun_keeps_its_date_lv() -> None:
    text = ("Latvija un Polija parakstīja memorandu. Abas valstis ir NATO dalībvalstis – Polija kopš 1999. gada, "
            "bet Latvija kopš 2004. gada – un kopš 2004. gada maija arī Eiropas Savienības dalībvalstis.")
    got = {(c.subject, c.object): c.qualifiers.get("start") for c in claims_of(analyse_text(text), "member_of")}
    assert got[("state:PL", "org:nato")] == "1999"
    assert got[("state:LV", "org:nato")] == "2004"
    assert got[("state:PL", "org:eu")] == "2004-05"
    assert got[("state:LV", "org:eu")] == "2004-05"


def test_each_state_of_a_pronoun_keeps_its_date_en() -> None:
    text = ("Poland and Latvia signed a memorandum. Both countries are NATO members, Poland since 1999 and Latvia "
            "since 2004.")
    got = {(c.subject, c.object): c.qualifiers.get("start") for c in claims_of(analyse_text(text), "member_of")}
    assert got.get(("state:PL", "org:nato")) == "1999"
    assert got.get(("state:LV", "org:nato")) == "2004"


def test_working_in_a_headquarters_or_with_a_partner_is_no_membership() -> None:
    en = "Latvian officers work in NATO headquarters in Brussels. Ukraine cooperates with the EU in the energy sector."
    lv = "Ukraina sadarbojas ar ES enerģētikas jomā. Gruzija cieši sadarbojas ar NATO."
    assert not triples(analyse_text(en), "member_of")
    assert not triples(analyse_text(lv), "member_of")


def test_a_state_that_was_founded_founds_nothing_en() -> None:
    text = "The EU and NATO cooperate in the Western Balkans. Sweden was founded as a kingdom long ago."
    assert not triples(analyse_text(text), "member_of")


def test_organisations_sharing_a_membership_noun_lv() -> None:
    text = "Lietuvas ministrs tikās ar Latvijas kolēģi. Abas valstis ir ES un NATO dalībvalstis kopš 2004. gada."
    got = {(c.subject, c.object): c.qualifiers.get("start") for c in claims_of(analyse_text(text), "member_of")}
    assert got[("state:LT", "org:nato")] == "2004"
    assert got[("state:LV", "org:eu")] == "2004"
