"""Regenerate data/getodk-xpath-suite.json from a getodk/web-forms checkout.

    git clone https://github.com/getodk/web-forms /tmp/web-forms
    git -C /tmp/web-forms checkout COMMIT
    npm ci --prefix tests/conformance/node
    python tests/conformance/extract_xpath_suite.py /tmp/web-forms

(or ``extract_xpath_suite.py EXPORTED_TREE COMMIT`` for a ``git archive`` of that commit.)

The TypeScript assertions are not parsed: ``node/record-xpath-suite.mjs`` runs ODK's test
files themselves (their loops, tables and helpers) and records each value assertion as a row,
with what @getodk/xpath itself gives for it. Only ``packages/xpath/test`` and
``packages/common`` of the checkout are read. The commit is written into the data file, and
NOTICE names it: update both when moving to a newer commit.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "data" / "getodk-xpath-suite.json"


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print("usage: extract_xpath_suite.py WEB_FORMS_CHECKOUT [COMMIT]", file=sys.stderr)
        return 2
    checkout = Path(argv[1]).resolve()
    if not (checkout / "packages" / "xpath" / "test").is_dir():
        print(f"extract: {checkout} is not a getodk/web-forms checkout", file=sys.stderr)
        return 2
    commit = argv[2] if len(argv) == 3 else subprocess.run(
        ["git", "-C", str(checkout), "rev-parse", "HEAD"],
        capture_output=True, text=True, check=False,
    ).stdout.strip()
    run = subprocess.run(
        ["node", str(HERE / "node" / "record-xpath-suite.mjs"), str(checkout)],
        capture_output=True, text=True, check=False,
    )
    if run.returncode != 0:
        print(f"extract: the recorder failed:\n{run.stderr[-2000:]}", file=sys.stderr)
        return 1
    data = json.loads(run.stdout)
    # Many assertions share a document: keep each once and refer to it by number.
    documents: dict[str, int] = {}
    for row in data["rows"]:
        if re.search(r"\b(?:uuid|random|randomize)\s*\(", row["expression"]):
            row["odk_value"] = None  # drawn afresh on each run: not kept, so the file is stable
        row["document"] = documents.setdefault(row["document"], len(documents))
    data["documents"] = list(documents)
    data = {
        "source": "https://github.com/getodk/web-forms",
        "commit": commit or "unknown (not a git checkout)",
        "paths": ["packages/xpath/test/native", "packages/xpath/test/xforms"],
        "licence": "Apache-2.0 (see LICENSE-web-forms.md and NOTICE)",
        **data,
    }
    text = json.dumps(data, indent=0, ensure_ascii=False, sort_keys=True)
    OUT.write_text(text + "\n", encoding="utf-8")
    rows = data["rows"]
    print(f"{len(rows)} assertions from {len({row['file'] for row in rows})} files -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
