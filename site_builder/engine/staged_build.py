"""`site-builder stage THƯ_MỤC` and `site-builder build --qua-thu-muc`: the core stages the docs folder,
plain MkDocs builds it (no plugin of ours runs), the publishing steps follow (issue 16)."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import Callable

from ..model.diagnostics import Diagnostics
from ..stage.pipeline import Content, load_site
from .build import BuildFailed, load_mkdocs_config
from .publish_steps import PublishFailed, publish_site
from .settings import site_settings
from .staged_config import read_config
from .staging import CONFIG, Site, StageFailed, stage_site

Report = Callable[[Diagnostics, int], None]  # how the command line prints the checker's findings


def load(config_file: Path) -> tuple[Site, Content, dict]:
    """The site (read once: engine.settings), its checked content, and its raw mkdocs.yml."""
    config = load_mkdocs_config(config_file)
    try:
        raw = read_config(config_file)
    except Exception as exc:  # load_mkdocs_config has read it already: only a race gets here
        raise BuildFailed(f"không đọc được tệp cấu hình {config_file}: {exc}") from None
    settings = site_settings(config)
    merged = [url for url in (config.extra.get("search_merge") or []) if isinstance(url, str)]
    custom = Path(config.theme.custom_dir) if config.theme.custom_dir else None
    site = Site(Path(config_file), settings.docs_dir, settings.site_url or None, settings.repo_url, merged, custom,
                settings.portal)
    return site, load_site(settings), raw


def stage(config_file: Path, out: Path, report: Report) -> tuple[Site, Content, Path] | None:
    """Check the content and stage it; None (findings reported) when it has errors."""
    site, content, raw = load(config_file)
    report(content.diagnostics, content.checked)
    if content.diagnostics.errors:
        print("Không chuẩn bị thư mục vì nội dung còn lỗi.", file=sys.stderr)
        return None
    try:
        return site, content, stage_site(site, content, out, raw)
    except StageFailed as exc:
        raise BuildFailed(str(exc)) from None


def build_staged(staged: Path, site_dir: Path, strict: bool = False) -> None:
    """Plain MkDocs over the staged folder: no plugin of ours is listed there (staged_config)."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.exceptions import Abort, MkDocsException

    config = load_mkdocs_config(staged / CONFIG, site_dir=str(site_dir), strict=strict)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        mkdocs_build(config)
    except (MkDocsException, Abort) as exc:
        reason = "có cảnh báo khi dùng --strict" if "strict" in str(exc) else "xem thông báo lỗi ở trên"
        raise BuildFailed(f"MkDocs không xây dựng được thư mục đã chuẩn bị ({reason})") from None
    finally:
        config.plugins.on_shutdown()


def run_stage(args, report: Report) -> int:
    done = stage(Path(args.config_file), Path(args.out), report)
    if done is None:
        return 1
    _, content, out = done
    print(f"Đã chuẩn bị thư mục: {len(content.plans)} kế hoạch, {len(content.pages)} trang tự tạo → {out}\n"
          f"Xây dựng bằng MkDocs: mkdocs build -f {out / CONFIG}")
    return 0


def run_publish(site: Site, content: Content, site_dir: Path) -> None:
    try:
        publish_site(site_dir, site, content)
    except PublishFailed as exc:
        raise BuildFailed(str(exc)) from None


def staged_build(config_file: Path, target: Path, report: Report, strict: bool = False) -> tuple[Content, Path] | None:
    """stage → plain MkDocs → publish, into a folder swapped in only when every step succeeded."""
    from .build import _refuse_unsafe_target, _swap, quiet_mkdocs_info

    work = Path(tempfile.mkdtemp(prefix=".site-builder-stage-"))
    try:
        done = stage(config_file, work / "stage", report)
        if done is None:
            return None
        site, content, staged = done
        target = Path(target).resolve()
        _refuse_unsafe_target(target, site.docs_dir.resolve(), Path(config_file).resolve())
        target.parent.mkdir(parents=True, exist_ok=True)
        output = Path(tempfile.mkdtemp(prefix=f".{target.name}-dang-xay-", dir=target.parent))
        try:
            quiet_mkdocs_info()
            build_staged(staged, output, strict)
            run_publish(site, content, output)
        except BuildFailed as exc:
            shutil.rmtree(output, ignore_errors=True)
            raise BuildFailed(f"{str(exc).rstrip('.')}; trang cũ trong {target} được giữ nguyên.") from None
        except BaseException:
            shutil.rmtree(output, ignore_errors=True)
            raise
        output.chmod(0o755)
        _swap(output, target)
        return content, target
    finally:
        shutil.rmtree(work, ignore_errors=True)
