"""``fieldapp form check | fill | test``: output, exit codes, one-line errors, no tracebacks."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import openpyxl
import pytest

from fieldapp import cli
from fieldapp.commands import form as form_command
from fieldapp.commands.context import CommandContext, PasswordSource
from fieldapp.errors import FieldappError

FORMS = Path(__file__).parent / "forms_md"
REPO = Path(__file__).resolve().parents[2]
HTCDS = REPO / ".." / "shared" / "data" / "htcds" / "htcds_xlsform.xlsx"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run like ``fieldapp ...``: through the real CLI once ``form`` is registered there."""
    if "fieldapp.commands.form" in cli.COMMAND_MODULES:
        code = cli.main(argv)
    else:
        parser = argparse.ArgumentParser(prog="fieldapp")
        form_command.register(parser.add_subparsers(dest="command"))
        args = parser.parse_args(argv)
        ctx = CommandContext(data_dir=Path("unused"), user=None,
                             passwords=PasswordSource(from_stdin=False),
                             stdout=sys.stdout, stderr=sys.stderr)
        try:
            code = args.handler(args, ctx)
        except FieldappError as error:  # what fieldapp.cli.main does
            print(f"fieldapp: {error}", file=sys.stderr)
            code = error.exit_code
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def workbook(path: Path, rows: list[list[str]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "survey"
    for row in rows:
        sheet.append(row)
    settings = book.create_sheet("settings")
    settings.append(["form_id", "version"])
    settings.append(["intake", "5"])
    book.save(path)
    return path


def test_check_summarises_a_good_form(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["form", "check", str(FORMS / "columns.md")], capsys)
    assert code == 0
    assert "form id:   columns" in out and "version:   3" in out
    assert "languages: English (en), Français (fr)" in out
    assert "questions: 8 (14 fields in all" in out


def test_check_htcds_workbook(capsys: pytest.CaptureFixture[str]) -> None:
    if not HTCDS.is_file():
        pytest.skip(f"the shared HTCDS form is not at {HTCDS}")
    code, out, _ = run(["form", "check", str(HTCDS)], capsys)
    assert code == 0 and "htcds_xlsform" in out


def test_check_error_in_row_n_of_a_workbook(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = workbook(tmp_path / "intake.xlsx", [
        ["type", "name", "label", "relevant"],
        ["integer", "age", "Age", ""],
        ["text", "alias", "Alias", ""],
        ["text", "school", "School", "${agge} < 18"],
    ])
    code, out, err = run(["form", "check", str(path)], capsys)
    assert code != 0 and out == ""
    assert err.count("\n") == 1
    assert err.startswith(f"fieldapp: {path}: sheet 'survey', row 4, column 'relevant': ")
    assert "agge" in err


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("broken.xlsx", b"PK\x03\x04garbage", "cannot be opened"),
        ("notes.txt", b"hello", "not a form file"),
    ],
)
def test_check_bad_files(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str,
                         data: bytes, words: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    code, _, err = run(["form", "check", str(path)], capsys)
    assert code != 0 and err.count("\n") == 1 and words in err
    assert err.startswith(f"fieldapp: {path}: ")


def test_check_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["form", "check", str(tmp_path / "absent.xlsx")], capsys)
    assert code != 0 and "no such file" in err and err.count("\n") == 1


def test_fill_prints_one_json_object(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"alias": "Mira", "age": 15, "region": "east",
                                   "needs": ["food"]}), encoding="utf-8")
    code, out, _ = run(["form", "fill", str(FORMS / "columns.md"), "--answers", str(answers),
                        "--lang", "fr"], capsys)
    assert code == 0
    result = json.loads(out)
    assert result["complete"] is True and result["errors"] == []
    assert result["values"]["is_child"] == "1"
    assert result["values"]["summary"] == "Mira (15)"
    assert "child_note" not in result["values"]


def test_fill_bad_answers_are_errors_not_tracebacks(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"alias": "Mira", "age": "fifteen", "site": "nowhere"}),
                       encoding="utf-8")
    code, out, _ = run(["form", "fill", str(FORMS / "columns.md"), "--answers", str(answers)],
                       capsys)
    assert code == 0
    result = json.loads(out)
    assert result["complete"] is False
    fields = [error["field"] for error in result["errors"]]
    assert fields[:2] == ["age", "site"]
    assert "fifteen" not in out.split('"values"')[0]


@pytest.mark.parametrize("content", ["not json", "[1, 2]"])
def test_fill_unreadable_answers_file(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      content: str) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(content, encoding="utf-8")
    code, out, err = run(["form", "fill", str(FORMS / "columns.md"), "--answers", str(answers)],
                         capsys)
    assert code == 2 and out == "" and err.count("\n") == 1


def test_fill_unknown_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text("{}", encoding="utf-8")
    code, _, err = run(["form", "fill", str(FORMS / "columns.md"), "--answers", str(answers),
                        "--lang", "xx"], capsys)
    assert code == 1 and "no language 'xx'" in err


def test_test_runs_scenarios(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["form", "test", str(FORMS / "screening_mini.md")], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "ok   adult with two strong indicators"
    assert lines[-1] == "5 passed, 0 failed"


def test_test_reports_failures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "mini.md").write_bytes((FORMS / "screening_mini.md").read_bytes())
    (tmp_path / "mini.tests.json").write_text(json.dumps({"form": "mini.md", "scenarios": [
        {"name": "passes", "answers": {"safe": "no"},
         "expect": {"complete": True, "values": {"result_level": "stopped"}}},
        {"name": "fails", "answers": {"safe": "no"},
         "expect": {"values": {"result_level": "refer_now"}}},
    ]}), encoding="utf-8")
    code, out, _ = run(["form", "test", str(tmp_path / "mini.tests.json")], capsys)
    assert code == 1
    assert out.splitlines() == [
        "ok   passes",
        'FAIL fails: field result_level expected "refer_now", got "stopped"',
        "1 passed, 1 failed",
    ]


def test_test_without_scenarios(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["form", "test", str(FORMS / "columns.md")], capsys)
    assert code == 1 and "columns.tests.json" in err
