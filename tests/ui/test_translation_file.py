"""The English translation file is current with the code, complete, and holds nothing
obsolete; Korean mode gets Qt's own dialogs in Korean."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "coach_en.ts"
GONE = ("obsolete", "vanished")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def _lupdate() -> Path:
    return Path(sys.executable).with_name("pyside6-lupdate")


def test_the_translation_file_is_current_with_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)  # so lupdate reports what changed against the file as it is
    sources = sorted(
        [str(p) for p in (ROOT / "coach_app" / "ui").glob("*.py")]
        + [str(p) for p in (ROOT / "forms").glob("*.ui")]
    )
    subprocess.run(
        [
            str(_lupdate()),
            "-silent",
            "-no-obsolete",
            "-source-language",
            "ko_KR",
            "-target-language",
            "en_GB",
            *sources,
            "-ts",
            str(fresh),
        ],
        check=True,
        cwd=ROOT,
    )
    in_code = set(_messages(fresh))
    in_file = {
        key
        for key, message in _messages(TS).items()
        if (translation := message.find("translation")) is None
        or translation.get("type") not in GONE
    }
    assert sorted(in_code - in_file) == [], (
        "strings missing from coach_en.ts: make update-translations"
    )
    assert sorted(in_file - in_code) == [], "coach_en.ts holds strings the code no longer has"


def test_no_obsolete_entries() -> None:
    gone = [
        key
        for key, message in _messages(TS).items()
        if (translation := message.find("translation")) is not None
        and translation.get("type") in GONE
    ]
    assert gone == []


def test_every_string_has_its_english() -> None:
    missing = [
        key
        for key, message in _messages(TS).items()
        if (translation := message.find("translation")) is None
        or translation.get("type") == "unfinished"
        or (not (translation.text or "").strip() and not translation.findall("numerusform"))
    ]
    assert missing == []


def test_korean_mode_shows_qt_s_own_dialogs_in_korean() -> None:
    from coach_app.ui.app import install_translators

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = install_translators(app, "ko")
    try:
        # Qt's own file dialog (not the desktop's, whose language Coach cannot choose).
        assert app.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
        assert QCoreApplication.translate("QFileDialog", "File &name:") == "파일 이름(&N):"
    finally:
        for translator in installed:
            app.removeTranslator(translator)
