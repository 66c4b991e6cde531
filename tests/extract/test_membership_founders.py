"""Founders of an organisation are its members: 'founded by', a signed founding document, a
founders list without its organisation, counted groups ('all seven', 'visas astoņas valstis')."""

from conftest import analyse_text, claims_of, triples


def _members(text: str, org: str) -> set[str]:
    return {s for s, _, o in triples(analyse_text(text), "member_of") if o == org}


def _start(text: str, subj: str, org: str) -> str | None:
    for c in claims_of(analyse_text(text), "member_of"):
        if c.subject == subj and c.object == org:
            return c.qualifiers.get("start")  # type: ignore[return-value]
    return None


def test_founded_by_after_place_and_date_en() -> None:
    text = ("The Cooperative Cyber Defence Centre of Excellence in Tallinn was founded in 2008 by Estonia, "
            "Latvia and Spain.")
    assert _members(text, "org:ccdcoe") == {"state:EE", "state:LV", "state:ES"}
    assert _start(text, "state:ES", "org:ccdcoe") == "2008"


def test_founded_by_in_apposition_en() -> None:
    text = "Officials met at the Vilnius Group, set up in May 2000 by Albania, Bulgaria and Slovakia, to plan reforms."
    assert _members(text, "org:vilnius-group") == {"state:AL", "state:BG", "state:SK"}


def test_founded_by_place_is_not_a_founder_lv() -> None:
    text = "NATO 2015. gadā izveidoja Latvijā spēku integrācijas vienību."
    assert ("state:LV", "member_of", "org:nato") not in triples(analyse_text(text))


def test_founded_object_first_with_counted_colon_list_lv() -> None:
    text = ("Ministrs pieminēja Bukarestes devītnieku, ko 2015. gadā izveidoja deviņas austrumu flanga valstis: "
            "Bulgārija, Čehija, Igaunija, Latvija, Lietuva, Polija, Rumānija, Slovākija un Ungārija.")
    got = _members(text, "org:b9")
    assert {"state:BG", "state:CZ", "state:HU", "state:LV"} <= got and len(got) == 9
    assert _start(text, "state:HU", "org:b9") == "2015"


def test_founding_document_signed_by_colon_list_en() -> None:
    text = ("Riga hosts the NATO Strategic Communications Centre of Excellence. The centre's founding memorandum "
            "was signed in 2014 by five nations: Estonia, Germany, Latvia, Poland and the United Kingdom.")
    assert _members(text, "org:stratcom-coe") == {"state:EE", "state:DE", "state:LV", "state:PL", "state:GB"}


def test_established_when_states_signed_its_memorandum_en() -> None:
    text = ("Helsinki is home to the European Centre of Excellence for Countering Hybrid Threats. It is not a NATO "
            "body: it was established in April 2017, when Finland, France and Sweden signed its memorandum of "
            "understanding.")
    assert _members(text, "org:hybrid-coe") == {"state:FI", "state:FR", "state:SE"}
    assert ("state:FR", "member_of", "org:nato") not in triples(analyse_text(text))


def test_memorandum_without_founding_is_no_membership_en() -> None:
    text = "Latvia and Estonia signed a memorandum of understanding with NATO on host nation support."
    assert not _members(text, "org:nato")


def test_founders_were_takes_the_organisation_of_the_paragraph_en() -> None:
    text = ("The Vilnius Group was an informal club of countries that wanted to join NATO. It had no secretariat. "
            "The three founding members were Estonia, Latvia and Lithuania.")
    assert _members(text, "org:vilnius-group") == {"state:EE", "state:LV", "state:LT"}
    assert ("state:EE", "member_of", "org:nato") not in triples(analyse_text(text))


def test_counted_group_later_in_sentence_en() -> None:
    text = ("In 2002 NATO invited Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia to start "
            "talks. The protocols followed a year later, and all seven became members of the Alliance in 2004.")
    got = _members(text, "org:nato")
    assert got == {"state:BG", "state:EE", "state:LV", "state:LT", "state:RO", "state:SK", "state:SI"}


def test_counted_founders_take_part_in_a_programme_en() -> None:
    text = ("The four founders were Estonia, Latvia, Lithuania and Slovakia. All four founders were already taking "
            "part in the Membership Action Plan.")
    got = {s for s, _, o in triples(analyse_text(text), "participant_in")}
    assert got == {"state:EE", "state:LV", "state:LT", "state:SK"}


def test_signing_a_programme_framework_document_is_taking_part() -> None:
    en = "On 14 February 1994 Latvia signed the Partnership for Peace Framework Document in Brussels."
    lv = "Lietuva.\n\n- **1994. gada 27. janvāris** – Lietuva paraksta programmas \"Partnerattiecības mieram\" pamatdokumentu.\n"
    assert ("state:LV", "participant_in", "programme:pfp") in triples(analyse_text(en))
    assert ("state:LT", "participant_in", "programme:pfp") in triples(analyse_text(lv))


def test_starting_participation_in_this_programme_after_its_document_lv() -> None:
    text = ("Premjerministrs Briselē paraksta programmas \"Partnerattiecības mieram\" pamatdokumentu, un Igaunija "
            "sāk dalību šajā programmā.")
    assert ("state:EE", "participant_in", "programme:pfp") in triples(analyse_text(text))


def test_second_relative_clause_about_a_declaration_joins_no_organisation_lv() -> None:
    text = ("Pamatā ir G7 valstu kopīgā deklarācija par atbalstu Ukrainai, kas tika pieņemta Viļņā un kurai vēlāk "
            "pievienojās arī Latvija.")
    assert not triples(analyse_text(text), "member_of")
