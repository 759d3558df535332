"""``--warc OUT.warc.gz``: each page that became an article, as request, response and metadata records.

The response holds the body as decoded (a ``Content-Encoding`` the server used is kept as
``X-Archive-Orig-Content-Encoding``); the metadata record after it (JSON, ``WARC-Concurrent-To`` the
response) carries the canonical URL and the feed's fallbacks, which ``dateline analyze OUT.warc.gz``
applies, so the archive re-analyses offline to the records collect stored. The file is appended to,
one gzip member per record, so a resumed or ``--every`` run adds to the same archive.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import BinaryIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from ..ingest.meta import PageMeta
from ..ingest.warc import COLLECTOR_KEY
from .fetch import Response

_DROPPED = {"content-encoding", "transfer-encoding", "content-length"}
_REASONS = {200: "OK", 203: "Non-Authoritative Information"}


class WarcOut:
    def __init__(self, path: str | Path, user_agent: str) -> None:
        self.path = Path(path)
        self.file: BinaryIO = open(self.path, "ab")  # noqa: SIM115 (closed in close())
        self.writer = WARCWriter(self.file, gzip=True)
        self.user_agent = user_agent
        if self.path.stat().st_size == 0:
            info = self.writer.create_warcinfo_record(self.path.name, {"software": user_agent,
                                                                       "format": "WARC File Format 1.1"})
            self.writer.write_record(info)

    def close(self) -> None:
        self.file.close()

    def write(self, response: Response, meta: PageMeta) -> str:
        """Write one page; returns the response's WARC-Record-ID (the article's ``source_id``)."""
        target = response.final_url
        request = StatusAndHeaders(f"GET {_path(target)} HTTP/1.1", [("User-Agent", self.user_agent)],
                                   protocol="HTTP/1.1", is_http_request=True)
        headers = [(k.title(), v) for k, v in response.headers.items() if k not in _DROPPED]
        if "content-encoding" in response.headers:
            headers.append(("X-Archive-Orig-Content-Encoding", response.headers["content-encoding"]))
        headers.append(("Content-Length", str(len(response.body))))
        status = StatusAndHeaders(f"{response.status} {_REASONS.get(response.status, 'OK')}", headers,
                                  protocol="HTTP/1.1")
        date = {"WARC-Date": _warc_date(response.fetched_at)} if response.fetched_at else {}
        record = self.writer.create_warc_record(target, "response", payload=io.BytesIO(response.body),
                                                http_headers=status, warc_headers_dict=date)
        record_id = str(record.rec_headers.get_header("WARC-Record-ID"))
        asked = self.writer.create_warc_record(target, "request", payload=io.BytesIO(b""), http_headers=request,
                                               warc_headers_dict={"WARC-Concurrent-To": record_id, **date})
        body = json.dumps({COLLECTOR_KEY: meta.to_json(), "redirects": [[r.url, r.status, r.location]
                                                                         for r in response.redirects]},
                          ensure_ascii=False).encode("utf-8")
        metadata = self.writer.create_warc_record(target, "metadata", payload=io.BytesIO(body),
                                                  warc_content_type="application/json",
                                                  warc_headers_dict={"WARC-Concurrent-To": record_id, **date})
        for one in (asked, record, metadata):
            self.writer.write_record(one)
        self.file.flush()
        return record_id


def _path(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _warc_date(iso: str) -> str:
    return iso.replace("+00:00", "Z")
