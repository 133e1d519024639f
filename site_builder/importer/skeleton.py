"""`site-builder new`: a plan file with every front-matter field explained in Vietnamese.

The fields, their help and their examples come from `fields.PLAN_FIELDS`, the table the checker
uses, so the skeleton can never disagree with the schema. Fields given on the command line (or
typed at the prompts) are written as values; every other field is a commented example.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..model.dates import DateError, PartialDate
from ..model.fields import PLAN_FIELDS, Field, Kind
from ..model.paths import slugify
from .writer import field_lines

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2
DEFAULT_DOC_TYPE = "Kế hoạch"
PLANS_ROOT = Path("content") / "ke-hoach"

# What the prompts ask, in order: (field, question, required).
PROMPTS = (
    ("title", "Trích yếu (dòng dưới chữ «KẾ HOẠCH»)", True),
    ("issuer", "Cơ quan ban hành (ví dụ: UBND xã Hoằng Hợp)", True),
    ("number", "Số, ký hiệu (ví dụ: 12/KH-UBND; văn bản chưa có số: /KH-UBND; Enter để bỏ qua)", False),
    ("issued", "Ngày ban hành NĂM-THÁNG-NGÀY (2025-01-15), thiếu ngày thì NĂM-THÁNG (2025-01); Enter để bỏ qua", False),
    ("place", "Địa danh ở dòng ngày tháng (ví dụ: Hoằng Hợp; Enter để bỏ qua)", False),
)

BODY = """<!--
Dán toàn văn kế hoạch vào đây, giữ nguyên từng câu chữ (xoá khối ghi chú này).
  - Mục lớn:        ## I. MỤC ĐÍCH, YÊU CẦU
  - Mục nhỏ:        ### 1. Tên mục      (và #### 1.1. Tên mục con)
  - Đoạn đánh số:   1\\. Nội dung …      (dấu \\ giữ nguyên số như văn bản)
  - Gạch đầu dòng:  - Nội dung …
Cuối văn bản, «Nơi nhận» và chữ ký viết như sau:

<div class="cuoi-van-ban" markdown>
<div class="noi-nhan" markdown>

**Nơi nhận:**

- UBND huyện (b/c);
- Lưu: VT.

</div>
<div class="chu-ky" markdown>

**TM. ỦY BAN NHÂN DÂN**<br>
**CHỦ TỊCH**

**Họ và tên người ký**

</div>
</div>

Có tệp .docx? Dùng «site-builder import TỆP.docx» để điền sẵn mọi thứ.
Kiểm tra: .venv/bin/site-builder check TỆP.md · Xem trước: .venv/bin/site-builder serve
-->
"""


def _comment_block(field: Field) -> list[str]:
    need = "bắt buộc" if field.required else "không bắt buộc"
    lines = [f"# {field.label} ({need}, {field.kind.value}): {field.help}"]
    for sub in field.subfields:
        lines.append(f"#   {sub.name}: {sub.label}. {sub.help}")
    return lines


def skeleton(values: dict) -> str:
    """The front-matter with every field commented, and a guidance body."""
    lines = [
        "---",
        "# Thông tin văn bản. Chỉ ghi những gì văn bản có; bỏ dấu # ở đầu dòng ví dụ để dùng một trường.",
        "# Hướng dẫn đầy đủ: trang «Hướng dẫn cho cán bộ» của trang web (huong-dan/dang-van-ban/).",
    ]
    for field in PLAN_FIELDS:
        lines.append("")
        lines += _comment_block(field)
        value = values.get(field.name)
        if value not in (None, "", [], {}):
            lines += field_lines(field, value)
        else:
            lines += [f"# {line}" for line in field.example.split("\n")]
    lines.append("---")
    return "\n".join(lines) + "\n\n" + BODY


def default_path(values: dict) -> Path:
    issued = str(values.get("issued") or "")
    name = slugify(values.get("title") or "ke-hoach-moi")[:70].rstrip("-") + ".md"
    if PLANS_ROOT.is_dir():
        return PLANS_ROOT / (issued[:4] if issued[:4].isdigit() else "chua-ro-nam") / name
    return Path(name)


def check_issued(text: str) -> str:
    """The date as written in front-matter, or DateError with a Vietnamese message."""
    return PartialDate.parse(text.strip()).iso()


def _ask(question: str, required: bool, validate=None) -> str:
    while True:
        try:
            answer = input(f"{question}: ").strip()
        except EOFError:
            raise KeyboardInterrupt from None
        if not answer:
            if required:
                print("  Trường này bắt buộc; hãy nhập nội dung.", file=sys.stderr)
                continue
            return ""
        if validate is None:
            return answer
        try:
            return validate(answer)
        except DateError as exc:
            print(f"  {exc}", file=sys.stderr)


def run_new(args) -> int:
    values = {
        "title": args.title,
        "doc_type": args.doc_type or DEFAULT_DOC_TYPE,
        "number": args.number,
        "issuer": args.issuer,
        "issued": args.issued,
        "place": args.place,
    }
    if values["issued"]:
        try:
            values["issued"] = check_issued(values["issued"])
        except DateError as exc:
            print(f"site-builder new: lỗi: --issued: {exc}", file=sys.stderr)
            return EXIT_USAGE
    interactive = sys.stdin is not None and sys.stdin.isatty() and not args.no_input
    if interactive:
        print("Tạo tệp kế hoạch mới. Nhấn Ctrl+C để huỷ.")
        try:
            for name, question, required in PROMPTS:
                if values.get(name):
                    continue
                values[name] = _ask(question, required, check_issued if name == "issued" else None)
            if not args.output:
                suggested = default_path(values)
                answer = _ask(f"Ghi vào tệp (Enter: {suggested})", False)
                args.output = answer or str(suggested)
        except KeyboardInterrupt:
            print("\nsite-builder new: đã huỷ, không tạo tệp nào.", file=sys.stderr)
            return EXIT_USAGE
    missing = [f"--{name}" for name in ("title", "issuer") if not values.get(name)]
    if missing:
        print(
            "site-builder new: lỗi: thiếu " + ", ".join(missing)
            + " (trích yếu và cơ quan ban hành là trường bắt buộc). "
            "Ví dụ: site-builder new --title \"Thực hiện công tác dân vận năm 2025\" --issuer \"UBND xã Hoằng Hợp\"",
            file=sys.stderr,
        )
        return EXIT_USAGE
    target = Path(args.output) if args.output else default_path(values)
    if target.exists() and not args.force:
        print(f"site-builder new: lỗi: đã có tệp «{target}»; không ghi đè. Dùng --force để ghi đè.", file=sys.stderr)
        return EXIT_ERRORS
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(skeleton({k: v for k, v in values.items() if v}), encoding="utf-8")
    except OSError as exc:
        print(f"site-builder new: lỗi: không ghi được «{target}»: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERRORS
    print(f"Đã tạo «{target}».")
    print("Tiếp theo: dán toàn văn vào tệp, điền các trường còn thiếu, rồi chạy "
          f"«.venv/bin/site-builder check {target}» và xem trước bằng «.venv/bin/site-builder serve».")
    return EXIT_OK


__all__ = ["run_new", "skeleton", "Kind"]
