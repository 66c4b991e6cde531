"""commanded_by through head nouns, 'led by' and role titles (allygraph.extract.operations_command)."""

from conftest import analyse_text, triples


def _cmd(text: str) -> set[tuple[str, str, str]]:
    return triples(analyse_text(text), "commanded_by")


def test_en_division_named_by_its_head_noun_in_the_passive() -> None:
    text = ("Multinational Division North has its main headquarters in Ādaži and a forward element in Denmark. "
            "The division is commanded by Major General Lars Ravn Madsen, who took over last year.")
    assert ("formation:mnd-n", "commanded_by", "person:lars-ravn-madsen") in _cmd(text)


def test_en_relative_who_commands_the_formation() -> None:
    text = ("NATO Multinational Brigade Latvia completed its certification this autumn. \"Our soldiers "
            "trained hard for this brigade,\" said Colonel Mark Westwood, the Canadian officer who commands "
            "the formation.")
    assert _cmd(text) == {("formation:mnb-latvia", "commanded_by", "person:mark-westwood")}


def test_en_led_by_a_person_is_command_not_lead_nation() -> None:
    text = ("NATO Mission Iraq advises the Iraqi security institutions from Baghdad. "
            "The mission is led by Lieutenant General Giovanni Iannucci of Italy.")
    assert ("operation:nmi", "commanded_by", "person:giovanni-iannucci") in _cmd(text)


def test_en_role_title_belongs_to_the_sentences_only_operation() -> None:
    text = ("Because EUFOR Althea relies on the assets of the Alliance under arrangements agreed long ago, "
            "its headquarters is hosted by SHAPE, and the EU Operation Commander is SHAPE's Vice-Chief of Staff.")
    assert ("operation:eufor-althea", "commanded_by", "position:vcos-shape") in _cmd(text)


def test_lv_genitive_head_noun_before_commander() -> None:
    text = ("NATO Daudznacionālā brigāde Latvijā šogad pabeidza sertifikāciju. Jauno vienību nodos "
            "brigādes komandierim – pulkvedim Markam Vestvudam.")
    got = _cmd(text)
    assert {s for s, _, _ in got} == {"formation:mnb-latvia"}
    assert len(got) == 1


def test_lv_rank_with_a_unit_word_is_not_a_unit() -> None:
    text = ("NATO Daudznacionālā brigāde Latvijā šogad pabeidza sertifikāciju. "
            "Brigādes ģenerālis Jānis Ozols kļuva par Sauszemes spēku komandieri.")
    assert not any(s == "formation:mnb-latvia" for s, _, _ in _cmd(text))
