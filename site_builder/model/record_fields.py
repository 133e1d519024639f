"""The disclosure record (Art. 11-13 of Law 10/2022/QH15) and citizens' feedback: the fields of a document's
`disclosure` and `feedback` (checked by `check.disclosure_checks`, `check.feedback_checks`); `fields.PLAN_FIELDS`
includes `RECORD_PLAN_FIELDS`."""

from __future__ import annotations

from .field_types import Field, Kind

POSTING_FIELDS = (
    Field("place", "Nơi niêm yết", Kind.TEXT, "Nơi niêm yết văn bản («Trụ sở UBND xã», «Nhà văn hóa thôn 3»).",
          'place: "Trụ sở UBND xã Hoằng Hợp"', required=True),
    Field("from", "Từ ngày", Kind.DATE, "Ngày bắt đầu niêm yết.", "from: 2025-01-16", required=True),
    Field("to", "Đến ngày", Kind.DATE, "Ngày kết thúc niêm yết (bỏ trống khi còn đang niêm yết).", "to: 2025-02-15"),
)

CHANNEL_USE_FIELDS = (
    Field("channel", "Hình thức", Kind.TEXT,
          "Hình thức công khai khác: cổng thông tin điện tử, qua trưởng thôn, hội nghị, mạng xã hội …",
          'channel: "Cổng thông tin điện tử của xã"', required=True),
    Field("date", "Ngày", Kind.DATE, "Ngày công khai bằng hình thức này.", "date: 2025-01-16", required=True),
    Field("note", "Ghi chú", Kind.TEXT, "Ghi thêm nếu cần (địa chỉ trang, hội nghị nào …).",
          'note: "Hội nghị tiếp xúc cử tri thôn 3"'),
)

DISCLOSURE_FIELDS = (
    Field("clause", "Khoản của Điều 11", Kind.CLAUSES,
          "Văn bản được công khai theo khoản nào của Điều 11 Luật Thực hiện dân chủ ở cơ sở (số 1 đến 14); "
          "nhiều khoản thì ghi danh sách.", "clause: 1", required=True),
    Field("posting", "Niêm yết", Kind.GROUP_LIST, "Các lần niêm yết: nơi niêm yết, từ ngày, đến ngày.",
          'posting: [{place: "Trụ sở UBND xã Hoằng Hợp", from: 2025-01-16, to: 2025-02-15}]', subfields=POSTING_FIELDS),
    Field("loudspeaker", "Phát trên hệ thống truyền thanh", Kind.DATE_LIST,
          "Các ngày văn bản được phát trên hệ thống truyền thanh của xã, mỗi ngày một mục.",
          "loudspeaker: [2025-01-16, 2025-01-17, 2025-01-18]"),
    Field("channels", "Hình thức khác", Kind.GROUP_LIST, "Các hình thức công khai khác, mỗi hình thức một mục có ngày.",
          'channels: [{channel: "Cổng thông tin điện tử của xã", date: 2025-01-16}]', subfields=CHANNEL_USE_FIELDS),
)

FEEDBACK_FIELDS = (
    Field("id", "Mã", Kind.ID, "Mã ngắn, không trùng trong văn bản, không đổi về sau (dùng cho liên kết).", 'id: "1"'),
    Field("received", "Ngày nhận", Kind.DATE, "Ngày cơ quan nhận phản ánh, kiến nghị (đủ ngày, tháng, năm).",
          "received: 2025-02-03", required=True),
    Field("channel", "Hình thức nhận", Kind.TEXT, "Nhận qua đâu: trực tiếp, hộp thư góp ý, điện thoại, thư điện tử, hội nghị …",
          'channel: "Hộp thư góp ý tại trụ sở"'),
    Field("summary", "Nội dung", Kind.TEXT,
          "Tóm tắt nội dung do cán bộ viết, không ghi họ tên, địa chỉ, số điện thoại, số CCCD của người gửi.",
          'summary: "Đề nghị niêm yết kế hoạch cả ở nhà văn hóa các thôn."', required=True),
    Field("answer", "Trả lời", Kind.TEXT, "Nội dung trả lời (bỏ trống khi chưa trả lời).",
          'answer: "UBND xã đã niêm yết bổ sung tại nhà văn hóa 7 thôn từ ngày 10/02/2025."'),
    Field("answered", "Ngày trả lời", Kind.DATE, "Ngày trả lời (bắt buộc khi có answer).", "answered: 2025-02-10"),
    Field("answered_by", "Người trả lời", Kind.TEXT, "Chức vụ hoặc cơ quan trả lời («Chủ tịch UBND xã»).",
          'answered_by: "Chủ tịch UBND xã"'),
)

RECORD_PLAN_FIELDS = (
    Field("disclosure", "Công khai văn bản", Kind.RECORD,
          "Văn bản được công khai theo khoản nào của Điều 11 Luật Thực hiện dân chủ ở cơ sở, và đã công khai ở đâu, "
          "khi nào: niêm yết, hệ thống truyền thanh, hình thức khác.",
          'disclosure: {clause: 1, posting: [{place: "Trụ sở UBND xã Hoằng Hợp", from: 2025-01-16, to: 2025-02-15}]}',
          subfields=DISCLOSURE_FIELDS),
    Field("feedback", "Phản ánh, kiến nghị", Kind.RECORD_LIST,
          "Các phản ánh, kiến nghị của người dân về văn bản và câu trả lời, mỗi phản ánh một mục. "
          "Không ghi thông tin cá nhân của người gửi.",
          'feedback: [{id: "1", received: 2025-02-03, channel: "Hộp thư góp ý", summary: "…"}]',
          subfields=FEEDBACK_FIELDS),
)
