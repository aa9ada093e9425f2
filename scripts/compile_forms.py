"""Compile the Designer forms (``forms/*.ui``) into Python classes (``make forms``).

Each ``forms/NAME.ui`` becomes ``coach_app/ui/generated/ui_NAME.py`` with a class
``Ui_<form class>`` whose ``setupUi`` builds the widgets onto a given widget and keeps each
as a typed attribute. pyside6-uic writes the code; two touches make it what the rest of the
code base expects: its banner (which names the Qt version) gives way to one line saying
where the file comes from, and ``setupUi``/``retranslateUi`` get type hints, so mypy knows
every attribute's type. tests/ui/test_generated_forms.py fails when a file is stale.

    .venv/bin/python scripts/compile_forms.py
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "forms"
GENERATED = ROOT / "coach_app" / "ui" / "generated"

_INIT = '"""Classes compiled from ``forms/*.ui`` by ``make forms``; do not edit them."""\n'


def _uic() -> Path:
    return Path(sys.executable).with_name("pyside6-uic")


def target(form: Path) -> Path:
    return GENERATED / f"ui_{form.stem}.py"


def compile_form(form: Path) -> str:
    """The Python module for ``form``, as ``make forms`` writes it."""
    top = ET.parse(form).getroot().find("widget")
    if top is None:
        raise ValueError(f"{form} has no top-level widget")
    kind = top.get("class", "QWidget")
    code = subprocess.run(
        [
            str(_uic()),
            "--generator",
            "python",
            "--absolute-imports",
            "--no-autoconnection",
            str(form),
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    # Everything before the first import is uic's banner.
    body = code[code.index("from PySide6") :]
    body, count = re.subn(
        r"def (setupUi|retranslateUi)\(self, (\w+)\):",
        rf"def \1(self, \2: {kind}) -> None:",
        body,
    )
    if count != 2:
        raise ValueError(f"unexpected pyside6-uic output for {form}")
    header = (
        f'"""Generated from forms/{form.name} by `make forms` (pyside6-uic): edit the form, '
        'not this file."""\n\n'
    )
    return header + body


def expected() -> dict[Path, str]:
    """Every generated file and its content, for the forms as they are now."""
    files = {GENERATED / "__init__.py": _INIT}
    for form in sorted(FORMS.glob("*.ui")):
        files[target(form)] = compile_form(form)
    return files


def main() -> int:
    GENERATED.mkdir(exist_ok=True)
    files = expected()
    for path, text in files.items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    for path in GENERATED.glob("*.py"):
        if path not in files:  # the form was removed
            path.unlink()
            print(f"removed {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
