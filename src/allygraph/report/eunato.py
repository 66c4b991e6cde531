"""The EU–NATO cooperation report: the framework as the documents describe it.

Sections: the joint declarations (where and when signed, by whom, with the signatories' offices),
the common proposals by approval date with their total, the areas of cooperation with what the
documents report on each (the passages that mention the area, quoted and cited), the national
priorities among them, the progress reports known, and the count of shared member states as
stated next to the count computed from membership dates. Every line cites its sources.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..model import Claim, Literal, Source
from ..store.base import Store
from ..vocab import EntityType, Predicate
from .derived import shared_members
from .derived import today as _today
from .document import Line, Report
from .factsheet import _Labels, qualifier_text
from .i18n import strings

__all__ = ["build_eu_nato", "FRAMEWORK_ID"]

P = Predicate
FRAMEWORK_ID = "framework:eu-nato-cooperation"
_ORGS = ("org:eu", "org:nato")


def _d(v: Any) -> str:
    return "" if v is None else str(v.value if isinstance(v, Literal) else v)


def build_eu_nato(store: Store, lang: str = "en", *, ref: Any | None = None, today: str | None = None,
                  framework: str = FRAMEWORK_ID, passages_per_area: int = 2) -> Report:
    if ref is None:
        from ..refdata import load_reference

        ref = load_reference()
    s = strings(lang)
    labels = _Labels(store, ref)
    fw = labels.entity(framework)
    rep = Report("eu-nato", lang, fw.label(lang) if fw else s("eu_nato_title"), s("eu_nato_subtitle"),
                 s("compiled", docs=len(store.documents())))
    _declarations(store, s, labels, rep, ref)
    _measures(store, s, labels, rep, framework)
    _areas(store, s, labels, rep, framework, passages_per_area)
    sec = rep.section("progress_reports", s("sections.progress_reports"), s("none"))
    for c in sorted(store.claims(subject=framework, predicate="progress_report"), key=lambda c: _d(c.object)):
        quals = qualifier_text(c, s, labels)
        sec.lines.append(Line(f"{s.date(c.object)}" + (f" ({quals})" if quals else ""), rep.cite(c.sources)))
    _shared(store, s, labels, rep, ref, today or _today())
    rep.renumber()
    return rep


def _declarations(store: Store, s, labels: _Labels, rep: Report, ref: Any) -> None:  # type: ignore[no-untyped-def]
    sec = rep.section("declarations", s("sections.declarations"), s("none"))
    ids = {c.subject for c in store.claims(predicate="signed")} | {c.subject for c in store.claims(predicate="signatory")}
    ids |= {e.id for e in ref.entities.values() if e.type == EntityType.AGREEMENT and "eu-nato" in e.id}

    def signed_on(aid: str) -> str:
        e = labels.entity(aid)
        return _d(e.extra.get("date")) if e else ""

    for aid in sorted(ids, key=lambda i: (signed_on(i), i)):
        e = labels.entity(aid)
        if e is None or ("eu-nato" not in aid and not any(o in str(e.extra) for o in _ORGS)):
            continue
        signed = store.claims(subject=aid, predicate="signed")
        sigs = store.claims(subject=aid, predicate="signatory")
        if signed:
            notes = list(dict.fromkeys(n for c in signed for n in rep.cite(c.sources)))
            places: dict[str, int] = defaultdict(int)
            dates: dict[str, int] = defaultdict(int)
            for c in signed:
                if isinstance(c.object, str) and c.object:
                    places[c.object] += len(c.sources)
                if c.qualifiers.get("point_in_time"):
                    dates[_d(c.qualifiers["point_in_time"])] += len(c.sources)
            where = max(sorted(places), key=lambda p: places[p]) if places else ""
            # the date most sources agree with (a prefix agrees with a fuller date), at its fullest precision
            support = {d: sum(n for x, n in dates.items() if x.startswith(d) or d.startswith(x)) for d in dates}
            when = max(sorted(dates), key=lambda d: (support[d], len(d))) if dates else ""
            text = f"{e.label(s.lang)} — {s('fields.signed')}: " + ", ".join(
                x for x in (labels.label(where, s) if where else "", s.date(when) if when else "") if x)
        else:
            where, when = _d(e.extra.get("signed_at")), _d(e.extra.get("date"))
            text = f"{e.label(s.lang)} — {s('fields.signed')}: " + ", ".join(
                x for x in (labels.label(where, s) if where else "", s.date(when) if when else "") if x)
            notes = rep.cite_reference(e.source, e.label(s.lang))
        names = []
        for c in sigs:
            who = labels.label(c.object, s)
            pos = [labels.label(x.object, s) for x in store.claims(subject=str(c.object), predicate="holds_position")]
            names.append(who + (f" ({pos[0]})" if pos else ""))
            notes += [n for n in rep.cite(c.sources) if n not in notes]
        sec.lines.append(Line(text, notes, detail=f"{s('fields.signatories')}: {', '.join(names)}" if names else ""))


def _measures(store: Store, s, labels: _Labels, rep: Report, framework: str) -> None:  # type: ignore[no-untyped-def]
    sec = rep.section("measures", s("sections.measures"), s("none"))
    dated: dict[str, list[Claim]] = defaultdict(list)
    undated: list[Claim] = []
    for c in store.claims(subject=framework, predicate="measures_approved"):
        when = _d(c.qualifiers.get("point_in_time"))
        (dated[when[:7]] if when else undated).append(c)  # one approval a month: 2016-12 and 2016-12-06 agree

    def num(c: Claim) -> float | None:
        return c.object.value if isinstance(c.object, Literal) and isinstance(c.object.value, (int, float)) else None

    by_count = {m: sorted(cs, key=lambda c: (-len(c.sources), num(c) or 0)) for m, cs in dated.items()}
    best = {m: num(cs[0]) for m, cs in by_count.items()}
    for m, cs in by_count.items():  # a stated grand total dated like a part is not a part
        others = sum(v or 0 for k, v in best.items() if k != m)
        alt = [v for v in map(num, cs) if v is not None and v != others + v - (best[m] or 0)]
        # no alternative in the month (its count merely equals the others' sum): it stays a part
        if alt and len(by_count) > 1 and best[m] is not None and others and best[m] == others + min(alt):
            best[m] = min(alt)
    total, notes = 0.0, []
    for m in sorted(by_count):
        cs = by_count[m]
        parts = [c for c in cs if num(c) == best[m]] or cs[:1]
        when = max((_d(c.qualifiers.get("point_in_time")) for c in parts), key=len)
        total += best[m] or 0
        ns = list(dict.fromkeys(n for c in parts for n in rep.cite(c.sources)))
        notes += ns
        sec.lines.append(Line(f"{s.date(when)} — {s('fields.measures', n=s.quantity(parts[0].object))}", ns))
        undated += [c for c in cs if c not in parts]
    if dated:
        sec.lines.append(Line(f"{s('fields.total')}: {s('fields.measures', n=int(total) if total == int(total) else total)}",
                              sorted(set(notes))))
    for c in undated:
        quals = qualifier_text(c, s, labels)
        sec.lines.append(Line(s("fields.stated_total", n=s.quantity(c.object) if isinstance(c.object, Literal) else c.object)
                              + (f" ({quals})" if quals else ""), rep.cite(c.sources)))


def _areas(store: Store, s, labels: _Labels, rep: Report, framework: str, per_area: int) -> None:  # type: ignore[no-untyped-def]
    sec = rep.section("areas", s("sections.areas"), s("none"))
    areas: dict[str, list[Claim]] = defaultdict(list)
    for c in store.claims(subject=framework, predicate="cooperation_area"):
        areas[str(c.object)].append(c)
    texts: dict[str, str] = {}
    for aid in sorted(areas, key=lambda a: labels.label(a, s).casefold()):
        notes = [n for c in areas[aid] for n in rep.cite(c.sources)]
        reported = []
        for p in store.search_passages([], [aid], limit=per_area * 3):
            if p.document not in texts:
                texts[p.document] = store.document_text(p.document) or ""
            quote = texts[p.document][p.start:p.end]
            if not quote or any(p.document == src.document and src.start <= p.start < src.end
                                for c in areas[aid] for src in c.sources):
                continue
            reported.append((p.document, p.start, p.end, quote))
            if len(reported) >= per_area:
                break
        detail_notes = rep.cite(Source(d, a, b, q) for d, a, b, q in reported)
        detail = ""
        if reported:
            detail = f"{s('fields.reported')}: " + " … ".join(
                f"“{_short(q)}” [{n}]" for (_, _, _, q), n in zip(sorted(reported, key=lambda r: (r[0], r[1])), detail_notes))
        sec.lines.append(Line(labels.label(aid, s), notes, detail=detail))
    pri = rep.section("priorities", s("sections.priorities"))
    by_state: dict[str, list[Claim]] = defaultdict(list)
    for c in store.claims(predicate="priority_area"):
        by_state[c.subject].append(c)
    for st in sorted(by_state):
        cs = sorted(by_state[st], key=lambda c: labels.label(c.object, s))
        pri.lines.append(Line(f"{labels.label(st, s)} — {s('roles_out.priority_area')}: "
                              + ", ".join(labels.label(c.object, s) for c in cs),
                              [n for c in cs for n in rep.cite(c.sources)]))
    if not pri.lines:
        rep.sections.remove(pri)


def _short(text: str, n: int = 220) -> str:
    t = " ".join(text.split())
    return t if len(t) <= n else t[: n - 1].rsplit(" ", 1)[0] + "…"


def _shared(store: Store, s, labels: _Labels, rep: Report, ref: Any, today: str) -> None:  # type: ignore[no-untyped-def]
    sec = rep.section("shared_members", s("sections.shared_members"))
    seen = set()
    for a, b in (_ORGS, _ORGS[::-1]):
        for c in store.claims(subject=a, predicate="shared_member_count", object=b):
            if c.key() in seen:
                continue
            seen.add(c.key())
            quals = qualifier_text(c, s, labels, skip=("count",))
            sec.lines.append(Line(s("fields.stated", n=_d(c.qualifiers.get("count"))) + (f" ({quals})" if quals else ""),
                                  rep.cite(c.sources), c.rank))
    now = shared_members(ref, _ORGS[0], _ORGS[1], today)
    if now:
        url = next((m.source for m in getattr(ref, "memberships", []) if m.org == "org:nato"), "")
        names = ", ".join(sorted(labels.label(x, s) for x in now))
        sec.lines.append(Line(s("fields.derived_now", n=len(now), date=s.date(today)), rep.cite_reference(url),
                              detail=names))
