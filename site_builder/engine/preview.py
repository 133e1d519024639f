"""`site-builder serve`: MkDocs' live-reload server (a dirty `mkdocs serve`), with what goes wrong shown in the page.

MkDocs stops at a content error: its server then holds every page request until a build succeeds (the
browser spins), and the terminal says in English that the server «will appear stuck». Here a failed build
is not an error of the server: the last good pages stay served, each with the findings (file, line, field,
in Vietnamese) above it, and the page reloads by itself when a save fixes them. MkDocs' English lines
an official cannot act on are dropped or said in Vietnamese.
"""

from __future__ import annotations

import html
import logging
import re
import shutil
import tempfile
from os.path import isdir, isfile, join
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, ConfigurationError
from mkdocs.livereload import _SCRIPT_TEMPLATE, LiveReloadServer, _serve_url, _timestamp

_BODY = re.compile(rb"<body[^>]*>")
_FINDING = re.compile(r"^(?P<where>\S[^:]*:\d+): (?P<rest>.*)$", re.DOTALL)


def problems_html(problems: list[str]) -> str:
    """The box the preview shows above every page while the content has errors."""
    items = []
    for line in problems:
        m = _FINDING.match(line)
        if m:
            items.append(f"<li><code>{html.escape(m['where'])}</code>: {html.escape(m['rest'])}</li>")
        else:
            items.append(f"<li>{html.escape(line)}</li>")
    return ('<div class="md-typeset" role="alert" id="sb-loi-xem-truoc"><div class="admonition failure">'
            '<p class="admonition-title">Bản xem trước chưa cập nhật: nội dung có lỗi</p>'
            "<p>Sửa các lỗi dưới đây rồi lưu tệp; trang sẽ tự tải lại. Phần bên dưới là bản xây dựng thành công "
            "gần nhất (nếu có).</p>"
            f"<ul>{''.join(items)}</ul></div></div>")


class PreviewServer(LiveReloadServer):
    """Serves the last good build; while the last build failed, every page carries its findings."""

    problems: list[str] = []

    def _inject_js_into_html(self, content: bytes, epoch: int) -> bytes:
        content = super()._inject_js_into_html(content, epoch)
        if not self.problems:
            return content
        m = _BODY.search(content)
        at = m.end() if m else 0
        return content[:at] + problems_html(self.problems).encode() + content[at:]

    def error_page(self) -> bytes:
        """A page that does not exist yet (the first build failed): the findings alone, reloading when fixed."""
        script = _SCRIPT_TEMPLATE.substitute(epoch=self._visible_epoch, request_id=_timestamp())
        return ('<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bản xem trước có lỗi</title>'
                f"</head><body>{problems_html(self.problems)}<script>{script}</script></body></html>").encode()


class _Findings(logging.Handler):
    """The error lines one build logs: the plugin logs each finding as «tệp:dòng: lỗi: trường: …»."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage().removeprefix("site_builder: "))

    def shown(self) -> list[str]:
        """The findings with their file and line; MkDocs' summary only when there are none."""
        return [line for line in self.lines if _FINDING.match(line)] or [line for line in self.lines if line]


_DROPPED = (
    "A 'dirty' build is being performed",  # serve_cache keeps navigation and links right in a dirty build
    "Watching paths for changes",
    "Building documentation to directory",
    "The directory contains stale files",
    "Cleaning site directory",
)
_SAID = {
    "Building documentation...": "Đang xây dựng bản xem trước…",
    "Detected file changes": "Có tệp vừa thay đổi; đang xây dựng lại…",
    "Reloading browsers": "Trang đang mở trong trình duyệt sẽ tự tải lại.",
    "Shutting down...": "Đang dừng bản xem trước…",
}
_BUILT = re.compile(r"^Documentation built in ([\d.]+) seconds$")
_SERVING = re.compile(r"^Serving on (\S+)$")
_STAMP = re.compile(r"^(\[\d\d:\d\d:\d\d\] )?(.*)$", re.DOTALL)


class _InVietnamese(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        stamp, message = _STAMP.match(record.getMessage()).groups()  # the live-reload server stamps its lines
        # «Doc file 'x.md' contains an unrecognized relative link»: pages of the site (the listings' links
        # to generated pages) an official did not write; content_links checks a plan's own links.
        if message.startswith(_DROPPED) or "contains an unrecognized relative link" in message:
            return False
        said = _SAID.get(message)
        if said is None and (m := _BUILT.match(message)):
            said = f"Đã xây dựng xong trong {m[1].replace('.', ',')} giây."
        if said is None and (m := _SERVING.match(message)):
            said = f"Xem trước tại {m[1]} (dừng: Ctrl+C)."
        if said is not None:
            record.msg, record.args = (stamp or "") + said, ()
        return True


def _log_setup() -> None:
    logger = logging.getLogger("mkdocs")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    for handler in logger.handlers:
        handler.addFilter(_InVietnamese())


def serve_site(config_file: Path, dev_addr: str | None = None, configure=None) -> None:
    """As `mkdocs serve --dirty` (mkdocs.commands.serve), with a builder that never leaves the server stuck.
    `configure` adjusts each build's loaded config (`serve --editor` turns the editor on)."""
    from .build import BuildFailed

    _log_setup()
    log = logging.getLogger("mkdocs.site_builder.preview")
    site_dir = tempfile.mkdtemp(prefix="xem-truoc-")
    options = {"dev_addr": dev_addr} if dev_addr else {}

    def get_config():
        loaded = load_config(config_file=str(config_file), site_dir=site_dir, **options)
        if configure is not None:
            configure(loaded)
        return loaded

    try:
        config = get_config()
    except (ConfigurationError, Abort) as exc:
        shutil.rmtree(site_dir, ignore_errors=True)
        raise BuildFailed(f"không chạy được bản xem trước: cấu hình {config_file} không hợp lệ: {exc}") from None
    config.plugins.on_startup(command="serve", dirty=True)
    host, port = config.dev_addr
    mount_path = urlsplit(config.site_url or "/").path
    config.site_url = serve_url = _serve_url(host, port, mount_path)
    server = PreviewServer(builder=lambda: None, host=host, port=port, root=site_dir, mount_path=mount_path)

    def builder(config=None):
        log.info("Building documentation...")
        if config is None:
            config = get_config()
            config.site_url = serve_url
        findings = _Findings()
        logging.getLogger("mkdocs").addHandler(findings)
        try:
            build(config, serve_url=serve_url, dirty=True)
        except Exception as exc:  # noqa: BLE001 - a failed build must never leave the server stuck (MkDocs does)
            # The server goes on with the last good pages; the findings go into them (PreviewServer).
            server.problems = findings.shown() or [f"{type(exc).__name__}: {exc}"]
            log.error(f"Bản xem trước chưa cập nhật: nội dung có lỗi (ở trên, và trên trang đang mở tại {serve_url}). "
                      "Sửa rồi lưu tệp, trang sẽ tự tải lại.")
            return
        finally:
            logging.getLogger("mkdocs").removeHandler(findings)
        if server.problems:
            log.info("Đã sửa xong các lỗi.")
        server.problems = []

    server.builder = builder

    def error_handler(code) -> bytes | None:
        if code == 404 and server.problems:
            return server.error_page()
        page = join(site_dir, f"{code}.html")
        if code in (404, 500) and isfile(page):
            with open(page, "rb") as f:
                return f.read()
        return None

    server.error_handler = error_handler
    try:
        builder(config)
        server.watch(config.docs_dir)
        if config.config_file_path:
            server.watch(config.config_file_path)
        server = config.plugins.on_serve(server, config=config, builder=builder)
        for item in config.watch:
            server.watch(item)
        try:
            server.serve()
        except KeyboardInterrupt:
            log.info("Shutting down...")
        finally:
            server.shutdown()
    except OSError as exc:
        raise BuildFailed(f"không chạy được bản xem trước: {exc.strerror or exc}") from None
    finally:
        config.plugins.on_shutdown()
        if isdir(site_dir):
            shutil.rmtree(site_dir)
