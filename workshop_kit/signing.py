"""The organisation's Ed25519 key pair: signs certificates and attendance bundles, verifies offline.

The pair is created on first use in ``<data dir>/keys/``; the private key never leaves that folder
(file mode 0600). The public key is exported as a small text file that any copy of the app can add to
its trusted keys (``<data dir>/keys/trusted/``) to verify certificates and bundles from that
organisation without a network.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from .atomicfile import write_bytes, write_text
from .changes import writes
from .errors import ValidationError
from .i18n import _

PRIVATE_FILE = "organisation.key"
PUBLIC_FILE = "organisation.pub"
PUBLIC_HEADER = "workshop-kit-public-key-v1"


def keys_dir(data_dir: Path) -> Path:
    return data_dir / "keys"


def trusted_dir(data_dir: Path) -> Path:
    return keys_dir(data_dir) / "trusted"


def b64(data: bytes) -> str:
    """URL-safe base64 without padding (compact in QR codes and file names)."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64(text: str) -> bytes:
    text = text.strip()
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def key_id(public_raw: bytes) -> str:
    """A short fingerprint naming a key (8 hex digits of its SHA-256)."""
    return hashlib.sha256(public_raw).hexdigest()[:8]


@dataclass
class KeyPair:
    private: Ed25519PrivateKey
    public_raw: bytes

    @property
    def key_id(self) -> str:
        return key_id(self.public_raw)

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)


def load_or_create(data_dir: Path) -> KeyPair:
    """The organisation's key pair, created (atomically, private file 0600) on first use."""
    folder = keys_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    private_path = folder / PRIVATE_FILE
    if private_path.exists():
        try:
            private = serialization.load_pem_private_key(private_path.read_bytes(), password=None)
        except (ValueError, TypeError, UnsupportedAlgorithm) as exc:  # never replaced silently: it signed before
            raise ValidationError(_("The organisation key in {path} is damaged; restore the keys folder from a copy "
                                    "of the data folder.").format(path=private_path)) from exc
        if not isinstance(private, Ed25519PrivateKey):
            raise ValidationError(_("The organisation key in {path} is not an Ed25519 key.").format(path=private_path))
    else:
        private = Ed25519PrivateKey.generate()
        pem = private.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        write_bytes(private_path, pem)  # a private temporary file, flushed, renamed, folder flushed
    public_raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    public_path = folder / PUBLIC_FILE
    text = export_public_text(public_raw)
    if not public_path.exists() or public_path.read_text(encoding="utf-8", errors="replace") != text:
        write_text(public_path, text)
    return KeyPair(private, public_raw)


def export_public_text(public_raw: bytes, organisation: str = "") -> str:
    """The public key as a one-line text file: header, key id, key, organisation name."""
    return f"{PUBLIC_HEADER} {key_id(public_raw)} {b64(public_raw)} {organisation}".rstrip() + "\n"


def read_public_key_file(path: str | os.PathLike[str]) -> str:
    """The text of a public key file someone handed over (a few hundred bytes of UTF-8)."""
    path = Path(path)
    try:
        if path.stat().st_size > 64 * 1024:
            raise ValidationError(_("This is not a Workshop Kit public key file."))
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValidationError(_("This is not a Workshop Kit public key file.")) from exc


def parse_public_text(text: str) -> tuple[bytes, str]:
    """(raw public key, organisation name) from an exported public key file."""
    parts = text.strip().split(" ", 3)
    if len(parts) < 3 or parts[0] != PUBLIC_HEADER:
        raise ValidationError(_("This is not a Workshop Kit public key file."))
    try:
        raw = unb64(parts[2])
        Ed25519PublicKey.from_public_bytes(raw)
    except ValueError as exc:
        raise ValidationError(_("The public key in this file is damaged.")) from exc
    if key_id(raw) != parts[1]:
        raise ValidationError(_("The public key in this file is damaged."))
    return raw, (parts[3] if len(parts) > 3 else "")


@writes(organisations=True)
def trust_public_key(data_dir: Path, text: str) -> str:
    """Add another organisation's exported public key to the trusted keys; returns its key id."""
    raw, _org = parse_public_text(text)
    folder = trusted_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    kid = key_id(raw)
    target = folder / f"{kid}.pub"
    write_text(target, text.strip() + "\n")
    return kid


def known_keys(data_dir: Path) -> dict[str, bytes]:
    """key id → raw public key: this organisation's own key and every trusted one."""
    keys: dict[str, bytes] = {}
    own = keys_dir(data_dir) / PUBLIC_FILE
    for path in [own, *sorted(trusted_dir(data_dir).glob("*.pub"))]:
        try:
            raw, _org = parse_public_text(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, ValidationError):  # ValueError: not UTF-8 text
            continue
        keys[key_id(raw)] = raw
    return keys


def verify(public_raw: bytes, data: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True
