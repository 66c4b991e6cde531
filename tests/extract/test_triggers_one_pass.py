"""The one-pass look-up of every lexicon of a relation module gives, for each lexicon, exactly what
``Lexicon.find`` gives for it alone, in both languages."""

from __future__ import annotations

from allygraph.extract._triggers import index_for
from allygraph.extract.context import lang_data
from allygraph.extract.lexicon import Lexicon
from allygraph.nlp.segment import segment

_TEXTS = {
    "en": "Since 2017 the battlegroup in Lithuania has been led by Germany, with troops from Norway and the "
          "Netherlands. Latvia joined NATO in 2004 and took part in KFOR; the mission, which began in 1999, "
          "is headquartered in Pristina. The attaché resident in Warsaw is accredited to Hungary as well.",
    "lv": "Kopš 2017. gada kaujas grupu Lietuvā vada Vācija, un to veido karavīri no Norvēģijas. Latvija "
          "iestājās NATO 2004. gadā un piedalījās KFOR misijā, kuras štābs atrodas Prištinā. Atašejs, kas "
          "rezidē Varšavā, ir akreditēts arī Ungārijā.",
}
_MODULES = ("rel_membership", "rel_forces", "rel_attache", "rel_framework", "rel_agreements", "rel_positions",
            "rel_events", "rel_operations")


def test_each_lexicon_of_a_module_matches_as_alone() -> None:
    compared = matched = 0
    for lang, text in _TEXTS.items():
        _, sents = segment(text, lang)
        for module in _MODULES:
            mod = lang_data(lang, module)
            names = [n for n in dir(mod) if n.isupper() and isinstance(getattr(mod, n), list)]
            for s in sents:
                found = index_for(lang, module).find_all(s.tokens)
                for name in names:
                    alone = Lexicon(getattr(mod, name)).find(s.tokens)
                    assert found.get(name, []) == alone, (lang, module, name)
                    compared += 1
                    matched += len(alone)
                assert set(found) <= set(names)
    assert compared > 300 and matched > 20
