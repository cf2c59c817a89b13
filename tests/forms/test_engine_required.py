"""The forms tests fail, never skip, when the form engine cannot be imported.

A skip would let a broken engine or a missing dependency pass CI quietly. Here the engine
package is made unimportable, as a syntax error or a missing module inside it would.
"""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO_ROOT

BLOCKED_RUN = """
import sys
sys.modules["fieldapp.xlsform"] = None  # importing it now raises ImportError
import pytest
sys.exit(pytest.main(["-q", "-p", "no:cacheprovider", "-W", "ignore::pytest.PytestWarning",
                      "-k", "loads_in_the_form_engine or directory_loads",
                      "tests/forms/test_shipped_forms.py"]))
"""


def test_an_unimportable_engine_fails_the_forms_tests() -> None:
    done = subprocess.run([sys.executable, "-c", BLOCKED_RUN], cwd=REPO_ROOT,
                          capture_output=True, text=True, timeout=300, check=False)
    summary = done.stdout.strip().splitlines()[-1]
    assert done.returncode == 1, done.stdout[-2000:]
    assert "failed" in summary and "skipped" not in summary, summary
