"""An operating verb governs a whole list of places; cooperation subjects stay in their clause."""

from conftest import analyse_text, claims_of, triples


def test_en_guarding_the_skies_over_a_list_of_states() -> None:
    text = ("Fighter jets of NATO's Baltic Air Policing mission, flying from a base in Lithuania, "
            "guard the skies over Estonia, Latvia and Lithuania around the clock.")
    got = {o for s, _, o in triples(analyse_text(text), "operates_in") if s == "operation:baltic-air-policing"}
    assert {"state:EE", "state:LV", "state:LT"} <= got


def test_en_operates_in_a_coordinated_list() -> None:
    text = "Operation Sea Guardian operates in the Mediterranean and the Aegean to deter threats at sea."
    got = {o for s, _, o in triples(analyse_text(text), "operates_in") if s == "operation:sea-guardian"}
    assert len(got) == 2


def test_en_mutual_regular_joint_meetings_not_dated_by_another_clause() -> None:
    text = ("The EU Political and Security Committee and the North Atlantic Council hold regular joint meetings, "
            "and staff also work together at the Helsinki-based European Centre of Excellence for Countering "
            "Hybrid Threats, which was set up in 2017.")
    claims = claims_of(analyse_text(text), "cooperates_with")
    pairs = {frozenset((c.subject, c.object)) for c in claims}
    assert pairs == {frozenset(("org:nac", "org:eu-psc"))}
    assert all("start" not in c.qualifiers for c in claims)


def test_lv_mutual_regular_joint_meetings() -> None:
    text = "ES Politikas un drošības komiteja un Ziemeļatlantijas padome rīko regulāras kopīgas sanāksmes."
    got = {frozenset((s, o)) for s, _, o in triples(analyse_text(text), "cooperates_with")}
    assert got == {frozenset(("org:nac", "org:eu-psc"))}
