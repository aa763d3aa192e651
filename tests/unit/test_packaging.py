"""The wheel ships every package of the source tree and the resources folder, and nothing else."""

from __future__ import annotations

import email.parser
import tomllib
import zipfile
from pathlib import Path

from tests.wheel_build import built_wheel

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
SKIPPED = ("__pycache__",)


def _folders(top: Path, package: str) -> set[str]:
    """Every folder under `top` holding a file, as the dotted package it ships as."""
    return {".".join([package, *f.parent.relative_to(top).parts]).rstrip(".")
            for f in top.rglob("*") if f.is_file() and not set(SKIPPED) & set(f.parts)}


def _files(top: Path, prefix: str) -> set[str]:
    return {f"{prefix}/{f.relative_to(top).as_posix()}" for f in top.rglob("*")
            if f.is_file() and not set(SKIPPED) & set(f.parts)}


def test_every_package_and_resources_folder_is_listed_in_pyproject() -> None:
    config = PYPROJECT["tool"]["setuptools"]
    listed = set(config["packages"])
    found = (_folders(ROOT / "deepetch_desktop", "deepetch_desktop")
             | _folders(ROOT / "resources", "deepetch_desktop.resources"))
    assert found - listed == set(), "add these to [tool.setuptools] packages"
    assert config["package-dir"]["deepetch_desktop.resources"] == "resources"
    data = config["package-data"]
    unlisted = {p for p in found if p.startswith("deepetch_desktop.resources.")} - set(data)
    assert unlisted == set(), "add these resources folders to [tool.setuptools.package-data]"


def test_license_metadata_is_an_spdx_expression() -> None:
    # The table form ({text = ...}) stops building with setuptools after 2027-02-18.
    assert PYPROJECT["project"]["license"] == "LicenseRef-Proprietary"
    assert not any("License ::" in c for c in PYPROJECT["project"].get("classifiers", []))
    requires = PYPROJECT["build-system"]["requires"]
    assert any(r.replace(" ", "").startswith("setuptools>=") and
               int(r.split(">=")[1].split(".")[0].split(",")[0]) >= 77 for r in requires)


def test_the_wheel_holds_the_code_and_data_and_nothing_else() -> None:
    wheel = built_wheel()
    names = set(zipfile.ZipFile(wheel.path).namelist())
    code = {n for n in _files(ROOT / "deepetch_desktop", "deepetch_desktop")
            if n.endswith(".py")}
    data = {n for n in _files(ROOT / "resources", "deepetch_desktop/resources")
            if not n.endswith((".ts", ".py"))} | {
        "deepetch_desktop/store/migrations/script.py.mako"}
    assert code - names == set(), "modules missing from the wheel"
    assert data - names == set(), "data files missing from the wheel"
    assert {n for n in names if "/translations/" in n and n.endswith(".qm")}
    assert {n for n in names if n.endswith(".ttf")}
    metadata = {n for n in names if n.startswith("deepetch_desktop-") and ".dist-info/" in n}
    unexpected = names - code - data - metadata - {"deepetch_desktop/resources/__init__.py"}
    assert unexpected == set(), "the wheel ships files it should not (caches, .ts, tests)"
    assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".ts"))]


def test_the_wheel_metadata_names_the_license_and_both_commands() -> None:
    wheel = built_wheel()
    with zipfile.ZipFile(wheel.path) as archive:
        info = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = email.parser.Parser().parsestr(archive.read(info).decode())
        entry_points = archive.read(info.replace("METADATA", "entry_points.txt")).decode()
    assert metadata["License-Expression"] == "LicenseRef-Proprietary"
    assert "deepetch = deepetch_desktop.cli:main" in entry_points
    assert "deepetch-desktop = deepetch_desktop.gui.app:main" in entry_points


def test_the_wheel_builds_without_setuptools_warnings() -> None:
    log = built_wheel().log
    for warning in ("SetuptoolsDeprecationWarning", "License classifiers",
                    "Package would be ignored", "is absent from the `packages`"):
        assert warning not in log, warning
