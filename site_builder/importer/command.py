"""`site-builder import FILE… [-o DIR] [--force]`: what the CLI runs, with its Vietnamese report."""

from __future__ import annotations

import sys
from pathlib import Path

from ..model.diagnostics import Diagnostics
from ..model.fields import FIELDS_BY_NAME
from ..model.paths import slugify
from . import SUPPORTED, ImportFailed, import_file

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2
PLANS_ROOT = Path("content") / "ke-hoach"
UNKNOWN_YEAR_DIR = "chua-ro-nam"
# Fields the importer looks for in the text, in the order the report lists them.
REPORTED = ("doc_type", "title", "number", "issuer", "issued", "place", "locality", "signer", "recipients")
SIGNER_PARTS = ("authority", "title", "name")


def collect_inputs(raw_paths: list[str]) -> tuple[list[Path], str | None]:
    """Files to import (a folder means its .docx/.txt files); the first path that does not exist."""
    files: list[Path] = []
    for raw in raw_paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in (".docx", ".txt")))
        elif path.is_file():
            files.append(path)
        else:
            return files, raw
    return files, None


def address(target: Path) -> str:
    """The page address a plan file gets: content/ke-hoach/2025/x.md → /ke-hoach/2025/x/."""
    parts = target.with_suffix("").parts
    if "content" in parts:
        return "/" + "/".join(parts[parts.index("content") + 1:]) + "/"
    return f"…/{target.stem}/"


def target_dir(output_dir: str | None, meta: dict) -> Path:
    if output_dir:
        return Path(output_dir)
    if PLANS_ROOT.is_dir():
        issued = str(meta.get("issued", ""))
        return PLANS_ROOT / (issued[:4] if issued[:4].isdigit() else UNKNOWN_YEAR_DIR)
    return Path(".")


NAME_LENGTH = 70  # characters of the file name, so the address stays short enough to read out and type


def file_stem(meta: dict, source: Path) -> tuple[str, str]:
    """The Markdown file's name, which becomes the page's address: from the plan (place, number, trích yếu),
    not from whatever the Word file was called («Kế hoạch số 05 (bản cuối).docx»). Also says what it came from."""
    place = meta.get("locality", {}).get("commune") or meta.get("place")
    number = meta.get("number") if any(c.isdigit() for c in meta.get("number", "")) else None
    parts = [(place, "địa danh"), (number, "số"), (meta.get("title"), "trích yếu")]
    used = [(slugify(value), label) for value, label in parts if value]
    if not meta.get("title"):
        return slugify(source.stem), "tên tệp gốc, vì văn bản không có trích yếu nhận ra được"
    words: list[str] = []
    for slug, _ in used:
        for word in slug.split("-"):
            if words and len("-".join(words + [word])) > NAME_LENGTH:
                break
            words.append(word)
    return "-".join(words), ", ".join(label for _, label in used) + " của văn bản"


def _describe(name: str, value) -> str:
    label = FIELDS_BY_NAME[name].label if name in FIELDS_BY_NAME else name
    if isinstance(value, list):
        shown = f"{len(value)} mục"
    elif isinstance(value, dict):
        shown = ", ".join(f"{k}: {v}" for k, v in value.items())
    else:
        shown = str(value)
    if len(shown) > 90:
        shown = shown[:87] + "…"
    return f"{label} ({name}): {shown}"


def task_lines(found) -> list[str]:
    """What became of the tasks: how many, from where, and what the text did not say."""
    if not found.tasks:
        return ["  Nhiệm vụ (tasks): không tìm thấy mục nhiệm vụ (ví dụ «III. NHIỆM VỤ VÀ GIẢI PHÁP» có các ý đánh số "
                "1., 2. …) hay bảng phân công (cột «Nội dung», «Đơn vị chủ trì», «Thời gian hoàn thành»); "
                "chưa điền nhiệm vụ nào. Nếu văn bản giao nhiệm vụ, hãy ghi tay (xem «Hướng dẫn cho cán bộ»)."]
    lines = [f"  Nhiệm vụ (tasks): đã điền {len(found.tasks)} ({'; '.join(found.sources)})."]
    if found.gaps:
        lines.append("  Nhiệm vụ chưa đủ thông tin (hãy bổ sung nếu văn bản có):")
        lines += [f"    - {gap}" for gap in found.gaps]
    return lines


def report_lines(meta: dict, notes: list[str], citations, found=None) -> list[str]:
    lines = ["  Đã điền từ văn bản:"]
    for name in REPORTED:
        if name in meta:
            lines.append("    - " + _describe(name, meta[name]))
    missing = []
    for name in REPORTED:
        field = FIELDS_BY_NAME.get(name)
        if name not in meta:
            missing.append(f"{name} ({field.label if field else name}{', bắt buộc' if field and field.required else ''})")
        elif name == "signer":
            missing += [f"signer.{part}" for part in SIGNER_PARTS if part not in meta["signer"]]
        elif name == "locality" and "province" not in meta["locality"]:
            missing.append("locality.province (tỉnh/thành phố)")
    if missing:
        lines.append("  Chưa xác định được (văn bản không ghi hoặc không nhận ra; hãy bổ sung nếu văn bản có):")
        lines.append("    " + ", ".join(missing))
    if citations:
        symbols = []
        for c in citations:
            if c.symbol.text not in symbols:
                symbols.append(c.symbol.text)
        shown = ", ".join(symbols[:8]) + (", …" if len(symbols) > 8 else "")
        lines.append(f"  Văn bản được trích dẫn: {len(symbols)} ({shown})")
    if "basis" in meta:
        lines.append("    - " + _describe("basis", meta["basis"]))
    if found is not None:
        lines += task_lines(found)
    # issue 17: what happens after the document is signed is never in the Word file
    lines.append("  Công khai (disclosure) và phản ánh, kiến nghị (feedback): văn bản không ghi; khi đã niêm yết, phát "
                 "trên hệ thống truyền thanh hay nhận phản ánh, hãy ghi tay (xem «Hướng dẫn cho cán bộ»).")
    for note in notes:
        lines.append(f"  Lưu ý: {note}")
    return lines


def run_import(paths: list[str], output_dir: str | None, force: bool, out=None) -> int:
    from tqdm import tqdm

    from ..model.clock import build_date
    from ..stage.pipeline import check_files

    out = out or sys.stdout
    files, missing = collect_inputs(paths)
    if missing is not None:
        print(f"site-builder import: lỗi: không tìm thấy «{missing}»", file=sys.stderr)
        return EXIT_USAGE
    if not files:
        print("site-builder import: lỗi: không có tệp .docx hoặc .txt nào để nhập", file=sys.stderr)
        return EXIT_USAGE
    if output_dir and Path(output_dir).exists() and not Path(output_dir).is_dir():
        print(f"site-builder import: lỗi: «{output_dir}» không phải thư mục", file=sys.stderr)
        return EXIT_USAGE

    failed = written = 0
    used: set[Path] = set()
    bar = tqdm(files, desc="Đang nhập", unit="tệp", file=sys.stderr,
               disable=len(files) < 2 or not sys.stderr.isatty(), leave=False)

    def say(text: str = "") -> None:
        if bar.disable:
            print(text, file=out)
        else:
            tqdm.write(text, file=out)

    for path in bar:
        if path.suffix.lower() not in SUPPORTED and path.suffix.lower() not in (".doc", ".pdf", ".odt", ".rtf"):
            say(f"{path}: lỗi: không nhận dạng được loại tệp «{path.suffix or '(không có đuôi)'}»; chỉ nhập .docx và .txt.")
            failed += 1
            continue
        try:
            result, text = import_file(path)
        except ImportFailed as exc:
            say(f"{path}: lỗi: {exc}")
            failed += 1
            continue
        folder = target_dir(output_dir, result.meta)
        stem, named_from = file_stem(result.meta, path)
        target = folder / f"{stem}.md"
        n = 2
        while target in used:
            target = folder / f"{stem}-{n}.md"
            n += 1
        used.add(target)
        if target.exists() and not force:
            say(f"{path}: lỗi: đã có tệp «{target}»; không ghi đè. Dùng --force để ghi đè, hoặc -o để chọn thư mục khác.")
            failed += 1
            continue
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        except OSError as exc:
            say(f"{path}: lỗi: không ghi được «{target}»: {exc.strerror or exc}")
            failed += 1
            continue
        written += 1
        say(f"{path} → {target}")
        say(f"  Tên tệp đặt theo {named_from}; đó cũng là địa chỉ của trang ({address(target)}). "
            "Muốn địa chỉ khác thì đổi tên tệp .md trước khi đăng: sau khi đăng, đổi tên làm hỏng các liên kết đã gửi đi.")
        for line in report_lines(result.meta, result.notes, result.citations, result.tasks):
            say(line)
        diags = Diagnostics()
        check_files([target], None, build_date(), diags, None)
        if diags.items:
            say(f"  Kết quả kiểm tra ({len(diags.errors)} lỗi, {len(diags.warnings)} cảnh báo):")
            for finding in diags.sorted():
                say("    " + finding.format())
        else:
            say("  Kết quả kiểm tra: không có lỗi hay cảnh báo.")
        say()
    bar.close()
    print(f"Đã nhập {written}/{len(files)} tệp." + (f" {failed} tệp không nhập được." if failed else "")
          + (" Hãy đọc lại từng tệp, sửa những gì còn thiếu rồi chạy «site-builder check»." if written else ""),
          file=out)
    return EXIT_ERRORS if failed else EXIT_OK
