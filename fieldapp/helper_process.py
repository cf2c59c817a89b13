"""Helper interpreters on the machine's other core, and the pipe they talk over.

The import reads bundles (:mod:`fieldapp.services.sync_reader`) and a large export reads the
vault and compresses its zip (:mod:`fieldapp.exports.reader`, :mod:`fieldapp.exports.zip_helper`)
in a child interpreter started with ``-c`` (not ``multiprocessing``, which would import the
parent's main script again in the child). Both ends are this program, so messages are
length-prefixed pickles. Secrets (a vault key, a supervisor identity) go through the pipe,
never the command line, the environment or a file; the child's standard error is discarded,
so nothing it might print reaches a log.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import struct
import subprocess
import sys
from typing import IO, Any

_FRAME = struct.Struct(">Q")
_PIPE_BYTES = 1 << 20  # room for a few messages ahead of the reader (Linux; a hint elsewhere)


def send(stream: IO[bytes], message: object) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_FRAME.pack(len(data)))
    stream.write(data)
    stream.flush()


def receive(stream: IO[bytes]) -> Any:
    head = stream.read(_FRAME.size)
    if len(head) < _FRAME.size:
        raise EOFError("the other end closed the pipe")
    (size,) = _FRAME.unpack(head)
    data = stream.read(size)
    if len(data) < size:
        raise EOFError("the other end closed the pipe")
    return pickle.loads(data)  # noqa: S301 - written by this program's other end


def widen(stream: IO[bytes]) -> None:
    """A larger pipe buffer where the system allows it (POSIX), so the writer runs ahead."""
    try:
        import fcntl
    except ImportError:
        return
    with contextlib.suppress(AttributeError, OSError):
        fcntl.fcntl(stream.fileno(), fcntl.F_SETPIPE_SZ, _PIPE_BYTES)


def start(code: str) -> subprocess.Popen[bytes]:
    """A child interpreter running ``code``, with this process's import path, its standard
    input and output as pipes and its standard error discarded."""
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL, env=environment,
    )
    assert process.stdin is not None and process.stdout is not None
    return process
