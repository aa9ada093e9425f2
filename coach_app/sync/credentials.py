"""Passwords live in the operating system's keyring, never in a settings file or a message.

A server address may arrive with a password in it (``postgresql://kim:secret@host/coach``,
or ``password=secret`` in a key=value string): it is taken out before the address is
shown, logged or saved. Without a keyring the password typed once is kept in memory for
the rest of the run, so nobody is asked twice; libpq's own ``PGPASSWORD`` and
``~/.pgpass`` work as well, since no password given here means libpq looks there.
"""

from __future__ import annotations

import contextlib
import re
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

SERVICE = "coach-app"
# Typed during this run, for when the machine has no keyring: (address key) → password.
_THIS_RUN: dict[str, str] = {}

_URL = re.compile(r"postgres(?:ql)?://[^\s'\"<>]+")
_USERINFO = re.compile(r"(://[^:/@\s]*):([^@\s]*)@")
_KEYWORD = re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", re.IGNORECASE)


def split_password(url: str) -> tuple[str, str | None]:
    """The address without its password, and the password it carried (if any)."""
    if "://" not in url:
        found = _KEYWORD.search(url)
        password = found.group(2).strip("'") if found else None
        return _KEYWORD.sub("", url).strip(), password
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:  # not a URL libpq could use either; still keep its password out
        found = _USERINFO.search(url)
        return _USERINFO.sub(r"\1@", url), unquote(found.group(2)) if found else None
    netloc = parts.netloc
    if password is not None:
        userinfo, _, host = netloc.rpartition("@")
        user = userinfo.split(":", 1)[0]
        netloc = f"{user}@{host}" if user else host
    query = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in query if k.lower() != "password"]
    if len(kept) != len(query):
        password = password or next(v for k, v in query if k.lower() == "password")
    # A path stays readable (sslrootcert=/etc/coach/ca.crt, not %2Fetc%2F…).
    query_text = urlencode(kept, safe="/")
    clean = urlunsplit((parts.scheme, netloc, parts.path, query_text, parts.fragment))
    return clean, unquote(password) if password is not None else None


def without_password(text: str) -> str:
    """``text`` (a message, a log line) with every address's password taken out."""
    text = _URL.sub(lambda m: split_password(m.group(0))[0], text)
    return _KEYWORD.sub(r"\1***", text)


def _key(url: str, login: str) -> str:
    parts = urlsplit(split_password(url)[0])
    return f"{login}@{parts.hostname or 'localhost'}:{parts.port or 5432}{parts.path}"


def has_keyring() -> bool:
    """Whether passwords can be kept between runs on this machine."""
    import keyring  # loaded when a password is needed, not with every log line

    try:
        return float(getattr(keyring.get_keyring(), "priority", 0)) > 0
    except Exception:  # a broken backend is no keyring
        return False


def get_password(url: str, login: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    key = _key(url, login)
    if key in _THIS_RUN:
        return _THIS_RUN[key]
    try:
        return keyring.get_password(SERVICE, key)
    except KeyringError:
        return None


def store_password(url: str, login: str, password: str) -> bool:
    """Keep the password; False when this machine has no keyring to keep it in (it is
    then kept for this run only)."""
    import keyring
    from keyring.errors import KeyringError

    _THIS_RUN[_key(url, login)] = password
    if not has_keyring():
        return False
    try:
        keyring.set_password(SERVICE, _key(url, login), password)
    except KeyringError:
        return False
    return True


def forget_password(url: str, login: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    _THIS_RUN.pop(_key(url, login), None)
    with contextlib.suppress(KeyringError):
        keyring.delete_password(SERVICE, _key(url, login))
