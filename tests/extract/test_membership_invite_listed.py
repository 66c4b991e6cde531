"""Invitations given at a summit ('received their invitations at the Bucharest Summit', 'invite
it, at the Brussels Summit'); 'joined them' joins the organisation whose members were just listed."""

from conftest import analyse_text, claims_of, triples


def _invited(text: str) -> dict[str, str | None]:
    return {c.subject: c.qualifiers.get("point_in_time") for c in claims_of(analyse_text(text), "invited_to_join")
            if c.object == "org:nato"}  # type: ignore[misc]


def test_invitations_received_at_a_summit_en() -> None:
    text = "NATO enlargement. Albania and Croatia received their invitations at the Bucharest Summit on 3 April 2008."
    assert _invited(text) == {"state:AL": "2008-04-03", "state:HR": "2008-04-03"}


def test_invite_it_at_a_summit_takes_the_state_before_en() -> None:
    text = ("NATO enlargement continued. Montenegro was still reforming its army. Allies decided to invite it, "
            "at the Warsaw Summit in July 2016.")
    assert _invited(text) == {"state:ME": "2016-07"}


def test_invited_to_a_summit_is_no_accession_invitation_en() -> None:
    text = "NATO met in Vilnius. Sweden was invited to the Vilnius Summit as a guest."
    assert "state:SE" not in _invited(text)


def test_invitation_at_summit_in_locative_lv() -> None:
    text = "NATO paplašināšanās. Uzaicinājumus Albānija un Horvātija saņēma Bukarestes samitā 2008. gada 3. aprīlī."
    assert set(_invited(text)) == {"state:AL", "state:HR"}


def test_joined_them_takes_the_listed_organisation_en() -> None:
    text = "The founding members of the Vilnius Group were Estonia, Latvia and Lithuania. Croatia joined them in 2001."
    assert ("state:HR", "member_of", "org:vilnius-group") in triples(analyse_text(text))
    assert ("state:HR", "member_of", "org:nato") not in triples(analyse_text(text))


def test_joined_them_lv() -> None:
    text = "Viļņas grupas dibinātājas bija Igaunija, Latvija un Lietuva. Horvātija tām pievienojās 2001. gadā."
    got = {c.subject: c.qualifiers.get("start") for c in claims_of(analyse_text(text), "member_of")
           if c.object == "org:vilnius-group"}
    assert got.get("state:HR") == "2001"
