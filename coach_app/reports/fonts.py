"""The Korean font reports are set in: found on the system, or chosen by the user.

reportlab's built-in fonts have no Hangul, so a TrueType font is registered and embedded
(subset) in every PDF. Looked for in this order: the file chosen in settings, then the
usual Korean fonts of Windows, Linux and macOS.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from coach_app.domain.errors import CoachError
from coach_app.domain.messages import pick

REGULAR = "CoachKorean"
BOLD = "CoachKorean-Bold"
SYMBOLS = "CoachSymbols"

# Symbols and emoji the Korean fonts lack (✔, ☑, 😀…) are set in one of these, the first
# found; without any, such characters are left to the Korean font.
_SYMBOL_FONTS: dict[str, list[str]] = {
    "win32": [r"%WINDIR%\Fonts\seguisym.ttf", r"%WINDIR%\Fonts\DejaVuSans.ttf"],
    "darwin": ["/Library/Fonts/DejaVuSans.ttf", "~/Library/Fonts/DejaVuSans.ttf"],
    "linux": [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/TTF/DejaVuSans.ttf",
    ],
}

# (regular, bold) per platform; the bold face falls back to the regular one.
_CANDIDATES: dict[str, list[tuple[str, str]]] = {
    "win32": [
        (r"%WINDIR%\Fonts\malgun.ttf", r"%WINDIR%\Fonts\malgunbd.ttf"),
        (r"%LOCALAPPDATA%\Microsoft\Windows\Fonts\NanumGothic.ttf", ""),
    ],
    "darwin": [
        ("/System/Library/Fonts/Supplemental/AppleGothic.ttf", ""),
        ("/Library/Fonts/NanumGothic.ttf", "/Library/Fonts/NanumGothicBold.ttf"),
        ("~/Library/Fonts/NanumGothic.ttf", "~/Library/Fonts/NanumGothicBold.ttf"),
    ],
    "linux": [
        (
            "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
            "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf",
        ),
        (
            "/usr/share/fonts/nanum/NanumGothic.ttf",
            "/usr/share/fonts/nanum/NanumGothicBold.ttf",
        ),
        ("~/.local/share/fonts/NanumGothic.ttf", "~/.local/share/fonts/NanumGothicBold.ttf"),
    ],
}


class FontMissing(CoachError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(
            pick(
                "보고서에 쓸 한글 글꼴을 찾지 못했습니다. 맑은 고딕(Windows), 나눔고딕"
                "(Linux: sudo apt install fonts-nanum), AppleGothic(macOS) 중 하나를 설치하거나, "
                "설정에서 한글 TrueType 글꼴 파일(.ttf)을 고르세요.",
                "No Korean font was found for reports. Install Malgun Gothic (Windows), "
                "Nanum Gothic (Linux: sudo apt install fonts-nanum) or AppleGothic (macOS), "
                "or choose a Korean TrueType font file (.ttf) in the settings.",
            )
            + (f"\n({detail})" if detail else "")
        )


@dataclass(frozen=True)
class FontChoice:
    regular: Path
    bold: Path

    @property
    def name(self) -> str:
        return self.regular.stem


def find_font(chosen: str | None = None) -> FontChoice:
    """The font to use; ``chosen`` (a .ttf path from settings) wins when it is usable."""
    if chosen:
        path = Path(chosen).expanduser()
        if not path.is_file():
            raise FontMissing(pick(f"설정의 글꼴 파일이 없습니다: {path}", f"no such file: {path}"))
        return FontChoice(path, path)
    platform = "win32" if sys.platform == "win32" else sys.platform
    platform = platform if platform in _CANDIDATES else "linux"
    for regular, bold in _CANDIDATES[platform]:
        regular_path = Path(os.path.expandvars(regular)).expanduser()
        if regular_path.is_file():
            bold_path = Path(os.path.expandvars(bold)).expanduser() if bold else regular_path
            return FontChoice(regular_path, bold_path if bold_path.is_file() else regular_path)
    raise FontMissing()


def register(chosen: str | None = None) -> FontChoice:
    """Register the Korean font with reportlab (once per process and file), and the
    symbol font beside it when the system has one."""
    choice = find_font(chosen)
    _register(str(choice.regular), str(choice.bold))
    _register_symbols(str(choice.regular))
    return choice


@dataclass(frozen=True)
class Coverage:
    """Which characters the Korean font draws, and which the symbol font adds."""

    korean: frozenset[str]
    symbols: frozenset[str]


_coverage = Coverage(frozenset(), frozenset())


def coverage() -> Coverage:
    return _coverage


def _characters(font: TTFont) -> frozenset[str]:
    return frozenset(chr(code) for code in font.face.charToGlyph)


@cache
def _register_symbols(_korean_file: str) -> None:
    """Once per Korean font file (its coverage decides what the symbol font sets)."""
    global _coverage
    korean = _characters(pdfmetrics.getFont(REGULAR))  # type: ignore[arg-type]
    platform = "win32" if sys.platform == "win32" else sys.platform
    for candidate in _SYMBOL_FONTS.get(platform, _SYMBOL_FONTS["linux"]):
        path = Path(os.path.expandvars(candidate)).expanduser()
        if not path.is_file():
            continue
        try:
            font = TTFont(SYMBOLS, str(path))
        except TTFError:
            continue
        pdfmetrics.registerFont(font)
        _coverage = Coverage(korean, _characters(font) - korean)
        return
    _coverage = Coverage(korean, frozenset())


@cache
def _register(regular: str, bold: str) -> None:
    try:
        pdfmetrics.registerFont(TTFont(REGULAR, regular))
        pdfmetrics.registerFont(TTFont(BOLD, bold))
    except TTFError as error:
        raise FontMissing(pick(f"글꼴 파일을 읽을 수 없습니다: {error}", str(error))) from error
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
