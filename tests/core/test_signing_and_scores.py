"""The organisation key pair (signing, trusted keys) and the knowledge-gain figures."""

from __future__ import annotations

import os
import stat

import pytest

from workshop_kit import signing
from workshop_kit.errors import ValidationError
from workshop_kit.participants import enrolled
from workshop_kit.quizscores import knowledge_gain, record_score


def test_key_pair_is_created_once_and_private_file_is_private(data_dir):
    first = signing.load_or_create(data_dir)
    again = signing.load_or_create(data_dir)
    assert first.public_raw == again.public_raw
    private = signing.keys_dir(data_dir) / signing.PRIVATE_FILE
    if os.name == "posix":
        assert stat.S_IMODE(private.stat().st_mode) == 0o600
    sig = first.sign(b"certificate 42")
    assert signing.verify(first.public_raw, b"certificate 42", sig)
    assert not signing.verify(first.public_raw, b"certificate 43", sig)


def test_another_organisations_key_verifies_only_once_trusted(tmp_path, data_dir):
    other_dir = tmp_path / "other"
    other = signing.load_or_create(other_dir)
    text = (signing.keys_dir(other_dir) / signing.PUBLIC_FILE).read_text(encoding="utf-8")
    signing.load_or_create(data_dir)
    assert other.key_id not in signing.known_keys(data_dir)
    assert signing.trust_public_key(data_dir, text) == other.key_id
    assert signing.known_keys(data_dir)[other.key_id] == other.public_raw
    with pytest.raises(ValidationError):
        signing.trust_public_key(data_dir, "not a key")
    damaged = text.replace(text.split()[2][:4], "AAAA", 1)
    with pytest.raises(ValidationError):
        signing.trust_public_key(data_dir, damaged)


def test_knowledge_gain_per_module_and_overall(db, demo):
    people = enrolled(db, demo.id)
    record_score(db, demo.id, people[0].id, "m01", pre=2, post=5, max_score=6)
    record_score(db, demo.id, people[1].id, "m01", pre=3, max_score=6)
    record_score(db, demo.id, people[1].id, "m01", post=6, max_score=6)  # post added later keeps pre
    record_score(db, demo.id, people[2].id, "m02", pre=4, max_score=8)  # no post: not counted
    gain = knowledge_gain(db, demo.id)
    assert gain["modules"] == [{"module": "m01", "participants": 2, "pre_pct": 41.7, "post_pct": 91.7, "gain_pct": 50.0}]
    assert gain["overall"]["participants"] == 2 and gain["overall"]["gain_pct"] == 50.0
    with pytest.raises(ValidationError):
        record_score(db, demo.id, people[0].id, "m01", pre=7, max_score=6)
