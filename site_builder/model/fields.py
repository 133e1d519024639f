"""The front-matter fields officials write: one table that drives validation, the JSON Schema
and the Vietnamese field guide, so the three can never disagree."""

from __future__ import annotations

from .consultation_fields import CONSULTATION_PLAN_FIELDS
from .field_types import Field, Kind
from .record_fields import RECORD_PLAN_FIELDS

LOCALITY_FIELDS = (
    Field("province", "Tỉnh/thành phố", Kind.TEXT, "Tên tỉnh hoặc thành phố trực thuộc trung ương, không kèm chữ «tỉnh».", 'province: "Thanh Hóa"'),
    Field("district", "Huyện/quận/thị xã", Kind.TEXT, "Chỉ ghi với văn bản ban hành trước ngày 01/7/2025 (khi còn cấp huyện).", 'district: "Hoằng Hóa"'),
    Field("commune", "Xã/phường/thị trấn", Kind.TEXT, "Tên xã, phường, thị trấn hoặc đặc khu, không kèm chữ «xã».", 'commune: "Hoằng Hợp"'),
)

SIGNER_FIELDS = (
    Field("name", "Họ và tên", Kind.TEXT, "Họ và tên người ký.", 'name: "Lê Văn Phượng"'),
    Field("title", "Chức vụ", Kind.TEXT, "Chức vụ người ký, viết thường trừ chữ đầu.", 'title: "Chủ tịch"'),
    Field("authority", "Thẩm quyền ký", Kind.TEXT, "Dòng thẩm quyền ký (TM., KT., TL., TUQ. …) nếu văn bản có.", 'authority: "TM. Ủy ban nhân dân"'),
)

ATTACHMENT_FIELDS = (
    Field("file", "Tệp", Kind.TEXT, "Đường dẫn tệp, tính từ thư mục chứa tệp kế hoạch.", 'file: "12-kh-ubnd-ban-ky.pdf"', required=True),
    Field("title", "Tên", Kind.TEXT, "Tên hiển thị của tệp.", 'title: "Bản có chữ ký và dấu"'),
)

STATUSES = {"withdrawn": "Đã thu hồi", "replaced": "Đã được thay thế"}

# -- issue 5: tasks and targets ("dân kiểm tra"); checked by site_builder.tasks ------------------
TASK_STATUSES = ("chưa cập nhật", "chưa bắt đầu", "đang thực hiện", "hoàn thành", "tạm dừng", "hủy bỏ")
REPEATS = ("hằng năm", "6 tháng", "hằng quý", "hằng tháng")

DEADLINE_FIELDS = (
    Field("repeat", "Lặp lại", Kind.TEXT,
          "Chu kỳ: «hằng năm», «6 tháng», «hằng quý» hoặc «hằng tháng» (viết «hàng năm» cũng được).",
          'repeat: "hằng năm"', required=True, choices=REPEATS),
    Field("by", "Trước ngày", Kind.TEXT,
          "Ngày hạn trong chu kỳ. Hằng năm: «NGÀY/THÁNG» («05/11»). 6 tháng, hằng quý: ngày hạn đầu tiên trong năm "
          "(«15/06» → 15/06 và 15/12). Hằng tháng: chỉ ghi ngày («25», từ 1 đến 28). Bỏ trống: cuối mỗi kỳ "
          "(31/12; 30/6 và 31/12; cuối quý; cuối tháng).",
          'by: "05/11"'),
    Field("from", "Bắt đầu từ", Kind.DATE,
          "Ngày (hoặc tháng, năm) bắt đầu tính hạn, nếu văn bản ghi; bỏ trống thì tính từ ngày ban hành.",
          "from: 2025-01"),
    Field("until", "Đến hết", Kind.DATE,
          "Ngày (hoặc tháng, năm) kết thúc, nếu văn bản ghi.",
          "until: 2030"),
)

UPDATE_FIELDS = (
    Field("date", "Ngày", Kind.DATE, "Ngày của cập nhật (không được ở tương lai).", "date: 2025-09-02", required=True),
    Field("note", "Nội dung", Kind.TEXT, "Đã làm được gì, ngắn gọn.", 'note: "Đã gửi báo cáo lần 1."'),
    Field("evidence", "Minh chứng", Kind.TEXT,
          "Tệp báo cáo trong kho (đường dẫn tính từ thư mục của tệp kế hoạch) hoặc địa chỉ https://.",
          'evidence: "bao-cao-lan-1.pdf"'),
    Field("progress", "Tiến độ", Kind.PERCENT, "Tiến độ (%) tại ngày cập nhật, nếu có.", "progress: 50"),
)

_TASK_COMMON = (
    Field("section", "Mục", Kind.TEXT, "Mục của văn bản nêu nhiệm vụ, để người đọc tìm lại («III.2»).", 'section: "III.2"'),
    Field("lead", "Đơn vị chủ trì", Kind.TEXT_OR_LIST,
          "Đơn vị chủ trì (chịu trách nhiệm), đúng như văn bản ghi; nhiều đơn vị thì ghi danh sách.",
          'lead: "Công chức Tư pháp - Hộ tịch"'),
    Field("support", "Đơn vị phối hợp", Kind.TEXT_OR_LIST,
          "Đơn vị phối hợp, đúng như văn bản ghi; một chuỗi hoặc danh sách.",
          'support: ["Các phòng, ban, đơn vị liên quan"]'),
    Field("due", "Thời hạn", Kind.DEADLINE,
          "Một ngày (2025-09-03), tháng (\"2025-09\": hết tháng 9) hoặc năm (2025: hết năm 2025); hoặc lịch lặp lại: "
          "{repeat: \"hằng năm\", by: \"05/11\"} nghĩa là «trước ngày 05/11 hằng năm». Viết gọn \"hằng năm\", "
          "\"hằng quý\", \"trước ngày 05/11 hằng năm\" cũng được. Bỏ trống khi văn bản không ghi thời hạn. "
          "«Quá hạn» do trang web tự tính, không ghi tay.",
          'due: {repeat: "hằng năm", by: "05/11"}', subfields=DEADLINE_FIELDS),
    Field("status", "Tình trạng", Kind.TEXT,
          "Một trong: " + ", ".join(f"«{s}»" for s in TASK_STATUSES) + ". Bỏ trống là «chưa cập nhật». "
          "«hoàn thành» cần ngày hoàn thành (completed); «hủy bỏ» cần lý do (reason).",
          'status: "đang thực hiện"', choices=TASK_STATUSES),
    Field("completed", "Ngày hoàn thành", Kind.DATE, "Ngày hoàn thành (bắt buộc khi status là «hoàn thành»).", "completed: 2025-09-02"),
    Field("reason", "Lý do", Kind.TEXT, "Lý do hủy bỏ hoặc tạm dừng.", 'reason: "Nội dung đã được gộp vào Kế hoạch số 20/KH-UBND."'),
    Field("updates", "Cập nhật", Kind.GROUP_LIST,
          "Các lần cập nhật kết quả, mỗi lần một mục: ngày, nội dung, minh chứng.",
          'updates: [{date: 2025-09-02, note: "Đã gửi báo cáo lần 1.", evidence: "bao-cao-lan-1.pdf"}]',
          subfields=UPDATE_FIELDS),
)

TASK_FIELDS = (
    Field("id", "Mã", Kind.ID, "Mã ngắn, không trùng trong văn bản, không đổi về sau (dùng cho liên kết và lịch).", 'id: "bao-cao-1"'),
    Field("task", "Nhiệm vụ", Kind.TEXT, "Nhiệm vụ, trích đúng lời văn bản (có thể rút gọn bằng «…»).",
          'task: "Báo cáo lần 1 trước ngày 03/9/2025."', required=True),
    *_TASK_COMMON[:5],
    Field("progress", "Tiến độ", Kind.PERCENT, "Phần trăm đã làm (0–100), chỉ ghi khi có báo cáo.", "progress: 40"),
    *_TASK_COMMON[5:],
)

TARGET_FIELDS = (
    Field("id", "Mã", Kind.ID, "Mã ngắn, không trùng trong văn bản, không đổi về sau.", 'id: "1.3"'),
    Field("target", "Chỉ tiêu", Kind.TEXT, "Chỉ tiêu, trích đúng lời văn bản.",
          'target: "100% các chi bộ trực thuộc thực hiện quy chế dân chủ ở cơ sở năm 2025."', required=True),
    *_TASK_COMMON[:5],
    Field("result", "Kết quả đạt được", Kind.TEXT, "Giá trị đo được khi đã có báo cáo («95%», «02 cuộc»).", 'result: "02 cuộc"'),
    Field("result_date", "Ngày báo cáo kết quả", Kind.DATE, "Ngày của số liệu kết quả (bắt buộc khi có result).", "result_date: 2025-12-15"),
    *_TASK_COMMON[5:],
)

TASK_PLAN_FIELDS = (
    Field("tasks", "Nhiệm vụ", Kind.TASK_LIST,
          "Các nhiệm vụ kế hoạch giao: ai làm (lead, support), đến khi nào (due), đã làm đến đâu (status, progress, updates). "
          "Chỉ ghi điều văn bản nêu; kết quả ghi thêm khi có báo cáo.",
          'tasks: [{id: "bao-cao-1", task: "Báo cáo lần 1 trước ngày 03/9/2025.", lead: "Các phòng, đơn vị sự nghiệp thuộc xã", due: 2025-09-03}]',
          subfields=TASK_FIELDS),
    Field("targets", "Chỉ tiêu", Kind.TASK_LIST,
          "Các chỉ tiêu kế hoạch đặt ra, và kết quả đo được (result) khi có báo cáo.",
          'targets: [{id: "1.2", target: "… ít nhất 01 cuộc.", due: 2025}]',
          subfields=TARGET_FIELDS),
)
# -- end issue 5 ----------------------------------------------------------------------------------


PLAN_FIELDS: tuple[Field, ...] = (
    Field("title", "Trích yếu", Kind.TEXT,
          "Trích yếu nội dung, đúng như dòng dưới tên loại văn bản.",
          'title: "Thực hiện công tác Dân vận chính quyền năm 2025"', required=True),
    Field("doc_type", "Loại văn bản", Kind.TEXT,
          "Tên loại văn bản: Kế hoạch, Quyết định, Chỉ thị …",
          'doc_type: "Kế hoạch"', required=True),
    Field("number", "Số, ký hiệu", Kind.TEXT,
          "Số, ký hiệu của văn bản. Bỏ trống phần số nếu văn bản chưa có số (\"/KH-UBND\"); khi đó trang web ghi «chưa ghi số».",
          'number: "12/KH-UBND"'),
    Field("issuer", "Cơ quan ban hành", Kind.TEXT,
          "Tên cơ quan, tổ chức ban hành văn bản.",
          'issuer: "UBND xã Hoằng Hợp"', required=True),
    Field("issued", "Ngày ban hành", Kind.DATE,
          "Ngày ban hành: NĂM-THÁNG-NGÀY; nếu văn bản không ghi ngày thì NĂM-THÁNG (\"2025-01\") hoặc chỉ NĂM.",
          "issued: 2025-01-15"),
    Field("place", "Địa danh", Kind.TEXT,
          "Địa danh ghi ở dòng ngày tháng của văn bản.",
          'place: "Hoằng Hợp"'),
    Field("locality", "Địa bàn", Kind.GROUP,
          "Địa bàn của cơ quan ban hành, ghi theo tên gọi tại thời điểm ban hành; mỗi cấp đều có thể bỏ trống.",
          'locality: {province: "Thanh Hóa", district: "Hoằng Hóa", commune: "Hoằng Hợp"}',
          subfields=LOCALITY_FIELDS),
    Field("signer", "Người ký", Kind.GROUP,
          "Người ký văn bản.",
          'signer: {name: "Lê Văn Phượng", title: "Chủ tịch", authority: "TM. Ủy ban nhân dân"}',
          subfields=SIGNER_FIELDS),
    Field("recipients", "Nơi nhận", Kind.TEXT_LIST,
          "Danh sách nơi nhận, mỗi dòng một nơi, đúng như văn bản.",
          'recipients: ["UBND huyện (b/c)", "Lưu: VT"]'),
    Field("topics", "Chủ đề", Kind.TEXT_LIST,
          "Vài cụm từ ngắn về chủ đề, viết thường, để người dân tìm văn bản.",
          'topics: ["dân vận chính quyền"]'),
    Field("implements", "Thực hiện văn bản", Kind.TEXT_LIST,
          "Số, ký hiệu các văn bản mà kế hoạch này triển khai thực hiện. Câu «Thực hiện …» ở đầu văn bản "
          "được nhận biết tự động; chỉ cần ghi thêm văn bản mà câu đó không nêu.",
          'implements: ["33/CT-TTg"]'),
    Field("basis", "Căn cứ", Kind.TEXT_LIST,
          "Số, ký hiệu các văn bản làm căn cứ ban hành (nếu văn bản có phần «Căn cứ …»).",
          'basis: ["10/2022/QH15"]'),
    Field("attachments", "Tệp đính kèm", Kind.GROUP_LIST,
          "Bản gốc có chữ ký (PDF, ảnh quét) đặt trong thư mục content/; trang web ghi dung lượng và mã SHA-256.",
          'attachments: [{file: "12-kh-ubnd-ban-ky.pdf", title: "Bản có chữ ký và dấu"}]',
          subfields=ATTACHMENT_FIELDS),
    Field("change_note", "Ghi chú thay đổi", Kind.TEXT,
          "Khi sửa nội dung quan trọng, ghi một câu nói rõ đã thay đổi gì; ghi chú hiện trong lịch sử thay đổi của trang.",
          'change_note: "Sửa thời hạn báo cáo từ 05/11 thành 15/11."'),
    Field("status", "Tình trạng", Kind.TEXT,
          "Bỏ trống khi văn bản còn hiệu lực. «withdrawn»: đã thu hồi; «replaced»: đã được văn bản khác thay thế. Văn bản vẫn được công khai, kèm thông báo.",
          'status: "replaced"'),
    Field("status_reason", "Lý do", Kind.TEXT,
          "Lý do thu hồi hoặc thay thế.",
          'status_reason: "Được thay thế bằng Kế hoạch số 20/KH-UBND."'),
    Field("replaced_by", "Văn bản thay thế", Kind.TEXT,
          "Số, ký hiệu của văn bản thay thế (khi status là replaced).",
          'replaced_by: "20/KH-UBND"'),
    Field("description", "Mô tả ngắn", Kind.TEXT,
          "Một câu tóm tắt hiện trong kết quả tìm kiếm và khi chia sẻ liên kết (không bắt buộc).",
          'description: "Kế hoạch công tác dân vận chính quyền năm 2025 của xã."'),
    *TASK_PLAN_FIELDS,  # issue 5
    *CONSULTATION_PLAN_FIELDS,  # issue 17
    *RECORD_PLAN_FIELDS,  # issue 17
)

FIELDS_BY_NAME = {f.name: f for f in PLAN_FIELDS}

# What the theme shows of a page's front-matter is printed into every page (the navigation carries
# titles): pages other than plans may carry only these, checked like a plan's.
PAGE_HIDE = ("navigation", "toc", "footer", "path")
PAGE_FIELDS: tuple[Field, ...] = (
    Field("title", "Tiêu đề", Kind.TEXT, "Tiêu đề của trang, hiện trên thanh điều hướng và thẻ trình duyệt.",
          'title: "Giới thiệu"'),
    Field("description", "Mô tả ngắn", Kind.TEXT, "Một câu tóm tắt hiện khi chia sẻ liên kết.",
          'description: "Trang này là gì, thông tin lấy từ đâu."'),
    Field("hide", "Ẩn trên trang", Kind.TEXT_LIST,
          "Phần giao diện ẩn đi trên trang này: " + ", ".join(f"«{h}»" for h in PAGE_HIDE) + ".",
          'hide: ["toc"]', choices=PAGE_HIDE),
    FIELDS_BY_NAME["change_note"],
)


def json_schema() -> dict:
    """The front-matter of a plan as JSON Schema (draft 2020-12), for editors and other tools."""

    def schema_of(field: Field) -> dict:
        if field.kind is Kind.TEXT:
            node: dict = {"type": "string"}
        elif field.kind is Kind.DATE:
            node = {
                "oneOf": [
                    {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"},
                    {"type": "integer", "minimum": 1900, "maximum": 2200},
                ]
            }
        elif field.kind is Kind.TEXT_LIST:
            node = {"type": "array", "items": {"type": "string"}}
        # -- issue 5 --
        elif field.kind is Kind.ID:
            node = {"oneOf": [{"type": "string", "pattern": r"^[A-Za-z0-9][A-Za-z0-9.\-_]*$"}, {"type": "integer", "minimum": 0}]}
        elif field.kind is Kind.TEXT_OR_LIST:
            node = {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}
        elif field.kind is Kind.PERCENT:
            node = {"type": "integer", "minimum": 0, "maximum": 100}
        elif field.kind is Kind.DEADLINE:
            group = {"type": "object", "properties": {sub.name: schema_of(sub) for sub in field.subfields},
                     "required": [sub.name for sub in field.subfields if sub.required], "additionalProperties": False}
            date = schema_of(Field(field.name, field.label, Kind.DATE, "", ""))
            node = {"anyOf": [*date["oneOf"], {"type": "string", "description": "viết gọn: «hằng năm», «trước ngày 05/11 hằng năm»"}, group]}
        # -- end issue 5 --
        elif field.kind is Kind.COUNT:  # issue 17
            node = {"type": "integer", "minimum": 0}
        elif field.kind is Kind.COUNT_MAP:  # issue 17
            # A mapping «hình thức: số» as officials write it, or the same as a list of pairs, which a form can fill.
            count = {"type": "integer", "minimum": 0}
            pair = {"type": "object", "properties": {"form": {"type": "string", "title": "Hình thức"},
                                                     "opinions": {**count, "title": "Số ý kiến"}},
                    "required": ["form", "opinions"], "additionalProperties": False}
            node = {"oneOf": [{"type": "object", "additionalProperties": count}, {"type": "array", "items": pair}]}
        elif field.kind is Kind.CLAUSES:  # issue 17
            clause = {"type": "integer", "minimum": 1, "maximum": 14}
            node = {"oneOf": [clause, {"type": "array", "items": clause, "minItems": 1}]}
        elif field.kind is Kind.DATE_LIST:  # issue 17
            node = {"type": "array", "items": schema_of(Field(field.name, field.label, Kind.DATE, "", ""))}
        elif field.kind in (Kind.GROUP_LIST, Kind.TASK_LIST, Kind.DECISION_LIST, Kind.RECORD_LIST):
            node = {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {sub.name: schema_of(sub) for sub in field.subfields},
                    "required": [sub.name for sub in field.subfields if sub.required],
                    "additionalProperties": False,
                },
            }
        else:
            node = {
                "type": "object",
                "properties": {sub.name: schema_of(sub) for sub in field.subfields},
                "additionalProperties": False,
            }
            if any(sub.required for sub in field.subfields):  # issue 17: a consultation's window
                node["required"] = [sub.name for sub in field.subfields if sub.required]
        if field.choices:  # issue 5
            node["enum"] = list(field.choices)
        node["title"] = field.label
        node["description"] = field.help
        return node

    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "plan.schema.json",
        "title": "Thông tin đầu trang (front-matter) của một kế hoạch",
        "type": "object",
        "properties": {
            **{f.name: schema_of(f) for f in PLAN_FIELDS},
            "status": {**schema_of(FIELDS_BY_NAME["status"]), "enum": list(STATUSES)},
        },
        "required": [f.name for f in PLAN_FIELDS if f.required],
        "additionalProperties": False,
    }


# -- the officials' guide to tasks (field_guide.py places it under «Nhiệm vụ, thời hạn và tiến độ») ----------
TASKS_GUIDE = """Ghi các nhiệm vụ (`tasks`) và chỉ tiêu (`targets`) **đúng như văn bản giao**: trích lời văn bản,
đơn vị chủ trì, đơn vị phối hợp, thời hạn. Văn bản không ghi thời hạn thì bỏ trống `due`. Khi có báo cáo,
thêm tình trạng, tiến độ và từng lần cập nhật. Trang web tự tính «quá hạn»: không ghi tay.

```yaml
tasks:
  - id: "bao-cao-1"                        # mã ngắn, không trùng, không đổi
    section: "III.3"                       # mục của văn bản
    task: "Báo cáo lần 1 trước ngày 03/9/2025."
    lead: "Các phòng, đơn vị sự nghiệp thuộc xã"
    support: ["Phòng Văn hóa - Xã hội"]    # một chuỗi hoặc danh sách
    due: 2025-09-03                        # hoặc "2025-09", 2025
    status: "hoàn thành"                   # bỏ trống = «chưa cập nhật»
    completed: 2025-09-02
    progress: 100
    updates:
      - {date: 2025-09-02, note: "Đã gửi báo cáo.", evidence: "bao-cao-lan-1.pdf"}
  - id: "bao-cao-hang-nam"
    task: "Hàng năm, báo cáo kết quả thực hiện … trước ngày 05/11."
    due: {repeat: "hằng năm", by: "05/11"}   # viết gọn: "trước ngày 05/11 hằng năm"
targets:
  - id: "1.2"
    target: "Trong năm, người đứng đầu … ít nhất 01 cuộc."
    due: 2025
    result: "02 cuộc"
    result_date: 2025-12-15
```

Tình trạng: «chưa cập nhật», «chưa bắt đầu», «đang thực hiện», «hoàn thành» (cần `completed`), «tạm dừng»,
«hủy bỏ» (cần `reason`). Thời hạn lặp lại: `repeat` là «hằng năm», «6 tháng», «hằng quý» hoặc «hằng tháng»;
`by` là ngày hạn («05/11»; hằng tháng chỉ ghi ngày, «25»); không có `by` thì hạn là cuối mỗi kỳ. Lỗi: tình trạng
lạ, tiến độ ngoài 0–100, ngày cập nhật ở tương lai, «hoàn thành» mà không có ngày, hai nhiệm vụ trùng mã.
"""
