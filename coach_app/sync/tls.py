"""How this laptop checks the server's TLS certificate: the CA file and "verify the server".

Saved in the local database next to the server address (a setting of this laptop, not of
one run). The mapping to libpq's parameters:

- no CA file: nothing is added, so libpq's default applies as before (``prefer``: TLS when
  the server offers it, its certificate unchecked; ``PGSSLMODE`` and friends still work);
- a CA file, verifying (the default): ``sslmode=verify-full`` with ``sslrootcert`` = the
  file, so the certificate must come from that CA *and* name the host in the address;
- a CA file, not verifying: ``sslmode=require``, encrypted but the server unchecked (an
  administrator's stopgap while a certificate is put right; the settings warn).

An ``sslmode`` or ``sslrootcert`` written in the server address wins: the settings then add
nothing, so an administrator's explicit address means exactly what it says.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from pathlib import Path

from coach_app.domain.messages import pick
from coach_app.store.database import Database
from coach_app.sync.errors import CertificateProblem

KEY = "server_tls"
# Address parameters that mean the address already says how to check the server.
_EXPLICIT = ("sslmode", "sslrootcert")


@dataclass(frozen=True)
class ServerTls:
    ca_file: str | None = None  # a PEM file with the agency's CA certificate(s)
    verify: bool = True  # check the certificate and the host name (with a CA file)

    def parameters(self, url: str) -> dict[str, str]:
        """What to add to the connection to ``url`` (see the module's mapping)."""
        if not self.ca_file or explicit_in(url):
            return {}
        if not self.verify:
            return {"sslmode": "require"}
        return {"sslmode": "verify-full", "sslrootcert": self.ca_file}

    def override(self, ca_file: str | None = None, verify: bool | None = None) -> ServerTls:
        """These settings with one run's command-line choices on top."""
        return ServerTls(
            ca_file if ca_file is not None else self.ca_file,
            verify if verify is not None else self.verify,
        )


def explicit_in(url: str) -> bool:
    """Whether the address itself sets how the server is checked."""
    import psycopg  # loaded with the first connection, not with the window
    from psycopg.conninfo import conninfo_to_dict

    try:
        given = conninfo_to_dict(url)
    except psycopg.ProgrammingError:  # connecting will say what is wrong with it
        return False
    return any(given.get(name) for name in _EXPLICIT)


def check_ca_file(path: str) -> str:
    """The CA file's absolute path, once it is known to be a readable PEM certificate."""
    found = Path(path).expanduser()
    if not found.is_file():
        raise CertificateProblem(
            pick(
                f"CA 인증서 파일이 없습니다: {path}\n관리자에게 받은 .crt 또는 .pem 파일을 "
                "고르세요.",
                f"The CA certificate file does not exist: {path}\nChoose the .crt or .pem "
                "file your administrator gave you.",
            )
        )
    try:
        found.read_bytes()
    except OSError as error:
        raise CertificateProblem(
            pick(
                f"CA 인증서 파일을 읽을 수 없습니다: {path} ({error.strerror})",
                f"The CA certificate file cannot be read: {path} ({error.strerror})",
            )
        ) from None
    try:
        ssl.create_default_context(cafile=str(found))
    except (ssl.SSLError, ValueError, UnicodeDecodeError):
        raise CertificateProblem(
            pick(
                f"PEM 형식의 CA 인증서가 아닙니다: {path}\n'-----BEGIN CERTIFICATE-----'로 "
                "시작하는 파일이어야 합니다 (DER 형식이면 관리자에게 PEM으로 받으세요).",
                f"Not a CA certificate in PEM format: {path}\nThe file must start with "
                "'-----BEGIN CERTIFICATE-----' (ask your administrator for PEM instead of "
                "DER).",
            )
        ) from None
    return str(found.resolve())


def load(db: Database) -> ServerTls:
    saved = db.setting(KEY) or {}
    return ServerTls(saved.get("ca_file") or None, bool(saved.get("verify", True)))


def save(db: Database, tls: ServerTls) -> ServerTls:
    """Keep the settings for every later connection, the CA file checked first."""
    kept = ServerTls(check_ca_file(tls.ca_file) if tls.ca_file else None, tls.verify)
    db.set_setting(KEY, {"ca_file": kept.ca_file, "verify": kept.verify})
    return kept
