"""The `serve` command: help, safe default address, token from the environment."""

from typer.testing import CliRunner

from allygraph.cli import app


def test_serve_help_names_defaults_and_example():
    r = CliRunner().invoke(app, ["serve", "--help"])
    assert r.exit_code == 0
    assert "127.0.0.1" in r.output and "--token-env" in r.output and "Example" in r.output


def test_serve_refuses_an_unset_token_variable(tmp_path, monkeypatch):
    monkeypatch.delenv("ALLYGRAPH_TEST_TOKEN_UNSET", raising=False)
    r = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "x.db"), "--token-env", "ALLYGRAPH_TEST_TOKEN_UNSET"])
    assert r.exit_code == 1 and "not set" in r.output


def test_serve_runs_uvicorn_on_loopback_by_default(tmp_path, monkeypatch):
    import uvicorn

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, host, port, **kw: seen.update(host=host, port=port, app=app))
    monkeypatch.setenv("ALLYGRAPH_TEST_TOKEN", "abc")
    r = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "x.db"), "--token-env", "ALLYGRAPH_TEST_TOKEN"])
    assert r.exit_code == 0, r.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8321
    assert seen["app"].state.token == "abc"
