"""The officials' guide to the disclosure record, feedback and the contacts file (issue 17): one worked
example from a seed plan (Kế hoạch Dân vận chính quyền năm 2025 of UBND xã Hoằng Hợp), placed in the
field guide by `field_guide.py`. The example's dates and contacts are illustrations, not facts."""

from __future__ import annotations

from ..catalog.contacts import CHANNELS_FILE, CONTACT_FIELDS, TOP_FIELDS
from ..model.contacts import DEFAULT_ANSWER_DAYS
from ..model.paths import md_escape

GUIDE = f"""Ghi vào phần thông tin của văn bản **đã công khai ở đâu, khi nào** (`disclosure`) và **các phản ánh,
kiến nghị** người dân gửi về văn bản cùng câu trả lời (`feedback`). Ví dụ với Kế hoạch thực hiện công tác Dân
vận chính quyền năm 2025 của UBND xã Hoằng Hợp (ngày, nơi niêm yết và nội dung phản ánh dưới đây là ví dụ):

```yaml
disclosure:
  clause: 1                     # khoản 1 Điều 11 Luật Thực hiện dân chủ ở cơ sở (1–14; nhiều khoản: [1, 3])
  posting:                      # niêm yết: nơi, từ ngày, đến ngày
    - {{place: "trụ sở UBND xã Hoằng Hợp", from: 2025-01-20, to: 2025-02-19}}
  loudspeaker: [2025-01-20, 2025-01-21, 2025-01-22]   # các ngày phát trên hệ thống truyền thanh
  channels:                     # hình thức khác
    - {{channel: "Cổng thông tin điện tử của xã", date: 2025-01-21}}
feedback:
  - id: "1"
    received: 2025-02-03
    channel: "Hộp thư góp ý tại trụ sở"
    summary: "Đề nghị niêm yết kế hoạch cả ở nhà văn hóa các thôn."
    answer: "UBND xã đã niêm yết bổ sung tại nhà văn hóa 7 thôn từ ngày 10/02/2025."
    answered: 2025-02-10
    answered_by: "Chủ tịch UBND xã"
  - id: "2"                     # chưa trả lời: bỏ trống answer, answered
    received: 2025-10-01
    channel: "Hội nghị đối thoại"
    summary: "Hỏi về kết quả mô hình «Dân vận khéo» ở thôn 5."
```

Trang của văn bản ghi: «Công khai theo khoản 1 Điều 11 Luật Thực hiện dân chủ ở cơ sở; niêm yết tại trụ sở UBND
xã Hoằng Hợp từ ngày 20/01/2025 đến ngày 19/02/2025; …», và văn bản có mặt trong «Danh mục thông tin công khai»
của cơ quan (theo khoản và theo quý; các khoản chưa có văn bản nào trong năm được nêu rõ).
Cảnh báo: ngày kết thúc trước ngày bắt đầu, ngày công khai trước ngày ban hành, và văn bản thuộc khoản 7 đến 12 mà
chưa ghi đủ 3 ngày liên tục phát trên hệ thống truyền thanh (khoản 3 Điều 13). Ngày phải ghi đủ ngày, tháng, năm.

**Phản ánh, kiến nghị.** `summary` do cán bộ tóm tắt: **không** ghi họ tên, địa chỉ, số điện thoại, số CCCD của
người gửi (số điện thoại hay dãy 12 chữ số trong `summary` là lỗi; trong `answer`, số điện thoại là cảnh báo vì có
thể là đường dây nóng của cơ quan). Trang web tự đếm số ngày đến khi trả lời, số phản ánh chưa trả lời, và đánh dấu
phản ánh quá hạn trả lời (theo ngày xây dựng trang). Lỗi: ngày trả lời trước ngày nhận, có `answer` mà không có
`answered` (hoặc ngược lại), ngày ở tương lai.

**Nơi tiếp nhận phản ánh** (tệp `content/{CHANNELS_FILE}`; trang web đọc khi xây dựng, không đăng tệp này). Mỗi
trang văn bản hiện nơi tiếp nhận của cơ quan ban hành và Ban Thanh tra nhân dân (nếu ghi); cơ quan chưa có trong tệp
thì trang nói rõ là chưa ghi. Số điện thoại ở đây là số công khai của cơ quan.

```yaml
answer_within_days: {DEFAULT_ANSWER_DAYS}          # quá số ngày này chưa trả lời thì bị đánh dấu
issuers:
  - issuer: "UBND xã Hoằng Hợp"
    address: "Bộ phận tiếp nhận và trả kết quả, trụ sở UBND xã Hoằng Hợp"
    phone: "…"
    email: "…"
    url: "https://…"
    note: "Tiếp công dân sáng thứ Năm hằng tuần."
    inspection_board:           # Ban Thanh tra nhân dân
      address: "…"
      note: "…"
```

| Trường | Cách ghi |
|---|---|
{chr(10).join(f"| `{k}` | {md_escape(v)} |" for k, v in {**TOP_FIELDS, **CONTACT_FIELDS}.items())}
"""
