"""A verification page anyone can open on a phone: one static HTML file, no app, no server.

The organisation publishes ``verify.html`` anywhere static (its website, a shared folder, a USB stick).
A certificate's QR code holds ``<page address>#WKC1.<payload>.<signature>``: the signed payload travels
in the URL *fragment*, which browsers never send to a server, so no server log ever sees a name. The
page checks the Ed25519 signature in the browser (WebCrypto) against the public keys written into it,
and looks the certificate up in a **signed revocation list** written into it too. Republishing the page
updates revocations; the page shows the date it was made so a reader knows how fresh the list is.

A short code typed by hand (``ABCD-EFGH``) is looked up in a signed index of certificate numbers,
workshops and dates, keyed by a hash of the code. The index holds no names: only the QR code, which
the certificate itself carries, shows whose it is.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import certcode, signing
from .atomicfile import write_text
from .errors import ValidationError
from .i18n import _
from .paths import resource
from .sqlconn import Database

PAGE_NAME = "verify.html"
LIST_VERSION = 1
_DATA_MARK = "/*WK_DATA*/null"


@dataclass
class PageResult:
    path: Path
    generated: str
    certificates: int
    revoked: int
    key_id: str


def code_hash(short: str) -> str:
    """What the page stores for a short code: 16 hex digits of SHA-256 of ``ABCD-EFGH``."""
    return hashlib.sha256(short.encode("ascii")).hexdigest()[:16]


def revocation_list(db: Database, keys: signing.KeyPair, organisation: str, generated: str) -> dict[str, Any]:
    """The signed list the page trusts: revoked certificate numbers and the short-code index."""
    revoked: list[str] = []
    codes: dict[str, list[Any]] = {}
    rows = db.query("SELECT id, number, payload, signature, revoked_at FROM certificates ORDER BY number")
    for row in rows:
        try:
            payload = certcode.CertPayload.decode(signing.unb64(row["payload"] or ""))
        except (ValidationError, ValueError):
            continue
        if payload.key_id != keys.key_id:
            continue  # only certificates this organisation signed
        if row["revoked_at"]:
            revoked.append(row["number"])
        entry = [row["number"], payload.workshop, payload.start, payload.end, 1 if row["revoked_at"] else 0]
        # The certificate's own code, and the code printed on copies made before codes were tied to it.
        shorts = {certcode.identity_code(row["id"])}
        if row["signature"]:
            shorts.add(certcode.short_code(signing.unb64(row["signature"])))
        for short in shorts:
            codes[code_hash(short)] = entry
    body = {"v": LIST_VERSION, "key_id": keys.key_id, "organisation": organisation, "generated": generated,
            "revoked": revoked, "codes": codes}
    data = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return {"list": signing.b64(data), "key_id": keys.key_id, "sig": signing.b64(keys.sign(data))}


def page_data(db: Database, data_dir: Path, organisation: str, now: datetime | None = None) -> dict[str, Any]:
    """Everything the page embeds: the organisation's public key(s) and the signed list."""
    keys = signing.load_or_create(data_dir)
    generated = (now or datetime.now(UTC)).replace(microsecond=0).isoformat()
    return {
        "organisation": organisation,
        "generated": generated,
        "keys": {keys.key_id: signing.b64(keys.public_raw)},
        "revocations": revocation_list(db, keys, organisation, generated),
    }


def write_page(db: Database, data_dir: Path, out_dir: str | Path, organisation: str = "",
               now: datetime | None = None) -> PageResult:
    """Write (or rewrite) ``verify.html`` in ``out_dir``; republishing it updates the revocations."""
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise ValidationError(_("{path} is a file; give a folder for the verification page.").format(path=out))
    out.mkdir(parents=True, exist_ok=True)
    data = page_data(db, data_dir, organisation, now)
    template = resource("assets", "verify", PAGE_NAME).read_text(encoding="utf-8")
    # Inside <script>: "</" would end the script element; U+2028/9 end a JavaScript line in old browsers.
    blob = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    blob = blob.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    if _DATA_MARK not in template:
        raise ValidationError(_("The verification page template is damaged; reinstall Workshop Kit."))
    path = write_text(out / PAGE_NAME, template.replace(_DATA_MARK, blob))
    listed = json.loads(signing.unb64(data["revocations"]["list"]))
    numbers = {entry[0] for entry in listed["codes"].values()}
    return PageResult(Path(path), data["generated"], len(numbers), len(listed["revoked"]),
                      data["revocations"]["key_id"])


def qr_target(base_url: str | None, qr: str) -> str:
    """What the certificate's QR code holds: the page address with the code as its fragment, or the
    bare code when no page address is set (the app verifies both)."""
    base = (base_url or "").strip()
    if not base:
        return qr
    return base.split("#", 1)[0] + "#" + qr
