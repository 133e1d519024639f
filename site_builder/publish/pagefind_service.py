"""A client of `pagefind --service`: pages are handed to the indexer one by one as they are
written, so that it works on the second core while MkDocs renders on the first.

Pagefind's own Python package speaks the same protocol but reads one answer every 0.1 s (about ten
pages a second); this client reads them as they come. The protocol: each request and each answer is
base64-encoded JSON followed by a comma, `{"message_id": n, "payload": {"type": …}}`.
"""

from __future__ import annotations

import base64
import json
import subprocess
import threading
from collections import deque
from concurrent.futures import Future
from pathlib import Path


class PagefindError(Exception):
    """The indexer refused a request or stopped; the message says what it answered."""


class PagefindService:
    """One running `pagefind --service`; use as a context manager. Requests return futures."""

    def __init__(self, binary: Path, cwd: Path) -> None:
        self._process = subprocess.Popen([str(binary), "--service"], cwd=cwd, stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self._pending: dict[int, Future] = {}
        self._next_id = 0
        self._lock = threading.Lock()  # the pending answers
        self._write_lock = threading.Lock()  # one request on the pipe at a time
        self._log: deque[str] = deque(maxlen=20)  # the last lines it printed, for an error message
        self._reader = threading.Thread(target=self._read_answers, daemon=True)
        self._logger = threading.Thread(target=self._read_log, daemon=True)
        self._logger.start()
        self._reader.start()

    def __enter__(self) -> "PagefindService":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- requests -------------------------------------------------------------------------------

    def new_index(self, config: dict) -> int:
        return self._send({"type": "NewIndex", "config": config}).result()["index_id"]

    def add_file(self, index_id: int, url: str, html: str) -> Future:
        return self._send({"type": "AddFile", "index_id": index_id, "url": url, "file_path": None,
                           "file_contents": html})

    def add_record(self, index_id: int, record: dict) -> Future:
        """A custom record (url, content, language, meta, filters, sort): indexed as a page without one."""
        return self._send({"type": "AddRecord", "index_id": index_id, **record})

    def write_files(self, index_id: int, output_path: Path) -> Future:
        return self._send({"type": "WriteFiles", "index_id": index_id, "output_path": str(output_path)})

    def delete_index(self, index_id: int) -> Future:
        return self._send({"type": "DeleteIndex", "index_id": index_id})

    def close(self) -> None:
        try:
            if self._process.stdin:
                self._process.stdin.close()
        except OSError:
            pass
        try:
            self._process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._reader.join(timeout=5)
        self._fail_pending("Pagefind đã dừng trước khi trả lời.")

    # -- the pipe ---------------------------------------------------------------------------------

    def _send(self, payload: dict) -> Future:
        future: Future = Future()
        with self._write_lock:
            with self._lock:  # never held while writing: the reader needs it to take answers out
                self._next_id += 1
                message_id = self._next_id
                self._pending[message_id] = future
            data = base64.b64encode(json.dumps({"message_id": message_id, "payload": payload}).encode("utf-8"))
            try:
                self._process.stdin.write(data + b",")  # blocks while Pagefind is behind: bounded memory
                self._process.stdin.flush()
            except (OSError, ValueError):
                # Whoever takes a future out of `_pending` settles it: the reader, seeing Pagefind stop,
                # may have taken and failed this one already (setting it twice raises InvalidStateError).
                with self._lock:
                    mine = self._pending.pop(message_id, None) is not None
                if mine:
                    future.set_exception(PagefindError(self._stopped("không gửi được trang cho Pagefind")))
        return future

    def _read_answers(self) -> None:
        stream = self._process.stdout
        buffer = b""
        while True:
            chunk = stream.read1(1 << 16) if hasattr(stream, "read1") else stream.read(1 << 16)
            if not chunk:
                break
            buffer += chunk
            *answers, buffer = buffer.split(b",")
            for answer in answers:
                self._resolve(answer)
        self._fail_pending(self._stopped("Pagefind đã dừng"))

    def _resolve(self, answer: bytes) -> None:
        try:
            message = json.loads(base64.b64decode(answer))
        except (ValueError, TypeError):
            return
        payload = message.get("payload") or {}
        message_id = message.get("message_id")
        if message_id is None and payload.get("original_message"):
            try:
                message_id = json.loads(payload["original_message"]).get("message_id")
            except ValueError:
                message_id = None
        with self._lock:
            future = self._pending.pop(message_id, None)
        if future is None:
            return
        if payload.get("type") == "Error":
            future.set_exception(PagefindError(f"Pagefind báo lỗi: {payload.get('message', '')}"))
        else:
            future.set_result(payload)

    def _read_log(self) -> None:
        for line in self._process.stderr:
            self._log.append(line.decode("utf-8", "replace").rstrip())

    def _stopped(self, what: str) -> str:
        try:
            self._process.wait(timeout=2)  # it is stopping: what it printed before says why
            self._logger.join(timeout=2)
        except subprocess.TimeoutExpired:
            pass
        tail = " | ".join(self._log) or "(không có thông báo)"
        return f"{what} (mã thoát {self._process.poll()}): {tail}"

    def _fail_pending(self, message: str) -> None:
        with self._lock:
            pending, self._pending = self._pending, {}
        for future in pending.values():
            if not future.done():
                future.set_exception(PagefindError(message))
