"""«Dân bàn» (Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15, Art. 15, 25-26): the fields of a document's
`consultation` and `village_decisions` (checked by `check.consultation_checks`); `fields.PLAN_FIELDS` includes
`CONSULTATION_PLAN_FIELDS`."""

from __future__ import annotations

from .field_types import Field, Kind

# The keys of a contact are those of the site's channels for feedback, so one can stand for the other.
CONTACT_FIELDS = (
    Field("address", "Địa chỉ nhận ý kiến", Kind.TEXT, "Nơi nhận ý kiến bằng văn bản, hòm thư góp ý.",
          'address: "Bộ phận Một cửa, UBND xã Hoằng Hợp"'),
    Field("phone", "Điện thoại", Kind.TEXT, "Số điện thoại (đường dây nóng) của cơ quan nhận ý kiến, không ghi số cá nhân.",
          'phone: "0237 3123 456"'),
    Field("email", "Thư điện tử", Kind.TEXT, "Địa chỉ thư điện tử của cơ quan nhận ý kiến.", 'email: "ubnd.hoanghop@thanhhoa.gov.vn"'),
    Field("url", "Biểu mẫu góp ý trực tuyến", Kind.TEXT,
          "Địa chỉ https:// của biểu mẫu góp ý ở nơi khác (cổng thông tin của xã …); trang web này không thu ý kiến.",
          'url: "https://hoanghop.thanhhoa.gov.vn/gop-y"'),
    Field("note", "Ghi chú", Kind.TEXT, "Hướng dẫn thêm (giờ nhận, người tiếp nhận …).", 'note: "Giờ hành chính các ngày làm việc."'),
)
# One entry of `channels` written as a list (the web editor's form): {form: "họp thôn", opinions: 30}.
CHANNEL_COUNT_FIELDS = (
    Field("form", "Hình thức", Kind.TEXT, "Hình thức nhận ý kiến.", 'form: "họp thôn"', required=True),
    Field("opinions", "Số ý kiến", Kind.COUNT, "Số ý kiến nhận qua hình thức này.", "opinions: 30", required=True),
)
OBJECTION_FIELDS = (
    Field("opinion", "Ý kiến", Kind.TEXT, "Ý kiến không được tiếp thu, tóm tắt.", 'opinion: "Đề nghị lùi thời hạn …"', required=True),
    Field("reason", "Giải trình", Kind.TEXT, "Vì sao không tiếp thu.", 'reason: "Thời hạn do cấp trên quy định."', required=True),
)
CONSULTATION_RESULT_FIELDS = (
    Field("date", "Ngày công bố kết quả", Kind.DATE, "Ngày báo cáo hoặc công bố kết quả lấy ý kiến.", "date: 2025-04-05",
          required=True),
    Field("opinions", "Số ý kiến", Kind.COUNT, "Tổng số ý kiến nhận được (0 nếu không có ý kiến nào).", "opinions: 42",
          required=True),
    Field("channels", "Theo hình thức", Kind.COUNT_MAP,
          "Số ý kiến theo từng hình thức; tổng phải bằng opinions. Cũng ghi được thành danh sách "
          "[{form: «hình thức», opinions: số}] (trang soạn thảo trên trình duyệt ghi như vậy).",
          'channels: {"họp thôn": 30, "hòm thư góp ý": 12}'),
    Field("accepted", "Ý kiến được tiếp thu", Kind.TEXT_OR_LIST, "Những ý kiến được tiếp thu và đã sửa gì, mỗi ý một dòng.",
          'accepted: ["Bổ sung chỉ tiêu …"]'),
    Field("not_accepted", "Ý kiến không tiếp thu và giải trình", Kind.GROUP_LIST,
          "Mỗi ý kiến không được tiếp thu kèm lý do (giải trình).",
          'not_accepted: [{opinion: "Đề nghị lùi thời hạn …", reason: "Thời hạn do cấp trên quy định."}]',
          subfields=OBJECTION_FIELDS),
    Field("decision", "Văn bản quyết định", Kind.TEXT,
          "Số, ký hiệu văn bản được ban hành sau khi lấy ý kiến; trang web liên kết đến văn bản đó khi nó được đăng.",
          'decision: "12/QĐ-UBND"'),
    Field("decision_date", "Ngày của văn bản quyết định", Kind.DATE, "Ngày ban hành văn bản quyết định.", "decision_date: 2025-04-10"),
    Field("report", "Báo cáo tiếp thu, giải trình", Kind.TEXT,
          "Tệp báo cáo trong kho (tính từ thư mục của tệp này) hoặc địa chỉ https://.", 'report: "bao-cao-tiep-thu.pdf"'),
)
CONSULTATION_FIELDS = (
    Field("matter", "Nội dung lấy ý kiến", Kind.TEXT, "Việc Nhân dân cho ý kiến (thường là tên dự thảo).",
          'matter: "Dự thảo Kế hoạch phát triển kinh tế - xã hội năm 2026 của xã"', required=True),
    Field("law_item", "Khoản của Điều 25", Kind.COUNT,
          "Khoản của Điều 25 Luật Thực hiện dân chủ ở cơ sở nêu nội dung này (1–9); bỏ trống nếu không thuộc khoản nào.",
          "law_item: 1"),
    Field("from", "Từ ngày", Kind.DATE, "Ngày bắt đầu nhận ý kiến (đủ ngày, tháng, năm).", "from: 2025-03-01", required=True),
    Field("to", "Đến hết ngày", Kind.DATE, "Ngày cuối cùng nhận ý kiến (đủ ngày, tháng, năm).", "to: 2025-03-31", required=True),
    Field("forms", "Hình thức", Kind.TEXT_LIST,
          "Các hình thức lấy ý kiến (Điều 26): họp thôn, phát phiếu, hòm thư góp ý, cổng thông tin điện tử …",
          'forms: ["họp thôn, tổ dân phố", "hòm thư góp ý"]'),
    Field("contact", "Cách gửi ý kiến", Kind.GROUP,
          "Nơi người dân gửi ý kiến. Trang web không thu ý kiến và không tải gì từ nơi khác.",
          'contact: {address: "Bộ phận Một cửa, UBND xã", phone: "0237 3123 456"}', subfields=CONTACT_FIELDS),
    Field("result", "Kết quả lấy ý kiến", Kind.GROUP,
          "Ghi sau khi hết hạn: số ý kiến, theo hình thức nào, tiếp thu gì, không tiếp thu gì và vì sao, văn bản quyết định. "
          "Chưa ghi thì sau ngày «to» trang web hiện «chưa công bố kết quả».",
          'result: {date: 2025-04-05, opinions: 42, decision: "12/QĐ-UBND"}', subfields=CONSULTATION_RESULT_FIELDS),
)
VILLAGE_DECISION_RESULTS = ("thông qua", "không thông qua")
VILLAGE_DECISION_FIELDS = (
    Field("id", "Mã", Kind.ID, "Mã ngắn, không trùng trong văn bản, không đổi về sau.", 'id: "dong-gop-duong"'),
    Field("village", "Thôn, tổ dân phố", Kind.TEXT, "Thôn, tổ dân phố nơi Nhân dân quyết định.", 'village: "Thôn Đông"',
          required=True),
    Field("matter", "Nội dung", Kind.TEXT, "Việc Nhân dân bàn và quyết định (Điều 15).",
          'matter: "Mức đóng góp làm đường giao thông thôn"', required=True),
    Field("form", "Hình thức", Kind.TEXT, "«hội nghị» (họp) hoặc «phát phiếu».", 'form: "hội nghị"'),
    Field("date", "Ngày họp hoặc phát phiếu", Kind.DATE, "Ngày hội nghị, hoặc ngày kết thúc phát phiếu.", "date: 2025-05-10",
          required=True),
    Field("households", "Tổng số hộ", Kind.COUNT, "Tổng số hộ gia đình của thôn, tổ dân phố.", "households: 250"),
    Field("participating", "Số hộ tham gia", Kind.COUNT, "Số hộ dự họp hoặc trả lời phiếu.", "participating: 210"),
    Field("in_favour", "Số hộ tán thành", Kind.COUNT, "Số hộ đồng ý.", "in_favour: 180"),
    Field("result", "Kết quả", Kind.TEXT,
          "«thông qua» hoặc «không thông qua». Chương trình kiểm tra so với số hộ: thông qua cần quá một nửa tổng số hộ tán thành.",
          'result: "thông qua"', required=True, choices=VILLAGE_DECISION_RESULTS),
    Field("note", "Ghi chú", Kind.TEXT, "Điều cần nói thêm (mức đóng góp đã thống nhất …).", 'note: "Mỗi hộ 500.000 đồng."'),
)
CONSULTATION_PLAN_FIELDS = (
    Field("consultation", "Lấy ý kiến Nhân dân", Kind.CONSULTATION,
          "Văn bản là dự thảo đang hoặc đã lấy ý kiến Nhân dân (Điều 25, 26 Luật Thực hiện dân chủ ở cơ sở): nội dung, "
          "thời gian, hình thức, nơi gửi ý kiến; sau khi hết hạn thì kết quả.",
          'consultation: {matter: "Dự thảo Kế hoạch …", from: 2025-03-01, to: 2025-03-31}', subfields=CONSULTATION_FIELDS),
    Field("village_decisions", "Nhân dân bàn và quyết định", Kind.DECISION_LIST,
          "Các nội dung Nhân dân ở thôn, tổ dân phố bàn và quyết định (Điều 15): ngày, số hộ, số hộ tán thành, kết quả.",
          'village_decisions: [{village: "Thôn Đông", matter: "…", date: 2025-05-10, households: 250, in_favour: 180, '
          'result: "thông qua"}]', subfields=VILLAGE_DECISION_FIELDS),
)
