"""The compiled forms in coach_app/ui/generated/ are current with forms/*.ui."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from scripts.compile_forms import GENERATED, ROOT, expected


def test_every_compiled_form_is_current() -> None:
    files = expected()
    stale = sorted(
        path.name
        for path, text in files.items()
        if not path.exists() or path.read_text(encoding="utf-8") != text
    )
    assert stale == [], "compiled forms are stale: make forms"
    left_over = sorted(p.name for p in GENERATED.glob("*.py") if p not in files)
    assert left_over == [], "compiled forms without their .ui: make forms"


def test_form_strings_are_read_from_the_forms_only() -> None:
    """A form's strings are translated under its class name, read once from the .ui; the
    compiled class holds them too, but lupdate must not collect them a second time."""
    ts = ROOT / "resources" / "translations" / "coach_en.ts"
    locations = {
        location.get("filename", "") for location in ET.parse(ts).getroot().iter("location")
    }
    assert any(name.startswith("../../forms/") for name in locations)
    assert not [name for name in locations if "/generated/" in name]
