"""The Open Referral UK 3.0 schemas, vendored unchanged in ``bundled_data/oruk/standard`` (see
its README: the repository, commit and licence). Loaded with their file references made
internal, so one schema is one self-contained JSON Schema."""

from __future__ import annotations

import copy
import functools
import json
from pathlib import Path
from typing import Any

from ..config import PROJECT_ROOT

FOLDER = PROJECT_ROOT / "bundled_data" / "oruk" / "standard"
#: how the standard's OpenAPI document names its schemas
REMOTE = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/"


def _read(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _inline(node: Any, base: Path, seen: tuple[Path, ...]) -> Any:
    """``{"$ref": "taxonomy_term.json"}`` (a file beside ``base``) replaced by that file."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.endswith(".json") and not ref.startswith("#"):
            target = (base / ref.removeprefix(REMOTE)).resolve()
            if target in seen:  # a cycle: leave it open rather than loop
                return {k: v for k, v in node.items() if k != "$ref"}
            return _inline(_read(target), target.parent, (*seen, target))
        return {k: _inline(v, base, seen) for k, v in node.items()}
    if isinstance(node, list):
        return [_inline(v, base, seen) for v in node]
    return node


@functools.cache
def _schema(name: str) -> dict[str, Any]:
    path = FOLDER / "schema" / name
    return _inline(_read(path), path.parent, (path.resolve(),))


def schema(name: str) -> dict[str, Any]:
    """One schema, self-contained: ``"compiled/service.json"``, ``"taxonomy_term.json"``..."""
    return copy.deepcopy(_schema(name))


def openapi() -> dict[str, Any]:
    """The standard's own OpenAPI document."""
    return _read(FOLDER / "schema" / "openapi.json")


def example(name: str) -> Any:
    """One of the standard's example documents (``service_full.json``...)."""
    return _read(FOLDER / "examples" / name)
