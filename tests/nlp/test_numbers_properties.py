"""Property tests: numbers rendered in digits or words parse back to themselves."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allygraph.lang.en.numbers import TENS, UNITS
from allygraph.nlp.numbers import find_numbers

EN_UNITS = {v: k for k, v in UNITS.items()}
EN_TENS = {v: k for k, v in TENS.items()}


def en_words(n: int) -> str:
    if n < 20:
        return EN_UNITS[n]
    tens, unit = divmod(n, 10)
    return EN_TENS[tens * 10] + (f"-{EN_UNITS[unit]}" if unit else "")


LV_UNITS = {1: "viens", 2: "divi", 3: "trīs", 4: "četri", 5: "pieci", 6: "seši", 7: "septiņi", 8: "astoņi",
            9: "deviņi"}
LV_TENS = {2: "divdesmit", 3: "trīsdesmit", 4: "četrdesmit", 5: "piecdesmit", 6: "sešdesmit",
           7: "septiņdesmit", 8: "astoņdesmit", 9: "deviņdesmit"}


def lv_words(n: int) -> str:
    tens, unit = divmod(n, 10)
    return f"{LV_TENS[tens]} {LV_UNITS[unit]}" if unit else LV_TENS[tens]


def only(text: str, lang: str):
    found = find_numbers(text, lang)
    assert len(found) == 1, (text, found)
    return found[0]


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=999_999_999).filter(lambda n: not 1900 <= n <= 2099))
def test_english_digits_with_and_without_grouping(n):
    assert only(f"They counted {n} vehicles.", "en").value == n
    assert only(f"They counted {n:,} vehicles.", "en").value == n


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=999_999_999))
def test_latvian_digits_with_space_grouping(n):
    grouped = f"{n:,}".replace(",", " ")
    assert only(f"Tika saskaitīti {grouped} transportlīdzekļi.", "lv").value == n


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=2, max_value=99))
def test_english_words(n):
    t = only(f"They approved {en_words(n)} measures.", "en")
    assert (t.value, t.bound) == (n, None)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=20, max_value=99), st.sampled_from(["vairāk nekā", "aptuveni", "vismaz"]))
def test_latvian_tens_words_with_bounds(n, bound_word):
    t = only(f"Piedalījās {bound_word} {lv_words(n)} valstis.", "lv")
    assert t.value == n
    assert t.bound == {"vairāk nekā": ">", "aptuveni": "~", "vismaz": ">="}[bound_word]


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=2, max_value=999_999), st.sampled_from(
    [("more than", ">"), ("over", ">"), ("about", "~"), ("at least", ">="), ("fewer than", "<")]))
def test_english_bounds(n, bound):
    phrase, sign = bound
    if 1900 <= n <= 2099:
        n += 200
    t = only(f"The unit had {phrase} {n:,} staff.", "en")
    assert (t.value, t.bound) == (n, sign)
