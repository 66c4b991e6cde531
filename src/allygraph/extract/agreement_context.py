"""Where, when and by whom a document was signed when the signing sentence leaves it to the text around it.

News items tell a signing over several sentences: "Ministers met in Riga on 18-19 January. At the
end of the meeting they signed an agreement on ... The ministers also signed a memorandum ...".
This module keeps what the signings of a document have said so far (``Recent``) and answers:

- ``carried_setting``: the date and place of a signing sentence that names neither: those of the
  last signing a few sentences before ("Tāpat ministri parakstīja ..."), else of a meeting the
  sentence before tells of (an event, an event noun, a meeting verb or a visit, ``VISIT``, with one
  city and one date). A day without a year
  takes the document's year; a meeting's date range gives its last day when the signing came at
  its end (``AT_END``: "noslēgumā", "at the end of").
- ``carried_signatories``: the signatories of the last signing when the subject is only a noun or
  pronoun for them (``SIGNER_NOUN``: "ministri", "the ministers", "they", "both leaders").
- ``ordinal_pick``: "Trešo deklarāciju parakstīja ...", "The first of them was signed by ...": the
  n-th document of the sentence before (``ORDINAL``), or its only one.
- ``year_filled``: sentence dates without a year completed from the document's date.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from ..model import Mention, TimeExpr
from ..vocab import EntityType
from .context import DocContext, SentenceView, lang_data, lexicon
from .created import year_of

__all__ = ["Recent", "carried_setting", "carried_signatories", "ordinal_pick", "year_filled"]

MOD = "rel_agreements"
T = EntityType
_SIGN_TIMES = ("point", "range")
_BACK = 3  # sentences a signing's setting and signatories carry over
_BACK_ALSO = 8  # ... when the sentence says it goes on with the same signing ("also signed")


@dataclass
class Recent:
    """The last signing of the document so far."""

    index: int = -1  # its sentence
    time: TimeExpr | None = None
    place: Mention | None = None
    signatories: list[str] = field(default_factory=list)
    agreements: list[str] = field(default_factory=list)  # in the order the sentence names them

    def near(self, view: SentenceView) -> bool:
        """Within a few sentences, or further when the sentence says it goes on ("Tāpat ...", "also")."""
        back = _BACK_ALSO if view.has(lexicon(view.lang, MOD, "ALSO")) else _BACK
        return 0 < view.index - self.index <= back


def year_filled(ctx: DocContext, times: list[TimeExpr]) -> list[TimeExpr]:
    """Dates of a sentence; a day or month without a year ("--01-18") takes the document's year."""
    doc_year = year_of(ctx.doc_date)
    out = []
    for t in times:
        if t.value.startswith("--") and doc_year:
            end = f"{doc_year}{t.end_value[1:]}" if t.end_value and t.end_value.startswith("--") else t.end_value
            t = dataclasses.replace(t, value=f"{doc_year}{t.value[1:]}", end_value=end)
        out.append(t)
    return out


def carried_setting(ctx: DocContext, view: SentenceView, recent: Recent) -> tuple[list[TimeExpr], list[Mention]]:
    """(times, places) for a signing sentence that names neither; empty when nothing carries over."""
    if recent.near(view) and (recent.time is not None or recent.place is not None):
        return ([recent.time] if recent.time else []), ([recent.place] if recent.place else [])
    if view.index == 0:
        return [], []
    prev = ctx.views[view.index - 1]
    if prev.sent.paragraph not in (view.sent.paragraph, view.sent.paragraph - 1):
        return [], []
    cities = prev.of_type(T.CITY)
    times = [t for t in year_filled(ctx, prev.times) if t.kind in _SIGN_TIMES and year_of(t.value)]
    meeting = prev.of_type(T.EVENT) or prev.has(lexicon(prev.lang, "rel_events", "EVENT_NOUN")) \
        or prev.has(lexicon(prev.lang, "rel_events", "EVENT_VERB")) or prev.has(lexicon(prev.lang, MOD, "VISIT"))
    if len({c.entity_id for c in cities}) != 1 or len(times) != 1 or not meeting:
        return [], []
    t = times[0]
    if t.kind == "range" and t.end_value and view.has(lexicon(view.lang, MOD, "AT_END")):
        t = dataclasses.replace(t, value=t.end_value, end_value=None, kind="point")
    return [t], [cities[0]]


def carried_signatories(ctx: DocContext, view: SentenceView, recent: Recent) -> list[str]:
    """The last signing's signatories when this sentence names them only by a noun or pronoun."""
    if not recent.near(view) or not recent.signatories:
        return []
    if any(m.type in (T.PERSON, T.STATE, T.ORG) for m in view.mentions):
        return []
    return list(recent.signatories) if view.has(lexicon(view.lang, MOD, "SIGNER_NOUN")) else []


def ordinal_pick(view: SentenceView, recent: Recent) -> str | None:
    """The document of the sentence before that an ordinal names ("the third declaration", "pirmā no
    tām": the ordinal right before a document noun or before "of"/"no"), or its only document."""
    if view.index - recent.index != 1 or not recent.agreements:
        return None
    mod = lang_data(view.lang, MOD)
    table: dict[str, int] = getattr(mod, "ORDINAL", {}) if mod else {}
    nouns = view.find(lexicon(view.lang, MOD, "DECLARATION")) + view.find(lexicon(view.lang, MOD, "AGREEMENT_NOUN"))
    toks = view.tokens
    for i, tok in enumerate(toks):
        n = table.get(tok.text.casefold())
        if n is None:
            continue
        of = i + 1 < len(toks) and toks[i + 1].text.casefold() in ("of", "no")
        if not of and not any(0 < x.first - i <= 3 for x in nouns):
            continue
        if n == -1:
            return recent.agreements[-1]
        return recent.agreements[n - 1] if 0 < n <= len(recent.agreements) else None
    return recent.agreements[0] if len(recent.agreements) == 1 else None
