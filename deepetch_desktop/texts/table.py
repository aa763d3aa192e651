"""The shape of a label table: for each enum of the vocabulary, each member's words."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, TypeAlias

from ..domain.vocabulary import Word

Lang: TypeAlias = Literal["fr", "en"]
Labels: TypeAlias = Mapping[type[Word], Mapping[Word, str]]
