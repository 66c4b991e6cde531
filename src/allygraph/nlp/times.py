"""Time expressions in Latvian and English text -> :class:`~allygraph.model.TimeExpr`.

Two passes. First, *atoms*: dates matched by a small grammar per language, built from the
month names in ``lang/<code>/months.py`` — "2017. gada 5. decembrī", "30.novembra",
"2015.gadā", "29 March 2004", "March 29, 2004", "July 2016", "in 2021", a year in brackets
("Somija (2023)"), day ranges ("23―25 April 1999", "8.–9. jūlijā", "from 9 to 11 July",
"3. līdz 7. jūnijam"), two days or months joined by "and"/"un" (a range when consecutive), month
ranges ("June–September 2024") and the numeric forms both languages share ("20.12.1991",
"2004-03-29", "14/02/2025"). Overlapping candidates resolve longest first. With the document's
own date, "today", "yesterday" and "this year" (and their Latvian forms) are atoms too. Second,
atoms are *combined* with the words around them: "from A to B" / "no A līdz B" / "A–B" /
"between A and B" become one range (a missing year is taken from the other end), and
"since"/"kopš", "until"/"līdz", "from"/"no" set the kind of a single date.

Values are ISO 8601 at the precision the text gives (``2004``, ``2004-03``, ``2004-03-29``,
``--11-30`` for a day without a year). A month alone is never a date: a day or a year is
required, so "Augusta iela" or the verb "may" do not become dates. Decades ("1990s",
"1990. gados") are skipped.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from allygraph.lang.en import months as en_months
from allygraph.lang.lv import months as lv_months
from allygraph.model import TimeExpr

__all__ = ["find_times", "iso"]

DASH = r"[-‐‒–—―]"
_YEAR_MIN, _YEAR_MAX = 1000, 2999
_BARE_YEAR_MIN, _BARE_YEAR_MAX = 1800, 2100
_ANY_DIGIT = re.compile(r"\d")
_DIGIT_RUN = re.compile(r"\d+")


@dataclass(slots=True)
class _Atom:
    start: int
    end: int
    y: int | None
    m: int | None
    d: int | None
    end_date: tuple[int | None, int | None, int | None] | None = None  # for day/year ranges


def iso(y: int | None, m: int | None = None, d: int | None = None) -> str:
    """ISO 8601 at the given precision; ``--MM-DD`` when the year is unknown."""
    if y is None:
        return f"--{m:02d}-{d:02d}"
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _valid(y: int | None, m: int | None, d: int | None) -> bool:
    if y is not None and not _YEAR_MIN <= y <= _YEAR_MAX:
        return False
    if m is None:
        return d is None and y is not None
    if not 1 <= m <= 12:
        return False
    if d is None:
        return True
    last = calendar.monthrange(y if y is not None else 2000, m)[1]  # 2000: leap, allows --02-29
    return 1 <= d <= last


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@dataclass(frozen=True, slots=True)
class _Grammar:
    patterns: tuple[tuple[re.Pattern[str], str], ...]  # (regex, shape)
    month_first: frozenset[str]  # shapes whose match starts at a month name; the others start at a digit
    month_at: re.Pattern[str] | None  # every position a month name starts at (zero-width)
    pair_joiners: frozenset[str]  # "un"/"and" between two days: a range only for consecutive days
    months: dict[str, int]
    since: re.Pattern[str]
    until: re.Pattern[str]
    from_: re.Pattern[str]
    joiner: re.Pattern[str]
    between: re.Pattern[str] | None
    year_context: re.Pattern[str] | None


def _prefix(words: Iterable[str]) -> re.Pattern[str]:
    return re.compile(r"(?:^|(?<=[\s(\"“„]))(?:" + _alt(words) + r")\s+$", re.I)


def _shared_patterns() -> list[tuple[re.Pattern[str], str]]:
    return [
        (re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?!\d|\.\d)"), "dmy_num"),
        (re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])"), "ymd_num"),
        (re.compile(r"(?<![\w/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?![\w/])"), "dmy_slash"),
    ]


@cache
def _grammar(lang: str) -> _Grammar:
    if lang == "lv":
        forms = lv_months.month_forms()
        abbr = lv_months.ABBREVIATIONS
        month = r"(?P<m>" + _alt(forms) + r"|(?:" + _alt(abbr) + r")\.)(?!\w)"
        month2 = month.replace("?P<m>", "?P<m2>")
        gads = r"gad(?:am|a|ā|u|s)(?!\w)(?!\s+laikā\s+no)|g\.(?!\w)"
        year = r"(?<![\d.])(?P<y>\d{4})\.\s?(?:" + gads + r")"
        day = r"(?<![\d.])(?P<d>\d{1,2})\.\s?"
        # "8.–9. jūlijā", "3. līdz 7. jūnijam", "11. un 12. jūlijā"
        day_joiner = (r"(?:\s?" + DASH + r"\s?|\s+(?P<j>" + _alt(lv_months.RANGE_JOINERS + lv_months.DAY_PAIR_JOINERS)
                      + r")\s+)")
        pats = [
            (year + r"\s+" + r"(?P<d>\d{1,2})\.\s?" + month, "ymd"),
            (year + r"\s+" + r"(?P<d>\d{1,2})\." + day_joiner + r"(?P<d2>\d{1,2})\.\s?" + month, "ydd_m"),
            (year + r"\s+" + month + day_joiner + month2, "ymm"),
            (year + r"\s+" + month, "ym"),
            (r"(?<![\d.])(?P<d>\d{1,2})\." + day_joiner + r"(?P<d2>\d{1,2})\.\s?" + month, "dd_m"),
            (day + month, "dm"),
            (r"(?<![\d.])(?P<y>\d{4})\.?\s?(?:" + DASH + r"|līdz)\s?(?P<y2>\d{4})\.\s?(?:" + gads + r")", "yy"),
            (year, "y"),
            (r"(?<![\w.,-])(?P<y>(?:1[89]|20)\d{2})(?![\w%]|[.,]\d)", "bare_y"),
        ]
        compiled = [(re.compile(p, re.I), s) for p, s in pats]
        ctx = re.compile(r"(?:^|(?<=[\s(]))(?:kopš|pirms|pēc|sākot\s+ar)\s+$", re.I)
        return _Grammar(tuple(compiled + _shared_patterns()), frozenset(), None,
                        frozenset(lv_months.DAY_PAIR_JOINERS), {**forms, **abbr},
                        _prefix(lv_months.SINCE_WORDS), _prefix(lv_months.UNTIL_WORDS),
                        _prefix(lv_months.FROM_WORDS), re.compile(r"^\s*(?:" + DASH + r"|līdz)\s*$", re.I),
                        None, ctx)
    forms = en_months.month_forms()
    month = r"(?P<m>" + _alt(forms) + r")(?:\.(?=\s))?(?![\w])"
    month2 = month.replace("?P<m>", "?P<m2>")
    ordinal = r"(?:st|nd|rd|th)?"
    year = r"(?P<y>\d{4})(?![\d%])"
    day = r"(?<![\d.,])(?P<d>\d{1,2})" + ordinal + r"(?!\d)"
    # "9-11 July", "from 9 to 11 July", "11 and 12 July", "July 11 and 12"
    day_joiner = (r"(?:\s?" + DASH + r"\s?|\s+(?P<j>" + _alt(en_months.RANGE_JOINERS + en_months.DAY_PAIR_JOINERS)
                  + r")\s+)")
    pats = [
        (day + r"\s+(?:of\s+)?" + month + r",?\s+" + year, "dmy"),
        (day + day_joiner + r"(?P<d2>\d{1,2})" + ordinal + r"\s+(?:of\s+)?" + month + r"(?:,?\s+" + year + ")?",
         "dd_m"),
        (day + r"\s+(?:of\s+)?" + month + r"\s?" + DASH + r"\s?(?P<d2>\d{1,2})" + ordinal + r"\s+" + month2
         + r"(?:,?\s+" + year + ")?", "dm_dm"),
        (month + r"\s+(?P<d>\d{1,2})" + ordinal + r"(?!\d)" + day_joiner + r"(?P<d2>\d{1,2})" + ordinal
         + r"(?:,?\s+" + year + ")?", "m_dd"),
        (month + r"\s+(?P<d>\d{1,2})" + ordinal + r"(?![\d:])(?:,?\s+" + year + ")?", "md"),
        (day + r"\s+(?:of\s+)?" + month, "dm"),
        (month + day_joiner + month2 + r",?\s+" + year, "mm_y"),
        (month + r",?\s+" + year, "ym"),
        (r"(?<![\w.,-])(?P<y>(?:1[89]|20)\d{2})\s?" + DASH + r"\s?(?P<y2>(?:1[89]|20)\d{2})(?![\w%]|[.,]\d)", "yy"),
        (r"(?<![\w.,])(?P<y>(?:1[89]|20)\d{2})(?![\w%]|[.,]\d)", "bare_y"),
    ]
    compiled = [(re.compile(p), s) for p, s in pats]
    ctx = re.compile(r"(?:^|(?<=[\s(]))(?:" + _alt(en_months.YEAR_CONTEXT) + r")(?:\s+|-)(?:the\s+(?:year\s+)?)?$",
                     re.I)
    return _Grammar(tuple(compiled + _shared_patterns()), frozenset(("m_dd", "md", "ym", "mm_y")),
                    re.compile(r"(?=" + _alt(forms) + r")"), frozenset(en_months.DAY_PAIR_JOINERS), forms,
                    _prefix(en_months.SINCE_WORDS), _prefix(en_months.UNTIL_WORDS), _prefix(en_months.FROM_WORDS),
                    re.compile(r"^\s*(?:" + DASH + r"|" + _alt(en_months.RANGE_JOINERS) + r")\s*$", re.I),
                    _prefix(en_months.BETWEEN_WORDS), ctx)


def _month(g: _Grammar, word: str | None) -> int | None:
    if word is None:
        return None
    if word.isdigit():
        return int(word)
    w = word.rstrip(".")
    return g.months.get(w) or g.months.get(w.lower()) or g.months.get(w.capitalize())


def _atom(g: _Grammar, m: re.Match[str], shape: str, text: str) -> list[_Atom]:
    """The date(s) a match stands for: none, one, or two for two days that are not a range
    ("5. un 9. jūlijā", "on 5 and 9 July": two points; "11 and 12 July": one range)."""
    gd = m.groupdict()
    y = int(gd["y"]) if gd.get("y") else None
    mo = _month(g, gd.get("m"))
    d = int(gd["d"]) if gd.get("d") else None
    if shape == "bare_y":
        if not _BARE_YEAR_MIN <= (y or 0) <= _BARE_YEAR_MAX:
            return []
        before = text[max(0, m.start() - 30):m.start()]
        in_brackets = text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")"  # "Somija (2023)"
        if not in_brackets and (g.year_context is None or not g.year_context.search(before)):
            return []
    if shape == "dmy_slash" and not _valid(y, mo, d) and _valid(y, d, mo):
        mo, d = d, mo  # "02/14/2025": month first
    atom = _Atom(m.start(), m.end(), y, mo, d)
    if shape in ("yy",):
        y2 = int(gd["y2"])
        if y2 <= (y or 0):
            return []
        atom.m = atom.d = None
        atom.end_date = (y2, None, None)
    elif shape in ("ymm", "mm_y"):  # "June–September 2024", "2024. gada jūnija līdz septembrim"
        m2 = _month(g, gd["m2"])
        if m2 is None or mo is None or not _valid(y, m2, None) or not _valid(y, mo, None):
            return []
        if (gd.get("j") or "").lower() in g.pair_joiners and m2 != mo + 1:  # two months, not a span
            first_end = m.start("j")
            while text[first_end - 1].isspace():
                first_end -= 1
            return [_Atom(m.start(), first_end, y, mo, None), _Atom(m.start("m2"), m.end(), y, m2, None)]
        if m2 <= mo:
            return []
        atom.end_date = (y, m2, None)
    elif gd.get("d2"):
        d2 = int(gd["d2"])
        m2 = _month(g, gd.get("m2")) or mo
        if not _valid(y, m2, d2) or (m2 == mo and d2 <= (d or 0)):
            return []
        joiner = (gd.get("j") or "").lower()
        if joiner in g.pair_joiners and d2 != (d or 0) + 1:  # two days, not a span
            if not (_valid(y, mo, d) and _valid(y, m2, d2)) or (y is None and mo is None):
                return []
            first_end = m.start("j")
            while text[first_end - 1].isspace():
                first_end -= 1
            return [_Atom(m.start(), first_end, y, mo, d), _Atom(m.start("d2"), m.end(), y, m2, d2)]
        atom.end_date = (y, m2, d2)
    if not _valid(atom.y, atom.m, atom.d):
        return []
    if atom.y is None and atom.d is None:
        return []
    return [atom]


def _atoms(text: str, g: _Grammar, start: int, end: int) -> list[_Atom]:
    """Every pattern's matches, as ``finditer`` would find them, but tried only where a match can
    start: every pattern starts at the first digit of a number (its look-behind rules out a digit
    before it) or, for the month-first English shapes, where a month name starts."""
    digits = [m.start() for m in _DIGIT_RUN.finditer(text, start, end)]
    months = [m.start() for m in g.month_at.finditer(text, start, end)] if g.month_at is not None else []
    found: list[_Atom] = []
    for rx, shape in g.patterns:
        match = rx.match
        last_end = -1
        for pos in (months if shape in g.month_first else digits):
            if pos < last_end:
                continue
            m = match(text, pos, end)
            if m is not None:
                last_end = m.end()
                found += _atom(g, m, shape, text)
    found.sort(key=lambda a: (a.start, -(a.end - a.start)))
    chosen: list[_Atom] = []
    last_end = -1
    for a in found:
        if a.start >= last_end:
            chosen.append(a)
            last_end = a.end
    return chosen


_YMD = tuple[int | None, int | None, int | None]


def _inherit(a: _YMD, b: _YMD) -> tuple[_YMD, _YMD]:
    """Fill a missing year on either end of a range from the other end."""
    (ay, am, ad), (by, bm, bd) = a, b
    if ay is None and by is not None and am is not None:
        ay = by if (bm is None or am <= bm) else by - 1
    if by is None and ay is not None and bm is not None:
        by = ay if (am is None or bm >= am) else ay + 1
    return (ay, am, ad), (by, bm, bd)


def _expr(text: str, start: int, end: int, a: _YMD, b: _YMD | None, kind: str) -> TimeExpr:
    if b is not None:
        a, b = _inherit(a, b)
    return TimeExpr(start=start, end=end, value=iso(*a), end_value=iso(*b) if b else None, kind=kind,
                    text=text[start:end])


def _relative_atoms(text: str, lang: str, start: int, end: int, doc_date: str) -> list[_Atom]:
    """"today"/"šodien", "yesterday"/"vakar", "this year"/"šogad"/"šā gada" and "last year"/"pērn"
    as dates relative to the document's own date (a day needs a full date, a year its year)."""
    parts = [int(p) for p in doc_date.split("-")[:3] if p.isdigit()]
    if not parts or not _YEAR_MIN < parts[0] <= _YEAR_MAX:
        return []
    try:
        doc_day = _dt.date(*parts) if len(parts) == 3 else None
    except ValueError:
        doc_day = None
    today, yesterday, this_year, last_year = _RELATIVE[lang == "lv"]
    out: list[_Atom] = []
    for m in _relative_rx("lv" if lang == "lv" else "en").finditer(text, start, end):
        word = " ".join(m.group(0).lower().split())
        if word in this_year or word in last_year:
            out.append(_Atom(m.start(), m.end(), parts[0] - (word in last_year), None, None))
        elif doc_day is not None:
            day = doc_day - _dt.timedelta(days=0 if word in today else 1)
            out.append(_Atom(m.start(), m.end(), day.year, day.month, day.day))
    return out


_RELATIVE = {flag: (frozenset(mod.TODAY_WORDS), frozenset(mod.YESTERDAY_WORDS), frozenset(mod.THIS_YEAR_WORDS),
                    frozenset(mod.LAST_YEAR_WORDS))
             for flag, mod in ((True, lv_months), (False, en_months))}


@cache
def _relative_rx(lang: str) -> re.Pattern[str]:
    words = [w for group in _RELATIVE[lang == "lv"] for w in group]
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(
        words, key=lambda w: (-len(w), w))) + r")(?!\w)", re.I)


_WORD_AFTER = re.compile(r"\s+(\w+\.?)")
_WORD_BEFORE = re.compile(r"(\w+\.?)\s+$")


def _valid_month_word(g: _Grammar, word: str) -> bool:
    """A month name as the grammar writes it: English names capitalised ("May", not "may")."""
    return g.month_at is None or word.rstrip(".") in g.months


def _with_relative(atoms: list[_Atom], relative: list[_Atom], text: str, g: _Grammar) -> list[_Atom]:
    """Relative dates added to ``atoms``; "this year" right before a date without a year ("šā gada
    5. martā") gives it its year instead."""
    out = list(atoms)
    for r in relative:
        if any(a.start < r.end and r.start < a.end for a in atoms):
            continue
        after = next((a for a in atoms if a.start >= r.end and not text[r.end:a.start].strip()), None)
        if r.m is None and after is not None and after.y is None and after.m is not None:
            after.start, after.y = r.start, r.y
            if after.end_date is not None and after.end_date[0] is None:
                after.end_date = (r.y, *after.end_date[1:])
            continue
        if r.m is None:  # "šā gada jūlijā", "in July this year": the month of this year
            nxt = _WORD_AFTER.match(text, r.end)
            prev = _WORD_BEFORE.search(text, max(0, r.start - 20), r.start)
            for word in (nxt, prev):
                if word is None or not _valid_month_word(g, word.group(1)):
                    continue
                month = _month(g, word.group(1))
                if month is not None:
                    r.start, r.end, r.m = min(r.start, word.start()), max(r.end, word.end()), month
                    break
        out.append(r)
    out.sort(key=lambda a: a.start)
    return out


def find_times(text: str, lang: str, start: int = 0, end: int | None = None,
               doc_date: str | None = None) -> list[TimeExpr]:
    """Time expressions in ``text[start:end]`` (offsets into ``text``), sorted by start; with the
    document's own ``doc_date`` (ISO), also "today", "yesterday", "this year" and "last year" in
    both languages."""
    end = len(text) if end is None else end
    relative = _relative_atoms(text, lang, start, end, doc_date) if doc_date else []
    if not relative and _ANY_DIGIT.search(text, start, end) is None:
        return []  # every other date shape has a day or a year in digits
    g = _grammar("lv" if lang == "lv" else "en")
    atoms = _atoms(text, g, start, end)
    if relative:
        atoms = _with_relative(atoms, relative, text, g)
    out: list[TimeExpr] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        before = text[max(start, a.start - 25):a.start]
        pre_from = g.from_.search(before)
        pre_between = g.between.search(before) if g.between else None
        if i + 1 < len(atoms) and a.end_date is None:
            b = atoms[i + 1]
            gap = text[a.end:b.start]
            joined = g.joiner.match(gap) and (pre_from or re.match(r"^\s*" + DASH + r"\s*$", gap)
                                              or (lang == "lv" and "līdz" in gap.lower()))
            if pre_between and re.match(r"^\s*and\s*$", gap, re.I):
                joined = True
            if joined and b.end_date is None:
                pre = pre_from or pre_between
                s = a.start - len(pre.group(0)) if pre else a.start
                out.append(_expr(text, s, b.end, (a.y, a.m, a.d), (b.y, b.m, b.d), "range"))
                i += 2
                continue
        if a.end_date is not None:
            pre = pre_from
            s = a.start - len(pre.group(0)) if pre else a.start
            out.append(_expr(text, s, a.end, (a.y, a.m, a.d), a.end_date, "range"))
        else:
            kind, pre = "point", None
            for k, rx in (("since", g.since), ("until", g.until), ("from", g.from_)):
                pre = rx.search(before)
                if pre:
                    kind = k
                    break
            s = a.start - len(pre.group(0)) if pre else a.start
            out.append(_expr(text, s, a.end, (a.y, a.m, a.d), None, kind))
        i += 1
    return out
