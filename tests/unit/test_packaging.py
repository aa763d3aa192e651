"""The wheel ships every package of the source tree and the resources folder."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "deepetch_desktop").rglob("__init__.py")
        if "migrations" not in p.parts or p.parent.name == "migrations"
    }
    assert found - listed == set(), "add these packages to [tool.setuptools] packages"
    assert config["package-dir"]["deepetch_desktop.resources"] == "resources"
    assert "deepetch_desktop.resources" in listed
