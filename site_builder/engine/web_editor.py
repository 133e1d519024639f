"""The engine's side of the officials' web editor (`site_builder.editor`, issue 18): /admin/'s files handed to
MkDocs when a site enables the editor, and `site-builder serve --editor`, the preview and the editor's local
server side by side on 127.0.0.1."""

from __future__ import annotations

import signal
from importlib import resources
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from ..editor.admin_page import EditorMissing, admin_files, plans_folder
from ..editor.local_server import EditorServerError, LocalEditor
from ..model.clock import build_date
from ..model.diagnostics import Diagnostics
from ..stage.pipeline import check_named_files
from .build import BuildFailed
from .preview import serve_site
from .settings import content_folder_if_any, site_settings


def editor_files(config, backend: dict, port: int) -> list[File]:
    """The files of /admin/ (editor.admin_page) as MkDocs files of the site being built."""
    settings = site_settings(config)
    root = Path(config.config_file_path).parent
    try:
        made = admin_files(root, plans_folder(root, settings.docs_dir, settings.plans_dir), config.site_url,
                           backend, port)
    except EditorMissing as exc:
        raise PluginError(f"Trang soạn thảo: {exc}") from None
    return [File.generated(config, f.dest, content=f.content) if f.source is None else
            File(f.source.name, str(f.source.parent), config.site_dir, config.use_directory_urls, dest_uri=f.dest)
            for f in made]


def plan_checker(config_file: Path):
    """Checks saved plans exactly as `site-builder check FILE` does; returns their errors, one a line."""

    def check(paths: list[Path]) -> list[str]:
        docs_dir, plans_dir = content_folder_if_any(config_file)
        diags = Diagnostics()
        check_named_files(paths, docs_dir, plans_dir, build_date(), diags)
        return [f.format() for f in diags.sorted() if f.severity.name == "ERROR"]

    return check


def serve_with_editor(config_file: Path, dev_addr: str | None, commit: bool = True, editor_port: int = 8081) -> None:
    host, _, port = (dev_addr or "127.0.0.1:8000").rpartition(":")
    if host not in ("127.0.0.1", "localhost"):
        raise BuildFailed("trang soạn thảo chỉ chạy trên 127.0.0.1 (máy chủ của nó không có đăng nhập); "
                          "bỏ -a hoặc dùng -a 127.0.0.1:CỔNG.")
    origins = [f"http://127.0.0.1:{port}", f"http://localhost:{port}"]
    root = config_file.resolve().parent
    checkout = Path(str(resources.files("site_builder"))).parent
    editor = LocalEditor(root, origins, port=editor_port, check=plan_checker(config_file), commit=commit,
                         node_modules=checkout / "node_modules")
    try:
        editor.start()
    except EditorServerError as exc:
        raise BuildFailed(f"không chạy được trang soạn thảo: {exc}") from None
    print(f"Trang soạn thảo: http://127.0.0.1:{port}/admin/ (mở cạnh bản xem trước http://127.0.0.1:{port}/). "
          + ("Mỗi lần lưu, tệp được kiểm tra rồi ghi lại vào git (commit) bằng tên của bạn; "
             "để đăng lên trang web, chạy «git push»." if commit else
             "Mỗi lần lưu, lệnh in các lệnh git để ghi lại và đăng tệp đó."))

    def configure(config) -> None:
        plugin = config.plugins.get("site-builder")
        if plugin is not None:
            plugin.config.editor = True
            plugin.config.editor_port = editor.port

    def stop(signum, frame):  # a closed terminal or `kill`: stop both servers, as Ctrl+C does
        raise KeyboardInterrupt

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGHUP)}
    try:
        serve_site(config_file, dev_addr, configure=configure)
    finally:
        editor.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
