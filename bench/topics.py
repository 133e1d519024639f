"""Topics other than dân vận, for a realistic benchmark corpus.

The seed plans are all about công tác dân vận, so a corpus built only from their sentences has
"dân", "vận", "khéo" in nearly every plan. Real sites publish plans on many subjects, each with its
own vocabulary. This module gives sixteen such subjects (none of them dân vận), sentence
templates for the three parts of a plan, generic sentences any plan may contain, and
`topic_plan`, which writes one plan's title, body and front-matter topics.

    from topics import ALL_TOPICS, topic_plan
    topic = rng.choice(ALL_TOPICS)
    title, paragraphs, keywords = topic_plan(rng, i, topic, {"xa": commune, "tinh": province, "nam": str(year)})

Templates use these slots: {xa} commune name (written after "xã"), {tinh} province name,
{nam} year, {so} a small number, {phan_tram} a percentage with its sign ("85%"), {don_vi} a
responsible unit, {ngay} a date in the plan's year ("30/6/2025"). The caller gives xa, tinh and
nam; `topic_plan` fills the rest from `rng`, so a plan depends only on the rng's state.
"""

from __future__ import annotations

import random
import string
import unicodedata
import zlib
from dataclasses import dataclass

SECTION_HEADINGS = ("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG, NHIỆM VỤ", "III. TỔ CHỨC THỰC HIỆN")
SLOTS = frozenset({"xa", "tinh", "nam", "so", "phan_tram", "don_vi", "ngay"})
GENERIC_SHARE = 0.2  # share of a section's sentences drawn from GENERIC


@dataclass(frozen=True)
class Topic:
    title_phrases: tuple[str, ...]  # how the topic reads in a title, lower-case start
    sections: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]  # I, II, III sentence templates
    directives: tuple[str, ...]  # document numbers plans of this topic cite
    topics: tuple[str, ...]  # keywords for the front-matter `topics:` field
    don_vi: tuple[str, ...] = ()  # units typically in charge; {don_vi} picks from these or COMMON_UNITS


# Units any plan may name for {don_vi}.
COMMON_UNITS = (
    "Công chức Văn phòng - Thống kê", "Công chức Văn hóa - Xã hội", "Công chức Tài chính - Kế toán",
    "Công chức Tư pháp - Hộ tịch", "Công chức Địa chính - Xây dựng", "Công an xã", "Ban Chỉ huy Quân sự xã",
    "Trạm Y tế xã", "Đoàn Thanh niên xã", "Hội Liên hiệp Phụ nữ xã", "Hội Nông dân xã", "Hội Cựu chiến binh xã",
    "Phòng Văn hóa - Xã hội xã", "Phòng Kinh tế xã", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã",
)


def _lines(text: str) -> tuple[str, ...]:
    return tuple(unicodedata.normalize("NFC", line.strip()) for line in text.splitlines() if line.strip())


def _topic(titles: str, muc_dich: str, noi_dung: str, to_chuc: str, directives: str, topics: str,
           don_vi: str) -> Topic:
    return Topic(_lines(titles), (_lines(muc_dich), _lines(noi_dung), _lines(to_chuc)),
                 tuple(directives.split()), _lines(topics), _lines(don_vi))


GENERIC: tuple[str, ...] = _lines("""
Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách xã năm {nam} và các nguồn huy động hợp pháp khác theo quy định.
Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo về Ủy ban nhân dân xã (qua {don_vi}) để xem xét, giải quyết.
Định kỳ 6 tháng, hằng năm, các cơ quan, đơn vị báo cáo kết quả thực hiện về Ủy ban nhân dân xã trước ngày {ngay} để tổng hợp, báo cáo cấp trên.
{don_vi} có trách nhiệm theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này; tổng hợp kết quả, tham mưu Ủy ban nhân dân xã báo cáo Ủy ban nhân dân tỉnh {tinh} theo quy định.
Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội phối hợp tuyên truyền, giám sát việc thực hiện Kế hoạch.
Công chức Tài chính - Kế toán tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm {nam}, bảo đảm đúng quy định hiện hành.
Các nhiệm vụ phải được triển khai đồng bộ, có trọng tâm, trọng điểm, gắn trách nhiệm của người đứng đầu cơ quan, đơn vị với kết quả thực hiện.
Việc tổ chức thực hiện phải bảo đảm thiết thực, hiệu quả, tránh hình thức, lãng phí; phù hợp với điều kiện thực tế của địa phương.
Ủy ban nhân dân xã tổ chức sơ kết, đánh giá kết quả thực hiện Kế hoạch vào cuối năm {nam}, kịp thời biểu dương, khen thưởng tập thể, cá nhân có thành tích xuất sắc.
Trưởng các thôn, tổ dân phố có trách nhiệm phổ biến nội dung Kế hoạch đến từng hộ gia đình trên địa bàn.
Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ được giao xây dựng kế hoạch cụ thể, hoàn thành trước ngày {ngay}.
Giao {don_vi} làm đầu mối tổng hợp, báo cáo kết quả thực hiện Kế hoạch với Thường trực Đảng ủy, Ủy ban nhân dân xã.
Kế hoạch này có hiệu lực kể từ ngày ký; các nội dung trước đây trái với Kế hoạch này đều bãi bỏ.
Cán bộ, công chức được phân công phụ trách địa bàn có trách nhiệm hướng dẫn, theo dõi việc thực hiện tại thôn, tổ dân phố.
Nội dung Kế hoạch được đăng tải trên Trang thông tin điện tử của xã và niêm yết công khai tại trụ sở Ủy ban nhân dân xã.
Phấn đấu đến hết năm {nam}, hoàn thành {phan_tram} các chỉ tiêu, nhiệm vụ đề ra tại Kế hoạch này.
Đài truyền thanh xã tăng cường thời lượng tuyên truyền về các nội dung của Kế hoạch.
Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện; kết quả thực hiện là một trong những tiêu chí đánh giá, xếp loại thi đua cuối năm.
Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân xã về kết quả thực hiện các nhiệm vụ được giao.
""")


TOPICS: dict[str, Topic] = {
    "chuyển đổi số": _topic(
        titles="""
            triển khai thực hiện Đề án chuyển đổi số
            chuyển đổi số
            đẩy mạnh chuyển đổi số, phát triển chính quyền số
            phát triển kinh tế số, xã hội số
            triển khai hoạt động của Tổ công nghệ số cộng đồng
            thực hiện phong trào “Bình dân học vụ số”
            thực hiện Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử (Đề án 06)
            nâng cao tỷ lệ hồ sơ trực tuyến và thanh toán không dùng tiền mặt
        """,
        muc_dich="""
            Triển khai có hiệu quả các nhiệm vụ chuyển đổi số trên địa bàn xã {xa}, góp phần xây dựng chính quyền số, kinh tế số và xã hội số.
            Nâng cao nhận thức của cán bộ, công chức và người dân về vai trò, lợi ích của chuyển đổi số trong đời sống, sản xuất, kinh doanh.
            Phấn đấu đến ngày {ngay}, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình đạt từ {phan_tram} trở lên.
            Bảo đảm {phan_tram} cán bộ, công chức xã sử dụng thành thạo hệ thống quản lý văn bản và điều hành, chữ ký số chuyên dùng.
            Khai thác hiệu quả dữ liệu dân cư, ứng dụng định danh và xác thực điện tử VNeID phục vụ giải quyết thủ tục hành chính và phát triển kinh tế - xã hội.
            Phát huy vai trò của Tổ công nghệ số cộng đồng trong việc hướng dẫn người dân cài đặt, sử dụng các nền tảng số.
            Đẩy mạnh thanh toán không dùng tiền mặt trong thu phí, lệ phí, chi trả an sinh xã hội trên địa bàn xã.
            Việc triển khai phải bảo đảm an toàn, an ninh mạng, bảo vệ bí mật nhà nước và dữ liệu cá nhân theo quy định.
            Lấy người dân, doanh nghiệp làm trung tâm, là chủ thể của quá trình chuyển đổi số; lấy sự hài lòng của người dân làm thước đo hiệu quả.
            Phấn đấu đến hết năm {nam}, có ít nhất {phan_tram} hộ gia đình có điện thoại thông minh và kết nối internet cáp quang.
            Mỗi cán bộ, công chức phải là một tuyên truyền viên về chuyển đổi số, gương mẫu sử dụng dịch vụ công trực tuyến.
        """,
        noi_dung="""
            Tổ chức phổ cập kỹ năng số cho người dân thông qua phong trào “Bình dân học vụ số”, ưu tiên phụ nữ, thanh niên và lao động nông thôn.
            Rà soát, cập nhật, làm sạch dữ liệu dân cư; phối hợp thu nhận hồ sơ cấp căn cước và kích hoạt tài khoản định danh điện tử mức độ 2 cho công dân trên địa bàn.
            Bố trí {so} điểm hỗ trợ hướng dẫn người dân nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia.
            Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; tái sử dụng dữ liệu đã số hóa, không yêu cầu người dân cung cấp lại giấy tờ đã có trong cơ sở dữ liệu.
            Hướng dẫn các hộ sản xuất, hợp tác xã đưa nông sản chủ lực của xã lên sàn thương mại điện tử, bán hàng qua nền tảng số.
            Triển khai mô hình “Chợ 4.0”, khuyến khích tiểu thương niêm yết mã QR để khách hàng thanh toán không dùng tiền mặt.
            Duy trì hoạt động ổn định của hệ thống hội nghị truyền hình trực tuyến, hệ thống quản lý văn bản và điều hành; {phan_tram} văn bản đi, đến được xử lý trên môi trường mạng.
            Nâng cấp hạ tầng công nghệ thông tin, trang bị thêm {so} máy tính, thiết bị ký số cho cán bộ, công chức xã.
            Kiện toàn Tổ công nghệ số cộng đồng tại {so} thôn, tổ dân phố; tập huấn kỹ năng số cho thành viên các tổ.
            Tuyên truyền về an toàn thông tin, cảnh giác với các thủ đoạn lừa đảo trực tuyến, giả mạo cơ quan nhà nước trên không gian mạng.
            Hướng dẫn người dân đăng ký, sử dụng chữ ký số cá nhân trong giao dịch điện tử.
            Hướng dẫn các hộ kinh doanh sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền, kê khai, nộp thuế điện tử.
        """,
        to_chuc="""
            {don_vi} chủ trì, phối hợp với Tổ công nghệ số cộng đồng tổ chức triển khai các nhiệm vụ chuyển đổi số, báo cáo Ủy ban nhân dân xã trước ngày {ngay}.
            Công an xã chủ trì thực hiện các nhiệm vụ của Đề án 06, bảo đảm tiến độ thu nhận hồ sơ căn cước và định danh điện tử.
            Bộ phận Tiếp nhận và Trả kết quả xã bố trí công chức hướng dẫn, hỗ trợ người dân thực hiện dịch vụ công trực tuyến.
            Đoàn Thanh niên xã thành lập {so} đội thanh niên tình nguyện hỗ trợ người dân cài đặt ứng dụng VNeID, dịch vụ công trực tuyến.
            Bưu điện văn hóa xã phối hợp hướng dẫn người dân thanh toán trực tuyến, nhận kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích.
            Công chức Văn phòng - Thống kê tham mưu cập nhật số liệu chỉ số chuyển đổi số của xã trên hệ thống đánh giá của tỉnh {tinh}.
            Các doanh nghiệp viễn thông trên địa bàn phối hợp phủ sóng di động 4G, mở rộng mạng cáp quang đến {phan_tram} thôn, tổ dân phố.
            Ban Chỉ đạo chuyển đổi số xã định kỳ hằng quý họp đánh giá tiến độ, kịp thời tháo gỡ những khó khăn, vướng mắc.
            Trưởng thôn, tổ trưởng tổ dân phố phối hợp với Tổ công nghệ số cộng đồng hướng dẫn từng hộ gia đình sử dụng các nền tảng số thiết yếu.
            Hội Liên hiệp Phụ nữ, Hội Nông dân xã lồng ghép nội dung kỹ năng số trong sinh hoạt chi hội.
            Kết quả thực hiện chuyển đổi số là tiêu chí đánh giá, xếp loại mức độ hoàn thành nhiệm vụ của cán bộ, công chức năm {nam}.
        """,
        directives="06/QĐ-TTg 749/QĐ-TTg 942/QĐ-TTg 57-NQ/TW 09-NQ/TU 146/KH-UBND",
        topics="""
            chuyển đổi số
            Đề án 06
        """,
        don_vi="""
            Công chức Văn phòng - Thống kê
            Tổ công nghệ số cộng đồng xã
            Công an xã
            Bộ phận Tiếp nhận và Trả kết quả xã
            Đoàn Thanh niên xã
        """,
    ),
    "phòng, chống thiên tai và tìm kiếm cứu nạn": _topic(
        titles="""
            phòng, chống thiên tai và tìm kiếm cứu nạn
            ứng phó với bão, áp thấp nhiệt đới và mưa lũ
            phòng, chống lụt, bão và giảm nhẹ thiên tai
            ứng phó sự cố, thiên tai và tìm kiếm cứu nạn
            sơ tán người dân khi có bão mạnh, siêu bão
            phòng, chống hạn hán, xâm nhập mặn
            quản lý rủi ro thiên tai dựa vào cộng đồng
        """,
        muc_dich="""
            Chủ động phòng ngừa, ứng phó kịp thời, khắc phục khẩn trương, có hiệu quả hậu quả thiên tai, giảm thiểu thiệt hại về người và tài sản trên địa bàn xã {xa}.
            Quán triệt và thực hiện tốt phương châm “bốn tại chỗ”: chỉ huy tại chỗ, lực lượng tại chỗ, phương tiện, vật tư tại chỗ và hậu cần tại chỗ.
            Nâng cao nhận thức, kỹ năng của người dân trong phòng, chống bão, lũ, sạt lở đất, lốc, sét và mưa đá.
            Bảo đảm an toàn tuyệt đối cho các hồ, đập, đê điều, kè trên địa bàn trong mùa mưa bão năm {nam}.
            Lấy phòng ngừa là chính, chuẩn bị sẵn sàng phương án sơ tán cho các hộ ở vùng trũng thấp, ven sông, ven biển và khu vực có nguy cơ sạt lở.
            Không để xảy ra thiệt hại về người do chủ quan, lơ là trong phòng, chống thiên tai.
            Phấn đấu {phan_tram} hộ gia đình thuộc vùng nguy hiểm được hướng dẫn kỹ năng ứng phó trước mùa mưa lũ.
            Xác định rõ trách nhiệm của từng thành viên Ban Chỉ huy, từng cơ quan, đơn vị trong chỉ đạo, điều hành ứng phó thiên tai.
            Kiện toàn lực lượng xung kích phòng, chống thiên tai tại các thôn, bảo đảm đủ quân số, trang thiết bị và được huấn luyện thường xuyên.
            Bảo đảm thông tin liên lạc thông suốt, cảnh báo sớm đến từng hộ gia đình khi có bão, áp thấp nhiệt đới hoặc lũ quét.
        """,
        noi_dung="""
            Rà soát, cập nhật phương án ứng phó thiên tai theo cấp độ rủi ro, hoàn thành trước ngày {ngay}.
            Thống kê {so} hộ đang sinh sống ở khu vực có nguy cơ ngập sâu, sạt lở để chủ động lên phương án di dời, sơ tán.
            Chuẩn bị đầy đủ vật tư, phương tiện cứu hộ như áo phao, phao tròn, xuồng máy, nhà bạt, đèn pin và lương thực dự phòng tại các điểm xung yếu.
            Kiểm tra hiện trạng đê điều, cống, kè, hồ chứa nước; xử lý ngay các sự cố từ đầu mùa mưa lũ.
            Tổ chức diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn cấp xã với sự tham gia của {so} thành viên lực lượng xung kích.
            Hướng dẫn người dân gia cố nhà cửa, chằng chống mái nhà, chặt tỉa cây xanh có nguy cơ gãy đổ trước mùa bão.
            Quản lý chặt chẽ tàu thuyền; yêu cầu chủ phương tiện trang bị đủ áo phao, thiết bị thông tin liên lạc khi hoạt động trên sông, trên biển.
            Bố trí lực lượng canh gác tại các ngầm tràn, đoạn đường bị ngập; kiên quyết không cho người và phương tiện qua lại khi nước lũ dâng cao.
            Sau thiên tai, khẩn trương thống kê thiệt hại, hỗ trợ các hộ bị thiệt hại ổn định cuộc sống, khôi phục sản xuất.
            Thu Quỹ phòng, chống thiên tai năm {nam} đúng đối tượng, mức thu, nộp về Quỹ phòng, chống thiên tai tỉnh {tinh} theo quy định.
            Cập nhật bản đồ khu vực có nguy cơ lũ quét, sạt lở đất, niêm yết công khai tại nhà văn hóa các thôn.
            Lắp đặt biển cảnh báo tại {so} vị trí nguy hiểm, khu vực thường xuyên xảy ra sạt lở, lũ quét.
        """,
        to_chuc="""
            Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã phân công thành viên phụ trách từng thôn, trực ban 24/24 giờ trong thời gian có thiên tai.
            Ban Chỉ huy Quân sự xã chủ trì huy động lực lượng dân quân, phối hợp với Công an xã thực hiện nhiệm vụ tìm kiếm cứu nạn, cứu hộ.
            Trạm Y tế xã chuẩn bị cơ số thuốc, hóa chất khử trùng, sẵn sàng cấp cứu người bị nạn sau bão, lũ.
            {don_vi} tổng hợp tình hình thiệt hại, báo cáo nhanh về Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh {tinh} theo quy định.
            Công chức Địa chính - Nông nghiệp theo dõi diễn biến thời tiết, hướng dẫn nông dân thu hoạch sớm lúa, hoa màu trước bão.
            Đài truyền thanh xã kịp thời phát bản tin dự báo, cảnh báo thiên tai và chỉ đạo của cấp trên đến người dân.
            Trưởng các thôn chịu trách nhiệm nắm chắc số hộ cần sơ tán, tổ chức di dời người và tài sản đến nơi an toàn khi có lệnh.
            Các trường học, nhà văn hóa thôn được bố trí làm điểm sơ tán tập trung, bảo đảm điện, nước sinh hoạt và nhu yếu phẩm.
            Ủy ban Mặt trận Tổ quốc Việt Nam xã tiếp nhận, phân bổ hàng cứu trợ đúng đối tượng, công khai, minh bạch.
            Báo cáo kết quả công tác phòng, chống thiên tai năm {nam} gửi về Ủy ban nhân dân xã trước ngày {ngay}.
            Đoàn Thanh niên xã thành lập đội thanh niên xung kích tham gia cứu hộ, giúp người dân dọn dẹp nhà cửa sau bão lũ.
        """,
        directives="66/2021/NĐ-CP 379/QĐ-TTg 42-CT/TW 25/KH-UBND",
        topics="""
            phòng, chống thiên tai
            tìm kiếm cứu nạn
        """,
        don_vi="""
            Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã
            Ban Chỉ huy Quân sự xã
            Công chức Địa chính - Nông nghiệp
            Đội xung kích phòng, chống thiên tai xã
        """,
    ),
    "xây dựng nông thôn mới": _topic(
        titles="""
            xây dựng xã đạt chuẩn nông thôn mới nâng cao
            xây dựng nông thôn mới kiểu mẫu
            thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới
            duy trì, nâng cao chất lượng các tiêu chí nông thôn mới
            xây dựng khu dân cư nông thôn mới kiểu mẫu, vườn mẫu
            thực hiện Chương trình mỗi xã một sản phẩm (OCOP)
            phát động phong trào chung sức xây dựng nông thôn mới
        """,
        muc_dich="""
            Huy động sức mạnh tổng hợp của cả hệ thống chính trị và Nhân dân chung sức xây dựng xã {xa} đạt chuẩn nông thôn mới nâng cao trong năm {nam}.
            Duy trì, nâng cao chất lượng các tiêu chí đã đạt; tập trung hoàn thành các tiêu chí còn thiếu theo Bộ tiêu chí quốc gia.
            Nâng cao thu nhập bình quân đầu người, phấn đấu đạt trên 60 triệu đồng/người/năm vào cuối năm {nam}.
            Xây dựng nông thôn mới phải gắn với tái cơ cấu ngành nông nghiệp, thay đổi cơ cấu cây trồng, vật nuôi có giá trị kinh tế cao.
            Người dân là chủ thể, trực tiếp tham gia và là người thụ hưởng thành quả xây dựng nông thôn mới.
            Không huy động vượt quá khả năng đóng góp của người dân; không để phát sinh nợ đọng xây dựng cơ bản.
            Phấn đấu có thêm ít nhất {so} sản phẩm đạt chuẩn OCOP từ 3 sao trở lên.
            Cải thiện cảnh quan nông thôn sáng - xanh - sạch - đẹp, giữ gìn bản sắc làng quê.
            Tỷ lệ hộ gia đình sử dụng nước sạch đạt {phan_tram}; tỷ lệ đường trục thôn, ngõ xóm được cứng hóa đạt {phan_tram}.
            Bảo đảm tính bền vững, thực chất, không chạy theo thành tích trong việc xét, công nhận các tiêu chí.
        """,
        noi_dung="""
            Tiếp tục đầu tư, nâng cấp {so} tuyến đường trục thôn, đường ngõ xóm, đường nội đồng theo phương châm Nhà nước và Nhân dân cùng làm.
            Khuyến khích các hộ hiến đất, tháo dỡ tường rào để mở rộng đường, chỉnh trang khuôn viên nhà ở, trồng hàng rào xanh.
            Phát triển vùng sản xuất lúa chất lượng cao, rau an toàn, cây ăn quả theo hướng liên kết chuỗi giá trị với diện tích khoảng {so} ha.
            Hỗ trợ Hợp tác xã nông nghiệp nâng cao năng lực quản trị, mở rộng dịch vụ làm đất, cung ứng vật tư, tiêu thụ nông sản cho thành viên.
            Hoàn thiện hồ sơ, đề xuất đánh giá, phân hạng {so} sản phẩm OCOP của xã.
            Xây dựng {so} khu dân cư nông thôn mới kiểu mẫu và vườn mẫu đạt chuẩn.
            Đầu tư sửa chữa nhà văn hóa, sân thể thao thôn, bảo đảm đạt chuẩn cơ sở vật chất theo tiêu chí nông thôn mới.
            Đẩy mạnh đào tạo nghề cho lao động nông thôn, giải quyết việc làm mới cho khoảng {so} lao động trong năm.
            Mở rộng mô hình sản xuất nông nghiệp hữu cơ, ứng dụng công nghệ cao; khuyến khích doanh nghiệp đầu tư vào nông nghiệp, nông thôn.
            Cứng hóa {so} km kênh mương nội đồng, bảo đảm tưới tiêu chủ động cho {phan_tram} diện tích gieo trồng.
            Rà soát, đánh giá thực trạng từng tiêu chí, xác định rõ tiêu chí chưa đạt, nguồn lực và lộ trình hoàn thành.
        """,
        to_chuc="""
            Ban Quản lý xây dựng nông thôn mới xã phân công thành viên phụ trách từng tiêu chí, từng thôn; định kỳ hằng tháng báo cáo tiến độ.
            Công chức Địa chính - Nông nghiệp chủ trì hướng dẫn thay đổi cơ cấu cây trồng, vật nuôi, xây dựng mô hình sản xuất hiệu quả.
            Hội Nông dân xã vận động hội viên tham gia phong trào nông dân sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu.
            Ban phát triển thôn tổ chức họp thôn, thống nhất nội dung, mức đóng góp và công khai kết quả thực hiện các công trình.
            Công chức Tài chính - Kế toán tham mưu lồng ghép các nguồn vốn, quản lý, thanh quyết toán kinh phí xây dựng nông thôn mới đúng quy định.
            Công chức Địa chính - Xây dựng hướng dẫn quản lý xây dựng theo quy hoạch chung xã đã được phê duyệt.
            Hội Liên hiệp Phụ nữ xã duy trì phong trào xây dựng gia đình “5 không, 3 sạch”, góp phần thực hiện tiêu chí môi trường và an toàn thực phẩm.
            {don_vi} tổng hợp hồ sơ đề nghị xét, công nhận xã đạt chuẩn nông thôn mới nâng cao, trình cấp có thẩm quyền trước ngày {ngay}.
            Các thôn tổ chức ra quân làm đường, dọn vệ sinh, trồng hoa ven đường vào ngày Chủ nhật hằng tuần.
            Hợp tác xã nông nghiệp ký kết hợp đồng bao tiêu sản phẩm, liên kết với doanh nghiệp trong sản xuất và tiêu thụ nông sản.
            Ủy ban nhân dân xã tổ chức sơ kết phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới” vào dịp cuối năm {nam}.
        """,
        directives="263/QĐ-TTg 318/QĐ-TTg 19-NQ/TW 27/2022/NĐ-CP 12-NQ/TU",
        topics="""
            nông thôn mới
            OCOP
        """,
        don_vi="""
            Ban Quản lý xây dựng nông thôn mới xã
            Công chức Địa chính - Nông nghiệp
            Hội Nông dân xã
            Hợp tác xã nông nghiệp
            Công chức Tài chính - Kế toán
        """,
    ),
    "bảo đảm trật tự, an toàn giao thông": _topic(
        titles="""
            bảo đảm trật tự, an toàn giao thông
            thực hiện Năm an toàn giao thông
            bảo đảm trật tự, an toàn giao thông dịp Tết Nguyên đán và mùa Lễ hội Xuân
            xử lý vi phạm nồng độ cồn khi tham gia giao thông
            giải tỏa hành lang an toàn đường bộ, lấn chiếm lòng đường
            tuyên truyền, giáo dục pháp luật về trật tự, an toàn giao thông cho học sinh
            kiềm chế, kéo giảm tai nạn giao thông
        """,
        muc_dich="""
            Kiềm chế, kéo giảm tai nạn giao thông trên cả ba tiêu chí: số vụ, số người chết và số người bị thương so với năm trước.
            Nâng cao ý thức chấp hành pháp luật về trật tự, an toàn giao thông của người tham gia giao thông, nhất là thanh thiếu niên, học sinh.
            Phấn đấu {phan_tram} người đi mô tô, xe gắn máy, xe đạp điện đội mũ bảo hiểm đạt chuẩn.
            Không để phát sinh điểm đen tai nạn giao thông, ùn tắc giao thông kéo dài trên các tuyến đường qua địa bàn xã {xa}.
            Xây dựng văn hóa giao thông an toàn với thông điệp “Đã uống rượu, bia thì không lái xe”.
            Xử lý nghiêm các hành vi vi phạm về nồng độ cồn, tốc độ, chở quá số người quy định, lạng lách, đánh võng.
            Giữ vững trật tự hành lang an toàn đường bộ, không để tái lấn chiếm sau khi đã giải tỏa.
            Bảo đảm an toàn cho người và phương tiện qua các bến đò ngang, đường ngang qua đường sắt.
            Huy động sự tham gia của các ngành, đoàn thể và từng gia đình vào công tác bảo đảm trật tự, an toàn giao thông.
            Phối hợp chặt chẽ giữa Công an xã với lực lượng Cảnh sát giao thông trong tuần tra, kiểm soát.
        """,
        noi_dung="""
            Tổ chức tuần tra, kiểm soát, xử lý vi phạm trật tự, an toàn giao thông trên các tuyến đường liên xã, liên thôn, nhất là vào giờ cao điểm và dịp lễ, Tết.
            Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ qua hệ thống loa truyền thanh, pa nô, áp phích tại {so} điểm trên địa bàn.
            Ra quân giải tỏa hành lang an toàn đường bộ, xử lý các trường hợp họp chợ, phơi rơm rạ, đổ vật liệu xây dựng trên lòng đường.
            Tổ chức cho {so} học sinh ký cam kết chấp hành quy định về an toàn giao thông; không giao xe cho học sinh chưa đủ tuổi điều khiển.
            Rà soát, đề xuất lắp đặt biển báo, gương cầu lồi, gờ giảm tốc tại các nút giao, khúc cua nguy hiểm.
            Kiểm tra, nhắc nhở các nhà hàng, quán ăn đặt biển khuyến cáo không lái xe sau khi uống rượu, bia.
            Quản lý chặt chẽ các bến đò ngang; kiểm tra phương tiện, yêu cầu người lái đò có chứng chỉ chuyên môn và trang bị đủ áo phao.
            Phối hợp với ngành chức năng khắc phục {so} điểm tiềm ẩn nguy cơ tai nạn giao thông đã được phát hiện.
            Duy trì mô hình “Cổng trường an toàn giao thông”, “Tuyến đường tự quản về an toàn giao thông” tại các thôn.
            Tổ chức tập huấn kỹ năng lái xe an toàn cho {so} lượt thanh thiếu niên, người lao động.
            Thống kê, quản lý chặt chẽ xe máy chuyên dùng, xe công nông, xe tự chế đang lưu hành trên địa bàn.
        """,
        to_chuc="""
            Công an xã chủ trì tổ chức tuần tra, kiểm soát, xử lý vi phạm; định kỳ hằng tháng báo cáo tình hình trật tự, an toàn giao thông.
            Ban An toàn giao thông xã tham mưu Ủy ban nhân dân xã tổ chức các đợt cao điểm bảo đảm trật tự, an toàn giao thông.
            Đoàn Thanh niên xã duy trì các đội thanh niên tình nguyện hướng dẫn giao thông tại cổng trường, chợ vào giờ cao điểm.
            Các trường học trên địa bàn đưa nội dung giáo dục an toàn giao thông vào hoạt động ngoại khóa, sinh hoạt dưới cờ.
            Công chức Địa chính - Xây dựng phối hợp rà soát các công trình vi phạm hành lang an toàn đường bộ, đề xuất biện pháp xử lý.
            Trưởng các thôn đưa nội dung bảo đảm trật tự, an toàn giao thông vào hương ước, quy ước của thôn.
            Hội Cựu chiến binh, Hội Người cao tuổi xã nhắc nhở hội viên, con cháu chấp hành quy định về nồng độ cồn, đội mũ bảo hiểm.
            {don_vi} tổng hợp số liệu tai nạn giao thông, kết quả xử lý vi phạm, báo cáo Ban An toàn giao thông tỉnh {tinh} trước ngày {ngay}.
            Tai nạn giao thông xảy ra trên địa bàn là căn cứ đánh giá trách nhiệm của người đứng đầu các cơ quan, đơn vị, thôn.
            Các cơ quan, đơn vị quán triệt cán bộ, công chức, người lao động gương mẫu chấp hành pháp luật về giao thông.
            Kết thúc đợt cao điểm, Công an xã tổng hợp kết quả, đề xuất khen thưởng tập thể, cá nhân có thành tích.
        """,
        directives="10/CT-TTg 2060/QĐ-TTg 100/2019/NĐ-CP 35-CT/TU 15/KH-BATGT",
        topics="""
            an toàn giao thông
        """,
        don_vi="""
            Công an xã
            Ban An toàn giao thông xã
            Đoàn Thanh niên xã
            Công chức Địa chính - Xây dựng
        """,
    ),
    "phòng cháy, chữa cháy và cứu nạn, cứu hộ": _topic(
        titles="""
            phòng cháy, chữa cháy và cứu nạn, cứu hộ
            nhân rộng mô hình “Tổ liên gia an toàn phòng cháy, chữa cháy”
            xây dựng mô hình “Điểm chữa cháy công cộng”
            phòng cháy, chữa cháy rừng mùa khô
            hưởng ứng Ngày Toàn dân phòng cháy, chữa cháy
            kiểm tra an toàn phòng cháy, chữa cháy đối với nhà ở kết hợp sản xuất, kinh doanh
            bảo đảm an toàn phòng cháy, chữa cháy tại chợ và khu dân cư
        """,
        muc_dich="""
            Nâng cao nhận thức, trách nhiệm của người dân, chủ hộ gia đình, người đứng đầu cơ sở trong công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ.
            Hạn chế đến mức thấp nhất các vụ cháy, nổ và thiệt hại do cháy, nổ gây ra trên địa bàn xã {xa}.
            Thực hiện tốt phương châm “bốn tại chỗ” trong chữa cháy, xử lý ngay từ khi đám cháy mới phát sinh.
            Phấn đấu {phan_tram} hộ gia đình có bình chữa cháy và có lối thoát nạn thứ hai đối với nhà ống, nhà nhiều tầng.
            Phát hiện sớm, khắc phục kịp thời các sơ hở, thiếu sót, nguy cơ cháy, nổ, nhất là tại các cơ sở kinh doanh có nguy hiểm về cháy, nổ.
            Xây dựng lực lượng dân phòng, lực lượng phòng cháy và chữa cháy cơ sở đủ về số lượng, vững về nghiệp vụ.
            Xử lý kịp thời, có hiệu quả sự cố, tai nạn; không để cháy lan, cháy lớn gây thiệt hại nghiêm trọng.
            Thiết bị điện, bếp đun nấu, nơi thờ cúng phải bảo đảm an toàn; không tích trữ chất dễ cháy trong nhà ở.
            Kiện toàn các Tổ liên gia an toàn phòng cháy, chữa cháy, phát huy vai trò tự quản tại cộng đồng.
            Quản lý chặt chẽ việc sử dụng lửa, nguồn nhiệt trong mùa khô, không để xảy ra cháy rừng.
        """,
        noi_dung="""
            Tuyên truyền kiến thức, kỹ năng thoát nạn khi có cháy qua loa truyền thanh, mạng xã hội và tại các buổi sinh hoạt thôn.
            Thành lập, duy trì {so} Tổ liên gia an toàn phòng cháy, chữa cháy và Điểm chữa cháy công cộng tại các khu dân cư.
            Kiểm tra an toàn phòng cháy, chữa cháy đối với {so} cơ sở kinh doanh xăng dầu, khí gas, karaoke, nhà trọ trên địa bàn.
            Hướng dẫn các hộ gia đình có nhà ở kết hợp sản xuất, kinh doanh tách biệt khu vực đun nấu, lắp đặt thiết bị báo cháy.
            Tổ chức huấn luyện nghiệp vụ phòng cháy, chữa cháy và cứu nạn, cứu hộ cho lực lượng dân phòng trước ngày {ngay}.
            Thực tập phương án chữa cháy và cứu nạn, cứu hộ tại chợ, trường học và nơi tập trung đông người.
            Rà soát nguồn nước chữa cháy tại ao, hồ, giếng; bảo đảm đường cho xe chữa cháy tiếp cận các khu dân cư.
            Kiểm tra hệ thống điện tại trụ sở cơ quan, trường học; thay thế dây dẫn, thiết bị điện cũ, không bảo đảm an toàn.
            Yêu cầu các hộ không đốt rơm rạ, thực bì, vàng mã gần nhà, gần rừng trong những ngày nắng nóng.
            Trang bị thêm {so} bình chữa cháy, thang dây, búa, kìm cộng lực cho các Điểm chữa cháy công cộng.
            Tổ chức các hoạt động hưởng ứng Ngày Toàn dân phòng cháy, chữa cháy 04/10.
            Lập danh sách, quản lý các cơ sở thuộc diện quản lý về phòng cháy, chữa cháy; cập nhật hồ sơ trên cơ sở dữ liệu về phòng cháy, chữa cháy.
        """,
        to_chuc="""
            Công an xã chủ trì, tham mưu Ủy ban nhân dân xã tổ chức thực hiện Kế hoạch; trực tiếp kiểm tra, hướng dẫn, xử lý vi phạm về phòng cháy, chữa cháy.
            Đội dân phòng các thôn duy trì chế độ trực, sẵn sàng tham gia chữa cháy ban đầu khi có sự cố xảy ra.
            Ban Quản lý chợ xây dựng phương án chữa cháy, bố trí lối thoát nạn và phương tiện chữa cháy tại chỗ.
            Các trường học trên địa bàn tổ chức cho học sinh thực hành kỹ năng thoát hiểm khi có cháy ít nhất một lần trong năm học.
            Điện lực khu vực phối hợp kiểm tra hệ thống điện sinh hoạt, cảnh báo nguy cơ chập điện trong mùa nắng nóng.
            {don_vi} phối hợp nhắc nhở các hộ gia đình tắt thiết bị điện không cần thiết trước khi ra khỏi nhà và khi đi ngủ.
            Chủ các cơ sở kinh doanh có trách nhiệm tự kiểm tra, khắc phục thiếu sót về phòng cháy, chữa cháy, báo cáo Công an xã trước ngày {ngay}.
            Đoàn Thanh niên xã phối hợp ra quân tuyên truyền, phát {so} tờ rơi về kỹ năng thoát nạn đến các hộ gia đình.
            Kết quả công tác phòng cháy, chữa cháy của các thôn là tiêu chí bình xét khu dân cư an toàn về an ninh, trật tự.
            Định kỳ 6 tháng, Công an xã báo cáo kết quả công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ về Ủy ban nhân dân xã.
            Trưởng thôn chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân xã nếu để xảy ra cháy, nổ do buông lỏng quản lý.
        """,
        directives="47-CT/TW 136/2020/NĐ-CP 18/CT-UBND 21-CT/TU",
        topics="""
            phòng cháy, chữa cháy
            cứu nạn, cứu hộ
        """,
        don_vi="""
            Công an xã
            Đội dân phòng xã
            Ban Quản lý chợ
            Đoàn Thanh niên xã
        """,
    ),
    "bảo vệ môi trường và xử lý rác thải": _topic(
        titles="""
            bảo vệ môi trường
            thu gom, xử lý chất thải rắn sinh hoạt
            phân loại chất thải rắn sinh hoạt tại nguồn
            chống rác thải nhựa
            thực hiện phong trào “Ngày Chủ nhật xanh”
            bảo vệ môi trường nông thôn và xử lý bao gói thuốc bảo vệ thực vật sau sử dụng
            xây dựng tuyến đường “Sáng - xanh - sạch - đẹp”
        """,
        muc_dich="""
            Nâng cao nhận thức và ý thức trách nhiệm của cộng đồng trong việc giữ gìn vệ sinh môi trường, phân loại rác thải tại nguồn.
            Phấn đấu {phan_tram} chất thải rắn sinh hoạt phát sinh trên địa bàn xã {xa} được thu gom, xử lý đúng quy định.
            Giảm thiểu sử dụng túi ni lông khó phân hủy và sản phẩm nhựa dùng một lần tại chợ, cửa hàng, công sở.
            Chấm dứt tình trạng đổ rác thải bừa bãi ra kênh mương, ven đường, khu đất trống.
            Bảo đảm các cơ sở chăn nuôi, sản xuất kinh doanh có biện pháp xử lý nước thải, khí thải đạt quy chuẩn kỹ thuật về môi trường.
            Xây dựng cảnh quan môi trường xanh, sạch, đẹp; tăng diện tích cây xanh tại nơi công cộng.
            Phát huy vai trò tự quản của cộng đồng trong bảo vệ môi trường nơi cư trú.
            Phấn đấu {phan_tram} hộ gia đình phân loại rác hữu cơ để ủ phân compost tại vườn nhà.
            Chất thải nguy hại, bao gói thuốc bảo vệ thực vật phải được thu gom riêng, không để lẫn với rác sinh hoạt.
            Xử lý nghiêm các hành vi gây ô nhiễm môi trường theo quy định của pháp luật.
        """,
        noi_dung="""
            Tổ chức ra quân tổng vệ sinh môi trường vào ngày Chủ nhật cuối tháng tại các thôn, khu vực chợ, trường học.
            Bố trí {so} điểm tập kết rác thải tạm thời đúng quy định, có mái che, bảo đảm không gây ô nhiễm khu vực xung quanh.
            Duy trì lịch thu gom rác thải tối thiểu 03 lần/tuần; công khai lịch thu gom và mức giá dịch vụ đến từng hộ gia đình.
            Lắp đặt {so} bể chứa bao gói thuốc bảo vệ thực vật sau sử dụng tại các cánh đồng, ký hợp đồng với đơn vị có chức năng xử lý.
            Hướng dẫn các hộ phân loại chất thải rắn sinh hoạt thành ba nhóm: chất thải có khả năng tái chế, chất thải thực phẩm và chất thải khác.
            Trồng mới {so} cây xanh, hoa ven đường tại các tuyến đường trục xã, trục thôn.
            Kiểm tra việc thực hiện thủ tục môi trường đối với {so} cơ sở sản xuất, kinh doanh, trang trại chăn nuôi trên địa bàn.
            Nạo vét kênh mương, khơi thông cống rãnh thoát nước, xử lý triệt để các điểm ô nhiễm tồn đọng.
            Duy trì mô hình “Chợ giảm rác thải nhựa”, “Phụ nữ nói không với túi ni lông” tại các chi hội phụ nữ.
            Khuyến khích sử dụng chế phẩm sinh học, đệm lót sinh học trong chăn nuôi để giảm mùi hôi.
            Thu giá dịch vụ thu gom rác thải sinh hoạt theo quy định của Ủy ban nhân dân tỉnh {tinh}, quản lý, sử dụng nguồn thu công khai, minh bạch.
        """,
        to_chuc="""
            Công chức Địa chính - Môi trường chủ trì tham mưu tổ chức thực hiện; hướng dẫn, kiểm tra việc thu gom, xử lý chất thải trên địa bàn.
            Tổ thu gom rác thải thực hiện đúng lịch thu gom, không để rác tồn đọng quá 02 ngày tại các điểm tập kết.
            Hội Liên hiệp Phụ nữ xã chủ trì triển khai mô hình phân loại rác tại nguồn, hướng dẫn hội viên ủ phân hữu cơ từ rác thải nhà bếp.
            Đoàn Thanh niên xã tổ chức các hoạt động tình nguyện vì môi trường, ra quân thu gom rác thải ven sông, kênh mương.
            Ban Quản lý chợ bố trí thùng rác phân loại, yêu cầu tiểu thương giữ vệ sinh khu vực kinh doanh.
            Công an xã phối hợp phát hiện, xử lý các hành vi vứt, đổ rác không đúng nơi quy định, xả thải gây ô nhiễm.
            Các thôn đưa nội dung giữ gìn vệ sinh môi trường vào hương ước, quy ước; bình xét hộ gia đình xanh - sạch - đẹp hằng quý.
            {don_vi} tổng hợp kết quả, báo cáo Ủy ban nhân dân xã trước ngày {ngay} để báo cáo Sở Nông nghiệp và Môi trường tỉnh {tinh}.
            Các trường học trên địa bàn lồng ghép giáo dục bảo vệ môi trường, phân loại rác trong các hoạt động ngoại khóa.
            Hợp tác xã dịch vụ môi trường ký hợp đồng thu gom với các hộ gia đình, cơ sở kinh doanh, bảo đảm đúng giá dịch vụ đã được phê duyệt.
            Hằng quý, Ủy ban nhân dân xã kiểm tra, chấm điểm vệ sinh môi trường các thôn, công khai kết quả trên loa truyền thanh.
        """,
        directives="08/2022/NĐ-CP 02/2022/TT-BTNMT 491/QĐ-TTg 12/2022/QĐ-UBND",
        topics="""
            bảo vệ môi trường
            rác thải
        """,
        don_vi="""
            Công chức Địa chính - Môi trường
            Tổ thu gom rác thải xã
            Hội Liên hiệp Phụ nữ xã
            Hợp tác xã dịch vụ môi trường
        """,
    ),
    "y tế cơ sở và phòng, chống dịch bệnh": _topic(
        titles="""
            phòng, chống dịch bệnh truyền nhiễm
            phòng, chống sốt xuất huyết, tay chân miệng
            triển khai tiêm chủng mở rộng
            nâng cao chất lượng hoạt động của y tế cơ sở
            quản lý sức khỏe người dân và lập hồ sơ sức khỏe điện tử
            bảo đảm an toàn thực phẩm trong Tháng hành động vì an toàn thực phẩm
            thực hiện bảo hiểm y tế toàn dân
            phòng, chống bệnh không lây nhiễm
        """,
        muc_dich="""
            Chủ động phòng, chống dịch bệnh, phát hiện sớm, khoanh vùng và xử lý kịp thời ổ dịch, không để dịch lây lan rộng trên địa bàn xã {xa}.
            Nâng cao chất lượng khám bệnh, chữa bệnh ban đầu tại Trạm Y tế xã, giảm tình trạng vượt tuyến.
            Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt từ {phan_tram} trở lên.
            Phấn đấu tỷ lệ người tham gia bảo hiểm y tế đạt {phan_tram} vào cuối năm {nam}.
            Lập hồ sơ theo dõi, quản lý sức khỏe điện tử cho {phan_tram} người dân trên địa bàn.
            Giảm số mắc và tử vong do sốt xuất huyết, tay chân miệng, sởi so với trung bình giai đoạn trước.
            Quản lý, điều trị ngoại trú người mắc bệnh tăng huyết áp, đái tháo đường tại Trạm Y tế xã theo quy định.
            Bảo đảm đủ thuốc, vật tư, hóa chất, trang thiết bị thiết yếu sẵn sàng đáp ứng khi có dịch.
            Huy động sự tham gia của cả cộng đồng trong vệ sinh phòng bệnh, diệt lăng quăng, bọ gậy, loại bỏ nơi chứa nước đọng.
            Không để xảy ra ngộ độc thực phẩm tập thể tại bếp ăn tập thể, đám cưới, đám giỗ trên địa bàn.
        """,
        noi_dung="""
            Tăng cường giám sát ca bệnh tại cộng đồng; nhân viên y tế thôn báo cáo ngay về Trạm Y tế xã khi phát hiện ca nghi mắc bệnh truyền nhiễm.
            Tổ chức chiến dịch diệt lăng quăng, bọ gậy tại {so} thôn, tập trung vào khu vực có nguy cơ cao.
            Phun hóa chất diệt muỗi, xử lý triệt để ổ dịch sốt xuất huyết trong vòng 48 giờ kể từ khi phát hiện.
            Tổ chức tiêm chủng thường xuyên vào ngày 25 hằng tháng; rà soát, tiêm bù, tiêm vét cho trẻ chưa được tiêm đủ mũi.
            Khám, sàng lọc bệnh không lây nhiễm cho {so} lượt người; quản lý người bệnh tăng huyết áp, đái tháo đường tại cộng đồng.
            Kiểm tra điều kiện an toàn thực phẩm tại {so} cơ sở sản xuất, kinh doanh thực phẩm, dịch vụ ăn uống, bếp ăn trường học.
            Triển khai khám bệnh, chữa bệnh bảo hiểm y tế bằng căn cước, ứng dụng bệnh án điện tử tại Trạm Y tế xã.
            Thực hiện chương trình chăm sóc sức khỏe bà mẹ, phòng, chống suy dinh dưỡng; cân, đo trẻ dưới 5 tuổi hai lần trong năm.
            Tuyên truyền các biện pháp phòng bệnh theo khuyến cáo “ăn chín, uống chín, rửa tay thường xuyên bằng xà phòng”.
            Duy trì cơ số thuốc chống dịch; sẵn sàng thành lập tổ phản ứng nhanh khi xuất hiện ổ dịch.
            Phối hợp với Trung tâm Y tế khu vực tổ chức khám, chữa bệnh lưu động và tư vấn sức khỏe sinh sản tại các thôn xa trung tâm.
        """,
        to_chuc="""
            Trạm Y tế xã là cơ quan thường trực, tham mưu Ban Chỉ đạo chăm sóc sức khỏe Nhân dân xã tổ chức thực hiện Kế hoạch.
            Nhân viên y tế thôn theo dõi sát tình hình sức khỏe người dân, hướng dẫn các hộ gia đình vệ sinh nhà ở, phòng bệnh.
            Các trường học trên địa bàn thực hiện công tác y tế trường học, vệ sinh lớp học, theo dõi sức khỏe học sinh, báo cáo ca bệnh theo quy định.
            Công chức Văn hóa - Xã hội phối hợp rà soát đối tượng được ngân sách nhà nước đóng bảo hiểm y tế để cấp thẻ kịp thời.
            Hội Liên hiệp Phụ nữ xã tuyên truyền chăm sóc sức khỏe bà mẹ, nuôi con bằng sữa mẹ, dinh dưỡng hợp lý.
            {don_vi} phối hợp kiểm tra an toàn thực phẩm trong dịp Tết Nguyên đán và Tháng hành động vì an toàn thực phẩm.
            Trạm Y tế xã báo cáo tình hình dịch bệnh hằng tuần, báo cáo ngay khi có ca bệnh nặng hoặc tử vong.
            Ban Chỉ đạo chăm sóc sức khỏe Nhân dân xã họp định kỳ hằng quý, đánh giá công tác phòng, chống dịch, đề ra giải pháp cho giai đoạn tiếp theo.
            Bảo hiểm xã hội khu vực phối hợp tuyên truyền chính sách bảo hiểm y tế hộ gia đình, bảo hiểm y tế học sinh.
            Kinh phí phòng, chống dịch được sử dụng đúng mục đích, thanh quyết toán trước ngày {ngay}.
            Các thôn tổ chức cho hộ gia đình ký cam kết không mua bán, sử dụng thực phẩm không rõ nguồn gốc, xuất xứ.
        """,
        directives="20-NQ/TW 2348/QĐ-TTg 25-CT/TW 14/2021/QĐ-UBND",
        topics="""
            y tế cơ sở
            phòng, chống dịch bệnh
        """,
        don_vi="""
            Trạm Y tế xã
            Ban Chỉ đạo chăm sóc sức khỏe Nhân dân xã
            Công chức Văn hóa - Xã hội
            Hội Liên hiệp Phụ nữ xã
        """,
    ),
    "giáo dục và phổ cập giáo dục": _topic(
        titles="""
            phổ cập giáo dục, xóa mù chữ
            duy trì và nâng cao chất lượng phổ cập giáo dục mầm non cho trẻ em 5 tuổi
            xây dựng xã hội học tập
            xây dựng trường học đạt chuẩn quốc gia
            phát triển giáo dục và đào tạo
            thực hiện công tác khuyến học, khuyến tài, xây dựng “Gia đình học tập”, “Dòng họ học tập”
            huy động trẻ em trong độ tuổi ra lớp
        """,
        muc_dich="""
            Duy trì vững chắc kết quả phổ cập giáo dục mầm non cho trẻ em 5 tuổi, phổ cập giáo dục tiểu học mức độ 3, phổ cập giáo dục trung học cơ sở mức độ 2 và xóa mù chữ mức độ 2.
            Huy động {phan_tram} trẻ em 6 tuổi vào lớp 1; {phan_tram} học sinh hoàn thành chương trình tiểu học vào lớp 6.
            Nâng cao chất lượng giáo dục toàn diện, chú trọng giáo dục đạo đức, kỹ năng sống và ngoại ngữ cho học sinh.
            Giảm tỷ lệ học sinh bỏ học, lưu ban; không để học sinh phải nghỉ học vì hoàn cảnh khó khăn.
            Phấn đấu có thêm trường đạt chuẩn quốc gia, duy trì và nâng mức độ các trường đã đạt chuẩn.
            Xây dựng môi trường giáo dục an toàn, thân thiện, phòng, chống bạo lực học đường.
            Đẩy mạnh phong trào khuyến học, khuyến tài, xây dựng xã hội học tập từ cơ sở.
            Bảo đảm đủ phòng học, thiết bị dạy học tối thiểu theo yêu cầu của Chương trình giáo dục phổ thông 2018.
            Hồ sơ phổ cập giáo dục được cập nhật đầy đủ, chính xác trên hệ thống thông tin điện tử quản lý phổ cập giáo dục.
            Tỷ lệ học sinh tốt nghiệp trung học cơ sở tiếp tục học trung học phổ thông, giáo dục nghề nghiệp đạt {phan_tram} trở lên.
        """,
        noi_dung="""
            Tổ chức điều tra, cập nhật số liệu phổ cập giáo dục, xóa mù chữ tại từng thôn, hoàn thành trước ngày {ngay}.
            Mở {so} lớp xóa mù chữ và lớp học sau xóa mù chữ cho người trong độ tuổi từ 15 đến 60 chưa biết chữ.
            Huy động trẻ em trong độ tuổi ra lớp, đặc biệt là trẻ em khuyết tật, trẻ em thuộc hộ khó khăn, trẻ em ở thôn vùng sâu.
            Sửa chữa, xây mới {so} phòng học, nhà vệ sinh, công trình nước sạch tại các điểm trường.
            Bồi dưỡng học sinh giỏi, phụ đạo học sinh yếu, kém; tổ chức dạy học 2 buổi/ngày ở cấp tiểu học.
            Thực hiện đầy đủ chính sách miễn, giảm học phí, hỗ trợ chi phí học tập, hỗ trợ tiền ăn trưa cho trẻ em mẫu giáo.
            Nâng cao hiệu quả hoạt động của Trung tâm Học tập cộng đồng, tổ chức các lớp chuyên đề khoa học kỹ thuật, kỹ năng sống cho người dân.
            Bình xét, công nhận {so} “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn.
            Trao học bổng cho {so} học sinh vượt khó học giỏi, học sinh đạt giải cao trong các kỳ thi.
            Tổ chức tốt công tác tuyển sinh vào lớp 1, lớp 6; tư vấn, phân luồng học sinh sau trung học cơ sở.
            Ứng dụng công nghệ thông tin trong quản lý, dạy học; sử dụng sổ điểm điện tử, học bạ điện tử.
        """,
        to_chuc="""
            Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ xã phân công thành viên phụ trách từng thôn, kiểm tra hồ sơ phổ cập trước khi đề nghị cấp trên công nhận.
            Các trường mầm non, tiểu học, trung học cơ sở trên địa bàn xây dựng kế hoạch năm học, chịu trách nhiệm về chất lượng giáo dục và số liệu phổ cập.
            Công chức Văn hóa - Xã hội tham mưu Ủy ban nhân dân xã theo dõi, tổng hợp tình hình giáo dục trên địa bàn.
            Hội Khuyến học xã phối hợp với các dòng họ, thôn xây dựng quỹ khuyến học, khen thưởng kịp thời học sinh đạt thành tích cao.
            Trung tâm Học tập cộng đồng xã xây dựng kế hoạch hoạt động, bảo đảm mỗi năm mở ít nhất {so} lớp chuyên đề.
            Trưởng các thôn phối hợp với nhà trường nắm số trẻ trong độ tuổi, gia đình có học sinh có nguy cơ bỏ học.
            Đoàn Thanh niên xã phối hợp với Liên đội các trường tổ chức sinh hoạt hè, hoạt động vui chơi an toàn cho thiếu nhi.
            {don_vi} hoàn thiện hồ sơ đề nghị kiểm tra, công nhận xã đạt chuẩn phổ cập giáo dục, xóa mù chữ năm {nam}, gửi cấp trên trước ngày {ngay}.
            Ban đại diện cha mẹ học sinh các trường phối hợp với nhà trường quản lý, giáo dục học sinh, phòng ngừa học sinh vi phạm pháp luật.
            Công chức Tài chính - Kế toán bố trí kinh phí chi cho công tác phổ cập giáo dục, xóa mù chữ theo quy định.
            Cuối mỗi học kỳ, các trường báo cáo kết quả thực hiện về Ủy ban nhân dân xã.
        """,
        directives="29-NQ/TW 20/2014/NĐ-CP 1373/QĐ-TTg 07/2016/TT-BGDĐT 45/KH-UBND",
        topics="""
            giáo dục
            phổ cập giáo dục
        """,
        don_vi="""
            Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ xã
            Trường Tiểu học xã
            Trường Trung học cơ sở xã
            Trung tâm Học tập cộng đồng xã
            Hội Khuyến học xã
        """,
    ),
    "cải cách hành chính": _topic(
        titles="""
            cải cách hành chính
            kiểm soát thủ tục hành chính
            nâng cao Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước
            thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính
            nâng cao Chỉ số cải cách hành chính (PAR INDEX)
            tăng cường kỷ luật, kỷ cương hành chính, đạo đức công vụ
            rà soát, đơn giản hóa thủ tục hành chính
        """,
        muc_dich="""
            Tiếp tục đẩy mạnh cải cách hành chính, xây dựng nền hành chính phục vụ, chuyên nghiệp, minh bạch, hiệu quả tại xã {xa}.
            Nâng cao chất lượng giải quyết thủ tục hành chính; {phan_tram} hồ sơ được giải quyết đúng và trước hạn.
            Không để xảy ra tình trạng gây phiền hà, sách nhiễu, yêu cầu bổ sung giấy tờ ngoài quy định khi giải quyết thủ tục hành chính.
            Nâng cao Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS).
            Tăng cường kỷ luật, kỷ cương hành chính, siết chặt trách nhiệm người đứng đầu trong thực thi công vụ.
            Công khai, minh bạch đầy đủ thủ tục hành chính, quy trình nội bộ, phí, lệ phí tại Bộ phận Một cửa xã.
            Xây dựng đội ngũ cán bộ, công chức có phẩm chất đạo đức, năng lực chuyên môn, tác phong chuyên nghiệp.
            Cải cách hành chính phải gắn với xây dựng chính quyền điện tử, ứng dụng công nghệ thông tin trong giải quyết công việc.
            Phấn đấu Chỉ số cải cách hành chính của xã xếp loại tốt trở lên trong khối xã, phường của tỉnh {tinh}.
            Tỷ lệ phản ánh, kiến nghị của tổ chức, cá nhân về quy định hành chính được xử lý đúng hạn đạt {phan_tram}.
        """,
        noi_dung="""
            Rà soát, đề xuất đơn giản hóa {so} thủ tục hành chính có thành phần hồ sơ, trình tự thực hiện còn rườm rà.
            Niêm yết công khai {so} thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã, kèm mã QR tra cứu.
            Thực hiện nghiêm việc xin lỗi tổ chức, cá nhân bằng văn bản khi hồ sơ giải quyết quá hạn theo quy định.
            Kiện toàn Bộ phận Một cửa xã, bố trí công chức có năng lực, thái độ phục vụ tốt làm việc tại Bộ phận.
            Khảo sát mức độ hài lòng của người dân tối thiểu {so} lượt/quý qua phiếu khảo sát và mã QR tại Bộ phận Một cửa.
            Rà soát, sắp xếp, bố trí cán bộ, công chức theo đúng vị trí việc làm, tiêu chuẩn chức danh.
            Tổ chức kiểm tra công vụ đột xuất, chấn chỉnh tình trạng đi muộn về sớm, làm việc riêng trong giờ hành chính.
            Thực hiện quản lý tài chính công khai, tiết kiệm chi thường xuyên theo quy định.
            Rà soát, hệ thống hóa văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân dân xã ban hành.
            Tổ chức đối thoại với người dân, doanh nghiệp về thủ tục hành chính, tiếp nhận kiến nghị để tháo gỡ kịp thời.
            Đẩy mạnh tiếp nhận hồ sơ qua dịch vụ bưu chính công ích, trả kết quả tại nhà theo yêu cầu.
        """,
        to_chuc="""
            Công chức Văn phòng - Thống kê là đầu mối tham mưu Ủy ban nhân dân xã triển khai, theo dõi, đánh giá công tác cải cách hành chính.
            Bộ phận Một cửa xã tiếp nhận hồ sơ, theo dõi tiến độ giải quyết, cập nhật kết quả trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh {tinh}.
            Công chức Tư pháp - Hộ tịch chủ trì rà soát văn bản, kiểm soát thủ tục hành chính, tham mưu công bố, công khai thủ tục hành chính.
            Người đứng đầu các bộ phận chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân xã về kết quả cải cách hành chính thuộc lĩnh vực phụ trách.
            {don_vi} tổng hợp báo cáo cải cách hành chính quý, 6 tháng, năm gửi Ủy ban nhân dân xã trước ngày {ngay}.
            Công chức Nội vụ tham mưu đánh giá, xếp loại cán bộ, công chức gắn với kết quả thực hiện nhiệm vụ cải cách hành chính.
            Kết quả cải cách hành chính là tiêu chí quan trọng đánh giá mức độ hoàn thành nhiệm vụ năm {nam} của tập thể, cá nhân.
            Ủy ban nhân dân xã tổ chức kiểm tra cải cách hành chính đối với các bộ phận chuyên môn ít nhất 02 lần trong năm.
            Các bộ phận căn cứ nhiệm vụ được giao, chủ động đề xuất sáng kiến, mô hình mới trong cải cách hành chính.
            Công chức các bộ phận chuyên môn giải quyết hồ sơ đúng quy trình, đúng thời hạn; không tiếp nhận hồ sơ ngoài Bộ phận Một cửa.
            Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã giám sát việc giải quyết thủ tục hành chính, phản ánh kịp thời những hành vi nhũng nhiễu.
        """,
        directives="468/QĐ-TTg 45/2020/NĐ-CP 16/2022/QĐ-UBND 32-KH/TU",
        topics="""
            cải cách hành chính
            thủ tục hành chính
        """,
        don_vi="""
            Công chức Văn phòng - Thống kê
            Bộ phận Một cửa xã
            Công chức Tư pháp - Hộ tịch
            Công chức Nội vụ
        """,
    ),
    "giảm nghèo bền vững": _topic(
        titles="""
            giảm nghèo bền vững
            thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững
            rà soát hộ nghèo, hộ cận nghèo
            xóa nhà tạm, nhà dột nát
            hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế cho hộ nghèo
            giải quyết việc làm và đào tạo nghề cho lao động thuộc hộ nghèo
            bảo đảm an sinh xã hội
        """,
        muc_dich="""
            Giảm nghèo bền vững, hạn chế tái nghèo và phát sinh nghèo; phấn đấu giảm tỷ lệ hộ nghèo trên địa bàn xã {xa} bình quân từ 1 đến 1,5%/năm.
            Hỗ trợ người nghèo, hộ nghèo tiếp cận đầy đủ các dịch vụ xã hội cơ bản về việc làm, y tế, giáo dục, nhà ở, nước sinh hoạt và thông tin.
            Khơi dậy ý chí tự lực, tự cường vươn lên thoát nghèo của người nghèo; khắc phục tư tưởng trông chờ, ỷ lại.
            Việc rà soát hộ nghèo, hộ cận nghèo phải bảo đảm công khai, dân chủ, đúng quy trình, đúng đối tượng.
            Phấn đấu {so} hộ nghèo, hộ cận nghèo được hỗ trợ xây mới, sửa chữa nhà ở trong năm {nam}.
            Bảo đảm {phan_tram} hộ nghèo có nhu cầu được vay vốn tín dụng ưu đãi để phát triển sản xuất.
            Giảm nghèo phải gắn với phát triển sản xuất, tạo việc làm, nâng cao thu nhập ổn định cho người nghèo.
            Các chính sách hỗ trợ phải đến đúng đối tượng, kịp thời; không để xảy ra tình trạng trục lợi chính sách.
            Tỷ lệ lao động qua đào tạo nghề đạt {phan_tram}; mỗi hộ nghèo có ít nhất một lao động có việc làm ổn định.
            Huy động nguồn lực xã hội hóa, các nhà hảo tâm, doanh nghiệp chung tay hỗ trợ người nghèo.
        """,
        noi_dung="""
            Tổ chức rà soát hộ nghèo, hộ cận nghèo, hộ có mức sống trung bình theo chuẩn nghèo đa chiều, hoàn thành trước ngày {ngay}.
            Hỗ trợ {so} hộ nghèo con giống, cây giống, vật tư nông nghiệp và hướng dẫn kỹ thuật sản xuất.
            Xây dựng {so} mô hình giảm nghèo, mô hình sinh kế phù hợp với điều kiện từng thôn.
            Phối hợp với Ngân hàng Chính sách xã hội giải ngân vốn vay ưu đãi cho hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo.
            Cấp thẻ bảo hiểm y tế miễn phí cho người thuộc hộ nghèo; hỗ trợ mức đóng cho người thuộc hộ cận nghèo.
            Thực hiện xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ gia đình có công với cách mạng, bảo đảm “3 cứng”: nền cứng, khung - tường cứng, mái cứng.
            Tư vấn, giới thiệu việc làm, đi làm việc ở nước ngoài theo hợp đồng cho {so} lao động thuộc hộ nghèo, hộ cận nghèo.
            Chi trả trợ cấp xã hội hằng tháng cho đối tượng bảo trợ xã hội qua tài khoản, đúng, đủ, kịp thời.
            Phân công cán bộ, đảng viên, doanh nghiệp nhận đỡ đầu, giúp đỡ hộ nghèo cụ thể đến khi thoát nghèo.
            Tuyên truyền gương điển hình thoát nghèo, sản xuất giỏi để nhân rộng trong cộng đồng.
            Cập nhật cơ sở dữ liệu hộ nghèo, hộ cận nghèo trên phần mềm quản lý theo hướng dẫn của cấp trên.
            Hưởng ứng Tháng cao điểm “Vì người nghèo”, quyên góp xây dựng Quỹ “Vì người nghèo” của xã.
        """,
        to_chuc="""
            Công chức Văn hóa - Xã hội là thường trực Ban Chỉ đạo giảm nghèo bền vững xã, tham mưu tổ chức rà soát, theo dõi biến động hộ nghèo.
            Ban giảm nghèo các thôn tổ chức họp bình xét hộ nghèo, hộ cận nghèo, công khai danh sách tại nhà văn hóa thôn trong thời hạn 03 ngày làm việc.
            Phòng giao dịch Ngân hàng Chính sách xã hội phối hợp với các hội, đoàn thể nhận ủy thác quản lý tốt nguồn vốn vay, hạn chế nợ quá hạn.
            Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì tiếp nhận, phân bổ Quỹ “Vì người nghèo”, hỗ trợ xây nhà Đại đoàn kết cho hộ nghèo.
            Hội Nông dân, Hội Liên hiệp Phụ nữ xã hướng dẫn hội viên nghèo cách làm ăn, tiếp cận vốn vay, tham gia tổ hợp tác, hợp tác xã.
            Công chức Địa chính - Nông nghiệp phối hợp hướng dẫn kỹ thuật chăn nuôi, trồng trọt cho hộ nghèo được hỗ trợ sinh kế.
            {don_vi} tổng hợp kết quả rà soát, trình Chủ tịch Ủy ban nhân dân xã phê duyệt danh sách hộ nghèo, hộ cận nghèo năm {nam} trước ngày {ngay}.
            Cán bộ, đảng viên được phân công giúp đỡ hộ nghèo định kỳ hằng quý báo cáo kết quả với chi bộ, thôn.
            Các thôn không để xảy ra sai sót, khiếu nại trong bình xét hộ nghèo; Trưởng thôn chịu trách nhiệm về tính chính xác của danh sách.
            Ủy ban nhân dân xã tổ chức kiểm tra việc thực hiện chính sách giảm nghèo tại các thôn ít nhất 02 lần trong năm.
            Kinh phí thực hiện Chương trình được phân bổ, giải ngân đúng tiến độ, thanh quyết toán theo hướng dẫn của cơ quan tài chính.
        """,
        directives="90/QĐ-TTg 07/2021/NĐ-CP 24/2021/QĐ-TTg 42/KH-UBND",
        topics="""
            giảm nghèo bền vững
            an sinh xã hội
        """,
        don_vi="""
            Công chức Văn hóa - Xã hội
            Ban Chỉ đạo giảm nghèo bền vững xã
            Hội Nông dân xã
            Hội Liên hiệp Phụ nữ xã
        """,
    ),
    "quản lý đất đai và trật tự xây dựng": _topic(
        titles="""
            tăng cường quản lý nhà nước về đất đai
            tăng cường quản lý trật tự xây dựng
            xử lý vi phạm pháp luật về đất đai
            cấp giấy chứng nhận quyền sử dụng đất lần đầu
            kiểm kê đất đai, lập bản đồ hiện trạng sử dụng đất
            ngăn chặn, xử lý tình trạng lấn chiếm đất công
            thực hiện kế hoạch sử dụng đất
        """,
        muc_dich="""
            Tăng cường quản lý nhà nước về đất đai, trật tự xây dựng trên địa bàn xã {xa}; ngăn chặn kịp thời các hành vi vi phạm ngay từ khi mới phát sinh.
            Quản lý, sử dụng đất đúng quy hoạch, kế hoạch sử dụng đất đã được cấp có thẩm quyền phê duyệt.
            Không để phát sinh mới các trường hợp lấn chiếm, sử dụng đất sai mục đích, xây dựng trái phép trên đất nông nghiệp.
            Xử lý dứt điểm {so} trường hợp vi phạm tồn đọng từ các năm trước.
            Đẩy nhanh tiến độ cấp giấy chứng nhận quyền sử dụng đất lần đầu, phấn đấu đạt {phan_tram} diện tích đủ điều kiện.
            Nâng cao ý thức chấp hành pháp luật về đất đai, xây dựng của tổ chức, hộ gia đình, cá nhân.
            Xác định rõ trách nhiệm của Chủ tịch Ủy ban nhân dân xã, công chức địa chính, trưởng thôn khi để xảy ra vi phạm mà không phát hiện, xử lý.
            Bảo đảm quỹ đất công ích, đất công do xã quản lý được thống kê đầy đủ, cho thuê đúng quy định.
            Giải quyết kịp thời tranh chấp, khiếu nại về đất đai ngay từ cơ sở, không để phát sinh điểm nóng.
            Công trình xây dựng nhà ở riêng lẻ phải có giấy phép xây dựng theo quy định, trừ trường hợp được miễn.
        """,
        noi_dung="""
            Tổ chức kiểm tra, rà soát hiện trạng sử dụng đất tại {so} thôn, lập danh sách các trường hợp vi phạm.
            Công khai kế hoạch sử dụng đất năm {nam} tại trụ sở Ủy ban nhân dân xã và nhà văn hóa các thôn.
            Hướng dẫn hộ gia đình, cá nhân lập hồ sơ đề nghị cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất.
            Lập biên bản, đình chỉ thi công đối với công trình xây dựng không phép, sai phép; xử lý vi phạm hành chính theo thẩm quyền.
            Rà soát, cắm mốc ranh giới đất công, đất hành lang kênh mương, đất nghĩa trang do xã quản lý.
            Hòa giải tranh chấp đất đai tại cơ sở; hoàn thành việc hòa giải trong thời hạn 30 ngày kể từ ngày nhận đơn.
            Chỉnh lý biến động đất đai, cập nhật hồ sơ địa chính, cơ sở dữ liệu đất đai theo quy định.
            Kiểm tra việc khai thác cát, sỏi, đất san lấp trái phép trên địa bàn; phối hợp xử lý nghiêm các trường hợp vi phạm.
            Thực hiện thống kê đất đai năm {nam}, bảo đảm số liệu đầy đủ, chính xác.
            Phối hợp với Trung tâm Phát triển quỹ đất thực hiện bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất để thực hiện dự án.
            Thu hồi đất công bị lấn chiếm, buộc khôi phục lại tình trạng ban đầu của đất trước khi vi phạm.
        """,
        to_chuc="""
            Công chức Địa chính - Xây dựng chủ trì tham mưu Ủy ban nhân dân xã tổ chức thực hiện, định kỳ hằng tháng báo cáo tình hình quản lý đất đai, trật tự xây dựng.
            Tổ kiểm tra trật tự xây dựng xã tuần tra thường xuyên, phát hiện, lập biên bản vi phạm ngay từ khi mới khởi công.
            Công an xã phối hợp bảo đảm an ninh, trật tự khi tổ chức cưỡng chế, tháo dỡ công trình vi phạm.
            Trưởng các thôn có trách nhiệm phát hiện, báo cáo kịp thời về Ủy ban nhân dân xã các trường hợp lấn chiếm, xây dựng trái phép.
            Công chức Tư pháp - Hộ tịch phối hợp phổ biến Luật Đất đai năm 2024 và các văn bản hướng dẫn thi hành.
            {don_vi} lập hồ sơ xử lý vi phạm, tham mưu Chủ tịch Ủy ban nhân dân xã ban hành quyết định xử phạt trước ngày {ngay}.
            Chủ tịch Ủy ban nhân dân xã chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh {tinh} nếu để xảy ra vi phạm kéo dài trên địa bàn.
            Ban Thanh tra nhân dân giám sát việc quản lý, sử dụng đất công ích, đất công của xã.
            Chi nhánh Văn phòng Đăng ký đất đai phối hợp giải quyết hồ sơ đăng ký biến động, cấp giấy chứng nhận đúng thời hạn.
            Các đơn vị cung cấp điện, nước không ký hợp đồng cung cấp dịch vụ cho công trình xây dựng trái phép.
            Kết quả xử lý vi phạm được công khai trên loa truyền thanh xã và tại các cuộc họp thôn.
        """,
        directives="18-NQ/TW 43/2014/NĐ-CP 91/2019/NĐ-CP 16/2022/NĐ-CP 18/2023/QĐ-UBND 05/CT-UBND",
        topics="""
            đất đai
            trật tự xây dựng
        """,
        don_vi="""
            Công chức Địa chính - Xây dựng
            Tổ kiểm tra trật tự xây dựng xã
            Công an xã
            Công chức Tư pháp - Hộ tịch
        """,
    ),
    "văn hóa, thể thao và du lịch": _topic(
        titles="""
            thực hiện phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”
            phát triển du lịch cộng đồng
            tổ chức Đại hội Thể dục thể thao cấp xã
            tổ chức lễ hội truyền thống
            bảo tồn và phát huy giá trị di tích lịch sử - văn hóa
            thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội
            tổ chức các hoạt động văn hóa, văn nghệ, thể thao chào mừng các ngày lễ lớn
        """,
        muc_dich="""
            Nâng cao chất lượng phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”, xây dựng môi trường văn hóa lành mạnh trên địa bàn xã {xa}.
            Bảo tồn, phát huy giá trị di sản văn hóa vật thể và phi vật thể, các di tích lịch sử - văn hóa của địa phương.
            Phấn đấu {phan_tram} hộ gia đình đạt danh hiệu “Gia đình văn hóa”, {phan_tram} thôn đạt danh hiệu “Thôn văn hóa”.
            Thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội; bài trừ hủ tục, mê tín dị đoan.
            Phát triển phong trào thể dục, thể thao quần chúng; tỷ lệ người tập luyện thể dục, thể thao thường xuyên đạt {phan_tram}.
            Khai thác tiềm năng, lợi thế về cảnh quan, di tích, làng nghề để phát triển du lịch cộng đồng, du lịch trải nghiệm.
            Các hoạt động văn hóa, lễ hội phải được tổ chức trang trọng, an toàn, tiết kiệm, đúng quy định.
            Nâng cao hiệu quả hoạt động của nhà văn hóa, khu thể thao thôn, đáp ứng nhu cầu hưởng thụ văn hóa của Nhân dân.
            Không để có hoạt động kinh doanh dịch vụ văn hóa trái phép, văn hóa phẩm có nội dung độc hại trên địa bàn.
            Giữ gìn, truyền dạy các loại hình nghệ thuật truyền thống, dân ca, trò chơi dân gian cho thế hệ trẻ.
        """,
        noi_dung="""
            Tổ chức các hoạt động văn hóa, văn nghệ, thể thao chào mừng kỷ niệm các ngày lễ lớn, sự kiện chính trị của đất nước và địa phương năm {nam}.
            Tổ chức Đại hội Thể dục thể thao xã với các môn thi đấu: bóng đá, bóng chuyền, cầu lông, kéo co, cờ tướng.
            Tu bổ, tôn tạo di tích, lập hồ sơ đề nghị xếp hạng {so} di tích lịch sử - văn hóa cấp tỉnh.
            Duy trì hoạt động của {so} câu lạc bộ văn nghệ, dân ca, dưỡng sinh, bóng chuyền hơi tại các thôn.
            Bình xét, công nhận danh hiệu “Gia đình văn hóa”, “Thôn văn hóa” đúng thực chất, công khai tại hội nghị thôn.
            Xây dựng sản phẩm du lịch gắn với làng nghề, di tích, ẩm thực địa phương; đào tạo kỹ năng làm du lịch cho các hộ kinh doanh homestay.
            Kiểm tra các cơ sở kinh doanh karaoke, trò chơi điện tử, dịch vụ lưu trú, quảng cáo ngoài trời trên địa bàn.
            Tổ chức lễ hội truyền thống của xã theo đúng nghi lễ, bảo đảm an ninh, trật tự, vệ sinh và an toàn thực phẩm.
            Đầu tư trang thiết bị âm thanh, ánh sáng, dụng cụ thể thao cho {so} nhà văn hóa thôn.
            Xây dựng, cập nhật hương ước, quy ước thôn phù hợp với quy định của pháp luật và thuần phong mỹ tục.
            Quảng bá hình ảnh, điểm đến du lịch của xã {xa} trên mạng xã hội và tại hội chợ du lịch của tỉnh {tinh}.
        """,
        to_chuc="""
            Công chức Văn hóa - Xã hội chủ trì tham mưu Ủy ban nhân dân xã tổ chức các hoạt động văn hóa, thể thao, du lịch theo Kế hoạch.
            Trung tâm Văn hóa - Thể thao xã xây dựng chương trình biểu diễn, tổ chức giải thi đấu, bảo đảm cơ sở vật chất, trang thiết bị.
            Ban Quản lý di tích xã quản lý, bảo vệ di tích, quản lý nguồn thu tiền công đức đúng quy định.
            Đoàn Thanh niên xã tổ chức các hoạt động văn nghệ, thể thao, cắm trại cho thanh thiếu nhi trong dịp hè.
            Hội Người cao tuổi xã duy trì câu lạc bộ dưỡng sinh, thơ ca, khuyến khích hội viên rèn luyện sức khỏe.
            {don_vi} phối hợp kiểm tra, xử lý vi phạm trong hoạt động kinh doanh dịch vụ văn hóa và quảng cáo.
            Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” xã tổng hợp kết quả bình xét, báo cáo trước ngày {ngay}.
            Công an xã xây dựng phương án bảo đảm an ninh, trật tự trong thời gian diễn ra lễ hội, giải thể thao.
            Các thôn chủ động xã hội hóa nguồn lực để tổ chức hoạt động văn hóa, thể thao, tránh phô trương, lãng phí.
            Trưởng các thôn phối hợp với Ban Công tác Mặt trận thôn tổ chức Ngày hội Đại đoàn kết toàn dân tộc ngày 18/11 gắn với bình xét gia đình văn hóa.
            Các hộ kinh doanh du lịch cộng đồng thực hiện đăng ký lưu trú, niêm yết giá, bảo đảm an toàn cho du khách.
        """,
        directives="33-NQ/TW 08-NQ/TW 1909/QĐ-TTg 20/KH-UBND",
        topics="""
            văn hóa
            thể thao
            du lịch
        """,
        don_vi="""
            Công chức Văn hóa - Xã hội
            Trung tâm Văn hóa - Thể thao xã
            Ban Quản lý di tích xã
            Đoàn Thanh niên xã
        """,
    ),
    "quốc phòng, quân sự địa phương": _topic(
        titles="""
            công tác quốc phòng, quân sự địa phương
            tuyển chọn và gọi công dân nhập ngũ
            huấn luyện dân quân
            giáo dục quốc phòng và an ninh
            xây dựng khu vực phòng thủ vững chắc
            đăng ký nghĩa vụ quân sự cho công dân nam đủ 17 tuổi
            tổ chức diễn tập chiến đấu phòng thủ xã
            thực hiện chính sách hậu phương quân đội
        """,
        muc_dich="""
            Xây dựng nền quốc phòng toàn dân, thế trận quốc phòng toàn dân gắn với thế trận an ninh nhân dân vững chắc trên địa bàn xã {xa}.
            Hoàn thành {phan_tram} chỉ tiêu tuyển chọn và gọi công dân nhập ngũ, bảo đảm đúng luật, công khai, dân chủ, công bằng.
            Xây dựng lực lượng dân quân vững mạnh, rộng khắp, bảo đảm tỷ lệ dân quân là đảng viên theo chỉ tiêu của cấp trên.
            Nâng cao trình độ sẵn sàng chiến đấu của lực lượng vũ trang xã, sẵn sàng đối phó với các tình huống, không để bị động, bất ngờ.
            Thực hiện tốt công tác giáo dục quốc phòng và an ninh cho các đối tượng theo phân cấp.
            Bảo đảm quân số, chất lượng huấn luyện dân quân năm {nam} đạt yêu cầu, trong đó {phan_tram} nội dung đạt khá, giỏi.
            Quản lý chặt chẽ lực lượng dự bị động viên, phương tiện kỹ thuật dự bị; sẵn sàng động viên khi có lệnh.
            Thực hiện đầy đủ, kịp thời chính sách hậu phương quân đội, chính sách đối với quân nhân và gia đình quân nhân.
            Gắn nhiệm vụ quốc phòng, quân sự địa phương với nhiệm vụ phát triển kinh tế - xã hội của địa phương.
            Duy trì nghiêm chế độ trực sẵn sàng chiến đấu, trực chỉ huy tại Ban Chỉ huy Quân sự xã.
        """,
        noi_dung="""
            Tổ chức đăng ký nghĩa vụ quân sự cho công dân nam đủ 17 tuổi trong tháng 4 năm {nam}; quản lý chặt chẽ nguồn công dân sẵn sàng nhập ngũ.
            Tổ chức sơ tuyển sức khỏe cho {so} công dân trong độ tuổi gọi nhập ngũ, lập danh sách đề nghị khám tuyển.
            Huấn luyện cho {so} đồng chí dân quân năm thứ nhất và dân quân các năm tiếp theo theo chương trình quy định.
            Tổ chức diễn tập chiến đấu phòng thủ xã, sát với tình hình thực tế và các phương án tác chiến của địa phương.
            Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 là trưởng thôn, bí thư chi bộ, chi hội trưởng các đoàn thể.
            Rà soát, đăng ký, quản lý quân nhân dự bị và phương tiện kỹ thuật dự bị, sắp xếp vào các đơn vị dự bị động viên.
            Tổ chức gặp mặt, tặng quà động viên thanh niên lên đường nhập ngũ và thăm hỏi gia đình quân nhân đang tại ngũ.
            Tiếp nhận, giới thiệu việc làm cho quân nhân hoàn thành nghĩa vụ trở về địa phương.
            Xây dựng, bổ sung kế hoạch phòng thủ dân sự, kế hoạch bảo đảm hậu cần, kỹ thuật cho lực lượng vũ trang xã.
            Quản lý, bảo quản tốt vũ khí, trang bị, công cụ hỗ trợ được cấp, không để hư hỏng, mất mát.
            Phối hợp với Công an xã tuần tra, canh gác bảo vệ mục tiêu, giữ gìn an ninh, trật tự trong các ngày lễ, Tết.
        """,
        to_chuc="""
            Ban Chỉ huy Quân sự xã chủ trì, tham mưu cho Đảng ủy, Ủy ban nhân dân xã lãnh đạo, chỉ đạo thực hiện các nhiệm vụ quốc phòng, quân sự địa phương.
            Hội đồng nghĩa vụ quân sự xã thực hiện đúng quy trình tuyển chọn, công khai danh sách công dân đủ điều kiện nhập ngũ tại các thôn.
            Công an xã phối hợp thẩm tra lý lịch, tiêu chuẩn chính trị công dân nhập ngũ.
            Trạm Y tế xã phối hợp sơ tuyển sức khỏe công dân, bảo đảm đúng tiêu chuẩn theo quy định của Bộ Quốc phòng.
            Hội Cựu chiến binh xã giáo dục truyền thống, động viên thanh niên hăng hái lên đường làm nghĩa vụ quân sự.
            Đoàn Thanh niên xã tuyên truyền Luật Nghĩa vụ quân sự, tổ chức giao lưu “Tiếp bước cha anh” cho thanh niên sẵn sàng nhập ngũ.
            Công chức Văn hóa - Xã hội phối hợp giải quyết chế độ, chính sách cho quân nhân, người có công và thân nhân.
            {don_vi} tổng hợp kết quả thực hiện, báo cáo Ban Chỉ huy Quân sự cấp trên trước ngày {ngay}.
            Công chức Tài chính - Kế toán bảo đảm ngân sách chi cho công tác quốc phòng, quân sự địa phương, chế độ phụ cấp dân quân theo quy định.
            Trưởng các thôn phối hợp với thôn đội trưởng quản lý công dân trong độ tuổi, nắm chắc biến động về cư trú, sức khỏe.
            Kết thúc năm huấn luyện, Ban Chỉ huy Quân sự xã tổ chức tổng kết, rút kinh nghiệm, đề nghị khen thưởng.
        """,
        directives="28-NQ/TW 21/2019/NĐ-CP 72/2020/NĐ-CP 13/2016/NĐ-CP 06-NQ/ĐU",
        topics="""
            quốc phòng
            quân sự địa phương
        """,
        don_vi="""
            Ban Chỉ huy Quân sự xã
            Hội đồng nghĩa vụ quân sự xã
            Trung đội dân quân cơ động xã
            Hội Cựu chiến binh xã
        """,
    ),
    "phòng, chống ma túy": _topic(
        titles="""
            phòng, chống ma túy
            phòng, chống tội phạm và tệ nạn ma túy
            xây dựng xã không ma túy
            quản lý sau cai nghiện ma túy
            hưởng ứng Tháng hành động phòng, chống ma túy và Ngày Quốc tế phòng, chống ma túy 26/6
            cai nghiện ma túy và quản lý người sử dụng trái phép chất ma túy
            phòng, chống tệ nạn xã hội
        """,
        muc_dich="""
            Kiềm chế, làm giảm tội phạm và tệ nạn ma túy; phấn đấu xây dựng xã {xa} đạt tiêu chí “xã không ma túy”.
            Nâng cao nhận thức của người dân, nhất là thanh thiếu niên, học sinh về tác hại của ma túy, ma túy tổng hợp, chất gây nghiện mới.
            Không để hình thành tụ điểm, điểm phức tạp về mua bán, tổ chức sử dụng trái phép chất ma túy trên địa bàn.
            Phát hiện, lập hồ sơ, quản lý {phan_tram} người sử dụng trái phép chất ma túy, người nghiện ma túy.
            Phấn đấu {phan_tram} người nghiện ma túy được cai nghiện hoặc điều trị bằng thuốc thay thế theo quy định.
            Thực hiện tốt công tác quản lý sau cai nghiện, hỗ trợ người sau cai nghiện tái hòa nhập cộng đồng, hạn chế tái nghiện.
            Không để học sinh trên địa bàn sử dụng trái phép chất ma túy, thuốc lá điện tử.
            Huy động sự tham gia của gia đình, nhà trường và toàn xã hội trong phòng, chống ma túy.
            Kịp thời phát hiện, đấu tranh, triệt phá các đối tượng mua bán, tàng trữ trái phép chất ma túy.
            Không để phát sinh trồng cây có chứa chất ma túy như cây thuốc phiện, cần sa trên địa bàn.
        """,
        noi_dung="""
            Rà soát, lập danh sách người nghiện, người sử dụng trái phép chất ma túy, người đang bị quản lý sau cai nghiện tại từng thôn.
            Tổ chức {so} buổi tuyên truyền về tác hại của ma túy, thuốc lá điện tử, “bóng cười” tại trường học, nhà văn hóa thôn.
            Lập hồ sơ đề nghị áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc đối với người nghiện không tự nguyện cai nghiện.
            Tổ chức cai nghiện tự nguyện tại gia đình, cộng đồng cho người nghiện có đủ điều kiện, có sự giám sát của Tổ công tác cai nghiện.
            Tăng cường tuần tra, kiểm soát tại các khu vực nhà trọ, quán karaoke, bãi đất trống, chân cầu có nguy cơ tụ tập sử dụng ma túy.
            Xét nghiệm chất ma túy trong cơ thể đối với {so} trường hợp có biểu hiện nghi vấn theo quy định.
            Tổ chức cho {phan_tram} hộ gia đình ký cam kết không có người vi phạm pháp luật về ma túy.
            Hỗ trợ dạy nghề, tạo việc làm, vay vốn cho người sau cai nghiện để ổn định cuộc sống.
            Rà soát, phát hiện, xử lý các trường hợp trồng cây thuốc phiện, cần sa trong vườn nhà, nương rẫy.
            Hưởng ứng Tháng hành động phòng, chống ma túy bằng các hoạt động mít tinh, diễu hành, treo băng rôn, khẩu hiệu.
            Tiếp nhận, xác minh tin báo, tố giác tội phạm về ma túy; giữ bí mật cho người cung cấp thông tin.
        """,
        to_chuc="""
            Công an xã chủ trì, là lực lượng nòng cốt trong đấu tranh phòng, chống tội phạm ma túy; định kỳ báo cáo Ban Chỉ đạo phòng, chống tội phạm xã.
            Công chức Văn hóa - Xã hội phối hợp quản lý người sau cai nghiện, lập hồ sơ đề nghị hỗ trợ học nghề, việc làm.
            Tổ công tác cai nghiện ma túy xã xây dựng kế hoạch cai nghiện tại gia đình, cộng đồng, phân công người giúp đỡ từng trường hợp.
            Trạm Y tế xã phối hợp tổ chức xét nghiệm, điều trị cắt cơn, tư vấn điều trị nghiện bằng thuốc Methadone.
            Đoàn Thanh niên xã tổ chức diễn đàn “Tuổi trẻ nói không với ma túy”, thành lập đội thanh niên xung kích phòng, chống ma túy.
            Các trường học trên địa bàn lồng ghép giáo dục phòng, chống ma túy trong giờ sinh hoạt lớp, phối hợp với gia đình quản lý học sinh.
            Ủy ban Mặt trận Tổ quốc Việt Nam xã phát động phong trào toàn dân tham gia phòng, chống ma túy tại khu dân cư.
            {don_vi} tổng hợp số liệu người nghiện, kết quả cai nghiện, báo cáo Ủy ban nhân dân xã trước ngày {ngay}.
            Trưởng các thôn nắm chắc số người nghiện, người sử dụng ma túy, kịp thời thông báo Công an xã khi có biến động.
            Gia đình có người nghiện có trách nhiệm khai báo, phối hợp quản lý, giáo dục, giúp đỡ người nghiện cai nghiện.
            Kinh phí hỗ trợ cai nghiện tự nguyện, quản lý sau cai nghiện thực hiện theo quy định của Hội đồng nhân dân tỉnh {tinh}.
        """,
        directives="36-CT/TW 105/2021/NĐ-CP 116/2021/NĐ-CP 15-KH/TU",
        topics="""
            phòng, chống ma túy
            tệ nạn xã hội
        """,
        don_vi="""
            Công an xã
            Tổ công tác cai nghiện ma túy xã
            Công chức Văn hóa - Xã hội
            Đoàn Thanh niên xã
        """,
    ),
    "bảo vệ, chăm sóc trẻ em": _topic(
        titles="""
            bảo vệ, chăm sóc và giáo dục trẻ em
            thực hiện Tháng hành động vì trẻ em
            phòng, chống tai nạn, thương tích và đuối nước trẻ em
            phòng, chống xâm hại trẻ em
            thực hiện quyền trẻ em và xây dựng xã phù hợp với trẻ em
            tổ chức hoạt động hè cho trẻ em
            phòng, chống bạo lực gia đình và bảo vệ trẻ em
        """,
        muc_dich="""
            Tạo môi trường sống an toàn, lành mạnh, thân thiện để trẻ em trên địa bàn xã {xa} được phát triển toàn diện.
            Bảo đảm thực hiện đầy đủ các quyền của trẻ em; không để trẻ em bị xâm hại, bạo lực, bóc lột.
            Giảm tỷ lệ trẻ em bị tai nạn, thương tích, đặc biệt là đuối nước; phấn đấu {phan_tram} trẻ em từ 6 tuổi trở lên được học kỹ năng an toàn trong môi trường nước.
            Phấn đấu đạt chuẩn xã, phường phù hợp với trẻ em năm {nam}.
            Bảo đảm {phan_tram} trẻ em có hoàn cảnh đặc biệt được quản lý, trợ giúp kịp thời.
            Nâng cao nhận thức, trách nhiệm của cha mẹ, người chăm sóc trẻ em và cộng đồng trong bảo vệ, chăm sóc trẻ em.
            Trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế, khám, chữa bệnh miễn phí theo quy định.
            Xây dựng mạng lưới cộng tác viên bảo vệ trẻ em tại thôn, phát hiện sớm và can thiệp kịp thời các vụ việc.
            Bảo đảm trẻ em được tham gia các hoạt động vui chơi, giải trí an toàn, lành mạnh, nhất là trong dịp hè.
            Phát huy vai trò của gia đình là môi trường đầu tiên trong chăm sóc, giáo dục trẻ em.
        """,
        noi_dung="""
            Rà soát, lập danh sách trẻ em có hoàn cảnh đặc biệt, trẻ em mồ côi, trẻ em khuyết tật, trẻ em có nguy cơ bỏ học để có biện pháp hỗ trợ.
            Tổ chức {so} lớp dạy bơi, kỹ năng phòng, chống đuối nước cho trẻ em trong dịp hè.
            Rà soát ao, hồ, sông suối, hố sâu có nguy cơ gây đuối nước; cắm biển cảnh báo tại {so} vị trí nguy hiểm.
            Tổ chức Tháng hành động vì trẻ em, Ngày Quốc tế thiếu nhi 1/6 và Tết Trung thu cho trẻ em trên địa bàn.
            Tặng quà, học bổng cho {so} trẻ em có hoàn cảnh khó khăn, vượt khó học tốt.
            Tiếp nhận, xử lý thông tin từ Tổng đài điện thoại quốc gia bảo vệ trẻ em 111; can thiệp kịp thời các vụ việc xâm hại trẻ em.
            Tổ chức diễn đàn trẻ em để trẻ em được bày tỏ ý kiến, nguyện vọng với lãnh đạo địa phương.
            Tuyên truyền cha mẹ quản lý con em sử dụng internet an toàn, phòng tránh bị lừa đảo, dụ dỗ trên mạng.
            Phối hợp đăng ký khai sinh, cấp thẻ bảo hiểm y tế kịp thời cho trẻ em mới sinh.
            Hỗ trợ chăm sóc thay thế cho trẻ em mồ côi, không nơi nương tựa tại gia đình nhận chăm sóc.
            Xây dựng, duy trì {so} mô hình “Ngôi nhà an toàn”, câu lạc bộ quyền trẻ em tại các thôn.
        """,
        to_chuc="""
            Công chức Văn hóa - Xã hội chủ trì tham mưu Ủy ban nhân dân xã thực hiện công tác trẻ em, theo dõi các chỉ tiêu về trẻ em.
            Cộng tác viên bảo vệ trẻ em thôn nắm tình hình trẻ em, kịp thời báo cáo các trường hợp trẻ em có nguy cơ bị xâm hại, bạo lực.
            Hội Liên hiệp Phụ nữ xã tuyên truyền kiến thức nuôi dạy con, phòng, chống bạo lực gia đình cho hội viên.
            Đoàn Thanh niên xã tổ chức sinh hoạt hè, vui chơi, dạy kỹ năng sống cho thiếu nhi tại các thôn.
            Trạm Y tế xã theo dõi sức khỏe, dinh dưỡng của trẻ em dưới 5 tuổi, tiêm chủng đầy đủ cho trẻ.
            Công an xã điều tra, xử lý nghiêm các vụ việc xâm hại trẻ em, bảo đảm giữ bí mật thông tin của trẻ.
            Các trường học trên địa bàn phối hợp với gia đình quản lý học sinh trong thời gian nghỉ hè, không để trẻ đi tắm sông, suối.
            {don_vi} tổng hợp báo cáo công tác trẻ em 6 tháng, năm, gửi Ủy ban nhân dân xã trước ngày {ngay}.
            Công chức Tư pháp - Hộ tịch thực hiện đăng ký khai sinh, đăng ký nuôi con nuôi đúng quy định, bảo đảm quyền lợi của trẻ em.
            Ủy ban Mặt trận Tổ quốc Việt Nam xã kêu gọi các nhà hảo tâm ủng hộ Quỹ Bảo trợ trẻ em.
            Các thôn bố trí điểm vui chơi an toàn cho trẻ em tại nhà văn hóa thôn.
        """,
        directives="28-CT/TW 56/2017/NĐ-CP 23/CT-TTg 37/KH-UBND",
        topics="""
            trẻ em
            gia đình
        """,
        don_vi="""
            Công chức Văn hóa - Xã hội
            Hội Liên hiệp Phụ nữ xã
            Đoàn Thanh niên xã
            Trường Mầm non xã
        """,
    ),
    "chăm sóc và phát huy vai trò người cao tuổi": _topic(
        titles="""
            chăm sóc và phát huy vai trò người cao tuổi
            thực hiện Chương trình hành động quốc gia về người cao tuổi
            tổ chức mừng thọ, chúc thọ người cao tuổi
            phát triển câu lạc bộ liên thế hệ tự giúp nhau
            chăm sóc sức khỏe ban đầu cho người cao tuổi
            hưởng ứng Tháng hành động vì người cao tuổi Việt Nam
        """,
        muc_dich="""
            Nâng cao chất lượng chăm sóc sức khỏe, đời sống vật chất và tinh thần cho người cao tuổi trên địa bàn xã {xa}.
            Phát huy vai trò người cao tuổi trong giáo dục thế hệ trẻ, xây dựng gia đình, dòng họ, khu dân cư văn hóa.
            Phấn đấu {phan_tram} người cao tuổi có thẻ bảo hiểm y tế và được lập hồ sơ theo dõi sức khỏe.
            Thực hiện đầy đủ, kịp thời chế độ trợ cấp xã hội hằng tháng cho người cao tuổi theo quy định.
            Kính trọng, phụng dưỡng, chăm sóc người cao tuổi là trách nhiệm của gia đình, Nhà nước và toàn xã hội.
            Không để người cao tuổi cô đơn, không nơi nương tựa thiếu sự chăm sóc.
            Phấn đấu mỗi thôn có ít nhất một câu lạc bộ dưỡng sinh hoặc câu lạc bộ liên thế hệ tự giúp nhau.
            Người cao tuổi được tạo điều kiện tham gia hoạt động văn hóa, thể thao, học tập, làm kinh tế phù hợp với sức khỏe.
            Phòng ngừa tình trạng người cao tuổi bị lừa đảo, xâm hại, ngược đãi.
            Tổ chức mừng thọ, chúc thọ trang trọng, tiết kiệm, phù hợp với truyền thống của địa phương.
        """,
        noi_dung="""
            Rà soát, lập danh sách người cao tuổi từ 80 tuổi trở lên, người cao tuổi thuộc hộ nghèo, cô đơn, không nơi nương tựa.
            Tổ chức khám sức khỏe định kỳ, tư vấn phòng bệnh cho {so} lượt người cao tuổi tại Trạm Y tế xã.
            Tổ chức mừng thọ cho người cao tuổi tròn 70, 75, 80, 85, 90 và từ 100 tuổi trở lên vào dịp đầu năm mới.
            Thành lập mới {so} câu lạc bộ liên thế hệ tự giúp nhau, duy trì hoạt động của các câu lạc bộ hiện có.
            Chi trả trợ cấp xã hội hằng tháng và hỗ trợ chi phí mai táng khi người cao tuổi qua đời theo quy định.
            Thăm hỏi, tặng quà người cao tuổi ốm đau, có hoàn cảnh khó khăn nhân Tháng hành động vì người cao tuổi Việt Nam.
            Xây dựng Quỹ chăm sóc và phát huy vai trò người cao tuổi tại {so} chi hội.
            Tổ chức hội thi, liên hoan văn nghệ, thể thao cho người cao tuổi, thu hút đông đảo hội viên tham gia.
            Phát động phong trào “Tuổi cao - Gương sáng”, “Ông bà mẫu mực, con cháu thảo hiền”.
            Hỗ trợ người cao tuổi tham gia tổ hợp tác, phát triển kinh tế vườn, chăn nuôi quy mô nhỏ.
            Tuyên truyền Luật Người cao tuổi, chính sách đối với người cao tuổi trên loa truyền thanh xã.
        """,
        to_chuc="""
            Hội Người cao tuổi xã chủ trì tổ chức các hoạt động, tổng hợp tình hình hội viên, báo cáo Ủy ban nhân dân xã theo định kỳ.
            Công chức Văn hóa - Xã hội tham mưu thực hiện chính sách trợ giúp xã hội, lập hồ sơ hưởng trợ cấp cho người cao tuổi.
            Trạm Y tế xã lập hồ sơ quản lý sức khỏe, tổ chức khám bệnh, cấp thuốc cho người cao tuổi mắc bệnh mạn tính.
            Chi hội Người cao tuổi các thôn nắm chắc hoàn cảnh hội viên, đề xuất thăm hỏi, hỗ trợ kịp thời.
            {don_vi} phối hợp tổ chức mừng thọ, chúc thọ, bảo đảm đúng đối tượng, trang trọng, tiết kiệm.
            Đoàn Thanh niên xã tổ chức các hoạt động thăm hỏi, giúp đỡ người cao tuổi cô đơn, neo đơn.
            Ủy ban Mặt trận Tổ quốc Việt Nam xã phối hợp huy động nguồn lực chăm sóc người cao tuổi có hoàn cảnh khó khăn.
            Công chức Tài chính - Kế toán bố trí kinh phí mừng thọ, hoạt động của Hội Người cao tuổi trong dự toán ngân sách năm {nam}.
            Báo cáo kết quả công tác người cao tuổi năm {nam} gửi về Ủy ban nhân dân xã trước ngày {ngay}.
            Gia đình có người cao tuổi có trách nhiệm phụng dưỡng, chăm sóc, tạo điều kiện để người cao tuổi tham gia sinh hoạt cộng đồng.
            Bưu điện văn hóa xã phối hợp chi trả trợ cấp tận nhà cho người cao tuổi yếu, không tự đi lại được.
        """,
        directives="59-CT/TW 06/2011/NĐ-CP 1579/QĐ-TTg 20/2021/NĐ-CP 28/KH-UBND",
        topics="""
            người cao tuổi
        """,
        don_vi="""
            Hội Người cao tuổi xã
            Công chức Văn hóa - Xã hội
            Trạm Y tế xã
            Chi hội Người cao tuổi các thôn
        """,
    ),
}

ALL_TOPICS: list[str] = list(TOPICS)


# ───────────── Citing a topic's documents ─────────────

_TYPE_NAMES = {
    "NQ": "Nghị quyết", "QĐ": "Quyết định", "CT": "Chỉ thị", "KL": "Kết luận", "KH": "Kế hoạch",
    "NĐ": "Nghị định", "TT": "Thông tư", "HD": "Hướng dẫn", "CTr": "Chương trình", "ĐA": "Đề án",
}
_NATIONAL_BODIES = {
    "TTg": "Thủ tướng Chính phủ", "CP": "Chính phủ", "BTNMT": "Bộ Tài nguyên và Môi trường",
    "BGDĐT": "Bộ Giáo dục và Đào tạo", "BYT": "Bộ Y tế", "BCA": "Bộ Công an", "BQP": "Bộ Quốc phòng",
    "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
}
_CENTRAL_PARTY = {"NQ": "Ban Chấp hành Trung ương Đảng", "CT": "Ban Bí thư", "KL": "Bộ Chính trị", "QĐ": "Bộ Chính trị"}
# Issued dates of the national documents above as published; local ones get a stable made-up date.
_ISSUED = {
    "06/QĐ-TTg": "06/01/2022", "749/QĐ-TTg": "03/6/2020", "942/QĐ-TTg": "15/7/2021", "57-NQ/TW": "22/12/2024",
    "66/2021/NĐ-CP": "06/7/2021", "379/QĐ-TTg": "17/3/2021", "42-CT/TW": "24/3/2020",
    "263/QĐ-TTg": "22/02/2022", "318/QĐ-TTg": "08/3/2022", "19-NQ/TW": "16/6/2022", "27/2022/NĐ-CP": "19/4/2022",
    "10/CT-TTg": "19/4/2023", "2060/QĐ-TTg": "12/12/2020", "100/2019/NĐ-CP": "30/12/2019",
    "47-CT/TW": "25/6/2015", "136/2020/NĐ-CP": "24/11/2020",
    "08/2022/NĐ-CP": "10/01/2022", "02/2022/TT-BTNMT": "10/01/2022", "491/QĐ-TTg": "07/5/2018",
    "20-NQ/TW": "25/10/2017", "2348/QĐ-TTg": "05/12/2016", "25-CT/TW": "25/10/2023",
    "29-NQ/TW": "04/11/2013", "20/2014/NĐ-CP": "24/3/2014", "1373/QĐ-TTg": "30/7/2021", "07/2016/TT-BGDĐT": "22/3/2016",
    "468/QĐ-TTg": "27/3/2023", "45/2020/NĐ-CP": "08/4/2020",
    "90/QĐ-TTg": "18/01/2022", "07/2021/NĐ-CP": "27/01/2021", "24/2021/QĐ-TTg": "16/7/2021",
    "18-NQ/TW": "16/6/2022", "43/2014/NĐ-CP": "15/5/2014", "91/2019/NĐ-CP": "19/11/2019", "16/2022/NĐ-CP": "28/01/2022",
    "33-NQ/TW": "09/6/2014", "08-NQ/TW": "16/01/2017", "1909/QĐ-TTg": "12/11/2021",
    "28-NQ/TW": "22/9/2008", "21/2019/NĐ-CP": "22/02/2019", "72/2020/NĐ-CP": "30/6/2020", "13/2016/NĐ-CP": "19/02/2016",
    "36-CT/TW": "16/8/2019", "105/2021/NĐ-CP": "04/12/2021", "116/2021/NĐ-CP": "21/12/2021",
    "28-CT/TW": "25/12/2018", "56/2017/NĐ-CP": "09/5/2017",
    "59-CT/TW": "27/12/2007", "06/2011/NĐ-CP": "14/01/2011", "1579/QĐ-TTg": "22/9/2021", "20/2021/NĐ-CP": "15/3/2021",
}


def _parts(symbol: str) -> tuple[str, str, int | None]:
    """Type code, issuer and year of "61/2018/NĐ-CP", "06/QĐ-TTg" or "35-CT/TU"."""
    head, _, tail = symbol.rpartition("/")
    if "-" in tail:  # state shape: NUMBER[/YEAR]/TYPE-ISSUER
        code, _, issuer = tail.partition("-")
        year = head.split("/")[1] if "/" in head else None
    else:  # party shape: NUMBER-TYPE/ISSUER
        code, issuer, year = head.split("-", 1)[1], tail, None
    return code, issuer, int(year) if year else None


def _issued(symbol: str) -> str:
    if symbol in _ISSUED:
        return _ISSUED[symbol]
    h = zlib.crc32(symbol.encode())
    year = _parts(symbol)[2] or 2019 + h % 4
    return f"{1 + h // 7 % 28:02d}/{1 + h // 211 % 12}/{year}"


def _body(symbol: str, fill: dict[str, str]) -> str:
    code, issuer, _ = _parts(symbol)
    tinh, xa = fill["tinh"], fill["xa"]
    return {
        "TW": _CENTRAL_PARTY.get(code, "Ban Bí thư"), "TU": f"Ban Thường vụ Tỉnh ủy {tinh}",
        "HU": "Ban Thường vụ Huyện ủy", "ĐU": f"Đảng ủy xã {xa}", "UBND": f"Ủy ban nhân dân tỉnh {tinh}",
        "HĐND": f"Hội đồng nhân dân tỉnh {tinh}", "BATGT": f"Ban An toàn giao thông tỉnh {tinh}",
    }.get(issuer) or _NATIONAL_BODIES.get(issuer, "cơ quan cấp trên")


def citation(symbol: str, fill: dict[str, str]) -> str:
    """'Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ', as plans cite a document."""
    return f"{_TYPE_NAMES[_parts(symbol)[0]]} số {symbol} ngày {_issued(symbol)} của {_body(symbol, fill)}"


# ───────────── Writing a plan ─────────────

_FORMATTER = string.Formatter()


def _slots(template: str) -> set[str]:
    return {name for _, name, _, _ in _FORMATTER.parse(template) if name is not None}


def _fill(rng: random.Random, template: str, topic: Topic, fill: dict[str, str]) -> str:
    nam = int(fill["nam"])
    month = rng.randint(1, 12)
    day = rng.choice([5, 10, 15, 20, 25] + ([] if month == 2 else [30]))
    units = topic.don_vi if topic.don_vi and rng.random() < 0.7 else COMMON_UNITS
    values = {
        "xa": fill["xa"], "tinh": fill["tinh"], "nam": str(nam),
        "so": str(rng.randint(2, 40)), "phan_tram": f"{rng.choice([70, 75, 80, 85, 90, 95, 98, 100])}%",
        "don_vi": rng.choice(units), "ngay": f"{day}/{month}/{nam}",
    }
    text = template.format_map(values)
    return text[0].upper() + text[1:]


class _Deck:
    """Draws templates in a shuffled order, reshuffling when all have been used."""

    def __init__(self, rng: random.Random, items: tuple[str, ...]):
        self.rng, self.items, self.left = rng, items, []

    def draw(self) -> str:
        if not self.left:
            self.left = list(self.items)
            self.rng.shuffle(self.left)
        return self.left.pop()


def topic_plan(rng: random.Random, i: int, topic: str, fill: dict[str, str]) -> tuple[str, list[str], list[str]]:
    """One plan on `topic`: (title, Markdown paragraphs, front-matter topic keywords).

    `fill` gives xa (commune name, without "xã"), tinh (province) and nam (year); every other slot
    comes from `rng`. `i` is the plan's index; titles do not include it (add "(bản i)" if titles must
    be unique). Paragraphs: the opening "Thực hiện …" sentence citing two or three of the topic's
    documents, then the three section headings, each followed by 4–9 paragraphs of 2–4 sentences.
    """
    t = TOPICS[topic]
    nam = int(fill["nam"])
    phrase = rng.choice(t.title_phrases)
    period = rng.choice([f" năm {nam}"] * 3 + [f" giai đoạn {nam} - {nam + 2}", f" năm {nam} và những năm tiếp theo",
                                                f" 6 tháng cuối năm {nam}"])
    place = f" trên địa bàn xã {fill['xa']}" if rng.random() < 0.6 else ""
    name = f"{phrase}{place}{period}"
    title = name[0].upper() + name[1:]

    cited = [s for s in t.directives if int(_issued(s).rsplit("/", 1)[1]) <= nam] or list(t.directives)
    cites = [citation(s, fill) for s in rng.sample(cited, min(len(cited), rng.randint(2, 3)))]
    tail = rng.choice([
        f"Ủy ban nhân dân xã {fill['xa']} ban hành Kế hoạch {name}, cụ thể như sau:",
        f"căn cứ tình hình thực tế của địa phương, Ủy ban nhân dân xã {fill['xa']} xây dựng Kế hoạch {name} như sau:",
        f"Ủy ban nhân dân xã {fill['xa']}, tỉnh {fill['tinh']} ban hành Kế hoạch {name} với những nội dung sau:",
    ])
    paragraphs = [f"Thực hiện {'; '.join(cites)}; {tail}"]

    generic = _Deck(rng, GENERIC)
    for heading, templates in zip(SECTION_HEADINGS, t.sections):
        paragraphs.append(f"## {heading}")
        own = _Deck(rng, templates)
        for k in range(rng.randint(4, 9)):
            sentences = [_fill(rng, (generic if rng.random() < GENERIC_SHARE else own).draw(), t, fill)
                         for _ in range(rng.randint(2, 4))]
            number = f"{k + 1}\\. " if heading.startswith("II.") else ""
            paragraphs.append(number + " ".join(sentences))
    return title, paragraphs, list(t.topics)


def _check() -> None:
    """The module's promises: enough templates, known slots only, NFC, no dân vận vocabulary."""
    assert len(TOPICS) >= 12 and len(GENERIC) >= 15
    everything = list(GENERIC)
    for name, t in TOPICS.items():
        assert len(t.title_phrases) >= 6 and all(len(s) >= 10 for s in t.sections), name
        assert 3 <= len(t.directives) <= 6 and 1 <= len(t.topics) <= 3, name
        for symbol in t.directives:
            assert _parts(symbol)[0] in _TYPE_NAMES, symbol
        everything += [name, *t.title_phrases, *t.topics, *t.don_vi, *(s for sec in t.sections for s in sec)]
    for text in everything:
        assert _slots(text) <= SLOTS, text
        assert unicodedata.is_normalized("NFC", text), text
        assert "dân vận" not in text.casefold() and "khéo" not in text.casefold(), text


_check()
