from allygraph.report.derived import members_on, shared_members


def test_members_on_follows_accession_dates(ref):
    assert "state:LV" not in members_on(ref, "org:nato", "2004-03-28")
    assert "state:LV" in members_on(ref, "org:nato", "2004-03-29")


def test_shared_members_changes_with_later_accessions(ref):
    before = shared_members(ref, "org:eu", "org:nato", "2023-01-01")
    after = shared_members(ref, "org:eu", "org:nato", "2024-06-01")
    assert set(after) - set(before) == {"state:FI", "state:SE"}
    assert len(after) == len(before) + 2
