"""hits(): a lexicon's matches in the sentence when the sentence passes the lexicon's screen (its
first words found in the lower-cased text), nothing otherwise, whichever is computed first."""

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
_MODULES = ("rel_membership", "rel_operations")


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
