"""The compiled forms in coach_app/ui/generated/ are current with forms/*.ui."""

from __future__ import annotations

from scripts.compile_forms import GENERATED, expected


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
