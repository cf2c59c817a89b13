"""Child process for the crash test: saves answers one by one and acknowledges each.

It prints ``ack N`` only after ``save_answers`` returned, i.e. after the commit is durable;
the parent kills it with SIGKILL at a random moment and checks every acknowledged answer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from fieldapp.vault import interviews
from fieldapp.vault.database import open_database


def main() -> None:
    path = Path(sys.argv[1])
    interview_id = int(sys.argv[2])
    start = int(sys.argv[3])
    key = bytes.fromhex(os.environ["CRASH_TEST_KEY"])
    connection = open_database(path, key)
    print("ready", flush=True)
    index = start
    while True:
        interviews.save_answers(
            connection,
            interview_id,
            [(f"/data/q{index}", f"answer {index}"), ("/data/last", index)],
            position=f"p{index}",
        )
        print(f"ack {index}", flush=True)
        index += 1


if __name__ == "__main__":
    main()
