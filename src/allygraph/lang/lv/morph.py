"""Latvian case forms of names, for matching inflected mentions ("Berlīnē", "Ādažu bāzē").

``case_forms(name)`` maps every surface form it generates to the cases that form can be::

    >>> sorted(case_forms("Rīga").items())[:2]
    [('Rīga', frozenset({'nom'})), ('Rīgai', frozenset({'dat'}))]

Single words decline by their ending (rules in :mod:`.names_rules`). In a multi-word name the
head noun declines, definite adjectives that agree with it follow it ("Apvienotā Karaliste" ->
"Apvienotajā Karalistē"), a noun coordinated with it by "un" declines too ("Bosnija un
Hercegovina" -> "Bosnijā un Hercegovinā"), and genitive attributes, abbreviations, numbers,
quoted names and the tail after the head ("... grupa Latvijā") stay as they are. The head is
the last word with a nominative noun ending before the tail starts; ``person=True`` declines
every word instead ("Artis Pabriks" -> "Arta Pabrika").

The way back: ``nominative_readings(word)`` lists the (case, gender, nominative) a name word
can be, and ``name_nominative(words, cases, gender)`` picks the one reading all words of a name
share, so "ministram Jānim Bērziņam" gives "Jānis Bērziņš" (rules in
:data:`.names_rules.NOMINATIVE_FROM`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

from . import names_rules as R

__all__ = ["case_forms", "word_forms", "CASES", "nominative_readings", "name_nominative"]

CASES = R.CASES
_TOKEN = re.compile(r"\s+")
_QUOTES = "\"'“”„«»‘’"
_LATVIAN_LETTERS = re.compile(r"^[A-Za-zĀāČčĒēĢģĪīĶķĻļŅņŠšŪūŽžŌōŖŗ-]+$")


def _match_case(form: str, model: str) -> str:
    if model.isupper() and len(model) > 1:
        return form.upper()
    if model[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


def _alternate(stem: str) -> str:
    for plain, soft in R.ALTERNATIONS:
        if stem.endswith(plain):
            return stem[: -len(plain)] + soft
    return stem


def _noun_class(word: str) -> str | None:
    low = word.lower()
    if low in R.LEXICON:
        return R.LEXICON[low]
    for key, cls in R.LEXICON.items():
        if key.startswith("-") and low.endswith(key[1:]):
            return cls
    if low in R.INDECLINABLE:
        return None
    for ending, cls in R.ENDING_CLASS:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            return cls
    return None


def _adjective_class(word: str) -> tuple[str, str] | None:
    low = word.lower()
    for (gender, number), endings in sorted(R.ADJECTIVES.items(), key=lambda kv: -len(kv[1]["nom"])):
        nom = endings["nom"]
        if low.endswith(nom) and len(low) > len(nom) + 2:
            stem = low[: -len(nom)]
            if nom in ("ā", "ās") and not (stem.endswith(R.ADJECTIVE_SUFFIXES) or stem in R.ADJECTIVE_ROOTS):
                return None
            return gender, number
    return None


def _frozen(word: str) -> bool:
    """Words that never decline: abbreviations, numbers, quoted names, non-Latvian spelling."""
    core = word.strip(_QUOTES + "()")
    if not core or any(q in word for q in _QUOTES) or any(c.isdigit() for c in core):
        return True
    if sum(c.isupper() for c in core) > 1:  # NATO, ES–NATO, eFP, MND-N
        return True
    return not _LATVIAN_LETTERS.match(core)


def word_forms(word: str, cls: str, proper: bool = True) -> dict[str, set[str]]:
    """Forms of one word of noun class ``cls`` (a key of ``names_rules.NOUNS``) per case."""
    nom_ending, _, _, endings = R.NOUNS[cls]
    stem = word[: len(word) - len(nom_ending)]
    out: dict[str, set[str]] = {}
    for case, ending in endings.items():
        forms = set()
        if ending.endswith("*"):
            forms.add(_match_case(_alternate(stem) + ending[:-1], word) if stem else word)
            if proper:
                forms.add(stem + ending[:-1])
        else:
            forms.add(stem + ending)
        out[case] = forms
    return out


def _adjective_forms(word: str, gender: str, number: str) -> dict[str, set[str]]:
    endings = R.ADJECTIVES[(gender, number)]
    stem = word[: len(word) - len(endings["nom"])]
    return {case: {stem + e} for case, e in endings.items()}


def _oblique(word: str) -> bool:
    low = word.lower()
    return low in R.PREPOSITIONS or (not _frozen(word) and low.endswith(R.OBLIQUE_ENDINGS)
                                      and _adjective_class(word) is None)


def _plan(words: list[str], person: bool) -> dict[int, dict[str, set[str]]]:
    """Decide which words decline and give their forms per case: {word index: {case: forms}}."""
    if person:
        plan = {}
        for i, w in enumerate(words):
            cls = None if _frozen(w) else _noun_class(w)
            if cls is not None and R.NOUNS[cls][2] == "sg":
                plan[i] = word_forms(w, cls)
                if cls == "f5":  # a name in -e may be a man's: "Markam Rutem" beside "Ursulai"
                    for case, forms in word_forms(w, "m5").items():
                        plan[i][case] |= forms
        return plan
    # 1. find the head: the last clear nominative noun before the tail starts
    head, fallback = None, None
    for i, w in enumerate(words):
        if any(q in w for q in _QUOTES):
            if head is not None:
                break
            continue
        if _frozen(w) or w.lower() in R.CONJUNCTIONS:
            continue
        if head is not None and _oblique(w):
            break
        if _adjective_class(w) is not None and i < len(words) - 1:
            continue
        cls = _noun_class(w)
        if cls is None:
            continue
        if cls in ("f4pl", "f5pl"):  # "-as"/"-es": a genitive attribute unless nothing else is the head
            fallback = (i, cls)
        else:
            head = (i, cls)
    head = head or fallback
    if head is None:
        return {}
    h, cls = head
    _, gender, number, _ = R.NOUNS[cls]
    plan = {h: word_forms(words[h], cls, proper=words[h][:1].isupper())}
    # 2. a noun coordinated with the head: "Bosnija un Hercegovina", "mācības un vingrinājumi"
    if h >= 2 and words[h - 1].lower() in R.CONJUNCTIONS and not _frozen(words[h - 2]):
        other = _noun_class(words[h - 2])
        if other is not None and R.NOUNS[other][2] == number or (
                number == "pl" and words[h - 2].lower().endswith(("as", "es"))):
            other = other if other and R.NOUNS[other][2] == number else "f4pl"
            plan[h - 2] = word_forms(words[h - 2], other, proper=words[h - 2][:1].isupper())
    # 3. agreeing definite adjectives before the head (genitive attributes between are skipped)
    for i in range(h - 1, -1, -1):
        if i in plan or _frozen(words[i]):
            continue
        if _adjective_class(words[i]) == (gender, number):
            plan[i] = _adjective_forms(words[i], gender, number)
    return plan


@lru_cache(maxsize=65536)
def _case_forms(name: str, person: bool) -> tuple[tuple[str, frozenset[str]], ...]:
    words = _TOKEN.split(name.strip())
    if not words or not words[0]:
        return ()
    plan = _plan(words, person)
    seps = _TOKEN.findall(name.strip())
    found: dict[str, set[str]] = {}
    for case in CASES:
        options = [sorted(plan[i][case]) if i in plan else [w] for i, w in enumerate(words)]
        for combo in product(*options):
            surface = "".join(w + (seps[k] if k < len(seps) else "") for k, w in enumerate(combo))
            found.setdefault(surface, set()).add(case)
    found.setdefault(name.strip(), set()).add("nom")
    return tuple(sorted((s, frozenset(c)) for s, c in found.items()))


def case_forms(name: str, person: bool = False) -> dict[str, frozenset[str]]:
    """Every generated surface form of ``name`` -> the cases it can be (nom, gen, dat, acc, loc)."""
    return dict(_case_forms(name, person))


_SOFT_TO_PLAIN = tuple((soft, plain) for plain, soft in R.ALTERNATIONS if soft[-1] in "ņļ" or soft == "dž")
_DECLINED_ENDINGS = ("s", "š", "a", "e", "i", "u", "m", "ā", "ē", "ī", "ū")


def _unsoften(stem: str) -> str | None:
    for soft, plain in _SOFT_TO_PLAIN:
        if stem.endswith(soft):
            return stem[: -len(soft)] + plain
    return None


@lru_cache(maxsize=65536)
def nominative_readings(word: str) -> tuple[tuple[str, str, str], ...]:
    """Every (case, gender, nominative) a name word can be: "Jānim" -> (dat, m, Jānis); a word that
    does not decline ("Trudo", "NATO") is every case of either gender, as written."""
    low = word.lower()
    if _frozen(word) or not low.endswith(_DECLINED_ENDINGS):
        return tuple((c, g, word) for c in CASES for g in ("m", "f"))
    out = [("nom", g, word) for g, ends in R.NAME_NOMINATIVE_ENDINGS.items() if low.endswith(ends) and len(low) > 2]
    for (case, gender), rules in R.NOMINATIVE_FROM.items():
        for ending, nom in rules:
            if not low.endswith(ending) or len(low) <= len(ending) + 1:
                continue
            stem = word[: len(word) - len(ending)]
            if gender == "m" and nom == "s" and case != "dat":
                plain = _unsoften(stem)  # "Jāņa" -> "Jānis"
                if (stem + "is").lower() in R.M2_NAMES:
                    nom = "is"
                elif plain is not None:
                    stem, nom = plain, "is"
            out.append((case, gender, stem + nom))
            break
    return tuple(out)


def name_nominative(words: list[str], cases: frozenset[str] | None = None, gender: str | None = None) -> list[str]:
    """The nominative of a name whose words agree in one case and gender (limited to ``cases`` and
    preferring ``gender`` when given, e.g. from the title before it); the nominative reading wins
    when it fits, and a name whose words share no reading is returned as written."""
    readings = [nominative_readings(w) for w in words]
    if not readings:
        return list(words)
    options = set.intersection(*({(c, g) for c, g, _ in r} for r in readings))
    if cases:
        options = {o for o in options if o[0] in cases}
    if gender and any(g == gender for _, g in options):
        options = {o for o in options if o[1] == gender}
    if not options:
        return list(words)
    best = min(options, key=lambda o: (o[0] != "nom", CASES.index(o[0]), o[1] != (gender or "m")))
    return [next(n for c, g, n in r if (c, g) == best) for r in readings]
