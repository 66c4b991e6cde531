"""English number words and the words that put a bound on a number."""

from __future__ import annotations

UNITS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
MULTIPLIERS: dict[str, int] = {
    "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9,
    "bn": 10**9,
}

# words around "one" that make it a pronoun, not a count ("one of", "no one", "one another")
PRONOUN_FOLLOWERS: tuple[str, ...] = ("of", "another", "day", "hand")
PRONOUN_PRECEDERS: tuple[str, ...] = ("no", "the", "this", "that", "each", "every", "any", "which", "some")

BOUNDS: dict[str, str] = {
    "more than": ">", "over": ">", "above": ">", "in excess of": ">", "upwards of": ">",
    "at least": ">=", "no fewer than": ">=", "no less than": ">=", "not less than": ">=",
    "fewer than": "<", "less than": "<", "under": "<", "below": "<",
    "up to": "<=", "at most": "<=", "no more than": "<=", "not more than": "<=",
    "about": "~", "around": "~", "approximately": "~", "nearly": "~", "almost": "~",
    "roughly": "~", "some": "~", "circa": "~", "c.": "~", "approx.": "~", "~": "~",
    "an estimated": "~", "some more than": ">",
}

DECIMAL_SEPARATOR = "."


def number_words() -> dict[str, int]:
    """One..ninety (compounds such as seventy-four are built by the parser) -> value."""
    words = dict(UNITS)
    words.update(TENS)
    return words
