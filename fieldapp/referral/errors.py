"""The failures a referral can meet: a bad request, a bad directory, text no font can show.

Each is a :class:`~fieldapp.errors.FieldappError` with a message fit to show the officer. The
messages name fields, rows, columns and Unicode scripts, never the answers themselves, so they
can reach a log or a dialog without carrying personal data.
"""

from __future__ import annotations

from fieldapp.errors import FieldappError


class ReferralError(FieldappError):
    """A referral cannot be made as asked (invalid request, passphrase or output file)."""


class DirectoryError(ReferralError):
    """The referral directory file is unreadable or a row of it is wrong."""


class ConsentError(ReferralError):
    """The consent given does not allow a referral to the chosen service."""


class UnsupportedTextError(ReferralError):
    """Some text uses characters that none of the shipped fonts can show."""


class OutputExistsError(ReferralError):
    """The output file exists already and overwriting was not asked for."""
