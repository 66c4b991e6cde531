"""When a formation or body was founded: the date a founding trigger refers to (part of the forces
family; used by :mod:`._forces_where`, :mod:`.forces_places` and :mod:`.forces_tables`).

The date nearest the trigger in its sentence; "tajā pašā gadā" / "the same year" takes the year of
the sentence (or of the sentence before). A day and month without a year ("on 3 July", "3. jūlijā")
takes its year from the text ("pagājušā gada 3. jūlijā", "last year") or, in a dated document, the
latest year in which that day is not after the document's date (a news item of November 2024
writing "on July 3" means 2024-07-03; one of January 2025 means 2024-07-03 too).
"""

from __future__ import annotations

from ._args import triggers
from .context import DocContext, SentenceView, lang_data
from .forces_args import LEX
from .lexicon import Match

__all__ = ["founding_date", "year_of_day"]


def year_of_day(ctx: DocContext, view: SentenceView, month_day: str) -> str | None:
    """``--MM-DD`` -> ``YYYY-MM-DD`` from "last year"/"this year" words or the document's date."""
    date = ctx.doc_date
    if not date or len(date) < 10:
        return None
    year = int(date[:4])
    if triggers(view, LEX, "LAST_YEAR"):
        year -= 1
    elif not triggers(view, LEX, "THIS_YEAR") and month_day[2:] > date[5:10]:
        year -= 1  # a day later in the year than the document: the year before
    return f"{year:04d}{month_day[1:]}"


def founding_date(ctx: DocContext, view: SentenceView, t: Match) -> str | None:
    if triggers(view, LEX, "SAME_YEAR"):
        if view.times:
            return view.times[0].value[:4]
        prev = ctx.views[view.index - 1] if view.index else None
        return prev.times[-1].value[:4] if prev is not None and prev.times else None
    if not view.times:
        return _bare_month(ctx, view)
    near = min(view.times, key=lambda x: abs(x.start - t.start))
    if not near.value.startswith("--"):
        return near.value
    full = [x for x in view.times if not x.value.startswith("--")]
    if full:
        return min(full, key=lambda x: abs(x.start - t.start)).value
    return year_of_day(ctx, view, near.value) if len(near.value) == 7 else None


def _bare_month(ctx: DocContext, view: SentenceView) -> str | None:
    """A month named without a day or a year ("in early January", "janvāra sākumā") in a dated
    document: that month of the document's year, or of the year before when it is later than the
    document's month (or "last year" / "pagājušā gada" is said)."""
    date = ctx.doc_date
    if not date or len(date) < 7:
        return None
    mod = lang_data(view.lang, "months")
    forms = mod.month_forms() if mod is not None and hasattr(mod, "month_forms") else {}
    fold = view.lang != "en"  # English month names count only capitalised ("may" is a verb)
    month = next((forms.get(t.text.casefold() if fold else t.text) for t in view.tokens
                  if forms.get(t.text.casefold() if fold else t.text)), None)
    if month is None:
        return None
    year = int(date[:4])
    if triggers(view, LEX, "LAST_YEAR") or (not triggers(view, LEX, "THIS_YEAR") and month > int(date[5:7])):
        year -= 1
    return f"{year:04d}-{month:02d}"
