"""Sending the interviews to an OpenRosa server (ODK Central, KoboToolbox): the supervisor's
only network step, ``fieldapp export openrosa --push URL``.

It follows the OpenRosa Form Submission API: one ``HEAD`` to the submission URL first (the
server says it takes submissions, and asks for an account with a ``WWW-Authenticate``
challenge, Digest or Basic, which is then answered the way it asks), then one multipart
``POST`` per interview with its submission as the ``xml_submission_file`` part. 201 Created
and 202 Accepted mean the server has it; 409 Conflict means it had that instance already
(ODK Central answers so for an ``instanceID`` it holds). The submissions are the ones the
``openrosa`` export writes (:class:`~fieldapp.exports.openrosa.SubmissionPlan`), built in
memory one at a time: nothing is written to the disk.

Each instance the server accepts is recorded in the vault's audit log at once (server and
instance id, never content), so a push that stopped (a dropped connection, a server error)
is resumed by running the command again: instances already accepted by that server are
skipped. Personal data goes only over HTTPS; plain HTTP is refused except to this computer
(a server on ``localhost`` for a test or a tunnel). httpx comes with the ``fieldapp[central]``
extra and is imported only when a push runs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from fieldapp.errors import FieldappError, UsageError
from fieldapp.exports.openrosa import SubmissionPlan
from fieldapp.exports.source import iter_interviews
from fieldapp.vault import audit

if TYPE_CHECKING:
    from fieldapp.services.session import Vault
    from fieldapp.xlsform import FormLibrary

ACCEPTED_EVENT = "openrosa_submission_accepted"
PUSHED_EVENT = "openrosa_pushed"
HEADERS = {"X-OpenRosa-Version": "1.0"}
TIMEOUT_S = 60.0
_LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")


class PushFailed(FieldappError):
    """The server could not be reached or refused; what was accepted before stays accepted."""


@dataclass(frozen=True)
class Submission:
    form_id: str
    instance_id: str
    xml: bytes


@dataclass(frozen=True)
class PushReport:
    sent: int  # accepted now (201 or 202)
    already: int  # the server had them (409)
    skipped: int  # accepted by this server in an earlier push


def server_key(url: str) -> str:
    """The submission URL as recorded and compared: no credentials, no query, no fragment.

    Refuses what is not an http(s) URL, and plain HTTP to anything but this computer."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme not in ("https", "http") or not host:
        raise UsageError(f"--push needs the server's submission URL (https://...), not {url!r}")
    if parts.scheme == "http" and host not in _LOCAL_HOSTS:
        raise UsageError("the interviews hold personal data: push them over https:// only")
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}"


def submissions(vault: Vault, library: FormLibrary,
                form_id: str | None = None) -> Iterator[Submission]:
    """Every finalised interview's submission, oldest first, as the ``openrosa`` export
    renders it (the same instance id, the same fallback for a repeated one)."""
    plans: dict[tuple[str, str], SubmissionPlan] = {}
    seen: set[str] = set()
    for interview in iter_interviews(vault.connection, form_id):
        key = (interview.form_id, interview.form_version)
        if key not in plans:
            plans[key] = SubmissionPlan(library.get(*key))
        instance_id = interview.instance_id
        if instance_id in seen:
            instance_id = f"uuid:{interview.uuid}"
        seen.add(instance_id)
        yield Submission(interview.form_id, instance_id, plans[key].render(interview,
                                                                           instance_id))


def accepted_before(vault: Vault, server: str) -> set[str]:
    """The instance ids this server accepted in earlier pushes (from the audit log)."""
    return {str(entry.details.get("instance")) for entry in audit.entries(vault.connection)
            if entry.event == ACCEPTED_EVENT and entry.details.get("server") == server}


def record_accepted(vault: Vault, server: str, submission: Submission) -> None:
    vault.audit(ACCEPTED_EVENT, {"server": server, "instance": submission.instance_id,
                                 "form": submission.form_id})


def push(items: Iterable[Submission], url: str, *, user: str | None,
         password: Callable[[], str], done: set[str],
         on_accepted: Callable[[Submission], None], transport: Any = None) -> PushReport:
    """POST each submission not in ``done``; ``password`` is asked only if the server wants
    an account. ``transport`` is httpx's (tests pass a mock one; default: the network)."""
    try:
        import httpx
    except ImportError as error:
        raise UsageError("--push needs the central extra: pip install 'fieldapp[central]'"
                         ) from error
    server_key(url)
    sent = already = skipped = 0
    try:
        with httpx.Client(headers=HEADERS, timeout=TIMEOUT_S, transport=transport,
                          follow_redirects=False) as client:
            auth = _negotiate(client, url, user, password)
            for item in items:
                if item.instance_id in done:
                    skipped += 1
                    continue
                answer = client.post(url, auth=auth, files={"xml_submission_file": (
                    "submission.xml", item.xml, "text/xml")})
                if answer.status_code in (201, 202, 409):
                    on_accepted(item)
                    done.add(item.instance_id)
                    if answer.status_code == 409:
                        already += 1
                    else:
                        sent += 1
                    continue
                raise PushFailed(_refused(answer.status_code, item.form_id, sent + already))
    except httpx.HTTPError as error:
        raise PushFailed(f"could not reach the server ({type(error).__name__}); "
                         f"{sent + already} submission(s) accepted before that: run the "
                         "command again to send the rest") from error
    return PushReport(sent, already, skipped)


def _negotiate(client: Any, url: str, user: str | None,
               password: Callable[[], str]) -> Any:
    """The OpenRosa HEAD: no account, or the scheme the server's challenge names."""
    import httpx

    answer = client.head(url)
    auth: httpx.Auth | None = None
    if answer.status_code == 401:
        if not user:
            raise PushFailed("the server asks for an account: give it with --push-user NAME "
                             "(its password is read after the vault's)")
        challenge = answer.headers.get("www-authenticate", "").lower()
        secret = password()
        auth = (httpx.DigestAuth(user, secret) if challenge.startswith("digest")
                            else httpx.BasicAuth(user, secret))
        answer = client.head(url, auth=auth)
        if answer.status_code in (401, 403):
            raise PushFailed("the server refused the account name or password")
    if answer.status_code not in (200, 204):
        raise PushFailed(f"the server does not take submissions at this URL (it answered "
                         f"{answer.status_code}): give the form submission URL, for ODK "
                         "Central https://SERVER/v1/key/TOKEN/projects/N/submission or "
                         "https://SERVER/v1/projects/N/submission")
    return auth


def _refused(status: int, form_id: str, before: int) -> str:
    if status in (401, 403):
        why = "the account may not submit to this project"
    elif status == 404:
        why = f"the server has no form {form_id!r} (publish it first)"
    elif status == 400:
        why = f"the server rejected a {form_id} submission (is the same form version published?)"
    else:
        why = f"the server answered {status}"
    return (f"{why}; {before} submission(s) accepted before that stay accepted: run the "
            "command again to send the rest")
