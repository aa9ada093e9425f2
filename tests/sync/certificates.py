"""A CA and a server certificate made with ``openssl``, and a PostgreSQL cluster of our own
that speaks TLS with them (the shared test server has no TLS)."""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest


@dataclass(frozen=True)
class Certificates:
    ca: Path  # the agency's CA (PEM), what a laptop is given
    server_cert: Path  # issued by ``ca`` for the host name "localhost" only
    server_key: Path
    other_ca: Path  # a CA that issued nothing the server holds


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def _ca(folder: Path, name: str) -> None:
    _openssl(
        "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
        "-nodes", "-keyout", f"{name}.key", "-out", f"{name}.crt", "-days", "2",
        "-subj", f"/CN=Coach test {name}", cwd=folder,
    )  # fmt: skip


def make_certificates(folder: Path) -> Certificates:
    folder.mkdir(parents=True, exist_ok=True)
    _ca(folder, "ca")
    _ca(folder, "other_ca")
    _openssl(
        "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
        "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost", cwd=folder,
    )  # fmt: skip
    (folder / "server.ext").write_text("subjectAltName = DNS:localhost\n")
    _openssl(
        "x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "server.crt", "-days", "2", "-extfile", "server.ext",
        cwd=folder,
    )  # fmt: skip
    return Certificates(
        folder / "ca.crt", folder / "server.crt", folder / "server.key", folder / "other_ca.crt"
    )


def _postgres_bin() -> Path:
    found = subprocess.run(
        ["pg_config", "--bindir"], capture_output=True, text=True, check=False
    ).stdout.strip()
    if found and (Path(found) / "initdb").exists():
        return Path(found)
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: p.parts)
    if not versions:
        raise RuntimeError("PostgreSQL's server programs (initdb, pg_ctl) are needed")
    return versions[-1].parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class TlsCluster:
    port: int
    certificates: Certificates

    def url(self, host: str = "localhost", database: str = "postgres") -> str:
        return f"postgresql://postgres@{host}:{self.port}/{database}"


@contextlib.contextmanager
def tls_cluster() -> Iterator[TlsCluster]:
    """A throwaway cluster on a free port, TLS only, trust auth; stopped and removed after.

    PostgreSQL refuses to run as root, so as root the cluster runs as the ``postgres``
    user (which the server package creates)."""
    folder = Path(tempfile.mkdtemp(prefix="coach-tls-"))
    as_root = os.geteuid() == 0
    owner = pwd.getpwnam("postgres") if as_root else None

    def run(*command: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
        subprocess.run([*prefix, *command], check=True, capture_output=True, cwd=folder)

    data = folder / "data"
    bin_dir = _postgres_bin()
    started = False
    try:
        certificates = make_certificates(folder / "certs")
        if owner is not None:
            for path in (folder, folder / "certs", certificates.server_key):
                os.chown(path, owner.pw_uid, owner.pw_gid)
        certificates.server_key.chmod(0o600)
        run(str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
            "-E", "UTF8", "--no-sync")  # fmt: skip
        port = _free_port()
        with (data / "postgresql.conf").open("a") as conf:
            conf.write(
                f"port = {port}\nlisten_addresses = 'localhost'\n"
                f"unix_socket_directories = '{folder}'\nfsync = off\nssl = on\n"
                f"ssl_cert_file = '{certificates.server_cert}'\n"
                f"ssl_key_file = '{certificates.server_key}'\n"
            )
        # TLS or nothing: a connection without it matches no line and is refused.
        (data / "pg_hba.conf").write_text(
            "local all all trust\n"
            "hostssl all all 127.0.0.1/32 trust\n"
            "hostssl all all ::1/128 trust\n"
        )
        run(str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w",
            "-t", "30", "start")  # fmt: skip
        started = True
        yield TlsCluster(port, certificates)
    finally:
        if started:
            run(str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def tls_server() -> Iterator[TlsCluster]:
    """A TLS cluster holding an initialised database ``coach`` and the coach ``kim_coach``."""
    from coach_app.sync.server import add_user, init_server

    with tls_cluster() as found:
        ca = found.certificates.ca
        owner = f"{found.url()}?sslmode=verify-full&sslrootcert={ca}"
        with psycopg.connect(owner, autocommit=True) as connection:
            connection.execute("CREATE DATABASE coach")
        # The administrator's commands take the TLS settings in the address itself.
        admin_url = f"{found.url(database='coach')}?sslmode=verify-full&sslrootcert={ca}"
        init_server(admin_url)
        add_user(admin_url, "kim_coach", "coach", "김코치")
        yield found
