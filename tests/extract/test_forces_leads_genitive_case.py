"""A Latvian "X vadītā" leader is the genitive before it: a neighbouring state in another case
(a locative "Latvijā") is not coordinated with it; a coordinated genitive pair still leads jointly."""

from __future__ import annotations

from conftest import analyse_text, triples


def _leads(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, _, o in triples(analyse_text(text), "leads")}


def test_lv_locative_neighbour_is_not_a_leader() -> None:
    got = _leads('Kopš 2016. gada karavīri uzturas Lietuvā ASV vadītās operācijas "Atlantic Resolve" ietvaros.')
    assert ("state:LT", "operation:atlantic-resolve") not in got
    assert ("state:US", "operation:atlantic-resolve") in got


def test_lv_coordinated_genitives_lead_jointly() -> None:
    got = _leads('Vācijas un Nīderlandes vadītā operācija "Atlantic Resolve" turpinās.')
    assert {("state:DE", "operation:atlantic-resolve"), ("state:NL", "operation:atlantic-resolve")} <= got


def test_en_us_led_operation_in_a_state_keeps_only_the_leader() -> None:
    got = _leads("Troops rotate through Lithuania under the US-led Operation Atlantic Resolve.")
    assert ("state:LT", "operation:atlantic-resolve") not in got
