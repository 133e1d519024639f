"""Work a preview does after a rebuild, in one background thread (the search index, then the manifest): the
official is waiting for the page, not for the index. Of several waiting jobs only the newest runs, as it
covers the others; a failure is a warning, since a preview must keep serving.
"""

from __future__ import annotations

import threading

from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

log = get_plugin_logger("site_builder.engine.plugin")


class Background:
    def __init__(self) -> None:
        self._thread: threading.Thread | None = None
        self._waiting = None
        self._lock = threading.Lock()

    def run(self, work) -> None:
        """Run `work` after any running one; of several waiting, only the newest (it covers the others)."""
        with self._lock:
            self._waiting = work
            if self._thread is None:
                self._thread = threading.Thread(target=self._work_through, daemon=True)
                self._thread.start()

    def _work_through(self) -> None:
        while True:
            with self._lock:
                work, self._waiting = self._waiting, None
                if work is None:
                    self._thread = None
                    return
            try:
                work()
            except PluginError as exc:
                log.warning(f"{exc} (trang xem trước vẫn dùng được; chỉ mục tìm kiếm chưa cập nhật)")
            except Exception as exc:  # a preview must keep serving whatever the index step meets
                log.warning(f"Không cập nhật được chỉ mục tìm kiếm của bản xem trước: {exc}")

    def wait(self) -> None:
        while True:
            with self._lock:
                thread = self._thread
            if thread is None:
                return
            thread.join()
