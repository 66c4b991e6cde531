"""measures_approved: a count of measures with the date of its own clause, in Latvian and English."""

from __future__ import annotations

from conftest import analyse_text, claims_of

FW = "framework:eu-nato-cooperation"


def _measures(text: str) -> dict[str, str | None]:
    out = {}
    for c in claims_of(analyse_text(text), "measures_approved"):
        assert c.subject == FW
        pit = c.qualifiers.get("point_in_time")
        out[str(c.object.value)] = str(pit) if pit is not None else None  # type: ignore[union-attr]
    return out


def test_lv_passive_two_clauses_each_with_its_date() -> None:
    text = ("ES–NATO sadarbībai 2019. gada martā tika pieņemti 12 jauni pasākumi, bet 2020. gada 4. jūnijā "
            "tika apstiprināti vēl 9 kopīgi pasākumi.")
    assert _measures(text) == {"12": "2019-03", "9": "2020-06-04"}


def test_lv_relative_clause_date_after_the_number() -> None:
    text = "NATO un ES sadarbībā ir 15 pasākumi, kas tika apstiprināti 2018. gada maijā."
    assert _measures(text) == {"15": "2018-05"}


def test_en_active_voice_with_a_further_set() -> None:
    text = ("In March 2019 the EU and NATO endorsed a common set of 12 proposals, and in June 2020 "
            "they adopted a further 9 proposals.")
    assert _measures(text) == {"12": "2019-03", "9": "2020-06"}


def test_en_count_without_an_approval_verb_is_not_an_approval() -> None:
    text = "Today the EU and NATO work together on more than sixty measures in many fields."
    assert _measures(text) == {}


def test_lv_total_in_brackets_is_not_a_new_approval() -> None:
    text = "2021. gada aprīlī ES un NATO apstiprināja 5 papildu pasākumus (kopā 50)."
    assert _measures(text) == {"5": "2021-04"}


def test_en_a_further_count_in_the_next_sentence() -> None:
    text = ("In May 2019 NATO and the EU approved 11 shared proposals for EU-NATO cooperation. "
            "Another 7 were added on 2 March 2020.")
    assert _measures(text) == {"11": "2019-05", "7": "2020-03-02"}
