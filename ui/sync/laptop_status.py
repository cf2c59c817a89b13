"""The laptop's sync state and the outcome of each sync job, in the officer's words.

Plain functions from the core's frozen results (:class:`LaptopStatus`, :class:`ExportResult`,
:class:`ReceiptApplied`, :class:`UpdateApplied`) to the texts the Sync screen shows, so the
wording is tested without a window. Times are shown in local time. Counts go through Qt's
numerus forms (``%n``), so English says "1 interview" and "3 interviews" and each translation
has its own plurals. Each text is a whole sentence in one literal ``translate`` call, so that
``pyside6-lupdate`` finds it and a translator never has to join pieces.

The words are the officer's, not the sync engine's: a "sync file" (not a bundle), interviews
(not revisions or records), the laptop's "activity log" (not log entries). Interviews are
counted as the case list counts them (:class:`LaptopStatus`), so the two screens agree.

Counts reach ``translate`` as plain names: pyside6-lupdate finds a plural string only
when its count is one.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication

from fieldapp.errors import FieldappError
from fieldapp.services.sync import LaptopStatus
from fieldapp.services.sync_errors import NotEnrolled, WrongVaultRole
from fieldapp.services.sync_export import ExportResult
from fieldapp.services.sync_receipts import ReceiptApplied
from fieldapp.services.sync_updates import UpdateApplied
from fieldapp.sync import RetentionPolicy
from fieldapp.vault.database import DiskFull
from ui.problems import plain_message

_T = QCoreApplication

FIELDS = ("enrolled", "organisation", "supervisor", "label", "code", "waiting", "audit",
          "last_bundle", "acknowledged", "retention", "update", "purged")


def field_labels() -> dict[str, str]:
    """The label of each row of the status grid, in :data:`FIELDS` order."""
    return {
        "enrolled": _T.translate("LaptopSyncText", "Enrolled"),
        "organisation": _T.translate("LaptopSyncText", "Organisation"),
        "supervisor": _T.translate("LaptopSyncText", "Supervisor code"),
        "label": _T.translate("LaptopSyncText", "This laptop"),
        "code": _T.translate("LaptopSyncText", "This laptop's code"),
        "waiting": _T.translate("LaptopSyncText", "Waiting for your supervisor"),
        "audit": _T.translate("LaptopSyncText", "Activity log to send"),
        "last_bundle": _T.translate("LaptopSyncText", "Last sync file"),
        "acknowledged": _T.translate("LaptopSyncText", "Confirmed by your supervisor"),
        "retention": _T.translate("LaptopSyncText", "Removal rule"),
        "update": _T.translate("LaptopSyncText", "Last update applied"),
        "purged": _T.translate("LaptopSyncText", "Removed interviews"),
    }


def local_time(stamp: str, zone: tzinfo | None = None) -> str:
    """A stored UTC time as the laptop's local time (``zone`` for tests)."""
    return datetime.fromisoformat(stamp).astimezone(zone).strftime("%Y-%m-%d %H:%M")


def retention_text(policy: RetentionPolicy | None) -> str:
    """The retention policy in words."""
    if policy is None:
        return _T.translate("LaptopSyncText", "None received: interviews stay on this laptop.")
    days = policy.purge_after_days
    if days == 0 and policy.keep_stub:
        return _T.translate("LaptopSyncText",
                            "Finalised interviews are removed as soon as the supervisor "
                            "confirmed them; a short entry stays in your log.")
    if days == 0:
        return _T.translate("LaptopSyncText",
                            "Finalised interviews are removed as soon as the supervisor "
                            "confirmed them; nothing of them stays on this laptop.")
    if policy.keep_stub:
        text = _T.translate("LaptopSyncText",
                            "Finalised interviews are removed %n day(s) after the supervisor "
                            "confirmed them; a short entry stays in your log.", "", days)
    else:
        text = _T.translate("LaptopSyncText",
                            "Finalised interviews are removed %n day(s) after the supervisor "
                            "confirmed them; nothing of them stays on this laptop.", "", days)
    return text


def _last_bundle(status: LaptopStatus) -> str:
    if status.last_sequence is None:
        return _T.translate("LaptopSyncText", "None saved yet")
    when = local_time(status.last_exported_at) if status.last_exported_at else "—"
    return (_T.translate("LaptopSyncText", "Number %1, saved %2")
            .replace("%1", str(status.last_sequence)).replace("%2", when))


def waiting_text(status: LaptopStatus) -> str:
    """How many interviews the supervisor has not confirmed, and whether they left yet."""
    waiting, new = status.waiting_interviews, status.never_sent_interviews
    if not waiting:
        return _T.translate("LaptopSyncText", "None: every finalised interview is confirmed")
    if new == waiting:
        return _T.translate("LaptopSyncText", "%n interview(s), not sent yet", "", waiting)
    if not new:
        return _T.translate("LaptopSyncText",
                            "%n interview(s), sent and waiting for your supervisor's receipt",
                            "", waiting)
    return _T.translate("LaptopSyncText",
                        "%n interview(s): %1 not sent yet, the others sent and waiting for "
                        "your supervisor's receipt", "", waiting).replace("%1", str(new))


def status_values(status: LaptopStatus) -> dict[str, str | None]:
    """The text of each row for ``status``; ``None``: the row does not apply (hidden)."""
    waiting = waiting_text(status)
    events, synced = status.pending_audit_entries, status.synced_interviews
    values: dict[str, str | None] = {
        "enrolled": _T.translate("LaptopSyncText", "Yes"),
        "organisation": status.organisation,
        "supervisor": status.supervisor_fingerprint,
        "label": status.device_label,
        "code": status.device_fingerprint,
        "waiting": waiting,
        "audit": _T.translate("LaptopSyncText", "%n event(s)", "", events),
        "last_bundle": _last_bundle(status),
        "acknowledged": _T.translate("LaptopSyncText", "%n interview(s)", "", synced),
        "retention": retention_text(status.retention),
        "update": (_T.translate("LaptopSyncText", "Number %1").replace(
            "%1", str(status.update_sequence)) if status.update_sequence
            else _T.translate("LaptopSyncText", "None yet")),
        "purged": (_T.translate("LaptopSyncText", "%1 (a short entry each in your log)")
                   .replace("%1", str(status.purged_stubs)) if status.purged_stubs
                   else _T.translate("LaptopSyncText", "None yet")),
    }
    if not status.enrolled:
        values = dict.fromkeys(values)
        values["enrolled"] = _T.translate("LaptopSyncText", "Not yet")
        values["waiting"] = waiting
        if status.synced_interviews:  # synced before (a laptop enrolled anew, the demo)
            count = status.synced_interviews
            values["acknowledged"] = _T.translate("LaptopSyncText", "%n interview(s)", "",
                                                  count)
    return values


def purge_question(policy: RetentionPolicy | None) -> str:
    """What "Remove synced interviews now" will do, said before it is done."""
    if policy is None:
        return _T.translate("LaptopSyncText",
                            "No removal rule was received: nothing will be removed.")
    if policy.purge_after_days == 0:
        which = _T.translate("LaptopSyncText",
                             "Every finalised interview the supervisor has confirmed will be "
                             "removed from this laptop.")
    else:
        count = policy.purge_after_days
        which = _T.translate("LaptopSyncText",
                             "Finalised interviews the supervisor confirmed at least %n day(s) "
                             "ago will be removed from this laptop.", "",
                             count)
    if policy.keep_stub:
        goes = _T.translate("LaptopSyncText",
                            "Their answers, site and name go; a short entry (reference, form, "
                            "dates, result) stays in your log.")
    else:
        goes = _T.translate("LaptopSyncText",
                            "They go completely: no entry stays in your log.")
    stays = _T.translate("LaptopSyncText",
                         "Nothing the supervisor has not confirmed is removed.")
    return f"{which} {goes} {stays}"


def purged_text(count: int) -> str:
    if not count:
        return _T.translate("LaptopSyncText", "No interview is due for removal yet.")
    return _T.translate("LaptopSyncText",
                        "%n synced interview(s) removed from this laptop.", "", count)


def export_text(result: ExportResult) -> str:
    """What saving a sync file did (a file saved, or nothing new to send)."""
    if result.path is not None:
        text = (_T.translate("LaptopSyncText", "Sync file %1 saved: %2.")
                .replace("%1", str(result.sequence)).replace("%2", result.path.name))
        text += " " + _carries(result)
        if result.resent_records:
            text += " " + _T.translate(
                "LaptopSyncText", "Part of it was sent before and is not confirmed yet.")
    elif result.last_sequence is None:
        text = _T.translate("LaptopSyncText",
                            "No finalised interview to send yet: no sync file was saved.")
    else:
        text = _T.translate(
            "LaptopSyncText", "Nothing new since sync file %1: no file was saved.").replace(
            "%1", str(result.last_sequence))
    if result.path is None and result.interviews:
        count = result.interviews
        text += " " + _T.translate(
            "LaptopSyncText", "%n interview(s) still to be confirmed by your supervisor.", "",
            count)
    if result.purged:
        text += " " + purged_text(result.purged)
    return text


def _carries(result: ExportResult) -> str:
    if not result.interviews:
        count = result.audit_entries
        return _T.translate("LaptopSyncText",
                            "It carries this laptop's activity log (%n event(s)).", "",
                            count)
    count = result.interviews
    return _T.translate("LaptopSyncText",
                        "It carries %n interview(s) and this laptop's activity log.", "",
                        count)


def force_question(result: ExportResult) -> str:
    """Asked when nothing new is there to send: saving a file anyway is a choice."""
    if result.last_sequence is None:
        count = result.audit_entries
        return _T.translate("LaptopSyncText",
                            "There is no finalised interview to send, only this laptop's "
                            "activity log (%n event(s)). Save a sync file with the activity "
                            "log anyway?", "", count)
    return _T.translate("LaptopSyncText",
                        "Nothing is new since sync file %1. Save a sync file anyway? It "
                        "carries again everything your supervisor has not confirmed "
                        "yet.").replace("%1", str(result.last_sequence))


def receipt_lines(applied: Sequence[ReceiptApplied], purged: int) -> list[str]:
    """One line per receipt applied, then what the retention policy removed."""
    lines = []
    for item in applied:
        count = item.acknowledged
        line = (_T.translate("LaptopSyncText",
                             "Receipt for sync file %1: %n item(s) confirmed as received",
                             "", count).replace("%1", str(item.sequence)))
        if item.already:
            count = item.already
            line += _T.translate("LaptopSyncText", " (%n confirmed before).", "", count)
        else:
            line += "."
        if item.unmatched:
            count = item.unmatched
            line += " " + _T.translate(
                "LaptopSyncText",
                "%n item(s) do not match what this laptop sent: they stay waiting.", "",
                count)
        lines.append(line)
    if applied:
        lines.append(purged_text(purged))
    return lines


def update_lines(applied: Sequence[UpdateApplied]) -> list[str]:
    """One line per update applied, in number order."""
    lines = []
    for item in applied:
        count = item.forms_added
        lines.append(_T.translate("LaptopSyncText", "Update %1 applied: %n form version(s) "
                                                    "added.", "", count)
                     .replace("%1", str(item.update_sequence)))
        outcomes = item.case_outcomes
        if outcomes:
            # An update may carry nothing but the supervisor's follow-up: say it arrived.
            lines.append(_T.translate(
                "LaptopSyncText", "The supervisor's follow-up of %n interview(s) arrived: "
                "open an interview's result to read it.", "", outcomes))
        if item.directory_replaced:
            lines.append(_T.translate("LaptopSyncText", "The referral directory was replaced."))
        if item.retention is not None:
            lines.append(_T.translate("LaptopSyncText", "New removal rule: %1").replace(
                "%1", retention_text(item.retention)))
    return lines


def refused_text(file_name: str, reason: str) -> str:
    """A file the core refused, named as it is on the stick, with the core's reason."""
    return _full_stop(
        _T.translate("LaptopSyncText", "%1 was refused; nothing from it was applied: %2")
        .replace("%1", file_name).replace("%2", reason))


def updates_refused_text(file_names: Sequence[str], reason: str) -> str:
    """Updates are checked together first: one refused file stops them all."""
    if len(file_names) == 1:
        return refused_text(file_names[0], reason)
    return _T.translate("LaptopSyncText",
                        "One of the %1 update files was refused, so none was applied: "
                        "%2").replace("%1", str(len(file_names))).replace(
        "%2", _full_stop(reason))


def problem_text(error: FieldappError) -> str:
    """A failure of a sync job in plain words (the core's own message for the rest)."""
    if isinstance(error, WrongVaultRole):
        return _T.translate("LaptopSyncText",
                            "This vault belongs to a supervisor. The laptop's Sync screen "
                            "works on field laptops only.")
    if isinstance(error, NotEnrolled):
        return _T.translate("LaptopSyncText",
                            "This laptop is not enrolled yet: enrol it with the supervisor's "
                            "enrollment file first.")
    if isinstance(error, DiskFull):
        return _T.translate("LaptopSyncText",
                            "The disk is full, so this was not done. Nothing was lost. Free "
                            "some space and try again.")
    return sentence(plain_message(error))


def sentence(text: str) -> str:
    """``text`` with a capital first letter and a full stop (core messages have neither)."""
    text = text.strip()
    if not text:
        return text
    return _full_stop(text[0].upper() + text[1:])


def _full_stop(text: str) -> str:
    return text if not text or text[-1] in ".!?…" else text + "."
