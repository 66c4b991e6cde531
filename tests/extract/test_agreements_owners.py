"""Documents named by the body they found ('its memorandum of understanding', 'the centre's founding
document, a memorandum of understanding, ...', 'centra dibināšanas memorands'); signatories after a
counted lead-in ('by five nations: A, B ...') and counted signer nouns ('abi ministri parakstīja')."""

from conftest import analyse_text, claims_of, triples

from allygraph.model import Literal


def _signed(text: str) -> dict[str, tuple[str, str]]:
    """agreement id -> (place or '', point in time) of every signing."""
    out = {}
    for c in claims_of(analyse_text(text), "signed"):
        place = "" if isinstance(c.object, Literal) else c.object
        out[c.subject] = (place, str(c.qualifiers.get("point_in_time", "")))
    return out


def _labels(text: str) -> dict[str, set[str]]:
    adoc = analyse_text(text)
    return {e.id: {e.label("en"), *e.aliases.get("en", [])} for e in adoc.new_entities if e.type.value == "agreement"}


def _signers(text: str) -> set[str]:
    return {o for _, _, o in triples(analyse_text(text), "signatory")}


def test_en_its_memorandum_is_named_by_its_owner():
    text = ("The Hybrid CoE was set up in Helsinki. Finland, Sweden and the United Kingdom signed its "
            "memorandum of understanding in Helsinki on 11 April 2017.")
    got = _signed(text)
    assert got == {"agreement:hybrid-coe-memorandum-2017": ("city:helsinki", "2017-04-11")}
    names = _labels(text)["agreement:hybrid-coe-memorandum-2017"]
    assert {"Hybrid CoE memorandum of understanding 2017", "Hybrid CoE MoU",
            "memorandum of understanding establishing Hybrid CoE"} <= names
    assert _signers(text) == {"state:FI", "state:SE", "state:GB"}


def test_en_owner_in_the_sentence_before_not_a_modifier_in_this_one():
    text = ("Riga is home to the NATO StratCom COE. It is not an EU body: in Riga on 1 July 2014 Latvia, Estonia "
            "and Poland put their signatures on its founding memorandum of understanding.")
    assert set(_signed(text)) == {"agreement:stratcom-coe-memorandum-2014"}


def test_en_apposition_and_counted_signers_after_by():
    text = ("The NATO StratCom COE opened in Riga. The centre's founding document, a memorandum of "
            "understanding, was signed in Riga on 1 July 2014 by four nations: Estonia, Latvia, "
            "Lithuania and Poland.")
    assert _signed(text) == {"agreement:stratcom-coe-memorandum-2014": ("city:riga", "2014-07-01")}
    assert _signers(text) == {"state:EE", "state:LV", "state:LT", "state:PL"}


def test_en_passive_by_far_from_the_verb():
    text = ("The Hybrid CoE works from Helsinki. Its memorandum of understanding was signed on 11 April 2017 in "
            "Helsinki by Finland, Germany and France.")
    assert _signers(text) == {"state:FI", "state:DE", "state:FR"}


def test_lv_genitive_noun_owner():
    text = ("NATO Stratēģiskās komunikācijas izcilības centrs darbojas Rīgā. Centra dibināšanas memorandu "
            "2014. gada 1. jūlijā Rīgā parakstīja Latvija, Igaunija un Polija.")
    got = _signed(text)
    assert list(got) == ["agreement:stratcom-coe-memorandum-2014"]
    assert got["agreement:stratcom-coe-memorandum-2014"][0] == "city:riga"


def test_en_no_owner_no_owned_document():
    text = "Latvia and Poland signed a memorandum of understanding in Riga on 2 May 2024."
    assert not any("coe" in a for a in _signed(text))


def test_lv_counted_ministers_take_the_visitor_named_before():
    text = ("2024. gada 5. maijā Rīgā oficiālā vizītē ieradās Igaunijas aizsardzības ministrs Hanno Pevkurs. "
            "Ministrijā viņu sagaidīja Andris Sprūds, un abi ministri parakstīja Latvijas un Igaunijas "
            "saprašanās memorandu par sadarbību drošības jomā.")
    got = _signed(text)
    assert got == {"agreement:ee-lv-security-cooperation-memorandum-2024": ("city:riga", "2024-05-05")}
    assert _signers(text) == {"person:andris-spruds", "person:hanno-pevkur"}
    names = _labels(text)["agreement:ee-lv-security-cooperation-memorandum-2024"]
    assert "Estonia–Latvia security cooperation memorandum 2024" in names


def test_en_two_ministers_after_a_visit():
    text = ("Estonian Defence Minister Hanno Pevkur paid an official visit to Riga on 5 May 2024. He and "
            "Andris Sprūds met at the ministry, and the two ministers signed a Latvia–Estonia defence "
            "cooperation roadmap.")
    assert _signers(text) == {"person:andris-spruds", "person:hanno-pevkur"}


def test_lv_signed_participle_is_no_name():
    text = ("Latvija un Polija 2025. gada 27. martā Rīgā parakstīja saprašanās memorandu par sadarbību "
            "aizsardzības jomā. Šodien parakstītais memorands stāsies spēkā nekavējoties.")
    assert not any("parakstitais" in a for a in _signed(text))
