"""The sentence screen tried only where the module-wide screen found a first word answers exactly as
one search of the lexicons' own screen over the whole sentence; hits pass through the screen."""

from __future__ import annotations

from conftest import analyse_text

from allygraph.extract import EXTRACTOR_NAME, EXTRACTOR_VERSION
from allygraph.extract._slots import _screen, hits, screen
from allygraph.extract.context import DocContext, lang_data

_TEXTS = (
    "In 2016, NATO-led forces deployed a maritime force to the Aegean Sea. Latvia joined the alliance "
    "and took part in KFOR, which cooperates closely with the EU mission. The centre is headquartered "
    "in Tallinn; its commander reports to the Supreme Allied Commander Europe. Nothing else here.",
    "Latvija iestājās NATO 2004. gadā un piedalās misijā Kosovā. Misijas štābs atrodas Prištinā, "
    "un to vada Itālija. Sadarbība ar Eiropas Savienību turpinās. Ministrs uzsvēra vienotību.",
)
_MODULES = ("rel_membership", "rel_operations", "rel_forces")


def _names(lang: str, module: str) -> list[str]:
    mod = lang_data(lang, module)
    return [n for n in dir(mod) if n.isupper() and isinstance(getattr(mod, n), list)]


def test_screen_answers_as_one_search_of_the_sentence() -> None:
    checked = passed = 0
    for text in _TEXTS:
        ctx = DocContext(analyse_text(text), EXTRACTOR_NAME, EXTRACTOR_VERSION)
        for view in ctx.views:
            low = view.text.casefold()
            for module in _MODULES:
                names = _names(view.lang, module)
                for group in [(n,) for n in names] + [tuple(names[:3]), tuple(names[-4:])]:
                    rx = _screen(view.lang, module, group)
                    want = rx is not None and rx.search(low) is not None
                    assert screen(view, module, *group) is want, (view.text, module, group)
                    checked += 1
                    passed += want
    assert checked > 200 and 0 < passed < checked


def test_hits_are_matches_that_pass_the_screen() -> None:
    ctx = DocContext(analyse_text(_TEXTS[0]), EXTRACTOR_NAME, EXTRACTOR_VERSION)
    view = ctx.views[0]
    for name in _names(view.lang, "rel_operations"):
        found = view.find(view.lex("rel_operations", name))
        want = found if screen(view, "rel_operations", name) else []
        assert hits(view, "rel_operations", name) == want
    assert hits(view, "rel_operations", "DEPLOY")  # "deployed a maritime force to"
