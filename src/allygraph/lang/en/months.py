"""English month names and abbreviations (matched capitalised only, so the verb "may" is not May)."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6,
    "July": 7, "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
}

ABBREVIATIONS: dict[str, int] = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
    "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}

# words that mark a bare four-digit number as a year ("in 2021", "since 1996", "mid-2016")
YEAR_CONTEXT: tuple[str, ...] = (
    "in", "since", "until", "till", "from", "to", "by", "during", "before", "after", "of",
    "between", "and", "or", "early", "late", "mid", "through", "throughout", "year", "spring",
    "summer", "autumn", "fall", "winter", "around", "circa",
)


def month_forms() -> dict[str, int]:
    """Month names and abbreviations as written -> month number."""
    forms = dict(MONTHS)
    forms.update(ABBREVIATIONS)
    return forms


SINCE_WORDS: tuple[str, ...] = ("since", "starting in", "starting from", "as of")
UNTIL_WORDS: tuple[str, ...] = ("until", "till", "up to", "through")
FROM_WORDS: tuple[str, ...] = ("from",)
RANGE_JOINERS: tuple[str, ...] = ("to", "until", "till", "through")
BETWEEN_WORDS: tuple[str, ...] = ("between",)
BETWEEN_JOINERS: tuple[str, ...] = ("and",)
# "11 and 12 July": two days joined by "and" (a range when they are consecutive)
DAY_PAIR_JOINERS: tuple[str, ...] = ("and",)
# words for dates relative to the document's own date
TODAY_WORDS: tuple[str, ...] = ("today",)
YESTERDAY_WORDS: tuple[str, ...] = ("yesterday",)
THIS_YEAR_WORDS: tuple[str, ...] = ("this year",)
LAST_YEAR_WORDS: tuple[str, ...] = ("last year",)
