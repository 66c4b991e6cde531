"""The shared token index (one look-up of a sentence's words for every lexicon) gives exactly the
matches of the plain definition of a lexicon match, for every lexicon of the language data."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Sequence

import pytest

from allygraph.extract.lexicon import Lexicon, TokenIndex, token_index
from allygraph.model import Token
from allygraph.nlp.segment import segment

_EN = (
    "On 3 May 2021 Canada was admitted to the framework and led by the United States, the battlegroup "
    "in Latvia took part in the exercise. The defence attaché resident in Warsaw is also accredited to "
    "Lithuania; NATO-led operations, which began in 1999, ended. Ministers signed a memorandum of "
    "understanding on cyber defence and agreed to cooperate closely with the alliance. "
    "Under the lead of Germany, a further 12 measures were approved by the Council!"
)
_LV = (
    "Latvija iestājās NATO 2004. gada 29. martā un kopš tā laika piedalās alianses operācijās. "
    "Kaujas grupu Lietuvā vada Vācija, un to veido karavīri no Nīderlandes un Norvēģijas. "
    "Aizsardzības atašejs, kas rezidē Varšavā, ir akreditēts arī Ungārijā; ministri parakstīja "
    "saprašanās memorandu par sadarbību kiberdrošībā un vienojās par vēl 12 pasākumiem."
)


def _reference(patterns: Sequence[str], tokens: Sequence[Token]) -> list[tuple[int, int, str]]:
    """The documented meaning of a lexicon, written plainly: at each position the longest pattern
    (the earlier one on ties) whose every token matches, non-overlapping, left to right."""
    def ok(tok: Token, spec: str) -> bool:
        if spec == "?":
            return not tok.is_punct
        words = {tok.text.casefold(), tok.lemma}
        for alt in spec.split("|"):
            alt = alt.casefold()
            if alt.endswith("*") and len(alt) > 1:
                if any(w.startswith(alt[:-1]) for w in words):
                    return True
            elif alt and alt != "?" and alt in words:
                return True
        return False

    pats = [p.strip() for p in patterns if p.strip()]
    out, i = [], 0
    while i < len(tokens):
        best: tuple[int, str] | None = None
        for p in pats:
            specs = p.split()
            if i + len(specs) <= len(tokens) and (best is None or len(specs) > best[0]) \
                    and all(ok(tokens[i + j], s) for j, s in enumerate(specs)):
                best = (len(specs), p)
        if best:
            out.append((i, i + best[0] - 1, best[1]))
            i += best[0]
        else:
            i += 1
    return out


def _lexicons() -> list[tuple[str, list[str]]]:
    out = []
    for lang in ("en", "lv"):
        pkg = importlib.import_module(f"allygraph.lang.{lang}")
        for info in pkgutil.iter_modules(pkg.__path__):
            mod = importlib.import_module(f"allygraph.lang.{lang}.{info.name}")
            for name in dir(mod):
                val = getattr(mod, name)
                if name.isupper() and isinstance(val, (list, tuple)) and val and all(isinstance(x, str) for x in val):
                    out.append((f"{lang}.{info.name}.{name}", list(val)))
    return out


def _sentences() -> list[list[Token]]:
    out = []
    for text, lang in ((_EN, "en"), (_LV, "lv")):
        _, sents = segment(text, lang)
        for s in sents:
            out.append(s.tokens)
            out.append(s.tokens[2:9])  # a slice is a token list of its own
    return out


def _as_rows(found: list) -> list[tuple[int, int, str]]:  # type: ignore[type-arg]
    return [(m.first, m.last, m.pattern) for m in found]


def test_every_language_lexicon_matches_its_definition() -> None:
    sents = _sentences()
    compared = matched = 0
    for name, patterns in _lexicons():
        lex = Lexicon(patterns)
        for toks in sents:
            want = _reference(patterns, toks)
            assert _as_rows(lex.find(toks)) == want, name
            assert _as_rows(lex.find_in(TokenIndex(toks))) == want, name
            compared += 1
            matched += len(want)
    assert compared > 500 and matched > 50  # the data and the sentences really exercise the matcher


@pytest.mark.parametrize("patterns", [
    ["? of", "the ?", "nato", "nato ? ?"],  # wildcards first and inside
    ["vad*|led", "led by", "vad* ?", "*", "?|of the"],  # stems, alternatives, a lone '*', '?' as an alternative
    ["under the lead of", "under the", "lead"],  # longest first, earlier on ties
])
def test_wildcards_stems_and_ties_match_their_definition(patterns: list[str]) -> None:
    for toks in _sentences():
        assert _as_rows(Lexicon(patterns).find(toks)) == _reference(patterns, toks)


def test_a_lexicon_built_later_sees_words_indexed_before_it() -> None:
    toks = _sentences()[0]
    ix = token_index(toks)
    assert Lexicon(["zzqx-never-a-word"]).find_in(ix) == []
    late = Lexicon(["admitt*", "Canada was"])  # new token patterns after the index was built
    assert _as_rows(late.find_in(ix)) == _reference(["admitt*", "Canada was"], toks)
    assert late.find_in(ix)
