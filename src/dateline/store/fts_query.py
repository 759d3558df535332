"""SQLite FTS5 query syntax, parsed here and written as a PostgreSQL ``tsquery``, so ``dateline search`` takes the
same queries, and refuses the same ones, whichever store it reads.

What FTS5 accepts (https://sqlite.org/fts5.html#full_text_query_syntax) is followed token for token: words
and "quoted phrases" (``""`` inside quotes is a quote), ``+`` joining phrases, ``*`` after the last word for a
prefix, implicit AND between phrases, ``AND``, ``OR``, ``NOT`` (binary, uppercase only; NOT binds tightest,
then AND, then OR), parentheses, ``NEAR(p q, N)``, and column filters (``title:``, ``-title:``,
``{title text}:``) — title and text are the two columns, weights A and B of the tsvector. Text that is not
FTS5 syntax raises ``FtsSyntax`` with a reason worded as SQLite words it. Two things FTS5 has and a
``tsquery`` cannot say are refused with ``QueryError``: ``^`` (a phrase at the start of a column) and NEAR
over more than two phrases.

Words are split the way the stored tsvector splits them: runs of letters and digits (``_`` and every other
character separate words), lower-cased by PostgreSQL (``to_tsquery('simple', …)``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import QueryError

COLUMNS = {"title": "A", "text": "B"}
NEAR_DEFAULT = 10
_SPACE = " \t\n\r\f\v"
_WORD = re.compile(r"[^\W_]+")
_PUNCT = {"(": "LP", ")": "RP", "{": "LCP", "}": "RCP", ":": "COLON", ",": "COMMA", "+": "PLUS", "*": "STAR",
          "-": "MINUS", "^": "CARET"}


class FtsSyntax(ValueError):
    """The query is not FTS5 syntax; ``reason`` as SQLite would give it."""


@dataclass(frozen=True)
class _Token:
    kind: str  # STRING, AND, OR, NOT, EOF or one of _PUNCT's names
    text: str
    bare: bool = False


def _bareword(ch: str) -> bool:
    return (ch.isascii() and (ch.isalnum() or ch in "_\x1a")) or not ch.isascii()


def tokens(query: str) -> list[_Token]:
    found, i = [], 0
    while i < len(query):
        ch = query[i]
        if ch in _SPACE:
            i += 1
        elif ch in _PUNCT:
            found.append(_Token(_PUNCT[ch], ch))
            i += 1
        elif ch == '"':
            j, text = i + 1, []
            while True:
                if j >= len(query):
                    raise FtsSyntax("unterminated string")
                if query[j] == '"':
                    if query[j + 1:j + 2] == '"':
                        text.append('"')
                        j += 2
                        continue
                    break
                text.append(query[j])
                j += 1
            found.append(_Token("STRING", "".join(text)))
            i = j + 1
        elif _bareword(ch):
            j = i
            while j < len(query) and _bareword(query[j]):
                j += 1
            word = query[i:j]
            found.append(_Token(word if word in ("AND", "OR", "NOT") else "STRING", word, bare=True))
            i = j
        else:
            raise FtsSyntax(f'fts5: syntax error near "{ch}"')
    found.append(_Token("EOF", ""))
    return found


# --- the parsed query: phrases with the columns they may match, and the operators over them ---------------

ALL = frozenset(COLUMNS)


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]
    prefix: bool
    columns: frozenset[str] = ALL


@dataclass(frozen=True)
class Near:
    phrases: tuple[Phrase, ...]
    distance: int


@dataclass(frozen=True)
class Op:
    op: str  # AND, OR, NOT (left and not right)
    left: Node
    right: Node


Node = Phrase | Near | Op | None
"""None: a node that matches nothing (an empty phrase, or a column filter that leaves no column)."""


class _Parser:
    def __init__(self, query: str) -> None:
        self.tokens = tokens(query)
        self.at = 0

    def peek(self, ahead: int = 0) -> _Token:
        return self.tokens[min(self.at + ahead, len(self.tokens) - 1)]

    def take(self, kind: str) -> _Token:
        token = self.peek()
        if token.kind != kind:
            raise FtsSyntax(f'fts5: syntax error near "{token.text}"')
        self.at += 1
        return token

    def parse(self) -> Node:
        node = self.expr()
        self.take("EOF")
        return node

    def expr(self) -> Node:
        node = self.conjunction()
        while self.peek().kind == "OR":
            self.at += 1
            node = _op("OR", node, self.conjunction())
        return node

    def conjunction(self) -> Node:
        node = self.negation()
        while self.peek().kind == "AND":
            self.at += 1
            node = _op("AND", node, self.negation())
        return node

    def negation(self) -> Node:
        node = self.unary()
        while self.peek().kind == "NOT":
            self.at += 1
            node = _op("NOT", node, self.unary())
        return node

    def unary(self) -> Node:
        if self.peek().kind == "LP":
            self.at += 1
            node = self.expr()
            self.take("RP")
            return node
        if self._colset_ahead():
            columns = self.colset()
            self.take("COLON")
            if self.peek().kind == "LP":
                self.at += 1
                node = self.expr()
                self.take("RP")
                return _restrict(node, columns)
            node = _restrict(self.nearset(), columns)
        else:
            node = self.nearset()
        while self.peek().kind in ("STRING", "CARET", "LCP", "MINUS"):  # implicit AND between phrases
            columns = ALL
            if self._colset_ahead():
                columns = self.colset()
                self.take("COLON")
            node = _op("AND", node, _restrict(self.nearset(), columns))
        return node

    def _colset_ahead(self) -> bool:
        token = self.peek()
        return token.kind in ("MINUS", "LCP") or (token.kind == "STRING" and self.peek(1).kind == "COLON")

    def colset(self) -> frozenset[str]:
        negate = self.peek().kind == "MINUS"
        if negate:
            self.at += 1
        names = []
        if self.peek().kind == "LCP":
            self.at += 1
            names.append(self.take("STRING").text)
            while self.peek().kind == "STRING":
                names.append(self.take("STRING").text)
            self.take("RCP")
        else:
            names.append(self.take("STRING").text)
        chosen = set()
        for name in names:
            if name.lower() not in COLUMNS:
                raise FtsSyntax(f"no such column: {name}")
            chosen.add(name.lower())
        return ALL - chosen if negate else frozenset(chosen)

    def nearset(self) -> Node:
        if self.peek().kind == "CARET":
            raise QueryError("search: ^ (a phrase at the start of a column) is not supported by the PostgreSQL store")
        token = self.peek()
        if token.kind == "STRING" and self.peek(1).kind == "LP":
            if token.text != "NEAR" or not token.bare:
                raise FtsSyntax(f'fts5: syntax error near "{token.text}"')
            self.at += 2
            phrases = [self.phrase()]
            while self.peek().kind == "STRING":
                phrases.append(self.phrase())
            distance = NEAR_DEFAULT
            if self.peek().kind == "COMMA":
                self.at += 1
                given = self.take("STRING").text
                if not given.isdigit():
                    raise FtsSyntax(f'expected integer, got "{given}"')
                distance = int(given)
            self.take("RP")
            kept = tuple(p for p in phrases if p.words)
            if len(kept) != len(phrases):
                return None
            if len(kept) == 1:
                return kept[0]
            if len(kept) > 2:
                raise QueryError("search: NEAR over more than two phrases is not supported by the PostgreSQL store")
            return Near(kept, distance)
        phrase = self.phrase()
        return phrase if phrase.words else _EMPTY

    def phrase(self) -> Phrase:
        words, prefix = list(_words(self.take("STRING").text)), False
        if self.peek().kind == "STAR":
            self.at += 1
            prefix = True
        while self.peek().kind == "PLUS":
            self.at += 1
            words += _words(self.take("STRING").text)
            prefix = False
            if self.peek().kind == "STAR":
                self.at += 1
                prefix = True
        return Phrase(tuple(words), prefix and bool(words))


_EMPTY = Phrase((), False)
"""A phrase without words (``""``): dropped from AND and OR, matches nothing alone, as in FTS5."""


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _op(op: str, left: Node, right: Node) -> Node:
    if left == _EMPTY:
        return None if op == "NOT" else right
    if right == _EMPTY:
        return left
    if op == "AND":
        return None if left is None or right is None else Op(op, left, right)
    if op == "OR":
        return right if left is None else left if right is None else Op(op, left, right)
    return None if left is None else left if right is None else Op(op, left, right)


def _restrict(node: Node, columns: frozenset[str]) -> Node:
    if node is None:
        return None
    if isinstance(node, Phrase):
        kept = node.columns & columns
        return Phrase(node.words, node.prefix, kept) if kept and node.words else (None if node.words else node)
    if isinstance(node, Near):
        phrases = [_restrict(p, columns) for p in node.phrases]
        if any(p is None for p in phrases):
            return None
        return Near(tuple(p for p in phrases if isinstance(p, Phrase)), node.distance)
    return _op(node.op, _restrict(node.left, columns), _restrict(node.right, columns))


# --- writing the tsquery ------------------------------------------------------------------------------------


def to_tsquery(query: str) -> str | None:
    """The ``to_tsquery('simple', …)`` text for an FTS5 query, or None when it can match nothing.
    ``FtsSyntax`` when it is not FTS5 syntax; ``QueryError`` for the two forms a tsquery cannot say."""
    special = re.match(r"\s*\*\s*([^\s*]*)", query)
    if special:  # FTS5 reads a leading "*" as a command to the index ("*reads"), never as words
        raise FtsSyntax(f"unknown special query: {special.group(1)}")
    node = _Parser(query).parse()
    if node is None or node == _EMPTY:
        return None
    return _render(node)


def _lexeme(word: str, prefix: bool, columns: frozenset[str]) -> str:
    quoted = "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"
    weights = "" if columns == ALL else "".join(sorted(COLUMNS[c] for c in columns))
    marks = ("*" if prefix else "") + weights
    return f"{quoted}:{marks}" if marks else quoted


def _phrase(phrase: Phrase) -> str:
    last = len(phrase.words) - 1
    parts = [_lexeme(w, phrase.prefix and n == last, phrase.columns) for n, w in enumerate(phrase.words)]
    return parts[0] if len(parts) == 1 else "(" + " <-> ".join(parts) + ")"


def _per_column(columns: frozenset[str]) -> list[frozenset[str]]:
    """One column at a time: FTS5 matches a phrase or a NEAR group inside one column, and title and text are
    one tsvector, where the title's last word stands next to the text's first."""
    return [frozenset({c}) for c in sorted(columns)]


def _render(node: Phrase | Near | Op) -> str:
    if isinstance(node, Phrase):
        if len(node.words) == 1:
            return _phrase(node)
        each = [_phrase(Phrase(node.words, node.prefix, c)) for c in _per_column(node.columns)]
        return each[0] if len(each) == 1 else "(" + " | ".join(each) + ")"
    if isinstance(node, Near):  # at most N words between the two phrases, in either order, in one column
        either = []
        for column in _per_column(node.phrases[0].columns):
            first, second = (_phrase(Phrase(p.words, p.prefix, column)) for p in node.phrases)
            either += [f"{a} <{d}> {b}" for d in range(1, node.distance + 2)
                       for a, b in ((first, second), (second, first))]
        return "(" + " | ".join(either) + ")"
    left, right = _render(node.left), _render(node.right)  # type: ignore[arg-type]
    if node.op == "AND":
        return f"({left} & {right})"
    if node.op == "OR":
        return f"({left} | {right})"
    return f"({left} & !{right})"
