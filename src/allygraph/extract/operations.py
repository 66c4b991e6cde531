"""The operations family: cooperates_with, supports, operates_in, headquarters, commanded_by,
participant_in (states and units in operations, missions and exercises).

Trigger words live in ``lang/<code>/rel_operations.py``; slots are filled by
:mod:`allygraph.extract._slots` (which also turns "Turkish authorities" into Turkey and "NATO
deployed a maritime force to the Aegean Sea" into an operation).

* cooperates_with: a cooperation head ("works closely", "in close cooperation", "meets",
  "sadarbojas") followed within a few words by "with"/"ar" and a name: the nearest actor before
  the head (a state, organisation, operation or formation — not a person) cooperates with every
  actor of the coordinated list after "with". Regions are left out. Dates: since/from/range, or
  a plain date when the sentence says the cooperation began.
* supports: an operation or organisation before "supported"/"supporting"/"atbalsta" supports the
  operations, organisations and states after it, up to the end of the clause.
* operates_in: an operation next to a place it is "in" ("Operation X in the Mediterranean",
  "In Kosovo, KFOR ...", Latvian locative "misija Irākā"); and a described deployment.
* headquarters: "<X> headquarters is located at <Y>", "headquartered in"; an *operation*
  headquarters (OHQ) belongs to the operation the text is talking about.
* commanded_by: "commander" / "commanded by" / "komandieris" with an operation or formation
  and a person or position next to it, on either side.

Each relation is a module of its own (``operations_links``, ``operations_places``,
``operations_hq``, ``operations_command``, ``operations_participation``); this module decides
which of them a sentence needs, from the kinds of names in it and its trigger words.
"""

from __future__ import annotations

from ..model import Mention
from ..vocab import EntityType
from ._slots import PLACES, hits, screen
from .context import DocContext
from .events_exercises import exercises_in
from .operations_command import commanded_by
from .operations_hq import headquarters
from .operations_links import cooperates, supported_by, supports
from .operations_participation import participates
from .operations_places import operates_in, place_heading, section_place

__all__ = ["extract"]

T = EntityType
MOD = "rel_operations"


def extract(ctx: DocContext) -> None:
    section: Mention | None = None
    for view in ctx.views:
        if view.sent.is_heading:
            section = place_heading(view)
            continue
        if not view.mentions:
            continue
        types = {m.type for m in view.mentions}
        if section is not None and T.OPERATION in types:
            section_place(ctx, view, section)
        deploy = screen(view, MOD, "DEPLOY") and bool(hits(view, MOD, "DEPLOY"))
        if T.OPERATION in types or deploy or (types & set(PLACES) and (
                hits(view, MOD, "REF_OPERATION") or (screen(view, MOD, "OPERATE") and hits(view, MOD, "OPERATE")))):
            operates_in(ctx, view)
        if types & {T.PERSON, T.POSITION} and screen(view, MOD, "COMMAND"):
            commanded_by(ctx, view)
        if screen(view, MOD, "PARTICIPATE_OP") and (T.OPERATION in types or exercises_in(ctx, view)):
            participates(ctx, view)
        if len(view.mentions) < 2 and not deploy and not (hits(view, MOD, "REF_OPERATION") or hits(view, MOD, "REF_ORG")):
            if screen(view, MOD, "HQ"):  # "pārveidota par brigādi, kuras štābs atrodas Ādažos": a unit noun
                headquarters(ctx, view)
            continue
        if screen(view, MOD, "COOP", "COOP_MUTUAL"):
            cooperates(ctx, view)
        if screen(view, MOD, "SUPPORT"):
            supports(ctx, view)
        if screen(view, MOD, "SUPPORT_PASSIVE", "RELY", "RELY_ASSETS"):
            supported_by(ctx, view)
        if screen(view, MOD, "HQ", "HQ_OPERATION", "HQ_VERB"):
            headquarters(ctx, view)
