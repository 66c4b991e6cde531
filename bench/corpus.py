"""A generated corpus for benchmarks: news-like documents in Latvian and English built from templates
and the reference data's names (Latvian names in the case each template needs), so throughput is
measured on text with the density of names, dates and numbers of real defence news.
"""

from __future__ import annotations

import random
from pathlib import Path

from allygraph.lang.lv.morph import case_forms
from allygraph.refdata import load_reference

LV_TEMPLATES = [
    "{year}. gada {day}. {month_loc} {state_nom} aizsardzības ministrs tikās ar kolēģiem {city_loc}, kur tika pārrunāta "
    "sadarbība ar {state2_acc} un {state3_acc}.",
    "Daudznacionālo kaujas grupu Latvijā vada {state_nom}, un to veido vairāk nekā {n} karavīru no {state2_gen}, "
    "{state3_gen} un {state_gen}.",
    "Kopš {year}. gada {city_loc} atrodas NATO spēku integrācijas vienība, kas atbalsta sabiedroto mācības.",
    "{state_nom} iestājās NATO {year}. gada {day}. {month_loc}, un kopš tā laika piedalās alianses operācijās.",
    "Aizsardzības atašejs, kas rezidē {city_loc}, ir akreditēts arī {state2_loc} un {state3_loc}.",
    "Valdība apstiprināja {n} jaunus sadarbības pasākumus, kas aptver kiberdrošību un militāro mobilitāti.",
    "Ministrs uzsvēra, ka drošības situācija reģionā prasa ciešāku sadarbību ar partneriem un sabiedrotajiem.",
]
EN_TEMPLATES = [
    "On {day} {month_en} {year}, the defence minister of {state_en} met counterparts in {city_en} to discuss "
    "cooperation with {state2_en} and {state3_en}.",
    "The multinational battlegroup in Latvia is led by {state_en} and brings together more than {n} soldiers from "
    "{state2_en}, {state3_en} and {state_en}.",
    "Since {year}, the NATO Force Integration Unit has been based in {city_en}, supporting allied exercises.",
    "{state_en} joined NATO on {day} {month_en} {year} and has since taken part in Alliance operations.",
    "The defence attaché resident in {city_en} is also accredited to {state2_en} and {state3_en}.",
    "Ministers approved {n} new cooperation measures covering cyber security and military mobility.",
    "Officials stressed that the security situation in the region calls for closer work with partners and allies.",
]
LV_MONTHS_LOC = ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī",
                 "oktobrī", "novembrī", "decembrī"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def _case(name: str, case: str) -> str:
    forms = case_forms(name)
    for form, cases in sorted(forms.items()):
        if case in cases and form != name or case == "nom" and form == name:
            return form
    return name


def generate(out_dir: Path, n_docs: int, seed: int = 7, sentences: int = 14) -> Path:
    """Write ``n_docs`` documents (half Latvian, half English) into ``out_dir``; return it."""
    ref = load_reference()
    rng = random.Random(seed)
    states = sorted((e for e in ref.entities.values() if e.type.value == "state" and e.labels.get("lv")),
                    key=lambda e: e.id)[:80]
    cities = sorted((e for e in ref.entities.values() if e.type.value == "city" and e.labels.get("lv")),
                    key=lambda e: e.id)[:60]
    lv_cache: dict[tuple[str, str], str] = {}

    def lv(name: str, case: str) -> str:
        if (name, case) not in lv_cache:
            lv_cache[(name, case)] = _case(name, case)
        return lv_cache[(name, case)]

    out_dir.mkdir(parents=True, exist_ok=True)
    for i in range(n_docs):
        is_lv = i % 2 == 0
        parts = []
        for _ in range(sentences):
            s1, s2, s3 = rng.sample(states, 3)
            c = rng.choice(cities)
            month = rng.randrange(12)
            vals = dict(year=rng.randint(1991, 2025), day=rng.randint(1, 28), n=rng.choice([300, 1200, 1500, 42]),
                        month_loc=LV_MONTHS_LOC[month], month_en=EN_MONTHS[month])
            if is_lv:
                t = rng.choice(LV_TEMPLATES)
                vals.update(state_nom=s1.labels["lv"], state_gen=lv(s1.labels["lv"], "gen"),
                            state2_acc=lv(s2.labels["lv"], "acc"), state3_acc=lv(s3.labels["lv"], "acc"),
                            state2_gen=lv(s2.labels["lv"], "gen"), state3_gen=lv(s3.labels["lv"], "gen"),
                            state2_loc=lv(s2.labels["lv"], "loc"), state3_loc=lv(s3.labels["lv"], "loc"),
                            city_loc=lv(c.labels["lv"], "loc"))
            else:
                t = rng.choice(EN_TEMPLATES)
                vals.update(state_en=s1.labels["en"], state2_en=s2.labels["en"], state3_en=s3.labels["en"],
                            city_en=c.labels["en"])
            parts.append(t.format(**vals))
        body = "\n\n".join(" ".join(parts[k:k + 3]) for k in range(0, len(parts), 3))
        (out_dir / f"gen{i:06d}_{'lv' if is_lv else 'en'}.txt").write_text(body + "\n", encoding="utf-8")
    return out_dir
