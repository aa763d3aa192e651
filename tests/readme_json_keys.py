"""The README's table of the CLI's JSON keys, read as data: for each command, the keys it
documents (top level, items of a list, fields of a nested object)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"
TICKED = re.compile(r"`([^`]+)`")
REFERENCE = re.compile(r"the `([^`]+)` keys")
NESTED_LIST = re.compile(r"^\s*`(\w+)`: list of (.*)$", re.S)
VARIANT = re.compile(r"^\s*with `([^`]+)`:(.*)$", re.S)
ONLY_KEYS = re.compile(r"^\s*`\w+`(\s*,\s*`\w+`)*\s*$")


@dataclass
class Keys:
    """What the README says one command prints with --json."""

    keys: set[str] = field(default_factory=set)
    is_list: bool = False  # "list of ...": the output is a list of objects with `keys`
    lists: dict[str, set[str]] = field(default_factory=dict)  # "`k`: list of ..."
    inner: dict[str, set[str]] = field(default_factory=dict)  # "`k` (`a`, `b`)"
    references: list[str] = field(default_factory=list)  # "the `init` keys"
    variants: dict[str, Keys] = field(default_factory=dict)  # "with `--json`: ..."


def split_outside(text: str, separator: str) -> list[str]:
    """`text` cut at each `separator` outside parentheses."""
    parts, depth, current = [], 0, ""
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == separator and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return [*parts, current]


def outside(text: str) -> str:
    """`text` without what is between parentheses (explanations, values, examples)."""
    kept, depth = "", 0
    for char in text:
        depth += char == "("
        if depth == 0:
            kept += char
        depth -= char == ")" and depth > 0
    return kept


def inner_keys(text: str) -> dict[str, set[str]]:
    """"`lines` (`key`, `tasks`, `credits`)": the fields of a nested object, where the
    parentheses hold nothing but keys."""
    found = {}
    for match in re.finditer(r"`(\w+)` \(([^()]*)\)", text):
        if ONLY_KEYS.match(match.group(2)):
            found[match.group(1)] = set(TICKED.findall(match.group(2)))
    return found


def parse_keys(cell: str) -> Keys:
    spec = Keys(inner=inner_keys(cell))
    for segment in split_outside(cell, ";"):
        if variant := VARIANT.match(segment):
            spec.variants[variant.group(1).split()[0]] = parse_keys(variant.group(2))
            continue
        spec.references += REFERENCE.findall(segment)
        segment = REFERENCE.sub("", segment)
        if nested := NESTED_LIST.match(outside(segment)):
            spec.lists[nested.group(1)] = set(TICKED.findall(nested.group(2)))
            continue
        plain = outside(segment)
        spec.is_list |= plain.strip().startswith("list of")
        spec.keys |= set(TICKED.findall(plain))
    return spec


def commands_of(cell: str) -> list[str]:
    """"`subaccounts add/show`, each item of `subaccounts list`" -> the commands named."""
    named = []
    for words in TICKED.findall(outside(cell)):
        head, _, actions = words.rpartition(" ")
        named += [f"{head} {a}".strip() for a in actions.split("/")]
    return named


def documented() -> dict[str, Keys]:
    """Each command of the README's "JSON keys (stable)" table and its keys, references to
    another command's keys resolved."""
    text = README.read_text(encoding="utf-8")
    section = text.split("### JSON keys (stable)", 1)[1].split("\n#", 1)[0]
    table: dict[str, Keys] = {}
    for line in section.splitlines():
        if not line.startswith("| `"):
            continue
        command_cell, keys_cell = split_outside(line.strip().strip("|"), "|")[:2]
        for command in commands_of(command_cell):
            table[command] = parse_keys(keys_cell)
    for spec in table.values():
        for name in spec.references:
            spec.keys |= table[name].keys
            spec.inner = {**table[name].inner, **spec.inner}
    return table
