"""Build the whole site into a temporary folder and put it in place only when it succeeded,
so a failed build never leaves a half-written or missing site."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, ConfigurationError, MkDocsException


class BuildFailed(Exception):
    """The site could not be built; the message is Vietnamese and the old site is untouched."""


def load_mkdocs_config(config_file: Path, **overrides):
    try:
        return load_config(config_file=str(config_file), **overrides)
    except (ConfigurationError, Abort) as exc:
        raise BuildFailed(f"cấu hình {config_file} không hợp lệ: {exc}") from None
    except OSError as exc:
        raise BuildFailed(f"không đọc được tệp cấu hình {config_file}: {exc.strerror or exc}") from None


def build_site(config_file: Path, site_dir: Path | None = None, strict: bool = False, content=None) -> Path:
    """Build with MkDocs (our plugin included) and swap the result into `site_dir` atomically. `content` is
    the pipeline's result when the caller has just made it: the plugin takes it instead of loading again."""
    config = load_mkdocs_config(config_file, strict=strict)
    plugin = config.plugins.get("site-builder")
    if plugin is not None and content is not None:
        plugin.handed_over = content
    target = Path(site_dir or config.site_dir).resolve()
    _refuse_unsafe_target(target, Path(config.docs_dir).resolve(), Path(config_file).resolve())
    target.parent.mkdir(parents=True, exist_ok=True)
    # Same parent folder, so the final rename is atomic and never crosses filesystems.
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-dang-xay-", dir=target.parent))
    config.site_dir = str(staging)
    # As the mkdocs command does: a plugin instance kept from an earlier `serve` in this process
    # starts a plain build again.
    config.plugins.on_startup(command="build", dirty=False)
    try:
        mkdocs_build(config)
    except (MkDocsException, Abort) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        # MkDocs' own Abort text is English ("Aborted with a BuildError!"); the cause was logged above.
        reason = "có cảnh báo khi dùng --strict" if "strict" in str(exc) else "xem thông báo lỗi ở trên"
        raise BuildFailed(f"không xây dựng được trang web ({reason}); trang cũ trong {target} được giữ nguyên.") from None
    except RecursionError:
        # markdown_limits.py keeps such text out; should a page still nest beyond Python-Markdown's reach, the
        # official gets a sentence (MkDocs has logged which page) rather than a traceback.
        shutil.rmtree(staging, ignore_errors=True)
        raise BuildFailed("không xây dựng được trang web: một trang lồng nhau quá sâu (xem tên trang ở dòng "
                          f"«Error reading page» ở trên); trang cũ trong {target} được giữ nguyên.") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        config.plugins.on_shutdown()
    staging.chmod(0o755)  # mkdtemp makes it private; a web server must read it
    _swap(staging, target)
    return target


def _refuse_unsafe_target(target: Path, docs_dir: Path, config_file: Path) -> None:
    """The target folder is replaced whole: never let it be, or hold, the sources or the project,
    and only replace a folder that is empty or an earlier build."""
    def inside(path: Path, folder: Path) -> bool:
        return path == folder or folder in path.parents

    if inside(docs_dir, target) or inside(target, docs_dir) or inside(config_file, target):
        raise BuildFailed(f"thư mục kết quả {target} trùng hoặc chứa thư mục nội dung hay tệp cấu hình; "
                          "hãy chọn thư mục khác (mặc định: site/).")
    if target.exists() and (not target.is_dir() or (any(target.iterdir()) and not _looks_built(target))):
        raise BuildFailed(f"{target} đã có và không phải một trang web đã xây dựng trước đây; "
                          "để tránh xoá nhầm dữ liệu, hãy xoá hoặc chọn thư mục khác.")


def _looks_built(folder: Path) -> bool:
    return (folder / "index.html").is_file() or (folder / "data" / "manifest.json").is_file()


def _swap(staging: Path, target: Path) -> None:
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}-cu-", dir=target.parent))
        old.rmdir()
        os.replace(target, old)
    os.replace(staging, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def quiet_mkdocs_info() -> None:
    """The CLI prints the content findings itself; MkDocs' INFO lines would repeat them."""
    logging.getLogger("mkdocs").setLevel(logging.WARNING)

