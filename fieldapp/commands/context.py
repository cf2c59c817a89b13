"""What every command handler receives: paths, output streams and the password source.

Passwords come from standard input when ``--password-stdin`` is given (first line, then the
second line for a command that needs a second password) and otherwise from a prompt without
echo. They are never echoed, logged or put into an error message.
"""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from fieldapp.errors import UsageError
from fieldapp.paths import VaultPaths


@dataclass
class PasswordSource:
    """Hands out passwords in order, from stdin lines or from no-echo prompts."""

    from_stdin: bool
    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    prompt: Callable[[str], str] = getpass.getpass

    def read(self, prompt: str) -> str:
        if self.from_stdin:
            line = self.stdin.readline()
            if not line:
                raise UsageError("expected a password on standard input, found none")
            password = line.rstrip("\r\n")
        else:
            if not sys.stdin.isatty():
                raise UsageError(
                    "no terminal to ask for a password: use --password-stdin"
                )
            password = self.prompt(prompt)
        if not password:
            raise UsageError("an empty password is not allowed")
        return password

    def read_new(self, prompt: str) -> str:
        """A new password: asked twice on a terminal, once from stdin."""
        first = self.read(prompt)
        if not self.from_stdin:
            again = self.read("Repeat: ")
            if again != first:
                raise UsageError("the two passwords differ")
        return first


@dataclass
class CommandContext:
    """The environment of one command run."""

    data_dir: Path
    user: str | None
    passwords: PasswordSource
    stdout: TextIO
    stderr: TextIO

    @property
    def paths(self) -> VaultPaths:
        return VaultPaths(self.data_dir)

    def require_user(self) -> str:
        if self.user:
            return self.user
        if self.passwords.from_stdin or not sys.stdin.isatty():
            raise UsageError("name the account with --user NAME")
        return input("User: ").strip()

    def say(self, text: str) -> None:
        print(text, file=self.stdout)
