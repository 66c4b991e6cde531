"""What the date tests compare: each time expression found as (value, end value, kind, text), after
checking that its offsets cut exactly its text out of the sentence."""

from __future__ import annotations

from allygraph.nlp.times import find_times


def values(text: str, lang: str) -> list[tuple[str, str | None, str, str]]:
    found = find_times(text, lang)
    for t in found:
        assert text[t.start:t.end] == t.text
    return [(t.value, t.end_value, t.kind, t.text) for t in found]
