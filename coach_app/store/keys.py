"""The data key: made at first start, kept in the OS keyring, recoverable elsewhere.

One random 256-bit data key encrypts a folder's database and files. Beside them,
``coach-key.json`` holds no secret in the clear: the data key wrapped (AES-GCM) by a key
derived from the recovery key (shown once, to be written down) and, where set, by one
derived from a passphrase (scrypt). The keyring holds the data key itself, so a normal
start asks nothing. Without a keyring (a headless Linux) the passphrase is asked at start,
or read from ``COACH_PASSPHRASE`` (which may also hold the recovery key) for scripts.

The recovery key made at set-up stays in the key file, sealed by the data key, until the
window or the command line has shown it and the user said it is written down: a start
killed before that shows it again rather than losing it.
"""

from __future__ import annotations

import base64
import hmac
import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from coach_app.domain.messages import pick
from coach_app.store import crypto
from coach_app.store.errors import StoreError

KEY_FILE = "coach-key.json"
ENV_PASSPHRASE = "COACH_PASSPHRASE"
# A keyring backend class for the data keys only ("package.module.Class"); the tests use
# a private one, so they run on machines with no keyring daemon.
ENV_KEYRING = "COACH_KEYRING_BACKEND"
SERVICE = "coach-app"
SCRYPT_N = 2**15  # about 0.1-0.3 s and 32 MB: once a start, and only without a keyring
RECOVERY_BYTES = 20  # 160 bits: 32 letters and digits in groups of four
MIN_PASSPHRASE = 8
TRIES = 5


class DataLocked(StoreError):
    """The data is encrypted and nothing given here unlocks it."""


class WrongSecret(DataLocked):
    pass


@dataclass(frozen=True)
class Ask:
    """What a prompt asks: a new passphrase to choose, or the passphrase / recovery key."""

    folder: Path
    creating: bool
    problem: str = ""


Prompt = Callable[[Ask], "str | None"]
_prompt: Prompt | None = None


def set_prompt(prompt: Prompt | None) -> None:
    """How to ask the user (a dialog in the window, the terminal for commands)."""
    global _prompt
    _prompt = prompt


def key_file(folder: Path) -> Path:
    return Path(folder) / KEY_FILE


def unlock(folder: Path, *, create: bool = True) -> bytes | None:
    """The data key of ``folder`` (made if there is none and ``create``); None when running
    unencrypted for a benchmark. Raises DataLocked when it cannot be had."""
    if crypto.plain_for_benchmark():
        return None
    folder = Path(folder).absolute()
    key = crypto.known_key(folder)
    if key is not None:
        return key
    path = key_file(folder)
    if not path.exists() and create:
        with crypto.folder_lock(folder):
            if not path.exists():  # another process may have made it meanwhile
                key = _create(folder)
                crypto.remember(folder, key)
                return key
    if path.exists():
        key = _open(folder, KeyFile.load(path))
    else:
        raise DataLocked(
            pick(
                f"데이터가 암호화되어 있으나 키 파일이 없습니다: {path}\n"
                "원래 폴더의 coach-key.json을 이 폴더에 복사한 뒤 복구 키로 여세요.",
                f"The data is encrypted but its key file is missing: {path}\n"
                "Copy coach-key.json from the original folder here, then open it "
                "with the recovery key.",
            ),
            path,
        )
    crypto.remember(folder, key)
    return key


def recovery_to_show(folder: Path) -> str | None:
    """The recovery key made at set-up, while it has not been shown and confirmed."""
    key = crypto.known_key(folder)
    path = key_file(folder)
    if key is None or not path.exists():
        return None
    sealed = KeyFile.load(path).unshown_recovery
    if sealed is None:
        return None
    return crypto.Sealer(key, "recovery to show").open(_b64(sealed)).decode()


def recovery_shown(folder: Path) -> None:
    """The user has written the recovery key down: it is no longer kept to be shown."""
    path = key_file(folder)
    found = KeyFile.load(path)
    if found.unshown_recovery is not None:
        found.unshown_recovery = None
        found.save(path)


def new_recovery_key(folder: Path) -> str:
    """Replace the recovery key (the old one no longer opens anything); returns the new."""
    key = _unlocked(folder)
    path = key_file(folder)
    found = KeyFile.load(path)
    recovery = make_recovery_key()
    found.slots["recovery"] = _wrap(_recovery_kek(recovery), key, "recovery", found.id)
    found.unshown_recovery = None
    found.save(path)
    return recovery


def set_passphrase(folder: Path, passphrase: str) -> None:
    """Let ``passphrase`` open the data (replacing an earlier passphrase)."""
    _check_passphrase(passphrase)
    key = _unlocked(folder)
    path = key_file(folder)
    found = KeyFile.load(path)
    found.slots["passphrase"] = _passphrase_slot(passphrase, key, found.id)
    found.save(path)


def make_recovery_key() -> str:
    text = base64.b32encode(os.urandom(RECOVERY_BYTES)).decode()
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def _recovery_bytes(text: str) -> bytes | None:
    compact = "".join(text.split()).replace("-", "").upper()
    if len(compact) != RECOVERY_BYTES * 8 // 5:
        return None
    try:
        return base64.b32decode(compact)
    except ValueError:
        return None


def has_keyring() -> bool:
    return _keyring() is not None


def _keyring() -> Any | None:
    """The keyring to keep data keys in, or None when this machine has none."""
    import keyring
    from keyring import core

    try:
        chosen = os.environ.get(ENV_KEYRING)
        backend = core.load_keyring(chosen) if chosen else keyring.get_keyring()
        return backend if float(getattr(backend, "priority", 0)) > 0 else None
    except Exception:  # a broken backend is no keyring
        return None


def _keyring_name(key_id: str) -> str:
    return f"data-key:{key_id}"


def _store_in_keyring(key_id: str, key: bytes) -> bool:
    backend = _keyring()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, _keyring_name(key_id), key.hex())
    except Exception:  # a locked or broken keyring: the passphrase is then the way in
        return False
    return True


def _from_keyring(key_id: str) -> bytes | None:
    backend = _keyring()
    if backend is None:
        return None
    try:
        value = backend.get_password(SERVICE, _keyring_name(key_id))
        return bytes.fromhex(value) if value else None
    except Exception:
        return None


def _create(folder: Path) -> bytes:
    key = crypto.new_key()
    key_id = str(uuid.uuid4())
    passphrase = os.environ.get(ENV_PASSPHRASE) or None
    # The keyring first: a start killed between the two leaves no key file (a new key is
    # made next time, nothing encrypted yet), never a key file whose key is nowhere.
    stored = _store_in_keyring(key_id, key)
    if passphrase is None and not stored:
        passphrase = _ask_new_passphrase(folder)
    elif passphrase is not None:
        _check_passphrase(passphrase)
    recovery = make_recovery_key()
    found = KeyFile(
        id=key_id,
        check=_check_value(key),
        slots={"recovery": _wrap(_recovery_kek(recovery), key, "recovery", key_id)},
        unshown_recovery=base64.b64encode(
            crypto.Sealer(key, "recovery to show").seal(recovery.encode())
        ).decode(),
    )
    if passphrase is not None:
        found.slots["passphrase"] = _passphrase_slot(passphrase, key, key_id)
    found.save(key_file(folder))
    return key


def _open(folder: Path, found: KeyFile) -> bytes:
    key = _from_keyring(found.id)
    if key is not None and found.checks(key):
        return key
    given = os.environ.get(ENV_PASSPHRASE) or None
    if given is not None:
        key = found.unlock_with(given)
        if key is None:
            raise WrongSecret(
                pick(
                    f"{ENV_PASSPHRASE}의 암호 또는 복구 키가 맞지 않습니다. "
                    f"데이터를 열지 않았습니다: {folder}",
                    f"The passphrase or recovery key in {ENV_PASSPHRASE} is wrong. "
                    f"Nothing was opened: {folder}",
                ),
                folder,
            )
    else:
        key = _ask_until_right(folder, found)
    stored = _store_in_keyring(found.id, key)
    if not stored and "passphrase" not in found.slots:
        # Opened with the recovery key on a machine without a keyring: a passphrase is
        # then the way in at the next start.
        found.slots["passphrase"] = _passphrase_slot(_ask_new_passphrase(folder), key, found.id)
        found.save(key_file(folder))
    return key


def _ask_until_right(folder: Path, found: KeyFile) -> bytes:
    problem = ""
    for _ in range(TRIES):
        secret = _ask(Ask(folder, creating=False, problem=problem))
        key = found.unlock_with(secret)
        if key is not None:
            return key
        problem = pick(
            "암호 또는 복구 키가 맞지 않습니다. 다시 입력하세요.",
            "The passphrase or recovery key is wrong. Type it again.",
        )
    raise WrongSecret(
        pick(
            "암호 또는 복구 키가 맞지 않아 데이터를 열지 않았습니다.",
            "The passphrase or recovery key is wrong, so nothing was opened.",
        ),
        folder,
    )


def _ask_new_passphrase(folder: Path) -> str:
    problem = ""
    for _ in range(TRIES):
        passphrase = _ask(Ask(folder, creating=True, problem=problem))
        if len(passphrase) >= MIN_PASSPHRASE:
            return passphrase
        problem = _short_passphrase()
    raise DataLocked(_short_passphrase(), folder)


def _ask(ask: Ask) -> str:
    answer = _prompt(ask) if _prompt is not None else None
    if answer is None:
        raise DataLocked(_locked_message(ask), ask.folder)
    return answer


def _locked_message(ask: Ask) -> str:
    if ask.creating:
        return pick(
            "이 컴퓨터에는 키를 보관할 키링이 없어 데이터를 암호화할 암호가 필요합니다. "
            f"창에서 암호를 정하거나, 스크립트에서는 환경 변수 {ENV_PASSPHRASE}에 "
            "암호(8자 이상)를 넣어 실행하세요.",
            "This computer has no keyring to keep the key in, so a passphrase is needed to "
            "encrypt the data. Choose one in the window, or for scripts put a passphrase "
            f"(8 characters or more) in the environment variable {ENV_PASSPHRASE}.",
        )
    return pick(
        f"데이터가 암호화되어 있습니다: {ask.folder}\n"
        "암호 또는 복구 키를 입력하세요(스크립트에서는 환경 변수 "
        f"{ENV_PASSPHRASE}). 입력하지 않아 열지 않았습니다.",
        f"The data is encrypted: {ask.folder}\n"
        f"Type the passphrase or the recovery key (for scripts: the environment variable "
        f"{ENV_PASSPHRASE}). Nothing was typed, so nothing was opened.",
    )


def _short_passphrase() -> str:
    return pick(
        f"암호는 {MIN_PASSPHRASE}자 이상이어야 합니다.",
        f"The passphrase must have {MIN_PASSPHRASE} characters or more.",
    )


def _check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise DataLocked(_short_passphrase())


def _unlocked(folder: Path) -> bytes:
    key = crypto.known_key(folder)
    if key is None:
        key = unlock(folder, create=False)
    if key is None:
        raise DataLocked(pick("암호화되지 않은 실행입니다.", "This run is not encrypted."))
    return key


def _check_value(key: bytes) -> str:
    return crypto.derive(key, "key check v1")[:16].hex()


def _recovery_kek(recovery: str) -> bytes:
    raw = _recovery_bytes(recovery)
    assert raw is not None
    # 160 random bits need no slow derivation: nobody can try them all.
    return crypto.derive(raw, "recovery key v1")


def _passphrase_kek(passphrase: str, salt: bytes, n: int) -> bytes:
    return Scrypt(salt=salt, length=crypto.KEY_SIZE, n=n, r=8, p=1).derive(passphrase.encode())


def _passphrase_slot(passphrase: str, key: bytes, key_id: str) -> dict[str, Any]:
    salt = os.urandom(16)
    slot = _wrap(_passphrase_kek(passphrase, salt, SCRYPT_N), key, "passphrase", key_id)
    slot.update({"kdf": "scrypt", "salt": base64.b64encode(salt).decode(), "n": SCRYPT_N})
    return slot


def _wrap(kek: bytes, key: bytes, label: str, key_id: str) -> dict[str, Any]:
    nonce = os.urandom(crypto.NONCE_SIZE)
    wrapped = AESGCM(kek).encrypt(nonce, key, f"coach key {label} {key_id}".encode())
    return {
        "nonce": base64.b64encode(nonce).decode(),
        "wrapped": base64.b64encode(wrapped).decode(),
    }


def _unwrap(kek: bytes, slot: dict[str, Any], label: str, key_id: str) -> bytes | None:
    try:
        return AESGCM(kek).decrypt(
            _b64(slot["nonce"]), _b64(slot["wrapped"]), f"coach key {label} {key_id}".encode()
        )
    except (InvalidTag, KeyError, ValueError):
        return None


def _b64(text: str) -> bytes:
    return base64.b64decode(text.encode())


@dataclass
class KeyFile:
    id: str
    check: str
    slots: dict[str, dict[str, Any]]
    unshown_recovery: str | None = None
    version: int = 1

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            data = json.loads(path.read_text("utf-8"))
            return cls(
                id=str(data["id"]),
                check=str(data["check"]),
                slots=dict(data["slots"]),
                unshown_recovery=data.get("unshown_recovery"),
                version=int(data["version"]),
            )
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise DataLocked(
                pick(
                    f"키 파일을 읽을 수 없습니다: {path}\n원인: {error}",
                    f"The key file cannot be read: {path}\nReason: {error}",
                ),
                path,
            ) from error

    def save(self, path: Path) -> None:
        data = {
            "version": self.version,
            "id": self.id,
            "check": self.check,
            "slots": self.slots,
            "unshown_recovery": self.unshown_recovery,
        }
        crypto.write_atomically(path, json.dumps(data, indent=1).encode())

    def checks(self, key: bytes) -> bool:
        return hmac.compare_digest(_check_value(key), self.check)

    def unlock_with(self, secret: str) -> bytes | None:
        """The data key if ``secret`` is the recovery key or the passphrase."""
        raw = _recovery_bytes(secret)
        if raw is not None and "recovery" in self.slots:
            key = _unwrap(_recovery_kek(secret), self.slots["recovery"], "recovery", self.id)
            if key is not None and self.checks(key):
                return key
        slot = self.slots.get("passphrase")
        if slot is not None:
            kek = _passphrase_kek(secret, _b64(slot["salt"]), int(slot["n"]))
            key = _unwrap(kek, slot, "passphrase", self.id)
            if key is not None and self.checks(key):
                return key
        return None
