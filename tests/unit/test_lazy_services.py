"""`deepetch_desktop.services` imports each use case's module on first use (issue 12): importing
the package loads none of them, every public name still resolves (`services.buy(...)`, `from
deepetch_desktop.services import buy`, `import *`), the table the package looks names up in says
what the imports mypy reads say, and a module named like its use case (catch_up,
document_failures) never hides the use case."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

from deepetch_desktop import services

INIT = Path(services.__file__)


def fresh(code: str) -> object:
    """What `code` prints as JSON, run in a new interpreter (nothing imported yet)."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def type_checking_imports() -> dict[str, str]:
    """name -> module of the imports in services/__init__.py's `if TYPE_CHECKING:` block."""
    tree = ast.parse(INIT.read_text(encoding="utf-8"))
    block = next(node for node in tree.body if isinstance(node, ast.If)
                 and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING")
    found: dict[str, str] = {}
    for node in block.body:
        assert isinstance(node, ast.ImportFrom)
        for alias in node.names:
            found[alias.asname or alias.name] = "." * node.level + (node.module or "")
    return found


def test_the_lookup_table_says_what_the_type_checked_imports_say():
    assert services._WHERE == type_checking_imports()


def test_every_public_name_is_found_where_the_table_says():
    eager = {name for name in services.__all__ if name not in services._WHERE}
    assert eager == {"AccountLocked", "BadCredentials", "LoginNotRemembered",
                     "NotAuthenticated", "PasswordChangeRequired"}  # domain errors: light
    assert len(set(services.__all__)) == len(services.__all__)
    for name in services.__all__:
        assert getattr(services, name) is not None, name
    assert set(services._WHERE) <= set(services.__all__)
    assert set(services.__all__) <= set(dir(services))


def test_importing_the_package_loads_no_use_case_until_one_is_used():
    loaded = fresh(
        "import json, sys\n"
        "from deepetch_desktop import services\n"
        "before = sorted(m for m in sys.modules if m.startswith('deepetch_desktop.services.'))\n"
        "buy = services.buy\n"
        "from deepetch_desktop.services import *  # noqa\n"
        "print(json.dumps({'before': before, 'buy': buy.__module__,\n"
        "                  'star': callable(globals()['status'])}))\n")
    assert loaded == {"before": [], "buy": "deepetch_desktop.services.purchases", "star": True}


def test_a_module_named_like_its_use_case_never_hides_it():
    kinds = fresh(
        "import json\n"
        "import deepetch_desktop.services.catch_up\n"
        "from deepetch_desktop.services import document_failures as imported_first\n"
        "import deepetch_desktop.services.document_failures\n"
        "from deepetch_desktop import services\n"
        "print(json.dumps([type(services.catch_up).__name__,\n"
        "                  type(services.document_failures).__name__,\n"
        "                  type(imported_first).__name__]))\n")
    assert kinds == ["function", "function", "function"]
