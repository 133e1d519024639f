"""Which files the content folder may carry besides its pages: an allow-list, because MkDocs copies
every file of docs_dir to the site as is, on the site's own origin, outside the sanitiser and the
pages' Content-Security-Policy. A type missing here is refused with a message; a type a browser could
run (HTML, XHTML, SVG, XML with a style sheet, scripts …) is never added.
"""

from __future__ import annotations

import posixpath

# suffix (lower case) → what it is, for the message that lists them. None of these does a browser run:
# it shows them (PDF, images without script, audio, video) or offers them for download.
ALLOWED = {
    # the project's own files: pages (exactly ".md", see below) and the registry of cited documents
    ".md": "trang", ".yml": "dữ liệu", ".yaml": "dữ liệu",
    # signed originals and annexes
    ".pdf": "PDF",
    ".png": "ảnh", ".jpg": "ảnh", ".jpeg": "ảnh", ".gif": "ảnh", ".webp": "ảnh", ".avif": "ảnh",
    ".tif": "ảnh", ".tiff": "ảnh",  # scans
    ".doc": "văn bản Office", ".docx": "văn bản Office", ".odt": "văn bản Office", ".rtf": "văn bản Office",
    ".xls": "bảng tính", ".xlsx": "bảng tính", ".ods": "bảng tính", ".csv": "bảng tính", ".txt": "văn bản thuần",
    ".ppt": "trình chiếu", ".pptx": "trình chiếu", ".odp": "trình chiếu",
    ".zip": "tệp nén", ".7z": "tệp nén", ".rar": "tệp nén",
    # recordings of what the loudspeakers announced (Luật 10/2022/QH15, Art. 12)
    ".mp3": "âm thanh", ".m4a": "âm thanh", ".mp4": "video", ".webm": "video",
}
# What the build reads (the registry of cited documents, a portal's member file) and never publishes:
# they hold officials' working notes, and the site shows what it made of them.
BUILD_INPUTS = {".yml", ".yaml"}
# Files a static host reads by name: GitHub Pages takes the site's domain from CNAME.
ALLOWED_NAMES = {"CNAME"}
# What MkDocs renders as a page besides ".md": our checks see ".md" only, so the others would be
# published unchecked.
_MARKDOWN_LIKE = {".md", ".markdown", ".mdown", ".mkdn", ".mkd"}
# Types a browser runs as a page of the site (or a script): said plainly in the message.
_ACTIVE = {".html", ".htm", ".xhtml", ".xht", ".xhtm", ".shtml", ".svg", ".svgz", ".js", ".mjs", ".xml", ".xsl",
           ".xslt", ".swf", ".jar", ".wasm"}


def _kinds() -> str:
    kinds: dict[str, list[str]] = {}
    for suffix, kind in ALLOWED.items():
        kinds.setdefault(kind, []).append(suffix)
    return "; ".join(f"{kind} ({', '.join(suffixes)})" for kind, suffixes in kinds.items())


def refusal(rel: str) -> str | None:
    """Why the file at `rel` (inside the content folder) may not be published, or None."""
    name = posixpath.basename(rel)
    suffix = posixpath.splitext(name)[1]
    if suffix == ".md" or (suffix.lower() in ALLOWED and suffix.lower() not in _MARKDOWN_LIKE) or name in ALLOWED_NAMES:
        return None
    if suffix.lower() in _MARKDOWN_LIKE:
        stem = name[: -len(suffix)]
        return (f"tệp «{suffix}»: trang web chỉ đọc và kiểm tra văn bản có đuôi «.md» (chữ thường); "
                f"hãy đổi tên thành «{stem}.md».")
    shown = f"«{suffix}»" if suffix else f"«{name}» (không có đuôi)"
    if suffix.lower() in _ACTIVE:
        return (f"tệp {shown} không được đặt trong thư mục nội dung: trình duyệt sẽ chạy nó như một trang của trang web. "
                "Hãy đính kèm bản PDF hoặc ảnh (PNG, JPG).")
    return (f"tệp {shown} không được đặt trong thư mục nội dung: trang web chỉ đăng {_kinds()}. Hãy lưu tệp thành một "
            "trong các dạng đó (ví dụ PDF) hoặc xoá tệp.")


def is_build_input(rel: str) -> bool:
    """Whether a file of the content folder is read by the build rather than published as is."""
    return posixpath.splitext(rel)[1].lower() in BUILD_INPUTS
