"""Signings told over several sentences: the meeting's place and date, 'also signed' with the same
signatories by a noun, and an ordinal picking one of the documents of the sentence before."""

from conftest import analyse_text, claims_of, triples


def _signed(text: str, date: str | None = None) -> dict[str, tuple[str, str | None]]:
    out = {}
    for c in claims_of(analyse_text(text, date=date), "signed"):
        out[c.subject] = (str(c.object), c.qualifiers.get("point_in_time"))  # type: ignore[assignment]
    return out


def _signers(text: str, date: str | None = None) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for s, _, o in triples(analyse_text(text, date=date), "signatory"):
        out.setdefault(s, set()).add(o)
    return out


BALTS = {"person:andris-spruds", "person:hanno-pevkur", "person:arvydas-anusauskas"}


def test_lv_meeting_sentence_gives_place_and_last_day_and_position_name_list_signs():
    text = ("Viļņā 4. un 5. martā notika Baltijas valstu aizsardzības ministru sanāksme. "
            "Tās noslēgumā Latvijas aizsardzības ministrs Andris Sprūds, Igaunijas aizsardzības ministrs "
            "Hanno Pevkurs un Lietuvas aizsardzības ministrs Arvīds Anušausks parakstīja vienošanos par "
            "kopīgas pretgaisa aizsardzības sistēmas iegādi.")
    signed = _signed(text, date="2024-03-05")
    (aid, (place, when)), = signed.items()
    assert place == "city:vilnius" and when == "2024-03-05"
    assert _signers(text, date="2024-03-05")[aid] == BALTS


def test_en_meeting_sentence_gives_place_and_signers_listed_after_their_titles():
    text = ("The defence ministers of the three Baltic states met in Tallinn on 12 May 2023. "
            "At the end of the meeting Estonian Defence Minister Hanno Pevkur, Latvian Defence Minister "
            "Andris Sprūds and Lithuanian Defence Minister Arvydas Anušauskas signed a memorandum of "
            "understanding on joint ammunition procurement.")
    signed = _signed(text)
    (aid, (place, when)), = signed.items()
    assert place == "city:tallinn" and when == "2023-05-12"
    assert _signers(text)[aid] == BALTS


def test_a_sentence_without_a_meeting_gives_no_place():
    text = ("Latvia has bought artillery from France in 2022. "
            "Andris Sprūds and Hanno Pevkur signed a memorandum of understanding on border surveillance.")
    assert all(place != "city:paris" for place, _ in _signed(text).values())


def test_lv_also_signed_takes_the_signing_before_and_its_signatories():
    text = ("Rīgā 2024. gada 19. janvārī Latvijas aizsardzības ministrs Andris Sprūds un Igaunijas "
            "aizsardzības ministrs Hanno Pevkurs parakstīja vienošanos par kopīgu mācību poligonu. "
            "Dokuments paredz kopīgas apmācības. Tas stāsies spēkā nākamgad. "
            "Tāpat ministri parakstīja saprašanās memorandu par munīcijas kopīgu iepirkumu.")
    signed = _signed(text)
    assert len(signed) == 2
    assert {v for v in signed.values()} == {("city:riga", "2024-01-19")}
    signers = _signers(text)
    assert all(v == {"person:andris-spruds", "person:hanno-pevkur"} for v in signers.values())
    assert len(signers) == 2


def test_en_the_ministers_also_signed_keeps_the_setting():
    text = ("On 3 June 2024 in Vilnius, Andris Sprūds and Arvydas Anušauskas signed an agreement on "
            "cross-border military mobility. The ministers also signed a letter of intent on shared "
            "training ranges.")
    signed = _signed(text)
    assert len(signed) == 2 and set(signed.values()) == {("city:vilnius", "2024-06-03")}
    assert all(v == {"person:andris-spruds", "person:arvydas-anusauskas"} for v in _signers(text).values())


def test_lv_ordinal_picks_the_third_declaration_of_the_sentence_before():
    text = ("ES un NATO sadarbību nosaka kopīgas deklarācijas, kas pieņemtas 2016. gada jūlijā Varšavā, "
            "2018. gada jūlijā Briselē un 2023. gada 10. janvārī atkal Briselē. Trešo deklarāciju "
            "parakstīja NATO ģenerālsekretārs Jenss Stoltenbergs un Eiropas Komisijas priekšsēdētāja "
            "Urzula fon der Leiena.")
    assert _signed(text)["agreement:eu-nato-jd-2023"] == ("city:brussels", "2023-01-10")
    assert _signers(text) == {"agreement:eu-nato-jd-2023": {"person:jens-stoltenberg",
                                                            "person:ursula-von-der-leyen"}}


def test_en_ordinal_first_of_them_picks_the_first_declaration():
    text = ("The EU and NATO adopted joint declarations in Warsaw in July 2016 and in Brussels in July 2018. "
            "The first of them was signed by Jens Stoltenberg.")
    assert _signers(text) == {"agreement:eu-nato-jd-2016": {"person:jens-stoltenberg"}}


def test_en_date_then_again_then_place_pairs():
    text = ("The EU and NATO signed joint declarations in July 2016 in Warsaw and on 10 January 2023 "
            "again in Brussels.")
    assert _signed(text)["agreement:eu-nato-jd-2023"] == ("city:brussels", "2023-01-10")
