"""Every sentence a person reads, in French typography and with real plurals (issue 13).

Read straight from the sources, so that a new string is checked the day it is written: every
string literal of the application (the text catalogues texts/*_fr.py, the tr()/_t() strings of
gui/, the notices, the e-mails written in services/, the PDFs' texts in documents/; docstrings
left out), the Designer forms (ui/*.ui) and the sources of the English catalogue (the .ts).
French wants a narrow no-break space (U+202F) before « ; ! ? », a no-break space (U+00A0)
before « : » and inside « »; never a plain space there, never a faked plural "(s)". The English
side never writes « » nor a space before a colon."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "deepetch_desktop"
TS = ROOT / "resources" / "translations" / "deepetch_en.ts"

# A plain space before ; : ! ? or », after «, or a plural faked as "(s)". The punctuation must
# end a word (space, end, quote or bracket after it), so code such as "a != b" or SQL's ":name"
# in a query is not a sentence.
WRONG = re.compile(r" [;:?!](?=[\s\"'»)\]]|$)| »|« |[^\W\d_]{2}\(s\)")
ENGLISH_WRONG = re.compile(r"[«»]|[ \u00a0\u202f][;:?!](?=\s|$)|[^\W\d_]{2}\(s\)")


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def literals(path: Path) -> Iterator[tuple[int, str]]:
    """Each string literal of a module with its line; an f-string as one text whose values
    are "{}" (so « f"{NBSP}:" » reads as a value before the colon, not a space)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            skip.update(id(part) for part in node.values)
            yield node.lineno, "".join(part.value if isinstance(part, ast.Constant) else "{}"
                                       for part in node.values)
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
              and id(node) not in skip):
            yield node.lineno, node.value


def sources() -> list[Path]:
    """The application's modules; not the store's, whose strings are SQL ("VACUUM INTO ?")
    and whose migrations are history, written once."""
    return sorted(p for p in PACKAGE.rglob("*.py") if "store" not in p.parts)


def _ts_sources() -> Iterator[tuple[str, str]]:
    root = ET.parse(TS).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message.findtext("source") or ""


def _ts_translations() -> Iterator[tuple[str, str]]:
    for message in ET.parse(TS).getroot().iter("message"):
        yield message.findtext("source") or "", message.findtext("translation") or ""


def _forms() -> Iterator[tuple[Path, str]]:
    for form in sorted((ROOT / "ui").glob("*.ui")):
        for element in ET.parse(form).getroot().iter("string"):
            yield form, element.text or ""


def _shown(text: str) -> str:
    return text.replace("\u00a0", "⍽").replace("\u202f", "·")


def test_no_plain_space_before_french_punctuation_nor_faked_plural() -> None:
    wrong = [f"{path.relative_to(ROOT)}:{line}: {_shown(text)!r}"
             for path in sources() for line, text in literals(path) if WRONG.search(text)]
    wrong += [f"{form.relative_to(ROOT)}: {_shown(text)!r}"
              for form, text in _forms() if WRONG.search(text)]
    wrong += [f"{TS.name} [{context}]: {_shown(text)!r}"
              for context, text in _ts_sources() if WRONG.search(text)]
    assert not wrong, "French typography:\n" + "\n".join(wrong)


def test_the_check_sees_what_it_must() -> None:
    """The pattern itself: what it catches and what it leaves alone."""
    for bad in ("Base : x", "vraiment ?", "a ; b", "Non !", "« nom »", "1 facture(s)",
                "« nom\u00a0»", "fin :"):
        assert WRONG.search(bad), bad
    for good in ("Base\u00a0: x", "vraiment\u202f?", "a\u202f; b", "«\u00a0nom\u00a0»",
                 "a != b", "WHERE x = :name", "f(s) and", "https://x", "10:30"):
        assert not WRONG.search(good), good


def test_english_has_english_punctuation() -> None:
    """The English catalogues and the .ts's translations: “…” quotes, no space before a
    colon, no French guillemets, no faked plural."""
    wrong = [f"{path.name}:{line}: {_shown(text)!r}"
             for path in sorted((PACKAGE / "texts").glob("*_en.py"))
             for line, text in literals(path) if ENGLISH_WRONG.search(text)]
    wrong += [f"{TS.name}: {_shown(text)!r}"
              for _source, text in _ts_translations() if ENGLISH_WRONG.search(text)]
    assert not wrong, "English punctuation:\n" + "\n".join(wrong)
