"""The sentence screen finds a lexicon's first words in the lower-cased text exactly as the plain
regex of those words does; hits() are a lexicon's matches in a sentence that passes the screen,
nothing otherwise, whichever is computed first."""

from __future__ import annotations

import re

from conftest import analyse_text

from allygraph.extract import EXTRACTOR_NAME, EXTRACTOR_VERSION
from allygraph.extract._slots import _key_token, _screen, hits, screen, screen_regex
from allygraph.extract.context import DocContext, lang_data

_TEXTS = (
    "In 2016, NATO-led forces deployed a maritime force to the Aegean Sea. Latvia joined the alliance "
    "and took part in KFOR, which cooperates closely with the EU mission. The centre is headquartered "
    "in Tallinn; its commander reports to the Supreme Allied Commander Europe. Nothing else here.",
    "Latvija iestājās NATO 2004. gadā un piedalās misijā Kosovā. Misijas štābs atrodas Prištinā, "
    "un to vada Itālija. Sadarbība ar Eiropas Savienību turpinās. Ministrs uzsvēra vienotību.",
)
_MODULES = ("rel_membership", "rel_operations")
_ODD = ("--- (a) nato-led, “Sabiedrotie” 2024.; x*y ... savukārt", "joined", "", "\nun vēl", "misij")


def _plain(patterns: list[str]) -> re.Pattern[str] | None:
    """The screen written plainly: a word (not followed by a letter) or a stem, where no letter precedes."""
    alts = []
    for pat in patterns:
        for alt in _key_token(pat).split("|"):
            alt = alt.casefold()
            if alt == "?":
                return re.compile("")
            if alt:
                alts.append(re.escape(alt[:-1]) if alt.endswith("*") else re.escape(alt) + r"(?!\w)")
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + ")") if alts else None


def _finds(rx: re.Pattern[str] | None, low: str) -> bool:
    return rx is not None and rx.search(low) is not None


def test_screen_finds_what_the_plain_regex_finds() -> None:
    lows = [t.casefold() for t in _TEXTS] + [s.casefold() for t in _TEXTS for s in t.split(". ")] + list(_ODD)
    checked = found = 0
    for lang in ("en", "lv"):
        for module in _MODULES + ("rel_forces", "rel_framework"):
            mod = lang_data(lang, module)
            for name in (n for n in dir(mod) if n.isupper() and isinstance(getattr(mod, n), list)):
                rx, plain = _screen(lang, module, (name,)), _plain(getattr(mod, name))
                for low in lows:
                    want = _finds(plain, low)
                    assert _finds(rx, low) is want, (module, name, low)
                    checked += 1
                    found += want
    # a lone star, one-letter words and stems, punctuation first, wildcards only, nothing
    for pats in (["*"], ["a*", "ab", "x"], ["-led", "kas ir", "(a)"], ["? ?"], [], ["n*|nato-led", "ne*"]):
        for low in lows:
            assert _finds(screen_regex(pats), low) is _finds(_plain(pats), low), (pats, low)
    assert checked > 1000 and 0 < found < checked


def test_hits_are_the_matches_that_pass_the_screen() -> None:
    screened = kept = 0
    for text in _TEXTS:
        ctx = DocContext(analyse_text(text), EXTRACTOR_NAME, EXTRACTOR_VERSION)
        for view in ctx.views:
            for module in _MODULES:
                mod = lang_data(view.lang, module)
                for name in (n for n in dir(mod) if n.isupper() and isinstance(getattr(mod, n), list)):
                    rx = _screen(view.lang, module, (name,))
                    passes = rx is not None and rx.search(view.text.casefold()) is not None
                    assert screen(view, module, name) is passes
                    found = view.find(view.lex(module, name))
                    assert hits(view, module, name) == (found if passes else [])
                    assert hits(view, module, name) is hits(view, module, name)  # once per sentence
                    screened += 1
                    kept += bool(found and passes)
    assert screened > 100 and kept > 5
