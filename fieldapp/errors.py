"""The root of every failure a user can cause or fix.

Core modules raise subclasses of :class:`FieldappError` for expected failures (wrong password,
broken form, damaged bundle, full disk). The CLI prints the message on one line and exits with
``exit_code``; the GUI shows the message. Anything else is a bug and may show a traceback.
Messages never contain personal data: they name files, fields and rows, not answers.
"""


class FieldappError(Exception):
    """An expected failure with a message fit to show the user."""

    exit_code: int = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(FieldappError):
    """The command was called wrongly (missing option, unreadable input file)."""

    exit_code = 2
