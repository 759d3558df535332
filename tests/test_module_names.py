"""A module-level name bound twice in one module silently replaces the first binding for every use: two rule sets
written for different jobs end up sharing the later one. Each package module binds each of its top-level names
once (read with the ``ast`` module, so only real bindings count, not words in comments or strings)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import dateline

PACKAGE = Path(dateline.__file__).parent


def _bound_twice(source: str) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
    return sorted(name for name, count in names.items() if count > 1)


@pytest.mark.parametrize("module", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_each_top_level_name_is_bound_once(module: Path) -> None:
    assert _bound_twice(module.read_text(encoding="utf-8")) == []


def test_a_name_bound_twice_is_found() -> None:
    assert _bound_twice("_RULES = {'a'}\n\ndef f():\n    return _RULES\n\n_RULES = {'b'}\n") == ["_RULES"]
    # hard negative: a name bound inside a function or a class is that scope's, not the module's
    assert _bound_twice("_RULES = {'a'}\n\ndef f():\n    _RULES = {'b'}\n    return _RULES\n") == []
