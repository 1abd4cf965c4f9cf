"""The e-mail outbox against a real SMTP server on localhost (aiosmtpd)."""

from __future__ import annotations

import email
import socket
from email import policy

import pytest
from aiosmtpd.controller import Controller

from tests.certhelpers import attend_demo
from workshop_kit import certificates, outbox


class Recorder:
    """An SMTP server that keeps what it receives; ``fail`` decides the answer per message."""

    def __init__(self, fail=None) -> None:
        self.messages: list[email.message.EmailMessage] = []
        self.count = 0
        self.fail = fail

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        if self.fail:
            answer = self.fail(self.count, envelope)
            if answer:
                return answer
        self.messages.append(email.message_from_bytes(envelope.content, policy=policy.default))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp_server():
    started = []

    def start(handler: Recorder) -> dict:
        port = _free_port()
        controller = Controller(handler, hostname="127.0.0.1", port=port)
        controller.start()
        started.append(controller)
        return {"organisation_name": "Association Tadamon",
                "smtp": {"host": "127.0.0.1", "port": port, "security": "none", "from_addr": "certificats@tadamon.ma",
                         "timeout": 10}}

    yield start
    for c in started:
        c.stop()


@pytest.fixture
def generated(db, demo, data_dir, tmp_path):
    """Certificates of the demo workshop, with e-mail addresses for a few participants."""
    people = attend_demo(db, demo.id)
    for i, name in enumerate(["Fatima El Idrissi", "Aminata Diallo", "Grâce Mbemba", "Omar Zerouali"]):
        db.execute("UPDATE participants SET email = ?, language = ? WHERE id = ?",
                   [f"p{i}@example.org", "ar" if name == "Omar Zerouali" else "fr", people[name]])
    db.execute("UPDATE participants SET email = 'no-consent@example.org', consent_email = 0 WHERE id = ?",
               [people["Mariam Koné"]])
    result = certificates.generate(db, data_dir, demo.id, tmp_path / "out")
    return {c.number: c.file for c in result.issued}


def test_queue_skips_people_without_email_or_consent(db, demo, data_dir, generated) -> None:
    result = outbox.queue_certificates(db, data_dir, demo.id, generated, {"smtp": {"from_addr": "a@b.ma"}})
    assert len(result.queued) == 4
    reasons = {s["name"]: s["reason"] for s in result.skipped}
    assert reasons["Mariam Koné"] == "no consent to e-mail"
    assert reasons["Mamadou Traoré"] == "no e-mail address"
    again = outbox.queue_certificates(db, data_dir, demo.id, generated, {"smtp": {"from_addr": "a@b.ma"}})
    assert not again.queued  # nothing queued twice


def test_send_delivers_each_message_once_in_the_participants_language(db, demo, data_dir, generated,
                                                                      smtp_server) -> None:
    recorder = Recorder()
    settings = smtp_server(recorder)
    outbox.queue_certificates(db, data_dir, demo.id, generated, settings)
    result = outbox.send_queued(db, settings, retry_delay=0)
    assert len(result.sent) == 4 and not result.failed
    assert len(recorder.messages) == 4
    by_to = {m["To"]: m for m in recorder.messages}
    omar = by_to["p3@example.org"]
    assert "شهادة" in omar["Subject"]
    fatima = by_to["p0@example.org"]
    assert "attestation" in fatima["Subject"].lower()
    attachment = next(fatima.iter_attachments())
    assert attachment.get_filename().endswith("_Fatima_El_Idrissi.docx")
    assert attachment.get_content()[:2] == b"PK"
    ids = {m["Message-ID"] for m in recorder.messages}
    stored = {r["message_id"] for r in outbox.list_outbox(db)}
    assert ids == stored
    # a second run sends nothing again
    assert outbox.send_queued(db, settings, retry_delay=0).sent == []
    assert len(recorder.messages) == 4
    assert outbox.counts(db)["sent"] == 4


def test_server_failing_mid_batch(db, demo, data_dir, generated, smtp_server) -> None:
    """Message 2 gets a temporary error once (retried), message 3 is refused for good."""

    def fail(count: int, envelope) -> str | None:
        if count == 2:
            return "451 4.3.0 try again later"
        if envelope.rcpt_tos == ["p2@example.org"]:
            return "550 5.1.1 mailbox unavailable"
        return None

    recorder = Recorder(fail)
    settings = smtp_server(recorder)
    outbox.queue_certificates(db, data_dir, demo.id, generated, settings)
    result = outbox.send_queued(db, settings, retry_delay=0)
    assert len(result.sent) == 3
    assert [f["to"] for f in result.failed] == ["p2@example.org"]
    rows = {r["to_addr"]: r for r in outbox.list_outbox(db)}
    assert rows["p2@example.org"]["status"] == "failed" and "550" in rows["p2@example.org"]["last_error"]
    assert sorted(m["To"] for m in recorder.messages) == ["p0@example.org", "p1@example.org", "p3@example.org"]


def test_server_gone_keeps_messages_queued(db, demo, data_dir, generated) -> None:
    settings = {"smtp": {"host": "127.0.0.1", "port": _free_port(), "security": "none", "from_addr": "a@b.ma",
                         "timeout": 2}}
    outbox.queue_certificates(db, data_dir, demo.id, generated, settings)
    with pytest.raises(outbox.SmtpUnavailable, match="stay in the outbox"):
        outbox.send_queued(db, settings, retry_delay=0)
    assert outbox.counts(db)["queued"] == 4


def test_message_stuck_in_sending_is_not_resent_blindly(db, demo, data_dir, generated, smtp_server) -> None:
    recorder = Recorder()
    settings = smtp_server(recorder)
    outbox.queue_certificates(db, data_dir, demo.id, generated, settings)
    first = outbox.list_outbox(db)[0]
    # The app died after marking it 'sending' (the server may or may not have it).
    db.execute("UPDATE outbox SET status = 'sending', attempts = 1 WHERE id = ?", [first["id"]])
    result = outbox.send_queued(db, settings, retry_delay=0)
    assert result.interrupted == [first["id"]]
    assert len(recorder.messages) == 3
    row = next(r for r in outbox.list_outbox(db) if r["id"] == first["id"])
    assert row["status"] == "uncertain" and "may have received" in row["last_error"]
    # The user checks and decides to send it: same Message-ID.
    outbox.retry(db, first["id"])
    outbox.send_queued(db, settings, retry_delay=0)
    assert recorder.messages[-1]["Message-ID"] == first["message_id"]


def test_cancel_and_retry_rules(db, demo, data_dir, generated) -> None:
    outbox.queue_certificates(db, data_dir, demo.id, generated, {"smtp": {"from_addr": "a@b.ma"}})
    row = outbox.list_outbox(db)[0]
    assert outbox.cancel(db, row["id"][:8])["status"] == "cancelled"
    from workshop_kit.errors import ValidationError

    with pytest.raises(ValidationError):
        outbox.cancel(db, row["id"])
    assert outbox.retry(db, row["id"])["status"] == "queued"


def test_password_without_keyring_backend_says_what_to_do(monkeypatch) -> None:
    s = outbox.SmtpSettings(host="smtp.example.org", username="u", from_addr="u@example.org")
    if outbox.password_storage() == "none":
        with pytest.raises(outbox.PasswordStoreUnavailable, match=outbox.PASSWORD_ENV):
            outbox.store_password(s, "secret")
    monkeypatch.setenv(outbox.PASSWORD_ENV, "from-env")
    assert outbox.get_password(s) == "from-env"


def test_smtp_settings_are_checked() -> None:
    from workshop_kit.errors import ValidationError

    with pytest.raises(ValidationError, match="No SMTP server"):
        outbox.SmtpSettings().check()
    with pytest.raises(ValidationError, match="sender address"):
        outbox.SmtpSettings(host="h").check()


def test_server_dropping_the_connection_mid_batch_loses_nothing(db, demo, data_dir, generated, smtp_server) -> None:
    """The server says 421 and hangs up on the 2nd message: the app reconnects and carries on."""
    recorder = Recorder(lambda count, _env: "421 4.3.2 service shutting down" if count == 2 else None)
    settings = smtp_server(recorder)
    outbox.queue_certificates(db, data_dir, demo.id, generated, settings)
    result = outbox.send_queued(db, settings, retry_delay=0)
    assert len(result.sent) == 4 and not result.failed
    assert len(recorder.messages) == 4
    assert len({m["Message-ID"] for m in recorder.messages}) == 4


def test_killed_while_sending_then_restarted_sends_no_duplicate(db, demo, data_dir, generated, smtp_server) -> None:
    """A real crash: the sending process is killed while the server holds message 2."""
    import asyncio
    import subprocess
    import sys
    import threading
    import time

    from workshop_kit import settings as settings_mod

    holding = threading.Event()

    class SlowSecond(Recorder):
        async def handle_DATA(self, server, session, envelope):
            if self.count == 1:  # second message: hang until the client dies
                self.count += 1
                holding.set()
                await asyncio.sleep(30)
                return "451 too late"
            return await super().handle_DATA(server, session, envelope)

    recorder = SlowSecond()
    settings = smtp_server(recorder)
    settings_mod.update(data_dir, **settings)
    outbox.queue_certificates(db, data_dir, demo.id, generated, settings)
    proc = subprocess.Popen([sys.executable, "-m", "workshop_kit", "outbox", "send"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert holding.wait(30)
        time.sleep(0.2)
    finally:
        proc.kill()
        proc.wait()
    stuck = outbox.list_outbox(db, "sending")
    assert len(stuck) == 1 and len(recorder.messages) == 1
    # Restart: the stuck one is not sent blindly; the rest go out once.
    result = outbox.send_queued(db, settings, retry_delay=0)
    assert result.interrupted == [stuck[0]["id"]]
    assert len(recorder.messages) == 3
    assert stuck[0]["to_addr"] not in [m["To"] for m in recorder.messages]
    assert outbox.counts(db) == {"queued": 0, "sending": 0, "sent": 3, "failed": 0, "cancelled": 0, "uncertain": 1}


def _self_signed(tmp_path):
    """A certificate for 127.0.0.1 and an SSL context serving it (a private CA, as some NGOs use)."""
    import datetime
    import ipaddress
    import ssl

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = tmp_path / "smtp.pem", tmp_path / "smtp.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_path, key_path)
    return cert_path, context


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_encrypted_connections_with_login(db, demo, data_dir, generated, tmp_path, security) -> None:
    from aiosmtpd.smtp import AuthResult

    cafile, context = _self_signed(tmp_path)
    logins = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        logins.append((auth_data.login, auth_data.password))
        return AuthResult(success=auth_data.password == b"s3cret", handled=False)

    recorder = Recorder()
    port = _free_port()
    options = {"tls_context": context, "require_starttls": True} if security == "starttls" else {"ssl_context": context}
    controller = Controller(recorder, hostname="127.0.0.1", port=port, authenticator=authenticator,
                            auth_require_tls=False, **options)
    controller.start()
    try:
        settings = {"smtp": {"host": "127.0.0.1", "port": port, "security": security, "username": "certificats",
                             "from_addr": "certificats@tadamon.ma", "cafile": str(cafile), "timeout": 10}}
        outbox.queue_certificates(db, data_dir, demo.id, generated, settings)
        with pytest.raises(outbox.SmtpUnavailable, match="refused the user name or password"):
            outbox.send_queued(db, settings, "wrong", retry_delay=0)
        assert outbox.counts(db)["queued"] == 4
        result = outbox.send_queued(db, settings, "s3cret", retry_delay=0)
        assert len(result.sent) == 4 and len(recorder.messages) == 4
        assert logins[-1] == (b"certificats", b"s3cret")
        # Without trusting the private CA the certificate is refused: nothing is sent in clear.
        settings["smtp"]["cafile"] = ""
        outbox.queue_certificates(db, data_dir, demo.id, generated, settings)  # nothing new to queue
        with pytest.raises(outbox.SmtpUnavailable):
            outbox.connect(outbox.SmtpSettings.from_settings(settings), "s3cret")
    finally:
        controller.stop()


class HangsUpAfterAccepting(Recorder):
    """Keeps every message, then drops the connection before its "250 OK" reaches the client."""

    async def handle_DATA(self, server, session, envelope):
        answer = await super().handle_DATA(server, session, envelope)
        server.transport.abort()
        return answer


def test_connection_dropped_after_the_server_accepted_is_uncertain_and_never_resent(db, demo, data_dir, generated,
                                                                                     smtp_server) -> None:
    recorder = HangsUpAfterAccepting()
    settings = smtp_server(recorder)
    outbox.queue_certificates(db, data_dir, demo.id, generated, settings)
    result = outbox.send_queued(db, settings, retry_delay=0)
    # Each participant got the certificate exactly once, although no reply ever came.
    assert sorted(m["To"] for m in recorder.messages) == [f"p{i}@example.org" for i in range(4)]
    assert not result.sent and len(result.uncertain) == 4
    assert outbox.counts(db)["uncertain"] == 4
    # Another run (or a restart) sends none of them again.
    assert outbox.send_queued(db, settings, retry_delay=0).sent == []
    assert len(recorder.messages) == 4
    rows = outbox.list_outbox(db)
    assert all(r["status"] == "uncertain" and "may have" in r["last_error"] for r in rows)
    # The user decides: one is confirmed received, the other is sent again with the same Message-ID.
    confirmed, again = rows[0], rows[1]
    assert outbox.mark_sent(db, confirmed["id"][:8])["status"] == "sent"
    assert outbox.retry(db, again["id"])["status"] == "queued"
    outbox.send_queued(db, settings, retry_delay=0)
    assert len(recorder.messages) == 5 and recorder.messages[-1]["Message-ID"] == again["message_id"]
    assert outbox.counts(db)["sent"] == 1 and outbox.counts(db)["uncertain"] == 3


def test_connection_dropped_before_the_message_was_handed_over_is_retried(db, demo, data_dir, generated,
                                                                          smtp_server) -> None:
    """A drop before DATA is safe to retry: the server cannot have the message."""

    class DropsFirstRecipient(Recorder):
        drops = 0

        async def handle_RCPT(self, server, session, envelope, address, options):
            if self.drops == 0:
                self.drops += 1
                server.transport.abort()
            envelope.rcpt_tos.append(address)
            return "250 OK"

    recorder = DropsFirstRecipient()
    settings = smtp_server(recorder)
    outbox.queue_certificates(db, data_dir, demo.id, generated, settings)
    result = outbox.send_queued(db, settings, retry_delay=0)
    assert len(result.sent) == 4 and not result.uncertain
    assert len(recorder.messages) == 4


def test_in_an_encrypted_folder_queued_certificates_are_sealed_and_still_sent(db, demo, data_dir, generated,
                                                                               smtp_server, monkeypatch) -> None:
    """The outbox keeps copies of certificates named after people: encrypted folders seal them, names too."""
    from workshop_kit import dbconnect, encryption, paths

    monkeypatch.delenv(dbconnect.PASSPHRASE_ENV, raising=False)
    recorder = Recorder()
    settings = smtp_server(recorder)
    outbox.queue_certificates(db, data_dir, demo.id, generated, settings)  # queued before encryption
    first_names = {p.name for p in (data_dir / "outbox").rglob("*") if p.is_file()}
    assert any("Fatima" in n for n in first_names)
    try:
        encryption.enable(db, data_dir, paths.database_path(data_dir), "une phrase assez longue")
        files = [p for p in (data_dir / "outbox").rglob("*") if p.is_file()]
        assert len(files) == 4 and all(p.name == outbox.SEALED_ATTACHMENT for p in files)
        assert not any(b"Fatima" in p.read_bytes() or p.read_bytes()[:2] == b"PK" for p in files)
        encryption.change_passphrase(db, data_dir, paths.database_path(data_dir), "une autre phrase longue")
        dbconnect.forget()  # only the new passphrase is known now
        dbconnect.unlock(paths.database_path(data_dir), "une autre phrase longue")
        result = outbox.send_queued(db, settings, retry_delay=0)
        assert len(result.sent) == 4
        names = {next(m.iter_attachments()).get_filename() for m in recorder.messages}
        assert any(n.endswith("_Fatima_El_Idrissi.docx") for n in names)
        encryption.disable(db, data_dir, paths.database_path(data_dir))
        assert {p.name for p in (data_dir / "outbox").rglob("*") if p.is_file()} == first_names
    finally:
        dbconnect.forget()
