"""The packaging files say what the product is and point at commands that exist."""

from __future__ import annotations

import configparser
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def scripts() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return set(project["scripts"]) | set(project["gui-scripts"])


def test_desktop_entry_launches_the_gui_entry_point():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment, method-assign]
    entry.read(PACKAGING / "com.deepetch.Desktop.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Exec"].split()[0] in scripts()
    assert (PACKAGING / "icons" / f"{section['Icon']}.svg").is_file()


def test_appstream_metadata_is_well_formed_and_names_the_binaries():
    root = ET.parse(PACKAGING / "com.deepetch.Desktop.metainfo.xml").getroot()
    assert root.findtext("id") == "com.deepetch.Desktop"
    assert {b.text for b in root.iter("binary")} == scripts()


def test_the_timer_and_cron_templates_run_the_catch_up_command():
    """`deepetch schedule install` fills them (tests/integration/test_schedule.py)."""
    templates = ROOT / "resources" / "schedule"
    service = (templates / "deepetch-catch-up.service").read_text()
    assert "ExecStart=@COMMAND@ catch-up" in service and "@LOG_FILE@" in service
    timer = (templates / "deepetch-catch-up.timer").read_text()
    assert "Persistent=true" in timer  # a run missed while off happens at the next boot
    cron = [line for line in (templates / "deepetch-catch-up.cron").read_text().splitlines()
            if line and not line.startswith("#")]
    assert cron and all("@COMMAND@ catch-up" in line and "@LOG_FILE@" in line for line in cron)
