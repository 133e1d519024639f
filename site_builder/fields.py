"""The front-matter fields officials write: one table that drives validation, the JSON Schema
and the Vietnamese field guide, so the three can never disagree."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Kind(Enum):
    TEXT = "chuỗi văn bản"
    DATE = "ngày (đủ hoặc thiếu)"
    TEXT_LIST = "danh sách chuỗi"
    GROUP = "nhóm trường"
    GROUP_LIST = "danh sách nhóm trường"


@dataclass(frozen=True)
class Field:
    name: str
    label: str  # how the site and the guide name it
    kind: Kind
    help: str  # for officials, in Vietnamese
    example: str  # a YAML snippet
    required: bool = False
    subfields: tuple["Field", ...] = ()


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
)

FIELDS_BY_NAME = {f.name: f for f in PLAN_FIELDS}


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
        elif field.kind is Kind.GROUP_LIST:
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
