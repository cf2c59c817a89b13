"""``fieldapp --help`` and ``--version`` start fast: they list every command, load no core.

The time itself is measured by benchmarks/bench_cli.py; here the cause is held: building the
parser and printing the help may import no service, vault, form engine, PDF or Qt module.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from fieldapp import __version__, cli
from fieldapp.commands.core_choices import CoreChoices

HEAVY = ("pyxform", "openpyxl", "lxml", "reportlab", "pypdf", "uharfbuzz", "sqlcipher3",
         "cryptography", "pyrage", "platformdirs", "PySide6", "ui",
         "fieldapp.services", "fieldapp.vault", "fieldapp.xlsform", "fieldapp.referral",
         "fieldapp.sync", "fieldapp.interview", "fieldapp.expressions")

PROBE = """
import json, sys
from fieldapp import cli
try:
    cli.main(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def _modules_after(*argv: str) -> tuple[str, set[str]]:
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True,
                          text=True, timeout=60, check=True)
    return done.stdout, set(json.loads(done.stderr.strip().splitlines()[-1]))


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules
                  if any(m == name or m.startswith(name + ".") for name in HEAVY))


@pytest.mark.parametrize("flag", ["--help", "--version"])
def test_help_and_version_load_no_core_module(flag: str) -> None:
    out, modules = _modules_after(flag)
    assert _heavy(modules) == []
    assert out.strip()


def test_help_lists_every_command() -> None:
    out, _ = _modules_after("--help")
    parser = cli.build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    assert commands is not None
    assert {"init", "user", "form", "interview", "demo", "directory", "referral", "bundle",
            "enrollment", "selftest"} <= set(commands)
    for name in commands:
        assert f"    {name} " in out or f"    {name}\n" in out, name


def test_version_is_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.strip() == f"fieldapp {__version__}"


def test_core_choices_are_the_core_constants() -> None:
    from fieldapp.referral.model import SERVICE_TYPES
    from fieldapp.vault.keystore_records import ROLES

    assert list(CoreChoices("fieldapp.referral.model", "SERVICE_TYPES")) == list(SERVICE_TYPES)
    roles = CoreChoices("fieldapp.vault.keystore_records", "ROLES")
    assert "supervisor" in roles and "nobody" not in roles
    assert len(roles) == len(ROLES) and roles[0] == ROLES[0]


def test_a_wrong_choice_is_refused_with_the_allowed_values(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli.main(["directory", "list", "--type", "castle"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'castle'" in err and "'shelter'" in err


def test_command_help_shows_the_choices(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["referral", "--help"])
    out = capsys.readouterr().out
    assert "en, fr, es, ar" in out and "immediate, soon, routine" in out
