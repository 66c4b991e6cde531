from _checkdocs import EN_CHECK, LV_CHECK

from allygraph.report.consistency import check_consistency


def _by_kind(findings):
    return {(f.kind, f.stated): f for f in findings}


def test_en_count_not_matching_list_and_wrong_total():
    f = _by_kind(check_consistency(EN_CHECK, "en"))
    attaches = f[("count_vs_list", 8)]
    assert not attaches.ok and attaches.found == 3  # three postings listed, eight stated
    assert f[("count_vs_list", 5)].ok  # five countries named in the list
    total = f[("total_vs_parts", 70)]
    assert not total.ok and total.found == 74


def test_lv_count_not_matching_list_and_right_total():
    f = _by_kind(check_consistency(LV_CHECK, "lv"))
    assert not f[("count_vs_list", 3)].ok and f[("count_vs_list", 3)].found == 2
    assert f[("count_vs_list", 4)].ok and f[("count_vs_list", 4)].found == 4
    assert f[("total_vs_parts", 74)].ok


def test_quote_is_the_stating_sentence():
    for f in check_consistency(EN_CHECK, "en"):
        assert EN_CHECK[f.sentence_start:f.sentence_end] == f.quote
        assert str(f.stated) in f.quote or EN_CHECK[f.start:f.end] in f.quote


def test_a_list_said_to_be_partial_is_not_counted():
    text = "The allies run more than forty projects, including:\n- air policing;\n- cyber defence.\n"
    assert check_consistency(text, "en") == []
    lv = "Sabiedrotie īsteno vairāk nekā četrdesmit projektus, tostarp:\n- gaisa telpas patrulēšanu;\n- kiberaizsardzību.\n"
    assert check_consistency(lv, "lv") == []
