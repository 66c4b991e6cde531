"""Cooperation stated inside a format's relative clause ("the NB8, in which Latvia works with ...")
is not the format cooperating with its own members."""
from conftest import analyse_text, triples


def _coop_subjects(text: str) -> set[str]:
    return {s for s, _, _ in triples(analyse_text(text), "cooperates_with")}


def test_lv_locative_relative_clause_subject_is_not_format() -> None:
    got = _coop_subjects("Svarīgu lomu spēlē arī Ziemeļvalstu un Baltijas valstu astoņnieks (NB8), "
                         "kurā Latvija sadarbojas ar Somiju, Zviedriju un Norvēģiju.")
    assert "org:nb8" not in got, got


def test_en_in_which_clause_subject_is_not_format() -> None:
    got = _coop_subjects("Dialogue also runs through the Nordic-Baltic Eight (NB8), in which Latvia "
                         "cooperates with Finland, Sweden and Norway.")
    assert "org:nb8" not in got, got


def test_plain_relative_clause_still_uses_antecedent() -> None:
    got = _coop_subjects("The Baltic Council of Ministers, which meets every year, cooperates with "
                         "the Nordic Council of Ministers.")
    assert "org:baltic-council-of-ministers" in got, got
