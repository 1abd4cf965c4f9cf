"""The static verification page, opened in a real headless Chromium (Debian's, driven by Playwright).

A genuine certificate shows "authentic"; one changed byte shows "damaged"; a revoked one "revoked";
a code signed by another key "unknown signer"; the page makes no network request at all.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import quote

import pytest

from workshop_kit import certcode, certificates, signing, verifypage
from workshop_kit.qr import decode_file
from workshop_kit.settings import load, save

from ..certhelpers import attend_demo

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture
def issued(db, demo, data_dir, tmp_path):
    settings = load(data_dir)
    settings["organisation_name"] = "Association Tilila"
    settings["verify_url"] = "https://tilila.example.org/attestations/verify.html"
    save(data_dir, settings)
    attend_demo(db, demo.id)
    return certificates.generate(db, data_dir, demo.id, tmp_path / "out").issued


def test_qr_opens_the_page_with_the_code_in_the_fragment(issued, data_dir, db) -> None:
    cert = issued[0]
    assert cert.qr.startswith("https://tilila.example.org/attestations/verify.html#WKC1.")
    # the app still verifies what the QR holds
    assert certificates.verify(data_dir, cert.qr, db)["valid"]


def test_qr_with_the_page_address_decodes_from_the_rendered_certificate(issued, tmp_path) -> None:
    """Printed size: the QR image of the certificate, as placed in the .docx, decodes with zxing."""
    import zipfile

    from docx import Document

    path = issued[0].file
    doc = Document(str(path))
    shapes = [s for s in doc.inline_shapes]
    assert shapes, "the certificate has its QR picture"
    width_mm = max(s.width for s in shapes) / 36000
    assert width_mm >= 20  # printed at least 2 cm wide
    with zipfile.ZipFile(path) as z:
        media = [n for n in z.namelist() if n.startswith("word/media/")]
        found = []
        for name in media:
            png = tmp_path / Path(name).name
            png.write_bytes(z.read(name))
            found += decode_file(png)
    assert issued[0].qr in found


def test_revocation_list_is_signed_and_holds_no_names(issued, db, data_dir, tmp_path) -> None:
    import json

    certificates.revoke(db, issued[1].number, "error in the name")
    result = verifypage.write_page(db, data_dir, tmp_path / "site", "Association Tilila")
    html = result.path.read_text(encoding="utf-8")
    assert result.revoked == 1 and result.certificates == len(issued)
    for cert in issued:
        assert cert.name not in html  # names travel only in the QR fragment
    data = json.loads(html.split("const DATA = ", 1)[1].split(";\n", 1)[0])
    listed = data["revocations"]
    keys = signing.load_or_create(data_dir)
    assert signing.verify(keys.public_raw, signing.unb64(listed["list"]), signing.unb64(listed["sig"]))
    assert json.loads(signing.unb64(listed["list"]))["revoked"] == [issued[1].number]


def test_cli_writes_the_page_and_remembers_the_address(data_dir, tmp_path, capsys) -> None:
    from workshop_kit.cli import main

    assert main(["certificates", "verify-page", "-o", str(tmp_path / "site"), "--url", "https://x.example/v.html"]) == 0
    assert (tmp_path / "site" / "verify.html").exists()
    assert load(data_dir)["verify_url"] == "https://x.example/v.html"
    assert "verify.html" in capsys.readouterr().out


# ---------------------------------------------------------------- in a real browser
@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed (scripts/bootstrap.sh --test installs it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic"])
        yield b
        b.close()


def _open(browser, page_path: Path, fragment: str = "", lang: str = "fr") -> tuple[str, dict, list[str]]:
    """(state shown, texts, every request the page made other than itself)."""
    context = browser.new_context(locale={"fr": "fr-FR", "ar": "ar-MA", "en": "en-GB"}[lang])
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    url = page_path.as_uri() + (f"#{quote(fragment, safe='.-_~')}" if fragment else "")
    page.goto(url)
    page.wait_for_selector("body[data-done='1']", timeout=10_000)
    state = page.get_attribute("#result", "data-state") or ""
    texts = {"verdict": page.inner_text("#verdict") if state else "", "details": page.inner_text("#details"),
             "fresh": page.inner_text("#freshness"), "dir": page.evaluate("document.documentElement.dir")}
    context.close()
    others = [u for u in requests if u.split("#", 1)[0] != page_path.as_uri()]
    return state, texts, others


def test_page_in_a_real_browser(browser, issued, db, data_dir, tmp_path) -> None:
    certificates.revoke(db, issued[1].number, "error in the name")
    page = verifypage.write_page(db, data_dir, tmp_path / "site", "Association Tilila").path

    code = certcode.strip_page_address(issued[0].qr)
    state, texts, requests = _open(browser, page, code)
    assert state == "authentic", texts
    assert issued[0].name in texts["details"] and issued[0].number in texts["details"]
    hours = certcode.parse_qr_text(issued[0].qr)[0].hours
    assert hours and float(hours) > 0 and hours in texts["details"]  # the signed hours attended
    assert "Authentique" in texts["verdict"]
    assert page.stat().st_mtime and load(data_dir)["verify_url"]
    assert requests == []  # nothing leaves the page

    # one byte changed in the signed payload
    prefix, payload, sig = code.split(".")
    raw = bytearray(signing.unb64(payload))
    raw[-1] ^= 0x01
    state, _t, requests = _open(browser, page, f"{prefix}.{signing.b64(bytes(raw))}.{sig}")
    assert state == "damaged" and requests == []

    state, texts, _r = _open(browser, page, certcode.strip_page_address(issued[1].qr), lang="ar")
    assert state == "revoked" and texts["verdict"] == "ملغاة" and texts["dir"] == "rtl"

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    other = Ed25519PrivateKey.generate()
    other_id = signing.key_id(other.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
    forged = certcode.CertPayload(other_id, "2026-ZZZZ-0001", "Someone", "Atelier", "2026-01-01", "2026-01-02")
    state, texts, _r = _open(browser, page, certcode.qr_text(forged, other.sign(forged.encode())), lang="en")
    assert state == "unknown" and texts["verdict"] == "Unknown signer"

    # the short code printed beside the QR: found, with no name
    state, texts, _r = _open(browser, page, issued[0].code)
    assert state == "authentic" and issued[0].name not in texts["details"]
    assert issued[0].number in texts["details"]
    assert load(data_dir)["organisation_name"]


def test_republishing_updates_revocations(browser, issued, db, data_dir, tmp_path) -> None:
    site = tmp_path / "site"
    page = verifypage.write_page(db, data_dir, site, "Association Tilila").path
    code = certcode.strip_page_address(issued[2].qr)
    assert _open(browser, page, code)[0] == "authentic"
    certificates.revoke(db, issued[2].number, "withdrawn")
    verifypage.write_page(db, data_dir, site, "Association Tilila")
    assert _open(browser, page, code)[0] == "revoked"


def test_a_page_whose_revocation_list_was_edited_says_so(browser, issued, db, data_dir, tmp_path) -> None:
    page = verifypage.write_page(db, data_dir, tmp_path / "site", "Association Tilila").path
    html = page.read_text(encoding="utf-8")
    import json

    data = json.loads(html.split("const DATA = ", 1)[1].split(";\n", 1)[0])
    body = json.loads(signing.unb64(data["revocations"]["list"]))
    body["revoked"] = []
    tampered = dict(data, revocations=dict(data["revocations"], list=signing.b64(json.dumps(body).encode())))
    page.write_text(html.replace(json.dumps(data, ensure_ascii=False), json.dumps(tampered, ensure_ascii=False)),
                    encoding="utf-8")
    state, _t, _r = _open(browser, page, certcode.strip_page_address(issued[0].qr))
    assert state == "damaged"
