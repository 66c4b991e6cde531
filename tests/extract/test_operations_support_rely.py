"""supports with the supporter after the verb, and a unit named by its head noun (operations_links)."""

from conftest import analyse_text, triples


def _sup(text: str) -> set[tuple[str, str, str]]:
    return triples(analyse_text(text), "supports")


def test_en_passive_supported_by() -> None:
    text = "In the Western Balkans, the European Union's military operation EUFOR Althea is supported by NATO."
    assert _sup(text) == {("org:nato", "supports", "operation:eufor-althea")}


def test_en_relies_on_names_the_supporter() -> None:
    text = ("Since its launch, EUFOR Althea has relied on NATO planning support and command structures "
            "to keep a safe environment in the country.")
    assert ("org:nato", "supports", "operation:eufor-althea") in _sup(text)


def test_en_uses_needs_an_asset_word() -> None:
    with_assets = "The European Union operation EUFOR Althea uses NATO assets and capabilities for its planning."
    without = "The European Union operation EUFOR Althea uses NATO as an example of good practice in planning."
    assert ("org:nato", "supports", "operation:eufor-althea") in _sup(with_assets)
    assert _sup(without) == set()


def test_en_supports_the_brigade_by_its_head_noun() -> None:
    text = ("NATO Multinational Brigade Latvia reached full strength this year. The NATO Force Integration Unit "
            "in Riga supports the brigade with reception planning and host-nation logistics.")
    assert ("org:nfiu-latvia", "supports", "formation:mnb-latvia") in _sup(text)


def test_lv_uses_assets_of_the_supporter() -> None:
    text = "Eiropas Savienības operācija EUFOR Althea izmanto NATO plānošanas resursus un spējas."
    assert _sup(text) == {("org:nato", "supports", "operation:eufor-althea")}


def test_lv_relies_on() -> None:
    text = "ES operācija EUFOR Althea jau kopš 2004. gada balstās uz NATO atbalstu un komandstruktūrām."
    assert ("org:nato", "supports", "operation:eufor-althea") in _sup(text)
