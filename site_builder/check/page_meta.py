"""The front-matter of content pages that are not plans (the introduction, the guide).

The theme prints what a page's front-matter says into the page and, through the navigation, into
every page of the site; so these pages get an allow-list (`fields.PAGE_FIELDS`), typed and checked
like a plan's, and nothing else. A file that carries a plan's fields but sits outside the plans
folder is a plan saved in the wrong place: said once, with the folder where it belongs, because as a
plain page it would be published without its panel, its checks, the listings, search and open data.
"""

from __future__ import annotations

import datetime as dt
import posixpath

from ..load.frontmatter import RawDocument
from ..model.dates import DateError, PartialDate
from ..model.diagnostics import Diagnostics
from ..model.fields import PAGE_FIELDS, PLAN_FIELDS
from .field_checker import FieldChecker
from .safety import scan

# Fields only a plan has: one of them is enough to tell a plan from a page. `status` and what goes
# with it are left out: the theme has a `status` of its own, so alone it proves nothing.
PLAN_ONLY = tuple(f.name for f in PLAN_FIELDS
                  if f.name not in {p.name for p in PAGE_FIELDS} | {"status", "status_reason", "replaced_by"})


def check_page(raw: RawDocument, diags: Diagnostics, today: dt.date, plans_dir: str) -> None:
    """Findings for one page outside the plans folder; errors stop the build, as for a plan."""
    check = FieldChecker(raw, diags, today)
    plan_keys = [key for key in raw.meta if key in PLAN_ONLY]
    if plan_keys:
        shown = ", ".join(plan_keys[:4]) + (" …" if len(plan_keys) > 4 else "")
        check.error(plan_keys[0], f"tệp có thông tin của một kế hoạch ({shown}) nhưng nằm ngoài thư mục «{plans_dir}/», "
                    "nên sẽ được đăng như một trang thường: không có bảng thông tin văn bản, không được kiểm tra, không có "
                    "trong các danh sách, bộ lọc tìm kiếm và dữ liệu mở. Hãy chuyển tệp vào "
                    f"«{_plan_folder(raw, plans_dir)}». Nếu đây là một trang thường, hãy bỏ các trường của kế hoạch.")
    else:
        check.unknown_keys(raw.meta, PAGE_FIELDS)
        for field in PAGE_FIELDS:
            value = check.convert(field, raw.meta.get(field.name), field.name)
            if field.choices and isinstance(value, list):
                for i, item in enumerate(value):
                    if item not in field.choices:
                        check.error(f"{field.name}.{i}", f"«{item}» không hợp lệ; chỉ dùng "
                                    + ", ".join(f"«{c}»" for c in field.choices) + ".")
    for finding in scan(raw.body, raw.body_line):
        (diags.error if finding.error else diags.warning)(raw.path, finding.line, "", finding.message)


def _plan_folder(raw: RawDocument, plans_dir: str) -> str:
    """Where the file belongs: the plans folder, in the year of issue when the file says it."""
    try:
        year = str(PartialDate.parse(raw.meta.get("issued")).year)
    except DateError:
        year = "<năm ban hành>"
    return f"content/{plans_dir.strip('/')}/{year}/{posixpath.basename(raw.rel)}"
