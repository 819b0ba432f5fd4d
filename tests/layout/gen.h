// Generated Vietnamese books for the layout tests: deterministic, written here.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "book/book.h"

namespace tuyentap::testgen {

inline const std::vector<std::string>& syllables() {
  static const std::vector<std::string> s = {
      "công",  "tác",   "xây",   "dựng",   "Đảng",  "chi",   "bộ",    "đảng",   "viên",  "cán",
      "nhân",  "dân",   "thành", "phố",    "tỉnh",  "ủy",    "nghị",  "quyết",  "thực",  "hiện",
      "nhiệm", "vụ",    "kiểm",  "tra",    "giám",  "sát",   "phát",  "triển",  "kinh",  "tế",
      "xã",    "hội",   "văn",   "hóa",    "giáo",  "dục",   "trách", "nhiệm",  "lãnh",  "đạo",
      "chỉ",   "đạo",   "đổi",   "mới",    "nâng",  "cao",   "chất",  "lượng",  "sinh",  "hoạt",
      "tư",    "tưởng", "đạo",   "đức",    "phong", "cách",  "Hồ",    "Chí",    "Minh",  "học",
      "tập",   "làm",   "theo",  "quyết",  "liệt",  "đồng",  "thời",  "những",  "của",   "các",
      "và",    "được",  "trong", "với",    "đã",    "có",    "một",   "nhiều",  "người", "năm",
      "tháng", "Bạc",   "Liêu",  "phường", "ấp",    "huyện", "ngày",  "kết",    "quả",   "đạt",
      "hạn",   "chế",   "khắc",  "phục",   "thẳng", "thắn",  "nhìn",  "nhận",   "tiền",  "phong",
      "gương", "mẫu",   "tổ",    "chức",   "bộ",    "máy",   "tinh",  "gọn",    "hiệu",  "lực",
      "hiệu",  "quả",   "Ban",   "Thường", "vụ",    "Thành", "ủy",    "nghiên", "cứu",   "ẫn",
      "ặc",    "kể",    "ổn",    "mỡ",     "lựa",   "Ỹ"};
  return s;
}

struct Rng {
  std::uint64_t x;
  std::uint32_t next() {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return static_cast<std::uint32_t>(x >> 16);
  }
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint32_t>(n)); }
};

inline std::string sentence_words(Rng& r, int words) {
  const auto& s = syllables();
  std::string out;
  for (int i = 0; i < words; ++i) {
    if (i) out += ' ';
    std::string w = s[static_cast<std::size_t>(r.below(static_cast<int>(s.size())))];
    if (i == 0 && static_cast<unsigned char>(w[0]) < 0x80 && w[0] >= 'a' && w[0] <= 'z')
      w[0] = static_cast<char>(w[0] - 32);
    out += w;
    if (i + 1 < words && r.below(9) == 0) out += ',';
  }
  return out + ".";
}

inline std::string paragraph(Rng& r, int min_words, int max_words) {
  int target = min_words + r.below(max_words - min_words + 1);
  std::string out;
  int n = 0;
  while (n < target) {
    int w = 8 + r.below(14);
    if (!out.empty()) out += ' ';
    out += sentence_words(r, w);
    n += w;
  }
  return out;
}

inline Article article(Rng& r, int index, int paragraphs, int min_words = 20, int max_words = 160) {
  Article a;
  a.id = std::to_string(index);
  a.file = "bai-" + std::to_string(index) + ".txt";
  a.topic = "Xây dựng Đảng";
  a.title = sentence_words(r, 6 + r.below(14));
  a.title.pop_back();
  a.date = Date{2019, 1 + index % 12, 1 + index % 28};
  a.author = index % 5 == 0 ? "" : "Hoàng Uyên";
  a.lead = paragraph(r, 30, 60);
  for (int p = 0; p < paragraphs; ++p) {
    if (p == 3 && index % 3 == 0) {
      a.blocks.push_back({BlockType::Heading, sentence_words(r, 5), ""});
    }
    if (p == 2 && index % 4 == 0) {
      a.blocks.push_back({BlockType::Caption, sentence_words(r, 18), "H.T"});
    }
    a.blocks.push_back({BlockType::Paragraph, paragraph(r, min_words, max_words), ""});
  }
  return a;
}

inline Book book(int chapters, int articles_per_chapter, int paragraphs, std::uint64_t seed = 7) {
  Rng r{seed * 2654435761u + 1};
  Book b;
  b.meta.title = "Tuyển tập 2019";
  b.meta.subtitle = "Công tác xây dựng Đảng";
  b.meta.publisher = "Ban Tuyên giáo Thành ủy Bạc Liêu";
  b.meta.place = "Bạc Liêu";
  b.meta.year = 2019;
  b.meta.editor = "Nguyễn Văn Ẩn";
  b.meta.period_label = "Năm 2019";
  b.meta.topics = {"Xây dựng Đảng", "Kinh tế"};
  b.preface = {paragraph(r, 60, 90), paragraph(r, 60, 90)};
  int index = 0;
  for (int c = 0; c < chapters; ++c) {
    Chapter ch;
    ch.title = "Tháng " + std::to_string(c + 1) + "/2019";
    for (int a = 0; a < articles_per_chapter; ++a)
      ch.articles.push_back(article(r, ++index, paragraphs));
    b.chapters.push_back(std::move(ch));
  }
  b.abbreviations = {
      {"BCH", "Ban Chấp hành"}, {"BTV", "Ban Thường vụ"}, {"UBND", "Ủy ban nhân dân"}};
  return b;
}

}  // namespace tuyentap::testgen
