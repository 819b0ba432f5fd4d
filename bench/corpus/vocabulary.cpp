#include "corpus/vocabulary.h"

namespace corpus {

const Words& topics() {
  static const Words w{
      "Xây dựng Đảng",
      "Tiến tới Đại hội Đảng các cấp",
      "Công tác kiểm tra, giám sát",
      "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
      "Công tác dân vận",
      "Công tác tổ chức cán bộ",
      "Phòng, chống tham nhũng, lãng phí",
      "Bảo vệ nền tảng tư tưởng của Đảng",
      "Công tác tuyên giáo",
      "Xây dựng chính quyền",
      "Quốc phòng - An ninh",
      "Gương sáng đảng viên",
  };
  return w;
}

const Words& places() {
  static const Words w{
      "TP. Bạc Liêu",     "huyện Hòa Bình",      "huyện Vĩnh Lợi",      "thị xã Giá Rai",
      "huyện Phước Long", "huyện Hồng Dân",      "huyện Đông Hải",      "xã Vĩnh Hậu",
      "phường 3",         "phường Nhà Mát",      "xã Hiệp Thành",       "thị trấn Châu Hưng",
      "huyện Thới Bình",  "TP. Cà Mau",          "quận Ninh Kiều",      "huyện Cờ Đỏ",
      "xã Long Điền Tây", "thị trấn Phước Long", "xã Phong Thạnh Đông", "phường Láng Tròn",
      "huyện Bảo Thắng",  "xã Tân Phong",        "thị xã Ngã Năm",      "huyện Trần Văn Thời",
  };
  return w;
}

const Words& districts() {
  static const Words w{"Hòa Bình",  "Vĩnh Lợi", "Phước Long", "Hồng Dân",      "Đông Hải",
                       "Thới Bình", "Cờ Đỏ",    "Bảo Thắng",  "Trần Văn Thời", "Châu Thành"};
  return w;
}

const Words& cities() {
  static const Words w{"Bạc Liêu", "Cà Mau", "Cần Thơ", "Sóc Trăng", "Vị Thanh"};
  return w;
}

const Words& communes() {
  static const Words w{"xã Vĩnh Hậu",
                       "phường 3",
                       "phường Nhà Mát",
                       "xã Hiệp Thành",
                       "thị trấn Châu Hưng",
                       "xã Long Điền Tây",
                       "thị trấn Phước Long",
                       "xã Phong Thạnh Đông",
                       "phường Láng Tròn",
                       "xã Tân Phong",
                       "phường 7",
                       "xã Vĩnh Trạch Đông"};
  return w;
}

const Words& hamlets() {
  static const Words w{"Phước Thạnh", "Cây Gừa", "Giồng Bướm", "Nhà Việc", "Bà Chăng", "Xẻo Lá"};
  return w;
}

const Words& subjects() {
  static const Words w{
      "{BTV} Thành ủy {city}",
      "{BTV} Huyện ủy {district}",
      "{BTV} Tỉnh ủy",
      "{BCH} Đảng bộ thành phố",
      "{BCH} Đảng bộ huyện {district}",
      "Đảng ủy {commune}",
      "Đảng bộ {commune}",
      "Chi bộ khu phố {n}",
      "Chi bộ ấp {hamlet}",
      "{UBKT} Huyện ủy {district}",
      "{UBKT} Tỉnh ủy",
      "Ban Tuyên giáo Tỉnh ủy",
      "Ban Tổ chức Huyện ủy {district}",
      "Ban Dân vận Thành ủy {city}",
      "các cấp ủy, {TCCSĐ} trong huyện",
      "cán bộ, đảng viên {commune}",
      "tập thể lãnh đạo các cơ quan, đơn vị",
      "{MTTQ} và các đoàn thể chính trị - xã hội",
      "{UBND} huyện {district}",
      "{UBND} {commune}",
      "{HĐND} tỉnh",
      "đội ngũ bí thư chi bộ",
      "Đoàn Thanh niên {commune}",
      "Hội Cựu chiến binh {commune}",
      "Hội Liên hiệp Phụ nữ huyện {district}",
  };
  return w;
}

const Words& verbs() {
  static const Words w{
      "đã triển khai",
      "tập trung lãnh đạo",
      "chỉ đạo thực hiện",
      "quán triệt sâu sắc",
      "tổ chức học tập",
      "thường xuyên kiểm tra, giám sát",
      "đẩy mạnh",
      "nâng cao chất lượng",
      "tăng cường",
      "rà soát, bổ sung",
      "kiện toàn",
      "ban hành kế hoạch thực hiện",
      "tổng kết",
      "sơ kết",
      "phát huy",
      "thực hiện nghiêm túc",
      "cụ thể hóa",
      "đổi mới phương thức",
      "chú trọng",
      "quan tâm chỉ đạo",
      "tích cực hưởng ứng",
      "lồng ghép",
      "đánh giá đúng thực chất",
      "nghiêm túc kiểm điểm",
  };
  return w;
}

const Words& objects() {
  static const Words w{
      "Nghị quyết Trung ương 4 (khóa XII) về xây dựng, chỉnh đốn Đảng",
      "Chỉ thị 05 của Bộ Chính trị",
      "công tác phát triển đảng viên",
      "sinh hoạt chi bộ định kỳ",
      "sinh hoạt chi bộ chuyên đề",
      "quy chế dân chủ ở cơ sở",
      "công tác cán bộ",
      "công tác quy hoạch, luân chuyển cán bộ",
      "phong trào thi đua yêu nước",
      "công tác dân vận của hệ thống chính trị",
      "công tác kiểm tra, giám sát và thi hành kỷ luật đảng",
      "việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
      "công tác phòng, chống tham nhũng, lãng phí",
      "chương trình xây dựng nông thôn mới",
      "công tác tuyên truyền, giáo dục chính trị tư tưởng",
      "việc đấu tranh phản bác các quan điểm sai trái, thù địch",
      "công tác chuẩn bị đại hội đảng bộ các cấp",
      "việc xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh",
      "công tác cải cách hành chính",
      "các chỉ thị, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước",
      "việc tiếp xúc, đối thoại với nhân dân",
      "công tác bồi dưỡng lý luận chính trị",
      "việc nêu gương của cán bộ, đảng viên, trước hết là người đứng đầu",
      "Quy định về những điều đảng viên không được làm",
  };
  return w;
}

const Words& complements() {
  static const Words w{
      "một cách đồng bộ, quyết liệt",
      "gắn với nhiệm vụ chính trị của địa phương",
      "đến từng chi bộ, từng đảng viên",
      "theo đúng quy định, hướng dẫn của cấp trên",
      "với hình thức đa dạng, linh hoạt, phù hợp với điều kiện thực tiễn",
      "có trọng tâm, trọng điểm",
      "ở những địa bàn, lĩnh vực dễ phát sinh tiêu cực",
      "trong toàn Đảng bộ",
      "sát với tình hình thực tế của từng đơn vị",
      "bảo đảm đúng nguyên tắc, quy trình",
      "một cách thường xuyên, liên tục",
      "ngay từ đầu năm",
  };
  return w;
}

const Words& openers() {
  static const Words w{
      "Bên cạnh đó,",
      "Đồng thời,",
      "Qua đó,",
      "Đặc biệt,",
      "Trong thời gian tới,",
      "Nhờ vậy,",
      "Ngoài ra,",
      "Tuy nhiên,",
      "Cùng với đó,",
      "Trong năm qua,",
      "Thực hiện chủ trương trên,",
      "Theo đồng chí Bí thư,",
      "Để khắc phục hạn chế,",
      "Trước yêu cầu mới,",
  };
  return w;
}

const Words& results() {
  static const Words w{
      "tạo chuyển biến rõ nét trong nhận thức và hành động của cán bộ, đảng viên",
      "góp phần nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức đảng",
      "củng cố niềm tin của nhân dân đối với Đảng",
      "kịp thời chấn chỉnh những hạn chế, thiếu sót",
      "tăng cường kỷ luật, kỷ cương trong Đảng",
      "phát huy vai trò tiền phong, gương mẫu của đảng viên",
      "giữ vững ổn định chính trị ở cơ sở",
      "đáp ứng yêu cầu, nhiệm vụ trong tình hình mới",
      "tạo sự đồng thuận cao trong Đảng bộ và nhân dân",
      "hoàn thành tốt các chỉ tiêu nghị quyết đề ra",
  };
  return w;
}

const Words& title_heads() {
  static const Words w{
      "Nâng cao chất lượng sinh hoạt chi bộ",
      "Đổi mới và bám sát thực tiễn",
      "Chú trọng công tác phát triển đảng viên",
      "Siết chặt kỷ luật, kỷ cương",
      "Kết quả bước đầu sau một năm thực hiện",
      "Làm tốt công tác chuẩn bị nhân sự đại hội",
      "Phát huy vai trò người đứng đầu",
      "Lan tỏa những tấm gương bình dị",
      "Đưa nghị quyết vào cuộc sống",
      "Gần dân, hiểu dân, giúp dân",
      "Quyết liệt phòng, chống tham nhũng",
      "Xây dựng chi bộ trong sạch, vững mạnh",
      "Những chuyển biến tích cực",
      "Nơi khó khăn, đảng viên đi trước",
      "Giữ vững trận địa tư tưởng",
      "Khi cấp ủy sâu sát cơ sở",
  };
  return w;
}

const Words& family_names() {
  static const Words w{"Nguyễn", "Trần", "Lê",  "Phạm", "Hoàng", "Huỳnh", "Phan",
                       "Võ",     "Đặng", "Bùi", "Đỗ",   "Hồ",    "Ngô",   "Dương"};
  return w;
}

const Words& middle_names() {
  static const Words w{"Văn", "Thị", "Minh", "Hồng", "Thanh", "Quốc", "Ngọc", "Đức", "Thu", "Kim"};
  return w;
}

const Words& given_names() {
  static const Words w{"Uyên", "Tuấn", "Hương", "Dũng", "Thảo", "Khải", "Nhung", "Phước",
                       "Lộc",  "Hải",  "Trâm",  "Quý",  "Thủy", "Hiếu", "Yến",   "Ảnh"};
  return w;
}

const Words& sources() {
  static const Words w{"Theo báo Bạc Liêu", "Theo báo Cà Mau", "Theo báo Cần Thơ",
                       "Theo Tạp chí Xây dựng Đảng", "Theo TTXVN"};
  return w;
}

const Words& poll_questions() {
  static const Words w{
      "Theo bạn, điều gì có thể giữ chân và thu hút người tài vào khu vực công?",
      "Bạn đánh giá thế nào về chất lượng sinh hoạt chi bộ ở nơi bạn sinh sống?",
      "Theo bạn, giải pháp nào hiệu quả nhất để phòng, chống tham nhũng vặt?",
      "Bạn có thường xuyên theo dõi tin tức về công tác xây dựng Đảng không?",
  };
  return w;
}

const Words& weather_lines() {
  static const Words w{
      "Có mây, ngày nắng, riêng miền Đông có nắng nóng, đêm không mưa. Gió đông bắc cấp 2-3.",
      "Nhiều mây, có mưa rào và dông rải rác. Gió tây nam cấp 3.",
      "Ngày nắng, chiều tối có mưa vài nơi. Nhiệt độ từ 25 đến 33 độ C.",
  };
  return w;
}

const std::vector<Abbreviation>& abbreviations() {
  static const std::vector<Abbreviation> a{
      {"Ban Thường vụ", "BTV"},        {"Ban Chấp hành", "BCH"},     {"Ủy ban nhân dân", "UBND"},
      {"Ủy ban Kiểm tra", "UBKT"},     {"Mặt trận Tổ quốc", "MTTQ"}, {"Hội đồng nhân dân", "HĐND"},
      {"tổ chức cơ sở đảng", "TCCSĐ"},
  };
  return a;
}

}  // namespace corpus
