"""The laptop's certificate settings: how they become libpq's parameters (the address
wins), how a CA file is checked, where they are kept, and the CLI's options for one run."""

from __future__ import annotations

import io
import ssl
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict

from coach_app.cli import main
from coach_app.services import syncing
from coach_app.store.database import Database
from coach_app.sync import tls
from coach_app.sync.connection import ServerAddress, connect
from coach_app.sync.errors import CertificateProblem
from coach_app.sync.tls import ServerTls
from tests.sync.certificates import Certificates, make_certificates

URL = "postgresql://db.agency.local:5432/coach"
CA = "/etc/coach/agency-ca.crt"


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    return make_certificates(tmp_path_factory.mktemp("certs"))


@pytest.mark.parametrize(
    ("url", "settings", "expected"),
    [
        (URL, ServerTls(), {}),  # no CA: libpq's default, as before
        (URL, ServerTls(None, verify=False), {}),
        (URL, ServerTls(CA), {"sslmode": "verify-full", "sslrootcert": CA}),
        (URL, ServerTls(CA, verify=False), {"sslmode": "require"}),
        # The address says how to check the server: it wins, the settings add nothing.
        (f"{URL}?sslmode=verify-ca", ServerTls(CA), {}),
        (f"{URL}?sslmode=disable", ServerTls(CA), {}),
        (f"{URL}?sslrootcert=/other/ca.pem", ServerTls(CA, verify=False), {}),
        ("host=db.agency.local dbname=coach sslmode=require", ServerTls(CA), {}),
        ("host=db.agency.local dbname=coach", ServerTls(CA), {"sslmode": "verify-full",
                                                             "sslrootcert": CA}),
    ],
)  # fmt: skip
def test_settings_and_address_give_the_libpq_parameters(
    url: str, settings: ServerTls, expected: dict[str, str]
) -> None:
    assert settings.parameters(url) == expected


def test_one_runs_options_go_over_the_saved_settings() -> None:
    saved = ServerTls(CA, verify=True)
    assert saved.override() == saved
    assert saved.override(verify=False) == ServerTls(CA, verify=False)
    assert saved.override("/tmp/other.pem") == ServerTls("/tmp/other.pem", verify=True)
    assert ServerTls().override(CA) == ServerTls(CA, verify=True)


@pytest.fixture
def attempts(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Every connection attempt's parameters as libpq would read them (none is made)."""
    seen: list[dict[str, Any]] = []

    def attempt(conninfo: str, **kwargs: Any) -> None:
        seen.append({**conninfo_to_dict(conninfo), **kwargs})
        raise psycopg.OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr("coach_app.sync.connection.psycopg.connect", attempt)
    return seen


def test_the_connection_carries_the_parameters_and_the_address_wins(
    attempts: list[dict[str, Any]],
) -> None:
    for url, settings in (
        (URL, ServerTls(CA)),
        (f"{URL}?sslmode=verify-ca&sslrootcert=/url/ca.pem", ServerTls(CA)),
        ("postgresql://kim:secret@db.agency.local/coach", ServerTls(CA, verify=False)),
    ):
        with pytest.raises(Exception, match="서버에 연결할 수 없습니다"):
            connect(ServerAddress(url, "kim", tls=settings))
    full, url_wins, relaxed = attempts
    assert (full["sslmode"], full["sslrootcert"]) == ("verify-full", CA)
    assert (url_wins["sslmode"], url_wins["sslrootcert"]) == ("verify-ca", "/url/ca.pem")
    assert relaxed["sslmode"] == "require" and "sslrootcert" not in relaxed
    assert relaxed["password"] == "secret" and "secret" not in str(relaxed.get("host"))


def test_a_ca_file_must_be_a_readable_pem_certificate(
    tmp_path: Path, certificates: Certificates
) -> None:
    with pytest.raises(CertificateProblem, match="CA 인증서 파일이 없습니다"):
        tls.check_ca_file(str(tmp_path / "없는.crt"))
    with pytest.raises(CertificateProblem, match="없습니다"):
        tls.check_ca_file(str(tmp_path))  # a folder is no file
    text = tmp_path / "notes.pem"
    text.write_text("이것은 인증서가 아닙니다\n", encoding="utf-8")
    key_only = tmp_path / "ca.key.pem"
    key_only.write_bytes((certificates.ca.parent / "ca.key").read_bytes())
    der = tmp_path / "ca.der"
    der.write_bytes(ssl.PEM_cert_to_DER_cert(certificates.ca.read_text()))
    for wrong in (text, key_only, der):
        with pytest.raises(CertificateProblem, match="PEM 형식의 CA 인증서가 아닙니다"):
            tls.check_ca_file(str(wrong))
    assert tls.check_ca_file(str(certificates.ca)) == str(certificates.ca.resolve())


def test_the_settings_are_kept_whole_or_not_at_all(
    tmp_path: Path, certificates: Certificates
) -> None:
    with Database.open(tmp_path / "coach.sqlite3") as db:
        assert syncing.tls_settings(db) == ServerTls()
        syncing.save_tls_settings(db, str(certificates.ca), verify=False)
        with pytest.raises(CertificateProblem):
            syncing.save_tls_settings(db, str(tmp_path / "gone.crt"), verify=True)
        assert syncing.tls_settings(db) == ServerTls(str(certificates.ca), verify=False)
    with Database.open(tmp_path / "coach.sqlite3") as db:  # the next start reads them back
        assert syncing.tls_settings(db) == ServerTls(str(certificates.ca), verify=False)
        syncing.save_tls_settings(db, None, verify=True)
        assert syncing.tls_settings(db) == ServerTls()


def test_a_ca_file_gone_since_it_was_chosen_is_named(
    tmp_path: Path, certificates: Certificates, attempts: list[dict[str, Any]]
) -> None:
    ca = tmp_path / "ca.crt"
    ca.write_bytes(certificates.ca.read_bytes())
    with Database.open(tmp_path / "coach.sqlite3") as db:
        syncing.save_tls_settings(db, str(ca), verify=True)
        ca.unlink()
        with pytest.raises(CertificateProblem, match="CA 인증서 파일이 없습니다"):
            syncing.run_sync(db, URL, "kim", password="pw")
        # An address that sets its own sslrootcert does not need the settings' file.
        with pytest.raises(Exception, match="서버에 연결할 수 없습니다"):
            syncing.run_sync(db, f"{URL}?sslrootcert={certificates.ca}", "kim", password="pw")
    assert attempts[0]["sslrootcert"] == str(certificates.ca)


def test_the_cli_options_apply_to_one_run(
    tmp_path: Path,
    certificates: Certificates,
    attempts: list[dict[str, Any]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    database = str(tmp_path / "coach.sqlite3")
    base = ["sync", "--db", database, "--server", URL, "--user", "kim", "--password-stdin"]
    with Database.open(Path(database)) as db:
        syncing.save_tls_settings(db, str(certificates.ca), verify=True)

    def run(*extra: str) -> int:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("sys.stdin", io.StringIO("pw\n"))
            return main([*base, *extra])

    assert run() == 1  # the saved settings
    assert run("--no-verify-server") == 1
    assert "서버 인증서를 확인하지 않습니다" in capsys.readouterr().err
    assert run("--ca-file", str(certificates.other_ca)) == 1
    assert run("--ca-file", str(tmp_path / "none.pem")) == 1
    assert "CA 인증서 파일이 없습니다" in capsys.readouterr().err
    saved, relaxed, other = attempts  # the missing file stopped before connecting
    assert (saved["sslmode"], saved["sslrootcert"]) == ("verify-full", str(certificates.ca))
    assert relaxed["sslmode"] == "require" and "sslrootcert" not in relaxed
    assert other["sslrootcert"] == str(certificates.other_ca.resolve())
    with Database.open(Path(database)) as db:  # nothing of one run was kept
        assert syncing.tls_settings(db) == ServerTls(str(certificates.ca), verify=True)


def test_verify_takes_the_same_options(
    tmp_path: Path, certificates: Certificates, attempts: list[dict[str, Any]]
) -> None:
    database = str(tmp_path / "coach.sqlite3")
    with Database.open(Path(database)) as db:
        syncing.remember_server(db, URL, "kim")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdin", io.StringIO("pw\n"))
        code = main(
            ["verify", "--db", database, "--password-stdin", "--ca-file", str(certificates.ca)]
        )
    assert code == 1
    assert attempts[0]["sslmode"] == "verify-full"
    assert attempts[0]["sslrootcert"] == str(certificates.ca.resolve())
