"""PII vault: round trips, tamper detection, keyed hashes that ignore formatting."""

from __future__ import annotations

import base64
import os

import pytest

from workflows.privacy.vault import DecryptionError, PiiVault, mask_phone


@pytest.fixture
def vault() -> PiiVault:
    return PiiVault(os.urandom(32), b"hash-key-for-tests")


def test_encrypt_round_trips_and_hides_plaintext(vault: PiiVault) -> None:
    token = vault.encrypt("13812345678", context="candidate.phone")
    assert "13812345678" not in token
    assert vault.decrypt(token, context="candidate.phone") == "13812345678"


def test_same_plaintext_encrypts_differently(vault: PiiVault) -> None:
    assert vault.encrypt("张伟") != vault.encrypt("张伟")


def test_wrong_context_or_key_fails(vault: PiiVault) -> None:
    token = vault.encrypt("zhangwei@example.com", context="candidate.email")
    with pytest.raises(DecryptionError):
        vault.decrypt(token, context="candidate.phone")
    other = PiiVault(os.urandom(32), b"hash-key-for-tests")
    with pytest.raises(DecryptionError):
        other.decrypt(token, context="candidate.email")


def test_tampered_ciphertext_is_detected(vault: PiiVault) -> None:
    token = vault.encrypt("secret")
    raw = bytearray(base64.urlsafe_b64decode(token.split(":", 1)[1]))
    # Flip a bit in the ciphertext proper (flipping a base64 character may only touch padding).
    raw[14] ^= 0x01
    with pytest.raises(DecryptionError):
        vault.decrypt("v1:" + base64.urlsafe_b64encode(bytes(raw)).decode())


def test_phone_hash_ignores_formatting_and_country_code(vault: PiiVault) -> None:
    h = vault.keyed_hash("phone", "13812345678")
    assert h == vault.keyed_hash("phone", "+86 138-1234-5678")
    assert h == vault.keyed_hash("phone", "0086 13812345678")
    assert h != vault.keyed_hash("phone", "13812345679")


def test_hash_depends_on_key_and_empty_values_have_none(vault: PiiVault) -> None:
    other = PiiVault(os.urandom(32), b"another-key")
    assert vault.keyed_hash("email", "a@b.cn") != other.keyed_hash("email", "a@b.cn")
    assert vault.keyed_hash("email", "  ") is None
    assert vault.identity_hash("张伟", "", 1990) is None
    assert vault.identity_hash("张伟", "浙江大学", 1990) == vault.identity_hash(
        "张伟 ", "浙江大学", 1990
    )


def test_mask_phone() -> None:
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("") == ""
