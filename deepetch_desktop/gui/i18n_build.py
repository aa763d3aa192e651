"""Rebuild the English catalogue: `python -m deepetch_desktop.gui.i18n_build` (lupdate, lrelease).

lupdate finds `self.tr()` and `QCoreApplication.translate("ctx", "...")`; the strings our
modules pass through a local `_t()` helper are added here under that helper's context, keeping
the translations already written in the .ts file.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

GUI = Path(__file__).resolve().parent
ROOT = GUI.parents[1]
TS = ROOT / "resources" / "translations" / "deepetch_en.ts"
QM = TS.with_suffix(".qm")
HELPER = re.compile(r'def (_t|tr_static)\(text: str\) -> str:.*?translate\("([^"]+)", text\)',
                    re.S)
CALL = re.compile(r'(?:_t|tr_static)\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\)')  # "a" "b" too
PART = re.compile(r'"((?:[^"\\]|\\.)*)"')


def sources() -> list[Path]:
    return sorted(p for p in GUI.rglob("*.py") if "forms" not in p.parts)


def helper_strings() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sources():
        text = path.read_text(encoding="utf-8")
        helper = HELPER.search(text)
        if not helper:
            continue
        context = helper.group(2)
        for match in CALL.finditer(text):
            # Python's own reading of each literal: "\u00a0" beside an "é" stays one character.
            value = "".join(ast.literal_eval(f'"{part}"') for part in PART.findall(match.group(1)))
            if value not in found.setdefault(context, []):
                found[context].append(value)
    return found


def _translations(root: ET.Element) -> dict[tuple[str, str], str]:
    result = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text:
                result[(name, message.findtext("source") or "")] = translation.text
    return result


def main() -> int:
    before = _translations(ET.parse(TS).getroot()) if TS.exists() else {}
    subprocess.run(["pyside6-lupdate", *map(str, sources()), str(ROOT / "ui"), "-ts", str(TS),
                    "-source-language", "fr", "-target-language", "en", "-no-obsolete"],
                   check=True)
    tree = ET.parse(TS)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    for name, texts in helper_strings().items():
        context = contexts.get(name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
        present = {m.findtext("source") for m in context.iter("message")}
        for text in texts:
            if text in present:
                continue
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            translation = ET.SubElement(message, "translation")
            if (name, text) in before:
                translation.text = before[(name, text)]
            else:
                translation.set("type", "unfinished")
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found = message.find("translation")
            known = before.get((name, message.findtext("source") or ""))
            if found is not None and not found.text and known:
                found.text = known
                found.attrib.pop("type", None)
    ET.indent(tree)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(QM)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
