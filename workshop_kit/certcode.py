"""The signed certificate code: what the QR code holds, and the short code people type in.

QR text: ``WKC1.<payload>.<signature>`` (URL-safe base64). The payload is a few UTF-8 lines: key id,
certificate number, participant name, workshop title, first and last day, the short code and the
hours attended (older codes have no short code or hours line). It carries no other
personal data — the name is already printed on the same sheet, and it must be signed so that a
genuine code cannot be pasted onto a certificate made out to someone else. Ed25519 signature by the
organisation's key (``signing``): any copy of the app that trusts that public key verifies offline.

The short code (``ABCD-EFGH``), in an alphabet without look-alike characters, belongs to the
certificate itself (one per participant and workshop, ``identity_code`` of its row id), not to one
print of it: regenerating in another language or template, renaming or erasing the person keeps it.
It only finds the certificate in the issuing organisation's own database. Certificates printed
before codes were tied to the identity carry ``short_code(signature)``, which is still recognised.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass

from .errors import ValidationError
from .i18n import _
from .signing import b64, unb64

PREFIX = "WKC1"
SHORT_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no O/0, I/1/L


@dataclass
class CertPayload:
    key_id: str
    number: str
    name: str
    workshop: str
    start: str
    end: str
    code: str = ""
    hours: str = ""  # hours attended, as printed ("12.5"); read by the verification page

    def encode(self) -> bytes:
        fields: tuple[str, ...] = (self.key_id, self.number, self.name, self.workshop, self.start, self.end)
        fields += (self.code,) if self.code else ()
        fields += (self.hours,) if self.code and self.hours else ()
        return "\n".join(f.replace("\n", " ") for f in fields).encode("utf-8")

    @classmethod
    def decode(cls, data: bytes) -> CertPayload:
        try:
            parts = data.decode("utf-8").split("\n")
        except UnicodeDecodeError as exc:
            raise ValidationError(_("This code is not a Workshop Kit certificate code.")) from exc
        if len(parts) not in (6, 7, 8):
            raise ValidationError(_("This code is not a Workshop Kit certificate code."))
        return cls(*parts)

    def to_json(self) -> dict[str, str]:
        return asdict(self)


# A QR code (error correction M, version 40) holds at most 2,331 bytes; beyond about 2,000 characters
# its modules are too small to scan on a printed certificate anyway.
MAX_QR_TEXT = 2_000
SIGNATURE_BYTES = 64  # Ed25519


def fits(payload: CertPayload) -> bool:
    """Whether the QR code of ``payload`` (signed) stays within ``MAX_QR_TEXT`` characters."""
    return len(PREFIX) + 2 + len(b64(payload.encode())) + len(b64(bytes(SIGNATURE_BYTES))) <= MAX_QR_TEXT


def qr_text(payload: CertPayload, signature: bytes) -> str:
    return f"{PREFIX}.{b64(payload.encode())}.{b64(signature)}"


def strip_page_address(text: str) -> str:
    """``https://…/verify.html#WKC1.…`` (a QR code that opens the verification page) → ``WKC1.…``."""
    head, sep, fragment = text.partition("#")
    if sep and fragment.startswith(PREFIX + "."):
        from urllib.parse import unquote

        return unquote(fragment).strip()
    return text


def parse_qr_text(text: str) -> tuple[CertPayload, bytes, bytes]:
    """(payload, the signed bytes, signature) from a scanned code; ValidationError when not one."""
    parts = strip_page_address(text.strip()).split(".")
    if len(parts) != 3 or parts[0] != PREFIX:
        raise ValidationError(_("This code is not a Workshop Kit certificate code."))
    try:
        data, signature = unb64(parts[1]), unb64(parts[2])
    except ValueError as exc:  # binascii.Error, bad padding, is one
        raise ValidationError(_("This code is not a Workshop Kit certificate code.")) from exc
    return CertPayload.decode(data), data, signature


def identity_code(certificate_id: str) -> str:
    """The certificate's short code, from its row id (a random UUID never printed or exported)."""
    return short_code(b"workshop-kit certificate code\n" + certificate_id.encode("utf-8"))


def short_code(signature: bytes) -> str:
    """8 characters (40 bits) from the SHA-256 of ``signature``, shown as ``ABCD-EFGH``."""
    value = int.from_bytes(hashlib.sha256(signature).digest()[:6], "big")
    chars = []
    for _i in range(8):
        value, rest = divmod(value, len(SHORT_ALPHABET))
        chars.append(SHORT_ALPHABET[rest])
    code = "".join(chars)
    return f"{code[:4]}-{code[4:]}"


def normalise_short_code(text: str) -> str | None:
    """``abcd efgh``, ``ABCDEFGH`` or ``ABCD-EFGH`` → ``ABCD-EFGH``; None when it cannot be one."""
    raw = "".join(ch for ch in text.upper() if ch.isalnum())
    raw = raw.replace("O", "0").replace("I", "1").replace("L", "1")  # look-alikes typed by hand
    if len(raw) != 8 or any(ch not in SHORT_ALPHABET for ch in raw):
        return None
    return f"{raw[:4]}-{raw[4:]}"

