"""The officials' guide to «dân bàn» records (field_guide.py places it under «Lấy ý kiến Nhân dân»): a worked
example on the seed plan of xã Hoằng Hợp, which tests check and build as written."""

from __future__ import annotations

# The front-matter lines of the example, added under those of content/ke-hoach/2025/hoang-hop-dan-van-chinh-quyen.md.
EXAMPLE = """consultation:
  matter: "Dự thảo Kế hoạch thực hiện công tác Dân vận chính quyền năm 2025"
  from: 2025-01-02                         # ngày đầu nhận ý kiến
  to: 2025-01-12                           # ngày cuối nhận ý kiến (hết ngày này)
  forms: ["họp thôn", "hòm thư góp ý tại UBND xã", "qua Ủy ban MTTQ xã"]
  contact:                                 # nơi nhận ý kiến (trang web không thu ý kiến)
    address: "Bộ phận Một cửa, UBND xã Hoằng Hợp"
    phone: "0237 3123 456"
    email: "ubnd.hoanghop@thanhhoa.gov.vn"
    url: "https://hoanghop.thanhhoa.gov.vn/gop-y"
    note: "Giờ hành chính các ngày làm việc."
  result:                                  # ghi sau ngày «to»
    date: 2025-01-14
    opinions: 17
    channels: {"họp thôn": 12, "hòm thư góp ý tại UBND xã": 3, "qua Ủy ban MTTQ xã": 2}
    accepted:
      - "Bổ sung việc tiếp dân định kỳ của Chủ tịch UBND xã tại các thôn."
    not_accepted:
      - opinion: "Đề nghị bỏ chỉ tiêu đối thoại với Nhân dân."
        reason: "Đối thoại với Nhân dân là việc Chỉ thị số 33/CT-TTg giao, không thể bỏ."
village_decisions:
  - id: "dong-gop-duong-thon-dong"
    village: "Thôn Đông"
    matter: "Mức đóng góp làm đường giao thông thôn năm 2025"
    form: "hội nghị"
    date: 2025-03-09
    households: 250                        # tổng số hộ của thôn
    participating: 210                     # số hộ dự họp hoặc trả lời phiếu
    in_favour: 180                         # số hộ tán thành
    result: "thông qua"
    note: "Mỗi hộ đóng góp 500.000 đồng."
"""

GUIDE = f"""Một văn bản là **dự thảo lấy ý kiến Nhân dân** (Điều 25, 26 Luật Thực hiện dân chủ ở cơ sở) thì ghi thêm
`consultation`: nội dung lấy ý kiến, thời gian (`from`, `to`: đủ ngày, tháng, năm), các hình thức và nơi nhận ý kiến
(địa chỉ, điện thoại, thư điện tử, địa chỉ biểu mẫu góp ý ở nơi khác). Trang web **không thu ý kiến** và không tải gì
từ nơi khác: nó chỉ ghi người dân gửi ý kiến ở đâu. Trong thời gian lấy ý kiến, trang chủ và trang của văn bản ghi
«đang lấy ý kiến, còn N ngày»; ngày hết hạn có trong lịch (`.ics`) và trong nguồn tin Atom.

Sau ngày `to`, ghi **kết quả** (`result`) ngay trong tệp đó: ngày công bố, tổng số ý kiến, số ý kiến theo từng hình
thức (tổng phải bằng `opinions`), ý kiến được tiếp thu, ý kiến không tiếp thu kèm giải trình (`reason`), văn bản quyết
định (`decision`: số, ký hiệu; trang web tự liên kết đến văn bản đó khi nó được đăng). Chưa ghi kết quả thì sau ngày
`to` trang web tự ghi «**chưa công bố kết quả**» (tính theo ngày xây dựng trang, như «quá hạn»).

Những việc Nhân dân ở thôn, tổ dân phố **bàn và quyết định** (Điều 15), ví dụ mức đóng góp, ghi ở
`village_decisions`: thôn, nội dung, ngày họp hoặc phát phiếu, tổng số hộ, số hộ tham gia, số hộ tán thành, kết quả.
Chương trình kiểm tra cảnh báo khi kết quả trái với số liệu: «thông qua» cần quá một nửa tổng số hộ tán thành.

Ví dụ (giả định) trên kế hoạch mẫu của xã Hoằng Hợp («Thực hiện công tác Dân vận chính quyền năm 2025»): dự thảo đã
lấy ý kiến từ 02/01 đến 12/01/2025 rồi mới ban hành; thôn Đông họp quyết định mức đóng góp làm đường:

```yaml
{EXAMPLE.rstrip()}
```

Lỗi thường gặp: thiếu `to` hoặc `to` trước `from`; ngày chỉ có tháng; ghi kết quả trước khi hết hạn; tổng theo hình
thức khác `opinions`; ý kiến không tiếp thu mà thiếu giải trình; số hộ tán thành lớn hơn số hộ tham gia; số viết có
dấu chấm (`1.200`: YAML đọc thành 1,2; hãy viết `1200`). Các đợt lấy ý kiến và các nội dung Nhân dân quyết định được
liệt kê ở trang «Lấy ý kiến Nhân dân» (`/lay-y-kien/`) và trong dữ liệu mở (`data/consultations.csv`, trường
`consultation` và `village_decisions` của `data/plans.json`).
"""
