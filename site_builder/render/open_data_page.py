"""The "Dữ liệu mở" page: every data file the site publishes, its fields, how to verify it and its
licence. Field lists come from the tables that also write the files (exports.JSON_FIELDS,
exports.CSV_COLUMNS), so the page cannot describe a field the data lacks, or miss one."""

from __future__ import annotations

import posixpath

from ..model.paths import link, md_escape
from ..model.repository import commit_url
from ..model.site_map import (CONSULTATIONS_CALENDAR, CONSULTATIONS_CSV, DIRECTIVES, DIRECTIVES_JSON, DIRECTIVES_SCHEMA,
                              FIELD_GUIDE, MANIFEST, MANIFEST_SCHEMA, OPEN_DATA, PLACES, PLAN_RECORD_SCHEMA, PLANS_CSV,
                              PLANS_JSON, PLANS_SCHEMA, SITE_CALENDAR, SITE_SUMS, SOURCE_SCHEMA, SOURCE_SUMS, TASKS_CSV)
from .calendar_links import CALENDAR_NAME
from .consultation_pages import CONSULTATION_CALENDAR_NAME
from .data_records import (CONSULTATION_COLUMNS, CSV_COLUMNS, FEED, FEED_ENTRIES, JSON_FIELDS, PLAN_JSON_NAME,
                           RECENT_CHANGES, TASK_COLUMNS)
from .listings import GeneratedPage, front_matter

LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/deed.vi"

# data/directives.json is written by directive_pages.directives_json; the open-data tests compare
# these names with the keys it actually writes.
DIRECTIVE_FIELDS: tuple[tuple[str, str], ...] = (
    ("url", "Địa chỉ trang của văn bản trên trang web này, tính từ gốc trang web."),
    ("symbol", "Số, ký hiệu viết theo dạng chuẩn (ví dụ «33/CT-TTg»)."),
    ("type", "Loại văn bản (Chỉ thị, Nghị quyết, Kết luận …)."),
    ("year", "Năm ban hành; null khi không rõ."),
    ("date", "Ngày ban hành (NĂM-THÁNG-NGÀY, có thể thiếu ngày hoặc tháng); null khi không rõ."),
    ("issuer", "Phần cơ quan ban hành trong ký hiệu (ví dụ «TTg»), dạng danh sách."),
    ("body", "Tên cơ quan ban hành."),
    ("body_key", "Mã cơ quan ban hành dùng để phân biệt hai văn bản cùng số của hai cơ quan; null với văn bản "
                 "của cơ quan trung ương, khi số, ký hiệu và năm đã đủ xác định văn bản."),
    ("title", "Trích yếu, theo danh mục văn bản căn cứ hoặc theo câu trích dẫn."),
    ("official_url", "Địa chỉ toàn văn chính thức, nếu danh mục văn bản căn cứ có ghi."),
    ("in_registry", "true khi văn bản có trong danh mục văn bản căn cứ của trang."),
    ("published", "Địa chỉ trang của chính văn bản này trên trang web này (toàn văn có trên trang), tính từ gốc "
                  "trang web; null khi trang không đăng văn bản này."),
    ("citing", "Các kế hoạch trích dẫn văn bản: {url, title, number, issuer, implements, lines}; implements là "
               "true khi kế hoạch thực hiện văn bản, lines là các dòng có trích dẫn trong tệp nguồn."),
)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _table(head: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def field_table(fields) -> str:
    """The fields of a data file and what each means, from the table that writes the file: its columns (with
    `name` and `help`), or (name, help) pairs."""
    pairs = ((f.name, f.help) if hasattr(f, "help") else f for f in fields)
    return _table(("Trường", "Ý nghĩa"), [(f"`{name}`", md_escape(help_text)) for name, help_text in pairs])


def _file_section(heading: str, intro: str, columns) -> str:
    """A data file's section: its name, how it is written, and its columns' table."""
    return f"## {heading}\n\n{intro}\n\n" + field_table(columns)


def _to(target: str) -> str:
    return link(OPEN_DATA, target)


def _html_link(target: str) -> str:
    """Files written after the pages are built (the integrity lists) are unknown to the site
    engine, which would report a Markdown link to them as broken; a plain HTML link is not checked."""
    return f'<a href="{_to(target)}"><code>{target}</code></a>'


def _files_section() -> str:
    rows = [
        (f"[`{PLANS_JSON}`]({_to(PLANS_JSON)})", "JSON", "Mọi văn bản: đủ các trường thông tin, địa chỉ trang, văn bản được thực hiện, lịch sử thay đổi."),
        (f"[`{PLANS_CSV}`]({_to(PLANS_CSV)})", "CSV", "Mỗi văn bản một dòng, mở được bằng Excel hoặc LibreOffice."),
        (f"[`{TASKS_CSV}`]({_to(TASKS_CSV)})", "CSV", "Mỗi nhiệm vụ, chỉ tiêu một dòng: đơn vị chủ trì, thời hạn, tình trạng, quá hạn."),
        (f"`<địa chỉ trang văn bản>{PLAN_JSON_NAME}`", "JSON", "Một văn bản, nằm cạnh trang của văn bản đó."),
        (f"[`{FEED}`]({_to(FEED)})", "Atom", "Nguồn tin: văn bản mới và văn bản thay đổi, mới nhất trước."),
        (f"`van-ban/<mã văn bản>/{FEED}`", "Atom", "Nguồn tin riêng của từng văn bản chỉ đạo: các kế hoạch trích dẫn văn bản đó."),
        (f"`dia-ban/<mã tỉnh>/{FEED}`", "Atom", "Nguồn tin riêng của từng tỉnh, thành phố."),
        (f"[`{SITE_CALENDAR}`]({_to(SITE_CALENDAR)})", "iCalendar", "Hạn chót của mọi nhiệm vụ, chỉ tiêu; đăng ký theo "
         "dõi được trong ứng dụng lịch (cách đăng ký: trang «Hạn sắp tới và quá hạn»)."),
        (f"`co-quan/<mã cơ quan>/{CALENDAR_NAME}`", "iCalendar", "Hạn chót trong các kế hoạch của một cơ quan ban hành, "
         "cạnh trang của cơ quan đó (chỉ cơ quan có kế hoạch ghi thời hạn)."),
        (f"`<địa chỉ trang văn bản>{CALENDAR_NAME}`", "iCalendar", "Hạn chót của một kế hoạch, cạnh trang của kế hoạch "
         "đó (chỉ kế hoạch có ghi thời hạn)."),
        # issue 17: «dân bàn»
        (f"[`{CONSULTATIONS_CSV}`]({_to(CONSULTATIONS_CSV)})", "CSV", "Mỗi đợt lấy ý kiến Nhân dân một dòng: nội dung, "
         "thời gian, tình trạng, số ý kiến, văn bản quyết định."),
        (f"[`{CONSULTATIONS_CALENDAR}`]({_to(CONSULTATIONS_CALENDAR)})", "iCalendar", "Ngày hết hạn của mọi đợt lấy ý kiến "
         "(cách đăng ký: trang «Lấy ý kiến Nhân dân»); lịch của một dự thảo nằm cạnh trang của nó "
         f"(`<địa chỉ trang văn bản>{CONSULTATION_CALENDAR_NAME}`)."),
        (f"[`{DIRECTIVES_JSON}`]({_to(DIRECTIVES_JSON)})", "JSON", "Các văn bản được trích dẫn và các kế hoạch trích dẫn chúng."),
        (_html_link(MANIFEST), "JSON", "Mã SHA-256 của mọi tệp nguồn và mọi tệp của trang web, kèm mã commit và thời điểm xây dựng."),
        (_html_link(SITE_SUMS), "văn bản thuần", "Mã SHA-256 của mọi tệp của trang web, theo định dạng của lệnh sha256sum."),
        (_html_link(SOURCE_SUMS), "văn bản thuần", "Mã SHA-256 của mọi tệp nguồn trong kho nội dung, theo định dạng của lệnh sha256sum."),
    ]
    rows += [(f"[`{schema}`]({_to(schema)})", "JSON Schema", what) for schema, what in _SCHEMAS]
    return "## Các tệp\n\n" + _table(("Tệp", "Định dạng", "Nội dung"), rows)


# The schema of each JSON data file (data_schemas); every record the site writes passes its schema.
_SCHEMAS = (
    (PLANS_SCHEMA, f"Lược đồ JSON của `{PLANS_JSON}`."),
    (PLAN_RECORD_SCHEMA, f"Lược đồ JSON của tệp `{PLAN_JSON_NAME}` của từng văn bản (cũng là mỗi mục của `{PLANS_JSON}`)."),
    (DIRECTIVES_SCHEMA, f"Lược đồ JSON của `{DIRECTIVES_JSON}`."),
    (MANIFEST_SCHEMA, f"Lược đồ JSON của `{MANIFEST}`."),
)


def _plans_json_section() -> str:
    return _file_section(
        PLANS_JSON,
        "Một đối tượng JSON (mã UTF-8) gồm `generated` (thời điểm xây dựng), `site` (tên trang), `count` (số văn bản) "
        "và `plans`: danh sách văn bản, mới ban hành trước. Mỗi văn bản có các trường sau; trường không có giá trị "
        f"là `null` hoặc danh sách rỗng. Ý nghĩa các trường thông tin đầu trang: [Hướng dẫn cho cán bộ]({_to(FIELD_GUIDE)}).",
        JSON_FIELDS)


def _plans_csv_section() -> str:
    return _file_section(
        PLANS_CSV,
        "Mỗi văn bản một dòng, dòng đầu là tên cột. Tệp mã UTF-8 có BOM và xuống dòng kiểu Windows (CRLF), để Excel "
        "hiện đúng chữ tiếng Việt khi mở trực tiếp. Ô có nhiều giá trị ngăn cách bằng «; ». Ô bắt đầu bằng "
        "`=`, `+`, `-` hoặc `@` được thêm dấu `'` ở đầu để Excel không hiểu nhầm là công thức; giá trị nguyên gốc "
        f"có trong `{PLANS_JSON}`.",
        CSV_COLUMNS)


def _tasks_csv_section() -> str:
    return _file_section(
        TASKS_CSV,
        f"Mỗi nhiệm vụ hoặc chỉ tiêu của mọi kế hoạch một dòng, cùng cách ghi như `{PLANS_CSV}`. «Quá hạn» được tính "
        "tự động từ thời hạn và ngày xây dựng trang.",
        TASK_COLUMNS)


def _consultations_csv_section() -> str:  # issue 17
    return _file_section(
        CONSULTATIONS_CSV,
        "Mỗi dự thảo lấy ý kiến Nhân dân một dòng. Tình trạng được tính tự động từ thời gian lấy ý kiến và ngày xây "
        "dựng trang; chi tiết (ý kiến tiếp thu, không tiếp thu và giải trình) ở trường `consultation` của từng văn bản.",
        CONSULTATION_COLUMNS)


def _plan_json_section() -> str:
    return (
        "## Tệp JSON của từng văn bản\n\n"
        f"Mỗi trang văn bản có tệp `{PLAN_JSON_NAME}` nằm cạnh: trang `ke-hoach/2025/ten-van-ban/` có tệp "
        f"`ke-hoach/2025/ten-van-ban/{PLAN_JSON_NAME}`. Nội dung là đúng mục của văn bản đó trong `{PLANS_JSON}`, "
        "cùng các trường như bảng trên.\n"
    )


def _feeds_section() -> str:
    return (
        "## Nguồn tin Atom\n\n"
        f"Thêm địa chỉ [`{FEED}`]({_to(FEED)}) vào ứng dụng đọc tin (RSS/Atom) để biết khi có văn bản mới hoặc văn bản "
        f"được sửa. Nguồn tin có {FEED_ENTRIES} văn bản thay đổi gần nhất, mới nhất trước; mỗi mục gồm trích yếu, "
        "liên kết đến trang văn bản, số, ký hiệu, cơ quan ban hành, ngày ban hành, thời điểm đăng lần đầu, thời điểm "
        f"thay đổi gần nhất và ghi chú của {RECENT_CHANGES} lần thay đổi gần nhất. Mã của mỗi mục (`id`) dựng từ địa chỉ "
        "trang nên không đổi khi văn bản được sửa.\n\n"
        f"Mỗi văn bản chỉ đạo có nguồn tin riêng `van-ban/<mã văn bản>/{FEED}`, nằm cạnh trang của văn bản đó "
        f"([Tra cứu theo văn bản chỉ đạo]({_to(DIRECTIVES)})); mỗi tỉnh, thành phố có nguồn tin riêng "
        f"`dia-ban/<mã tỉnh>/{FEED}` ([Văn bản theo địa bàn]({_to(PLACES)})). Mã lấy đúng từ địa chỉ trang: trang "
        f"`van-ban/33-ct-ttg-2021/` có nguồn tin `van-ban/33-ct-ttg-2021/{FEED}`.\n"
    )


def _directives_section() -> str:
    return (
        f"## {DIRECTIVES_JSON}\n\n"
        "Danh sách các văn bản mà kế hoạch trên trang trích dẫn hoặc thực hiện, mỗi văn bản một lần: cùng số, ký hiệu "
        "nhưng khác cơ quan ban hành hoặc khác năm là hai văn bản khác nhau.\n\n"
        + field_table(DIRECTIVE_FIELDS)
    )


def _schemas_section() -> str:
    return (
        "## Lược đồ JSON\n\n"
        "Mỗi tệp dữ liệu JSON có một lược đồ (JSON Schema, bản 2020-12) mô tả đúng các trường ở trên, để kiểm tra dữ "
        "liệu tải về bằng công cụ có sẵn (ví dụ `check-jsonschema --schemafile plans.schema.json plans.json`). "
        "Trường nào không có giá trị thì vẫn có mặt, với giá trị `null` hoặc danh sách rỗng.\n\n"
        + _table(("Lược đồ", "Dùng cho"), [(f"[`{schema}`]({_to(schema)})", what) for schema, what in _SCHEMAS])
        + "\n### Lược đồ tệp nguồn (dành cho cán bộ)\n\n"
        f"[`{SOURCE_SCHEMA}`]({_to(SOURCE_SCHEMA)}) không mô tả dữ liệu mở: đó là lược đồ phần thông tin đầu trang "
        "(front-matter) mà cán bộ ghi ở đầu mỗi tệp kế hoạch trong kho nội dung, dùng cho trình soạn thảo và để kiểm "
        f"tra tệp nguồn. Giải thích từng trường: [Hướng dẫn cho cán bộ]({_to(FIELD_GUIDE)}).\n"
    )


def _repository_line(repo_url: str | None, commit: str | None) -> str:
    """Which repository and which commit of it the site was built from: what the checks below need."""
    if repo_url:
        where = f"Kho nội dung của trang web: <{repo_url}>."
    else:
        where = ("Trang web chưa khai báo địa chỉ kho nội dung (`repo_url` trong `mkdocs.yml`); hãy hỏi cơ quan quản lý "
                 "trang web địa chỉ kho.")
    if commit is None:
        built = "Trang web này không được xây dựng từ một kho git, nên không có mã commit để đối chiếu."
    elif url := commit_url(repo_url, commit):
        built = f"Lần xây dựng này dùng commit [`{commit}`](<{url}>)."
    else:
        built = f"Lần xây dựng này dùng commit `{commit}`."
    return f"{where} {built}\n"


def _integrity_section(repo_url: str | None, commit: str | None) -> str:
    clone = f"`git clone {repo_url}`" if repo_url else "`git clone <địa chỉ kho>`"
    return (
        "## Kiểm tra tính toàn vẹn\n\n"
        + _repository_line(repo_url, commit) + "\n"
        f"Mỗi lần xây dựng, trang web ghi vào {_html_link(MANIFEST)} mã SHA-256 của mọi tệp nguồn (`sources`) và mọi tệp "
        "của trang web (`pages`), kèm mã commit của kho nội dung (`commit`, cùng địa chỉ kho `repository` và trang của "
        "commit đó `commit_url`) và thời điểm xây dựng (`built_at`). Chỉ cần công cụ có sẵn để đối chiếu:\n\n"
        f"- **Cả trang web** đã tải về (thư mục `site`): `cd site && sha256sum -c {SITE_SUMS}`. Mỗi tệp đúng hiện "
        "«OK»; tệp bị sửa hiện «FAILED».\n"
        "- **Bản sao tải bằng `wget -r`** (hay công cụ tải cả trang tương tự) chỉ có những tệp mà các trang liên kết "
        "đến; chỉ mục tìm kiếm (`pagefind/`), một số tệp của giao diện và các tệp không trang nào liên kết đến không "
        "được tải, và lệnh trên báo "
        "«FAILED open or read» cho từng tệp thiếu. Khi đó, trong thư mục của bản sao (thư mục mang tên trang web mà "
        f"`wget` tạo ra), chạy `sha256sum -c --ignore-missing {SITE_SUMS}`: chỉ các tệp đã tải về được đối chiếu, tệp "
        "không có trong bản sao được bỏ qua (thêm `--quiet` để chỉ hiện tệp sai). Lệnh báo lỗi nếu có tệp sai, hoặc "
        "nếu không đối chiếu được tệp nào (thường là do chạy sai thư mục).\n"
        "- **Một trang**: tải trang về (ví dụ `index.html`), chạy `sha256sum index.html` (Windows: "
        f"`certutil -hashfile index.html SHA256`) rồi so với dòng có đường dẫn của trang đó (ví dụ "
        f"`ke-hoach/2025/ten-van-ban/index.html`) trong {_html_link(SITE_SUMS)}.\n"
        f"- **Kho nội dung**: lấy bản sao kho ({clone}), chuyển đến đúng commit ghi trong manifest "
        f"(`git checkout <commit>`), chép tệp {_html_link(SOURCE_SUMS)} vào thư mục gốc của kho rồi chạy "
        f"`sha256sum -c {posixpath.basename(SOURCE_SUMS)}`.\n\n"
        "Tệp đính kèm (bản có chữ ký, bản quét) có mã SHA-256 ghi ngay trên trang văn bản và trong trường "
        f"`attachments` của `{PLANS_JSON}`.\n"
    )


def _licence_section(site_name: str) -> str:
    return (
        "## Giấy phép\n\n"
        "Các văn bản công khai trên trang là văn bản hành chính; theo Điều 15 Luật Sở hữu trí tuệ, văn bản hành chính "
        "không thuộc phạm vi bảo hộ quyền tác giả.\n\n"
        f"Các tệp dữ liệu trên trang này được cung cấp [theo giấy phép CC BY 4.0]({LICENCE_URL}). Khi dùng lại, xin ghi "
        f"nguồn: «{md_escape(site_name)}».\n"
    )


def render_open_data_page(site_name: str, repo_url: str | None = None, commit: str | None = None) -> GeneratedPage:
    """`repo_url`: where the content repository is browsed; `commit`: the commit this build is made from."""
    title = "Dữ liệu mở"
    intro = (
        "Mọi văn bản trên trang này đều có ở dạng dữ liệu để tải về, dùng lại và kiểm tra: danh sách đầy đủ (JSON, CSV), "
        "nguồn tin báo văn bản mới và văn bản thay đổi (Atom), danh sách mã băm để đối chiếu. Các tệp được tạo lại mỗi "
        "lần trang web được xây dựng, từ cùng nội dung với các trang."
    )
    parts = [
        front_matter(title, "Tải về và dùng lại dữ liệu của trang: JSON, CSV, nguồn tin Atom, mã băm để kiểm tra, giấy phép."),
        f"# {title}\n\n{intro}\n",
        _files_section(),
        _plans_json_section(),
        _plans_csv_section(),
        _tasks_csv_section(),
        _consultations_csv_section(),  # issue 17
        _plan_json_section(),
        _feeds_section(),
        _directives_section(),
        _schemas_section(),
        _integrity_section(repo_url, commit),
        _licence_section(site_name),
    ]
    return GeneratedPage(OPEN_DATA, "\n".join(parts))
