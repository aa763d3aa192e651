"""The GUI's edges are typed: no parameter is `Any`, the context holds a `Database`, and mypy
refuses an untyped function in the GUI (issue 10)."""

from __future__ import annotations

import ast
import tomllib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "deepetch_desktop" / "gui"


def _mentions_any(annotation: ast.expr) -> bool:
    return any(isinstance(node, ast.Name) and node.id == "Any"
               or isinstance(node, ast.Attribute) and node.attr == "Any"
               for node in ast.walk(annotation))


def any_parameters(source: str) -> Iterator[str]:
    """`function(parameter)` for each parameter whose annotation mentions Any."""
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        args = node.args
        every = [*args.posonlyargs, *args.args, *args.kwonlyargs,
                 *(arg for arg in (args.vararg, args.kwarg) if arg is not None)]
        for arg in every:
            if arg.annotation is not None and _mentions_any(arg.annotation):
                yield f"{node.name}({arg.arg}) line {node.lineno}"


def test_the_counter_finds_an_any_parameter() -> None:
    source = "def f(a: int, b: Any, *c: list[typing.Any]) -> Any: ...\n"
    assert [found.split(" ")[0] for found in any_parameters(source)] == ["f(b)", "f(c)"]


def test_no_gui_function_takes_an_any_parameter() -> None:
    found = [f"{path.relative_to(ROOT)}: {where}"
             for path in sorted(GUI.rglob("*.py")) if "forms" not in path.parts
             for where in any_parameters(path.read_text(encoding="utf-8"))]
    assert found == []


def test_the_context_holds_a_typed_database() -> None:
    tree = ast.parse((GUI / "context.py").read_text(encoding="utf-8"))
    context = next(node for node in tree.body
                   if isinstance(node, ast.ClassDef) and node.name == "AppContext")
    fields = {node.target.id: ast.unparse(node.annotation) for node in context.body
              if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)}
    assert fields["db"] == "Database"


def test_mypy_refuses_untyped_functions_in_the_gui() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    overrides = config["tool"]["mypy"].get("overrides", [])
    gui = [o for o in overrides if "deepetch_desktop.gui.*" in o["module"]]
    assert config["tool"]["mypy"].get("disallow_untyped_defs") is True or (
        gui and gui[0].get("disallow_untyped_defs") is True)
