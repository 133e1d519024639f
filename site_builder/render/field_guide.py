"""The officials' guide to front-matter fields, generated from the same table the checker uses."""

from __future__ import annotations

from ..catalog.registry import REGISTRY_FIELDS, REGISTRY_FILE
from ..model.fields import PLAN_FIELDS, TASKS_GUIDE, Field, Kind
from ..model.paths import link, md_escape
from ..model.site_map import DIRECTIVES, FIELD_GUIDE, SOURCE_SCHEMA
from .consultation_guide import GUIDE as CONSULTATIONS_GUIDE  # issue 17
from .listings import GeneratedPage, front_matter
from .records_guide import GUIDE as RECORDS_GUIDE  # issue 17

EXAMPLE = """---
title: "Thực hiện công tác Dân vận chính quyền năm 2025"
doc_type: "Kế hoạch"
number: "12/KH-UBND"
issuer: "UBND xã Hoằng Hợp"
issued: 2025-01-15
place: "Hoằng Hợp"
locality:
  province: "Thanh Hóa"
  district: "Hoằng Hóa"
  commune: "Hoằng Hợp"
signer:
  name: "Lê Văn Phượng"
  title: "Chủ tịch"
  authority: "TM. Ủy ban nhân dân"
recipients:
  - "UBND huyện (b/c)"
  - "Lưu: VT"
topics: ["dân vận chính quyền"]
---

Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ …

## I. MỤC ĐÍCH, YÊU CẦU
"""


def _row(field: Field, prefix: str = "") -> str:
    need = "bắt buộc" if field.required else "không bắt buộc"
    example = field.example.replace("|", "\\|")  # a code span in a table still needs its pipes escaped
    cells = [f"`{prefix}{field.name}`", md_escape(field.label), field.kind.value, need, md_escape(field.help), f"`{example}`"]
    return "| " + " | ".join(cells) + " |"  # md_escape already escapes "|"


def render_field_guide() -> GeneratedPage:
    rows = []
    def add(field: Field, prefix: str = "") -> None:  # issue 5: tasks have fields within fields
        rows.append(_row(field, prefix))
        for sub in field.subfields:
            add(sub, f"{prefix}{field.name}.")

    for field in PLAN_FIELDS:
        add(field)
    text = f"""{front_matter("Hướng dẫn: các trường thông tin của văn bản", "Các trường ở đầu mỗi tệp kế hoạch và ý nghĩa của chúng.")}
# Hướng dẫn: các trường thông tin của văn bản

Mỗi kế hoạch là một tệp Markdown trong thư mục `content/ke-hoach/`. Đầu tệp là phần
**thông tin văn bản** (front-matter), nằm giữa hai dòng `---`; sau đó là toàn văn kế hoạch.
Chỉ ghi những gì văn bản có: số chưa có thì bỏ trống phần số, ngày chưa ghi thì chỉ ghi tháng và năm.
Trang web không tự thêm thông tin nào.

## Ví dụ

```yaml
{EXAMPLE.strip()}
```

## Các trường

| Trường | Ý nghĩa | Kiểu | Bắt buộc | Cách ghi | Ví dụ |
|---|---|---|---|---|---|
{chr(10).join(rows)}

Trường không có trong bảng trên là lỗi (thường do gõ sai tên, ví dụ `isued` thay vì `issued`);
chương trình kiểm tra sẽ gợi ý tên đúng.

## Ngày thiếu

{Kind.DATE.value.capitalize()}: ghi `2025-01-15` khi văn bản ghi đủ ngày; `"2025-01"` khi văn bản để trống ngày
(«ngày   tháng 01 năm 2025»); `2025` khi chỉ biết năm. Ngày không có thật (30/02) là lỗi; ngày thiếu là cảnh báo.

## Nhiệm vụ, thời hạn và tiến độ

{TASKS_GUIDE}
## Lấy ý kiến Nhân dân và những việc Nhân dân quyết định

{CONSULTATIONS_GUIDE}
## Công khai văn bản, phản ánh và kiến nghị

{RECORDS_GUIDE}
## Trích dẫn văn bản

Trang web tự nhận ra các trích dẫn trong toàn văn («Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng
Chính phủ …») và tạo liên kết đến trang của văn bản được trích dẫn, nơi liệt kê mọi kế hoạch trích dẫn nó
([Tra cứu theo văn bản chỉ đạo]({link(FIELD_GUIDE, DIRECTIVES)})). Văn bản được nêu trong câu mở đầu
«Thực hiện …» được coi là văn bản mà kế hoạch **thực hiện**; văn bản khác cần khai báo thì ghi vào
`implements`. Để xem trước các trích dẫn của một tệp: `site-builder refs TỆP`.

Số, ký hiệu viết chưa chuẩn (có dấu cách thừa, «33-CT/TTg» thay vì «33/CT-TTg») vẫn được nhận ra; chương
trình kiểm tra ghi cảnh báo nhưng **giữ nguyên** chữ của văn bản gốc.

### Danh mục văn bản căn cứ

Tệp `content/{REGISTRY_FILE}` ghi tên đầy đủ và trích yếu của các văn bản được trích dẫn. Mỗi văn bản một mục:

| Trường | Cách ghi |
|---|---|
{chr(10).join(f"| `{k}` | {md_escape(v)} |" for k, v in REGISTRY_FIELDS.items())}

Văn bản chưa có trong danh mục vẫn có trang riêng, lấy tên từ câu trích dẫn.

## Kiểm tra trước khi gửi

Chạy `site-builder check` trong thư mục dự án. Mỗi vấn đề hiện trên một dòng:
`tệp:dòng: lỗi|cảnh báo: trường: nội dung`. **Lỗi** phải sửa thì trang mới được xây dựng;
**cảnh báo** là thông tin còn thiếu hoặc lạ, trang vẫn được xây dựng.

Lược đồ JSON của các trường (dùng cho trình soạn thảo): [plan-front-matter.schema.json]({link(FIELD_GUIDE, SOURCE_SCHEMA)}).
"""
    return GeneratedPage(FIELD_GUIDE, text)
