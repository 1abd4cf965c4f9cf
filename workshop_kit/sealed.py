"""Password-protected files: a bundle or an access export that can travel by e-mail or USB stick.

Container format ("Workshop Kit sealed file", version 1), all in one file:

1. the 8 bytes ``WKSEAL1\\n``;
2. one line of UTF-8 JSON ending with ``\\n``: ``{"cipher": "AES-256-GCM", "kdf": "scrypt", "n": 32768,
   "r": 8, "p": 1, "salt": <16 bytes, base64>, "nonce": <12 bytes, base64>, "content": <file name of
   the protected file, e.g. "bundle.zip">}``;
3. the AES-256-GCM ciphertext of the whole original file followed by its 16-byte tag. The key is
   scrypt(password UTF-8, salt, n, r, p, 32 bytes); the additional authenticated data is parts 1
   and 2, so the header cannot be changed without the tag failing.

A wrong password and a changed file fail the same tag check: neither reveals anything. Anyone can
re-implement the format from this description with any AES-GCM and scrypt library.
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

from .atomicfile import atomic_path
from .errors import ValidationError, WorkshopKitError
from .i18n import _, _n

MAGIC = b"WKSEAL1\n"
SCRYPT = {"n": 2**15, "r": 8, "p": 1}
PASSWORD_ENV = "WORKSHOP_KIT_FILE_PASSWORD"
MIN_PASSWORD = 8


class SealedFileError(WorkshopKitError):
    """A wrong password, a damaged sealed file, or a sealed file opened without a password."""


def _key(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(password.encode("utf-8"))


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(_n("Choose a password of at least %n character(s).", MIN_PASSWORD), "password")


def seal(data: bytes, password: str, content: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    check_password(password)
    salt, nonce = os.urandom(16), os.urandom(12)
    header = {"cipher": "AES-256-GCM", "kdf": "scrypt", **SCRYPT, "salt": base64.b64encode(salt).decode(),
              "nonce": base64.b64encode(nonce).decode(), "content": content}
    head = MAGIC + json.dumps(header, sort_keys=True).encode("utf-8") + b"\n"
    return head + AESGCM(_key(password, salt, **SCRYPT)).encrypt(nonce, data, head)


def is_sealed(path: str | Path) -> bool:
    with open(path, "rb") as fh:  # an export file, never the data file
        return fh.read(len(MAGIC)) == MAGIC


def header(blob: bytes) -> dict:
    if not blob.startswith(MAGIC) or b"\n" not in blob[len(MAGIC):]:
        raise SealedFileError(_("This is not a password-protected Workshop Kit file."))
    line = blob[len(MAGIC):blob.index(b"\n", len(MAGIC))]
    try:
        meta = json.loads(line.decode("utf-8"))
        if meta.get("cipher") != "AES-256-GCM" or meta.get("kdf") != "scrypt":
            raise ValueError(meta.get("cipher"))
        return meta
    except (UnicodeDecodeError, ValueError, AttributeError) as exc:
        raise SealedFileError(_("The protected file is damaged (its header cannot be read).")) from exc


def unseal(blob: bytes, password: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    meta = header(blob)
    start = blob.index(b"\n", len(MAGIC)) + 1
    try:
        salt, nonce = base64.b64decode(meta["salt"]), base64.b64decode(meta["nonce"])
        key = _key(password, salt, int(meta["n"]), int(meta["r"]), int(meta["p"]))
        return AESGCM(key).decrypt(nonce, blob[start:], blob[:start])
    except InvalidTag as exc:
        raise SealedFileError(_("Wrong password, or the protected file was changed or damaged.")) from exc
    except (KeyError, ValueError, TypeError) as exc:
        raise SealedFileError(_("The protected file is damaged (its header cannot be read).")) from exc


def write(path: str | Path, data: bytes, password: str | None, content: str) -> Path:
    """Write ``data`` to ``path`` atomically, sealed when a password is given."""
    blob = seal(data, password, content) if password else data
    with atomic_path(path) as tmp:
        Path(tmp).write_bytes(blob)
    return Path(path)


def read(path: str | Path, password: str | None) -> bytes:
    """The bytes of ``path``, unsealed when it is protected (``SealedFileError`` without the password)."""
    blob = Path(path).read_bytes()
    if not blob.startswith(MAGIC):
        return blob
    if not password:
        raise SealedFileError(_("{name} is protected with a password; give it to open the file.").format(
            name=Path(path).name))
    return unseal(blob, password)


# -- files of an encrypted data folder (outbox attachments): sealed with the database's key -------------
KEYED_MAGIC = b"WKSEALK1\n"


def _subkey(database_key: bytes) -> bytes:
    """A key of its own for files, derived from the database key (never the same key for two ciphers)."""
    import hashlib
    import hmac

    return hmac.new(database_key, b"workshop-kit sealed files v1", hashlib.sha256).digest()


def seal_with_key(data: bytes, name: str, database_key: bytes, salt: bytes) -> bytes:
    """Seal a file kept in an encrypted data folder; its name (a participant's, often) is sealed too.

    The header names the database salt (not secret) so the key held for that database opens it.
    """
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    head = KEYED_MAGIC + json.dumps({"cipher": "AES-256-GCM", "key": "database", "salt": salt.hex(),
                                     "nonce": base64.b64encode(nonce).decode()}).encode("utf-8") + b"\n"
    raw_name = name.encode("utf-8")
    plain = len(raw_name).to_bytes(2, "big") + raw_name + data
    return head + AESGCM(_subkey(database_key)).encrypt(nonce, plain, head)


def open_with_key(blob: bytes, key_for_salt) -> tuple[str, bytes]:  # noqa: ANN001 - Callable[[bytes], bytes | None]
    """(original name, content) of a file sealed with ``seal_with_key``."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not blob.startswith(KEYED_MAGIC) or b"\n" not in blob[len(KEYED_MAGIC):]:
        raise SealedFileError(_("The protected file is damaged (its header cannot be read)."))
    start = blob.index(b"\n", len(KEYED_MAGIC)) + 1
    try:
        meta = json.loads(blob[len(KEYED_MAGIC):start - 1].decode("utf-8"))
        key = key_for_salt(bytes.fromhex(meta["salt"]))
        if key is None:
            raise SealedFileError(_("This file belongs to an encrypted data folder that is not open."))
        plain = AESGCM(_subkey(key)).decrypt(base64.b64decode(meta["nonce"]), blob[start:], blob[:start])
    except InvalidTag as exc:
        raise SealedFileError(_("Wrong password, or the protected file was changed or damaged.")) from exc
    except (KeyError, ValueError, TypeError, UnicodeDecodeError) as exc:
        raise SealedFileError(_("The protected file is damaged (its header cannot be read).")) from exc
    size = int.from_bytes(plain[:2], "big")
    return plain[2:2 + size].decode("utf-8"), plain[2 + size:]
