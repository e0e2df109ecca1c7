"""Find an installed font that draws Chinese (for the scanned-image layouts)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

_KNOWN = (
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
)


def find_cjk_font() -> Path | None:
    """Path of an installed font that renders Chinese, or None."""
    for path in _KNOWN:
        if path.exists():
            return path
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    listing = subprocess.run(  # noqa: S603 - fixed arguments, no shell
        [fc_list, ":lang=zh", "file"], capture_output=True, text=True, check=False, timeout=30
    ).stdout
    for line in listing.splitlines():
        path = Path(line.split(":", 1)[0].strip())
        if path.suffix.lower() in (".ttc", ".ttf", ".otf") and path.exists():
            return path
    return None
