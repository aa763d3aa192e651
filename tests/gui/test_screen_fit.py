"""Acceptance (issue 13): the main window and every dialog of tests/gui/dialog_factories.py lie
inside the screen's available area, and no page needs scrolling sideways, at 1366 × 768 and at
1920 × 1080 with QT_SCALE_FACTOR=2; also with the system font 1.4 times larger. On the offscreen
platform given a screen by a JSON config, and on a real X server (Xvfb, scripts/system-deps.sh
--tests installs it). Each run is its own process: the screen is chosen before Qt starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

CHECK = Path(__file__).with_name("screen_fit.py")
SCREENS = {"1366x768": (1366, 768, "1"), "1920x1080@2": (1920, 1080, "2")}


def _environment(tmp_path: Path, scale: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("QT_", "DISPLAY", "XAUTHORITY", "WAYLAND"))}
    env["QT_SCALE_FACTOR"] = scale
    env["HOME"] = str(tmp_path)  # the tests' own QSettings, keyring and caches
    return env


def _run(command: list[str], env: dict[str, str]) -> dict[str, Any]:
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600,
                          check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, f"no report (exit {done.returncode}): {done.stderr[-2000:]}"
    report: dict[str, Any] = json.loads(lines[-1])
    return report


def _assert_fits(report: dict[str, Any], width: int, height: int, scale: str) -> None:
    logical = [width // int(scale), height // int(scale)]
    assert report["screen"][2:] == logical
    assert report["ratio"] == float(scale)
    names = [item["name"] for item in report["checked"]]
    from dialog_factories import FACTORIES

    assert set(FACTORIES) <= set(names)  # every dialog of the registry was looked at
    assert "main-window" in names and any(name.startswith("page-") for name in names)
    outside = [item for item in report["checked"] if not item["fits"]]
    assert not outside, f"outside {report['available']}: {outside}"


# And with the system font 1.4 times larger.
@pytest.mark.parametrize(("screen", "font_scale"), [("1366x768", "1"), ("1920x1080@2", "1"),
                                                    ("1366x768", "1.4")])
def test_everything_fits_an_offscreen_screen(tmp_path: Path, screen: str,
                                             font_scale: str) -> None:
    width, height, scale = SCREENS[screen]
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "office", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = _environment(tmp_path, scale)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    report = _run([sys.executable, str(CHECK), "--font-scale", font_scale,
                   "--lang", "en" if scale == "2" else "fr"], env)
    assert report["platform"] == "offscreen"
    _assert_fits(report, width, height, scale)


@pytest.mark.parametrize("screen", list(SCREENS))
def test_everything_fits_an_x11_screen(tmp_path: Path, screen: str) -> None:
    width, height, scale = SCREENS[screen]
    env = _environment(tmp_path, scale)
    env["QT_QPA_PLATFORM"] = "xcb"
    report = _run(["xvfb-run", "-a", "-s", f"-screen 0 {width}x{height}x24",
                   sys.executable, str(CHECK)], env)
    assert report["platform"] == "xcb"
    _assert_fits(report, width, height, scale)
