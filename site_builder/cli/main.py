"""`site-builder`: check content and build the site. Messages for officials are Vietnamese."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from pathlib import Path

from .. import __version__
from ..load.content_tree import printable, refusal
from ..model.diagnostics import Diagnostics
from ..model.fields import json_schema
from ..model.repository import missing as missing_repo_url
from ..render.calendar_links import SITE_URL_NEEDED
from ..model.clock import build_date
from ..model.settings import DEFAULT_PLANS_DIR
from ..catalog.contacts import CHANNELS_FILE, ContactBook, load_channels, warn_unreachable_consultations
from ..stage.pipeline import check_files, load_site, markdown_files, shown_path
from . import text as cli_text

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


def _config_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-f", "--config-file", default="mkdocs.yml", metavar="TỆP", help="tệp cấu hình (mặc định: mkdocs.yml)")


def _parser() -> argparse.ArgumentParser:
    cli_text.install()
    parser = argparse.ArgumentParser(
        prog="site-builder",
        description="Kiểm tra và xây dựng trang công khai kế hoạch từ các tệp Markdown trong content/.",
    )
    parser.add_argument("--version", action="version", version=f"site-builder {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="LỆNH", title="các lệnh")
    commands.required = True

    check = commands.add_parser(
        "check",
        help="kiểm tra nội dung, in từng lỗi và cảnh báo kèm tệp và dòng",
        description="Kiểm tra các tệp kế hoạch. Không ghi đường dẫn: kiểm tra toàn bộ thư mục nội dung "
        "trong mkdocs.yml. Có đường dẫn: mỗi tệp .md (hoặc thư mục chứa chúng) được kiểm tra như một kế hoạch. "
        "Mã thoát: 0 khi không có lỗi, 1 khi có lỗi, 2 khi gọi lệnh sai.",
    )
    check.add_argument("paths", nargs="*", metavar="ĐƯỜNG_DẪN", help="tệp hoặc thư mục cần kiểm tra")
    _config_option(check)
    check.add_argument("--format", choices=("text", "codequality"), default="text",
                       help="text: mỗi vấn đề một dòng (mặc định); codequality: JSON cho báo cáo Code Quality của GitLab")

    build = commands.add_parser(
        "build",
        help="kiểm tra rồi xây dựng trang web; chỉ thay site/ khi xây dựng thành công",
        description="Kiểm tra nội dung rồi xây dựng toàn bộ trang web vào một thư mục tạm; "
        "chỉ khi thành công mới thay thế thư mục site/ cũ.",
    )
    _config_option(build)
    build.add_argument("-d", "--site-dir", metavar="THƯ_MỤC", help="thư mục kết quả (mặc định: site_dir trong mkdocs.yml)")
    build.add_argument("--strict", action="store_true", help="coi cảnh báo của MkDocs (ví dụ liên kết hỏng) là lỗi")

    serve = commands.add_parser(
        "serve",
        help="xem trước trang web trên máy; mỗi lần lưu tệp, chỉ các trang bị ảnh hưởng được xây dựng lại",
        description="Chạy máy chủ xem trước (mặc định http://127.0.0.1:8000/). Mỗi lần một tệp được lưu, chỉ "
        "những trang bị ảnh hưởng được xây dựng lại và trang đang mở tự tải lại; chỉ mục tìm kiếm được cập nhật "
        "ngay sau đó. Dừng bằng Ctrl+C. Trang xem trước không thay site/: để đăng trang web, dùng «site-builder build».",
    )
    _config_option(serve)
    serve.add_argument("-a", "--dev-addr", metavar="IP:CỔNG", help="địa chỉ của máy chủ xem trước (mặc định: 127.0.0.1:8000)")

    refs = commands.add_parser(
        "refs",
        help="liệt kê các văn bản được trích dẫn trong một tệp (hoặc - để đọc từ đầu vào chuẩn)",
        description="In các trích dẫn văn bản (số, ký hiệu chuẩn, loại, ngày, cơ quan) tìm thấy trong tệp, "
        "mỗi trích dẫn một dòng; đây là những gì trang web sẽ tạo liên kết.",
    )
    refs.add_argument("file", metavar="TỆP", help="tệp cần đọc, hoặc - để đọc từ đầu vào chuẩn")
    refs.add_argument("--json", action="store_true", help="in dạng JSON (một mảng đối tượng)")

    imp = commands.add_parser(
        "import",
        help="nhập văn bản từ tệp Word (.docx) hoặc văn bản (.txt) thành tệp Markdown có thông tin đầu trang",
        description="Đọc từng tệp .docx hoặc .txt (hoặc mọi tệp như vậy trong một thư mục), điền thông tin đầu trang "
        "từ văn bản (loại, trích yếu, số, cơ quan ban hành, địa danh, ngày, người ký, nơi nhận), giữ nguyên toàn văn, "
        "rồi ghi một tệp .md cho mỗi văn bản. In những gì đã điền, những gì chưa xác định được và kết quả kiểm tra. "
        "Không ghi đè tệp đã có nếu không có --force. "
        "Mã thoát: 0 khi nhập được mọi tệp, 1 khi có tệp không nhập được, 2 khi gọi lệnh sai.",
    )
    imp.add_argument("files", nargs="+", metavar="TỆP", help="tệp .docx/.txt hoặc thư mục chứa chúng")
    imp.add_argument("-o", "--output-dir", metavar="THƯ_MỤC",
                     help="thư mục ghi kết quả (mặc định: content/ke-hoach/<năm ban hành>/ nếu có, nếu không thì thư mục hiện tại)")
    imp.add_argument("--force", action="store_true", help="ghi đè tệp .md đã có")

    new = commands.add_parser(
        "new",
        help="tạo tệp kế hoạch mới có sẵn mọi trường thông tin kèm giải thích",
        description="Tạo một tệp kế hoạch mới: mọi trường thông tin đầu trang đều có ghi chú tiếng Việt. "
        "Khi chạy trong cửa sổ lệnh, lệnh hỏi lần lượt từng thông tin; cũng có thể ghi sẵn bằng các tuỳ chọn. "
        "Mã thoát: 0 khi đã tạo tệp, 1 khi không ghi được (ví dụ tệp đã có), 2 khi gọi lệnh sai.",
    )
    new.add_argument("--title", metavar="TRÍCH_YẾU", help="trích yếu nội dung (bắt buộc)")
    new.add_argument("--issuer", metavar="CƠ_QUAN", help="cơ quan ban hành, ví dụ «UBND xã Hoằng Hợp» (bắt buộc)")
    new.add_argument("--number", metavar="SỐ", help="số, ký hiệu, ví dụ «12/KH-UBND» (chưa có số: «/KH-UBND»)")
    new.add_argument("--issued", metavar="NGÀY", help="ngày ban hành: 2025-01-15, 2025-01 hoặc 2025")
    new.add_argument("--place", metavar="ĐỊA_DANH", help="địa danh ở dòng ngày tháng")
    new.add_argument("--doc-type", metavar="LOẠI", help="loại văn bản (mặc định: Kế hoạch)")
    new.add_argument("-o", "--output", metavar="TỆP",
                     help="tệp cần tạo (mặc định: content/ke-hoach/<năm>/<trích-yếu-không-dấu>.md)")
    new.add_argument("--force", action="store_true", help="ghi đè tệp đã có")
    new.add_argument("--no-input", action="store_true", help="không hỏi gì, chỉ dùng các tuỳ chọn đã ghi")

    commands.add_parser("schema", help="in lược đồ JSON (JSON Schema) của phần thông tin đầu trang",
                        description="In lược đồ JSON của các trường front-matter.")
    return parser


def _print_findings(diags: Diagnostics, checked: int, out) -> None:
    for finding in diags.sorted():
        print(finding.format(), file=out)
    print(diags.summary(checked), file=out)


def _content_folder_if_any(config_file: Path) -> tuple[Path | None, str]:
    """The content folder and plans folder of the site, when its mkdocs.yml can be read."""
    if not config_file.is_file():
        return None, DEFAULT_PLANS_DIR
    from ..engine.build import BuildFailed

    from ..engine.settings import read_settings

    try:
        settings = read_settings(config_file)
        return settings.docs_dir.resolve(), settings.plans_dir
    except BuildFailed:  # a broken mkdocs.yml must not stop checking single files
        return None, DEFAULT_PLANS_DIR


def _check(args) -> int:
    if args.paths:
        files: list[Path] = []
        diags = Diagnostics()
        docs_dir, plans_dir = _content_folder_if_any(Path(args.config_file))
        for raw in args.paths:
            path = Path(raw)
            if path.is_symlink():  # a link named on the command line is read no more than one in a folder
                root = docs_dir if docs_dir and path.absolute().is_relative_to(docs_dir) else path.absolute().parent
                diags.error(printable(raw), 0, "", refusal(raw, os.lstat(raw).st_mode, os.path.realpath(root)))
            elif path.is_dir():
                files.extend(markdown_files(path, diags))
            elif path.is_file():
                files.append(path)
            else:
                print(f"site-builder check: lỗi: không tìm thấy «{printable(raw)}»", file=sys.stderr)
                return EXIT_USAGE
        # Files inside the site's content folder are checked as what their place makes them (a plan
        # in the plans folder, a page elsewhere; attachments resolve as in the full check); a file
        # outside it, a draft say, is checked as a plan.
        inside = [f.resolve() for f in files if docs_dir and f.resolve().is_relative_to(docs_dir)]
        outside = [f for f in files if f.resolve() not in inside]
        found: list[tuple[list, dict, Path | None]] = []
        if inside:
            found.append((*check_files(inside, docs_dir, build_date(), diags, plans_dir), docs_dir))
        if outside:
            found.append((*check_files(outside, None, build_date(), diags, None), None))
        for plans, raws, folder in found:  # issue 17: the contacts file's errors are the full check's to report
            book = load_channels(folder / CHANNELS_FILE, "", Diagnostics()) if folder else ContactBook()
            warn_unreachable_consultations(plans, raws, book, build_date(), diags)
        checked = len(files)
    else:
        from ..engine.settings import read_settings

        settings = read_settings(Path(args.config_file))
        # A check publishes nothing: what only the published pages need (addresses) stays out.
        content = load_site(dataclasses.replace(settings, site_url=None, repo_url=None))
        diags, checked = content.diagnostics, content.checked
    if args.format == "codequality":
        print(json.dumps(diags.code_quality(), ensure_ascii=False, indent=1))
    else:
        _print_findings(diags, checked, sys.stdout)
    return EXIT_ERRORS if diags.errors else EXIT_OK


def _refs(args) -> int:
    from ..load.frontmatter import MAX_FILE_BYTES, decode, split, too_large
    from ..model.citations import find_citations

    diags = Diagnostics()
    if args.file == "-":
        data, shown = sys.stdin.buffer.read(MAX_FILE_BYTES + 1), "<đầu vào>"
    else:
        try:
            with open(args.file, "rb") as handle:
                data, shown = handle.read(MAX_FILE_BYTES + 1), printable(args.file)
        except OSError as exc:
            print(f"site-builder refs: lỗi: không đọc được «{printable(args.file)}»: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_USAGE
    text = None if too_large(len(data), shown, diags) else decode(data, shown, diags)
    if text is None:
        _print_findings(diags, 1, sys.stdout)
        return EXIT_ERRORS
    try:
        front, front_line, body, body_line = split(text)
    except Exception:  # an unclosed front-matter: read the whole file as text
        front, front_line, body, body_line = None, 0, text, 1
    found = find_citations(body, first_line=body_line)
    citations = _not_itself(found, front, front_line, args.file)
    if args.json:
        print(json.dumps([c.as_dict() for c in citations], ensure_ascii=False, indent=1))
        return EXIT_OK
    for c in citations:
        extra = " · ".join(x for x in (c.date, c.body) if x)
        note = "" if not c.nonstandard else f"  (viết trong văn bản: {c.raw[c.raw_symbol_offset:]})"
        print(f"{shown}:{c.line}: {c.type} {c.symbol.text}" + (f" · {extra}" if extra else "") + note)
    print(f"{len(citations)} trích dẫn.")
    if len(found) > len(citations):
        print(f"Không tính {len(found) - len(citations)} lần văn bản nhắc đến số, ký hiệu của chính nó.")
    return EXIT_OK


def _not_itself(citations, front: str | None, front_line: int, path: str) -> list:
    """The citations less the file's mentions of its own number, read from whatever front-matter it
    has (refs shows any file, checked or not: a value it cannot read is left unknown)."""
    from ..check.validate import filed_year_of
    from ..load.frontmatter import parse_yaml
    from ..model.dates import DateError, PartialDate
    from ..model.identity import without_own_mentions
    from ..model.plans import Locality

    parsed = parse_yaml(front, front_line, path, Diagnostics()) if front else None
    meta = parsed[0] if parsed and isinstance(parsed[0], dict) else {}

    def text(value) -> str | None:
        return value if isinstance(value, str) else None

    where = meta.get("locality") if isinstance(meta.get("locality"), dict) else {}
    locality = Locality(**{k: text(where.get(k)) for k in ("province", "district", "commune")})
    try:
        year = PartialDate.parse(meta["issued"]).year if meta.get("issued") is not None else None
    except DateError:
        year = None
    year = year or filed_year_of(Path(path).as_posix(), text(meta.get("title")) or "")[0]
    return without_own_mentions(citations, text(meta.get("number")), text(meta.get("issuer")), locality, year)


def _build(args) -> int:
    from ..engine.build import build_site, quiet_mkdocs_info
    from ..engine.settings import read_settings

    config_file = Path(args.config_file)
    settings = read_settings(config_file)
    content = load_site(settings)
    repo_url, site_url = settings.repo_url, settings.site_url
    _print_findings(content.diagnostics, content.checked, sys.stdout)
    if not repo_url:
        print(missing_repo_url(shown_path(config_file)))
    if content.diagnostics.errors:
        print("Không xây dựng trang web vì nội dung còn lỗi; trang cũ (nếu có) được giữ nguyên.", file=sys.stderr)
        return EXIT_ERRORS
    quiet_mkdocs_info()
    target = build_site(config_file, Path(args.site_dir) if args.site_dir else None, strict=args.strict, content=content)
    print(f"Đã xây dựng trang web: {len(content.plans)} kế hoạch, {len(content.pages)} trang tự tạo → {target}")
    if not site_url:
        print(f"Lưu ý: {SITE_URL_NEEDED}")
    return EXIT_OK


def _serve(args) -> int:
    from ..engine.preview import serve_site

    serve_site(Path(args.config_file), args.dev_addr)
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    from ..engine.build import BuildFailed

    args = _parser().parse_args(argv)
    try:
        if args.command == "check":
            return _check(args)
        if args.command == "build":
            return _build(args)
        if args.command == "serve":
            return _serve(args)
        if args.command == "refs":
            return _refs(args)
        if args.command == "import":
            from ..importer.command import run_import

            return run_import(args.files, args.output_dir, args.force)
        if args.command == "new":
            from ..importer.skeleton import run_new

            return run_new(args)
        print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
        return EXIT_OK
    except BuildFailed as exc:
        print(f"site-builder {args.command}: lỗi: {exc}", file=sys.stderr)
        return EXIT_ERRORS if args.command in ("build", "serve") else EXIT_USAGE


if __name__ == "__main__":  # `python -m site_builder.cli.main`, as well as `python -m site_builder.cli`
    sys.exit(main())
