"""``fieldapp export openrosa --push URL`` against a fake OpenRosa server on this computer.

The fake server follows the Form Submission API as ODK Central's OpenRosa endpoint does: a
HEAD answered 204 once the Basic account is right (401 with a challenge before), a multipart
POST with an ``xml_submission_file`` part answered 201, 409 for an instanceID it holds; it can
be told to fail one POST with 500 to test resuming. The Digest branch is tested on httpx's
mock transport.
"""

from __future__ import annotations

import base64
import os
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from email.parser import BytesParser
from email.policy import default as email_policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from fieldapp.exports.openrosa_push import PushFailed, Submission, push, server_key
from fieldapp.paths import VaultPaths
from fieldapp.services.session import create_vault
from tests.conftest import REPO_ROOT
from tests.core.export_support import record_scenarios

USER = "chief"
PASSWORD = "push test passphrase"
ACCOUNT = ("collect@example.org", "server secret")


class FakeCentral(ThreadingHTTPServer):
    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.instances: dict[str, bytes] = {}
        self.posts = 0
        self.heads = 0
        self.fail_post: int | None = None  # the number of the POST to answer 500

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1/projects/1/submission"


class Handler(BaseHTTPRequestHandler):
    server: FakeCentral

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _authorised(self) -> bool:
        expected = base64.b64encode(":".join(ACCOUNT).encode()).decode()
        if self.headers.get("Authorization") == f"Basic {expected}":
            return True
        self.send_response(401)
        self.send_header("WWW-Authenticate", 'Basic realm="fake central"')
        self.send_header("Content-Length", "0")
        self.end_headers()
        return False

    def do_HEAD(self) -> None:
        self.server.heads += 1
        assert self.headers.get("X-OpenRosa-Version") == "1.0"
        if self._authorised():
            self.send_response(204)
            self.send_header("X-OpenRosa-Accept-Content-Length", "10485760")
            self.end_headers()

    def do_POST(self) -> None:
        if not self._authorised():
            return
        self.server.posts += 1
        body = self.rfile.read(int(self.headers["Content-Length"]))
        message = BytesParser(policy=email_policy).parsebytes(
            b"Content-Type: " + self.headers["Content-Type"].encode() + b"\r\n\r\n" + body)
        parts = {part.get_param("name", header="content-disposition"): part
                 for part in message.iter_parts()}
        xml = parts["xml_submission_file"].get_payload(decode=True)
        instance = ET.fromstring(xml).findtext(".//{*}instanceID") or ""
        if self.server.posts == self.server.fail_post:
            status = 500
        elif instance in self.server.instances:
            status = 409
        else:
            self.server.instances[instance] = xml
            status = 201
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture
def central() -> Iterator[FakeCentral]:
    server = FakeCentral()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    paths = VaultPaths(tmp_path_factory.mktemp("push") / "vault")
    with create_vault(paths, user=USER, password=PASSWORD, role="supervisor") as vault:
        record_scenarios(vault, per_form=2)
    yield paths.data_dir


def run(data_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "FIELDAPP_INSECURE_TEST_KDF": "1"}
    return subprocess.run(
        [sys.executable, "-m", "fieldapp", "--data-dir", str(data_dir), "--user", USER,
         "--password-stdin", "export", "openrosa", *args],
        input=PASSWORD + "\n" + stdin, capture_output=True, text=True, env=env, timeout=120,
        check=False)


def test_push_fails_cleanly_then_resumes_and_skips_what_was_sent(
        data_dir: Path, central: FakeCentral) -> None:
    central.fail_post = 3
    stopped = run(data_dir, "--push", central.url, "--push-user", ACCOUNT[0],
                  stdin=ACCOUNT[1] + "\n")
    assert stopped.returncode != 0
    assert "Traceback" not in stopped.stderr
    assert stopped.stderr.strip().splitlines() == [
        "fieldapp: the server answered 500; 2 submission(s) accepted before that stay "
        "accepted: run the command again to send the rest"]
    assert len(central.instances) == 2

    central.fail_post = None
    resumed = run(data_dir, "--push", central.url, "--push-user", ACCOUNT[0],
                  stdin=ACCOUNT[1] + "\n")
    assert resumed.returncode == 0, resumed.stderr
    assert "2 sent before and skipped" in resumed.stderr
    assert len(central.instances) == 4  # the vault holds 4 finalised interviews
    posts = central.posts
    again = run(data_dir, "--push", central.url, "--push-user", ACCOUNT[0],
                stdin=ACCOUNT[1] + "\n")
    assert again.returncode == 0 and "0 submission(s) sent" in again.stderr
    assert "4 sent before and skipped" in again.stderr
    assert central.posts == posts  # nothing sent twice
    for xml in central.instances.values():
        root = ET.fromstring(xml)
        assert root.get("id") in ("rapid_screening", "full_screening")
    audit = subprocess.run(
        [sys.executable, "-m", "fieldapp", "--data-dir", str(data_dir), "--user", USER,
         "--password-stdin", "audit", "--json"], input=PASSWORD + "\n", capture_output=True,
        text=True, env={**os.environ, "PYTHONPATH": str(REPO_ROOT)}, timeout=120,
        check=False).stdout
    assert "openrosa_submission_accepted" in audit and "openrosa_pushed" in audit
    assert ACCOUNT[1] not in audit


def test_a_wrong_account_and_a_plain_http_server_are_refused(
        data_dir: Path, central: FakeCentral) -> None:
    refused = run(data_dir, "--push", central.url, "--push-user", ACCOUNT[0],
                  stdin="not the password\n")
    assert refused.returncode != 0
    assert refused.stderr.strip() == ("fieldapp: the server refused the account name or "
                                      "password")
    nobody = run(data_dir, "--push", central.url)
    assert "asks for an account" in nobody.stderr and nobody.returncode != 0
    remote = run(data_dir, "--push", "http://central.example.org/v1/projects/1/submission")
    assert remote.stderr.strip() == ("fieldapp: the interviews hold personal data: push them "
                                     "over https:// only")
    mixed = run(data_dir, "--push", central.url, "--plaintext")
    assert "--push writes no file" in mixed.stderr
    assert central.posts == 0


def test_digest_challenge_is_answered_with_digest() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        header = request.headers.get("authorization", "")
        seen.append(f"{request.method} {header.split(' ')[0] if header else '-'}")
        if not header.startswith("Digest "):
            return httpx.Response(401, headers={
                "WWW-Authenticate": 'Digest realm="odk", nonce="abc123", qop="auth"'})
        return httpx.Response(204 if request.method == "HEAD" else 201)

    accepted: list[str] = []
    report = push([Submission("f", "uuid:1", b"<data id='f'/>")],
                  "https://central.example.org/submission", user="u", password=lambda: "p",
                  done=set(), on_accepted=lambda item: accepted.append(item.instance_id),
                  transport=httpx.MockTransport(handler))
    assert (report.sent, accepted) == (1, ["uuid:1"])
    assert "HEAD Digest" in seen and "POST Digest" in seen
    assert server_key("https://u:p@central.example.org/submission?x=1") == (
        "https://central.example.org/submission")
    with pytest.raises(PushFailed, match="does not take submissions"):
        push([], "https://central.example.org/x", user=None, password=lambda: "",
             done=set(), on_accepted=lambda item: None,
             transport=httpx.MockTransport(lambda request: httpx.Response(404)))
