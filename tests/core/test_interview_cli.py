"""``fieldapp demo`` and ``fieldapp interview list|record|show``, run through the real CLI."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from fieldapp import cli
from tests.conftest import REPO_ROOT

PASSWORD = "demo supervisor passphrase"


def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str,
        stdin: str = PASSWORD + "\n") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _scenario(name: str) -> dict[str, Any]:
    data = json.loads((REPO_ROOT / "forms" / "rapid_screening.tests.json").read_text("utf-8"))
    return next(s for s in data["scenarios"] if s["name"].startswith(name))


def test_demo_record_list_show(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    vault = str(tmp_path / "vault")
    auth = ("--data-dir", vault, "--user", "sam", "--password-stdin")
    code, out, err = run(monkeypatch, capsys, *auth, "demo")
    assert code == 0, err
    assert "fictional interviews" in out and "sam (supervisor)" in out

    code, out, err = run(monkeypatch, capsys, *auth, "interview", "list", "--json")
    assert code == 0, err
    listed = json.loads(out)
    levels = {row["result_level"] for row in listed}
    assert {"refer_now", "assess_further", "no_indicators", "stopped"} <= levels
    assert {row["form"] for row in listed} == {"rapid_screening", "full_screening"}
    assert {row["status"] for row in listed} >= {"draft", "finalised", "referred", "synced"}
    site = listed[0]["site"]
    code, out, err = run(monkeypatch, capsys, *auth, "interview", "list", "--json",
                         "--search", site)
    assert code == 0, err
    assert [row for row in listed if row["site"] == site] == json.loads(out)

    answers = tmp_path / "paper-form.json"
    answers.write_text(json.dumps(_scenario("adult labour case")["answers"]), "utf-8")
    code, out, err = run(monkeypatch, capsys, *auth, "interview", "record",
                         "--form", "rapid_screening", "--answers", str(answers))
    assert code == 0, err
    reference = out.strip()
    assert reference.startswith("R-")

    code, out, err = run(monkeypatch, capsys, *auth, "interview", "show", reference, "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert shown["status"] == "finalised" and shown["result"]["level"] == "refer_now"
    assert shown["values"]["result_level"] == "refer_now"
    assert shown["result"]["dimensions_positive"]

    code, out, err = run(monkeypatch, capsys, *auth, "interview", "show", reference)
    assert code == 0 and "refer_now" in out

    code, out, err = run(monkeypatch, capsys, *auth, "interview", "list")
    assert code == 0 and reference in out and f"{len(listed) + 1} interview(s)" in out


def test_bad_input_gives_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    vault = str(tmp_path / "vault")
    auth = ("--data-dir", vault, "--user", "chief", "--password-stdin")
    assert run(monkeypatch, capsys, *auth, "init")[0] == 0
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", "utf-8")
    incomplete = tmp_path / "incomplete.json"
    incomplete.write_text(json.dumps({"site": "Gate 3"}), "utf-8")
    for args, message in (
        (("--answers", str(broken), "--form", "rapid_screening"), "not valid JSON"),
        (("--answers", str(tmp_path / "none.json"), "--form", "rapid_screening"),
         "no such answers file"),
        (("--answers", str(incomplete), "--form", "rapid_screening"), "not complete"),
        (("--answers", str(incomplete), "--form", "no_such_form"), "no form 'no_such_form'"),
    ):
        code, _out, err = run(monkeypatch, capsys, *auth, "interview", "record", *args)
        assert code != 0 and message in err and "Traceback" not in err
        assert err.count("\n") == 1
    code, _out, err = run(monkeypatch, capsys, *auth, "interview", "show", "R-2222-3333")
    assert code != 0 and "no interview with reference" in err
