"""REST API (JSON only) under ``/api``: the store, the corpus layer and analysis, over :class:`dateline.Corpus`.

One module per part: :mod:`.api_store` (articles, search, actors, quotes, claims, events),
:mod:`.api_corpus` (stories, timeline, graph, compare, duplicates, quote spread) and :mod:`.api_analyze`
(``POST /api/analyze``). Errors are ``{"status", "message"}`` (:mod:`.errors`); the spec is ``/openapi.json``.
"""

from __future__ import annotations

from fastapi import APIRouter

from . import api_analyze, api_corpus, api_store

router = APIRouter(prefix="/api")
router.include_router(api_store.router)
router.include_router(api_corpus.router)
router.include_router(api_analyze.router)
