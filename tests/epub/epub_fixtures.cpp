#include "epub_fixtures.h"

#include <zip.h>

#include <catch2/catch.hpp>
#include <set>

#include "load/load.h"
#include "tiny_png.h"

namespace epub_test {

using namespace tuyentap;

namespace {

Article make_article(std::string file, std::string topic, std::string title, Date date,
                     std::string lead, std::vector<Block> blocks, std::string author) {
  Article a;
  a.id = file.substr(0, 12);
  a.file = std::move(file);
  a.encoding = "UTF-8";
  a.topic = std::move(topic);
  a.title = std::move(title);
  a.date = date;
  a.lead = std::move(lead);
  a.blocks = std::move(blocks);
  a.author = std::move(author);
  return a;
}

Block para(std::string t) {
  return {BlockType::Paragraph, std::move(t), ""};
}
Block heading(std::string t) {
  return {BlockType::Heading, std::move(t), ""};
}
Block caption(std::string t, std::string credit) {
  return {BlockType::Caption, std::move(t), std::move(credit)};
}

// Syllables chosen to cover every vowel with every tone, đ and the capitals.
const char* const kSyllables[] = {
    "xây",  "dựng",  "Đảng",  "chính", "quyền", "nhân", "dân",   "thành", "phố",    "Bạc",
    "Liêu", "cán",   "bộ",    "đảng",  "viên",  "chi",  "ủy",    "hoá",   "hóa",    "thuỷ",
    "thúy", "nghị",  "quyết", "Trung", "ương",  "tỉnh", "huyện", "xã",    "phường", "ấp",
    "kiểm", "tra",   "giám",  "sát",   "kỷ",    "luật", "học",   "tập",   "làm",    "theo",
    "tư",   "tưởng", "đạo",   "đức",   "phong", "cách", "Hồ",    "Chí",   "Minh",   "đổi",
    "mới",  "phát",  "triển", "kinh",  "tế",    "văn",  "hoá",   "xã",    "hội",    "ổn",
    "định", "an",    "ninh",  "quốc",  "phòng", "đoàn", "kết",   "thống", "nhất",   "ý",
    "chí",  "lòng",  "tin",   "vững",  "mạnh",  "sạch", "trong", "sáng",  "ưu",     "tiên",
    "Ỷ",    "Ữ",     "ỹ",     "ẵ",     "ẫ",     "ễ",    "ỗ",     "ỡ",     "ợ",      "ự",
    "ặ",    "ậ",     "ệ",     "ộ",     "ị",     "ọ",    "ụ",     "ỵ",     "ằ",      "ầ",
    "ề",    "ồ",     "ờ",     "ừ",     "ẳ",     "ẩ",    "ể",     "ổ",     "ở",      "ử",
    "ắ",    "ấ",     "ế",     "ố",     "ớ",     "ứ",    "Ă",     "Â",     "Ê",      "Ô",
    "Ơ",    "Ư",     "Đ",     "ì",     "í",     "ĩ",    "ỉ",     "ò",     "ó",      "õ",
    "ù",    "ú",     "ũ",     "ủ",     "è",     "é",    "ẽ",     "ẻ",     "à",      "á",
    "ã",    "ả",     "ỳ",     "ý",     "ỷ",     "ỹ"};
const char* const kPunct[] = {",", ".", ";", ":", " –", "…", "!", "?"};
const char* const kAuthors[] = {
    "Hoàng Uyên", "PV", "Theo báo Bạc Liêu", "Minh Thư (tổng hợp)", "Nguyễn Thị Ánh Tuyết", ""};
const char* const kTopics[] = {"Xây dựng Đảng", "Tiến tới Đại hội Đảng các cấp",
                               "Học tập và làm theo Bác", "Kiểm tra, giám sát", ""};

struct Rng {
  unsigned state;
  unsigned next() {
    state = state * 1103515245u + 12345u;
    return (state >> 16) & 0x7FFF;
  }
  unsigned below(unsigned n) { return next() % n; }
};

std::string sentence(Rng& r, int words) {
  std::string s;
  constexpr unsigned n = sizeof kSyllables / sizeof *kSyllables;
  for (int i = 0; i < words; ++i) {
    if (i > 0) s += ' ';
    unsigned k = r.below(10);
    if (k == 0) {
      s += std::to_string(r.below(3000));
    } else if (k == 1) {
      s += "“" + std::string(kSyllables[r.below(n)]) + " " + kSyllables[r.below(n)] + "”";
    } else {
      s += kSyllables[r.below(n)];
    }
    if (i + 1 < words && r.below(9) == 0) s += kPunct[r.below(8)];
  }
  if (!s.empty()) {
    // A sentence starts with a capital the simple way: the generator's capitals are whole
    // syllables, so pick one.
    s = std::string("Đồng chí ") + s + ".";
  }
  return s;
}

}  // namespace

Book small_book() {
  Book b;
  b.meta.title = "Tuyển tập 2019";
  b.meta.subtitle = "Công tác xây dựng Đảng";
  b.meta.publisher = "Ban Tuyên giáo Thành ủy Bạc Liêu";
  b.meta.place = "Bạc Liêu";
  b.meta.year = 2019;
  b.meta.editor = "Trần Văn Hữu";
  b.meta.period_label = "Năm 2019";
  b.meta.topics = {"Tiến tới Đại hội Đảng các cấp", "Xây dựng Đảng"};
  b.meta.slug = "tuyen-tap-2019";
  b.preface = {
      "Tuyển tập này tập hợp những bài viết về công tác xây dựng Đảng ở thành phố "
      "trong năm 2019.",
      "Ban biên tập mong nhận được ý kiến góp ý của bạn đọc."};
  Chapter c1;
  c1.title = "Xây dựng Đảng";
  c1.articles.push_back(make_article(
      "2019/01/cong-tac-xay-dung-dang.txt", "Tiến tới Đại hội Đảng các cấp",
      "Công tác xây dựng Đảng của thành phố: nhiều chuyển biến tích cực", {2019, 1, 28},
      "Năm 2018, Ban Thường vụ (BTV) Thành ủy đã lãnh đạo thực hiện tốt công tác xây dựng "
      "Đảng, tạo chuyển biến rõ nét.",
      {para("Theo báo cáo, toàn Đảng bộ kết nạp được 215 đảng viên mới, đạt 107,5% chỉ tiêu."),
       caption("Đồng chí Bí thư Thành ủy phát biểu tại hội nghị.", "H.T"),
       heading("Những kết quả nổi bật"),
       para("Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được đẩy mạnh; "
            "các chi bộ sinh hoạt chuyên đề đều đặn – hằng tháng."),
       caption("Quang cảnh hội nghị tổng kết.", "")},
      "Hoàng Uyên"));
  c1.articles.back().source = {"Báo Bạc Liêu",
                               "https://baobaclieu.vn/xay-dung-dang/cong-tac-xay-dung-dang"};
  c1.articles.push_back(make_article(
      "2019/03/kiem-tra-giam-sat.txt", "Xây dựng Đảng", "Nâng cao chất lượng kiểm tra, giám sát",
      {2019, 3, 3}, "",
      {para("Ủy ban Kiểm tra Thành ủy đã kiểm tra 12 tổ chức đảng và 20 đảng viên."),
       para("Qua đó, kỷ luật Đảng được giữ vững; thuỷ chung, “trong sạch”, vững mạnh.")},
      "PV"));
  Chapter c2;
  c2.title = "Tiến tới Đại hội Đảng các cấp";
  c2.articles.push_back(make_article("2019/06/dai-hoi-chi-bo.txt", "",
                                     "Đại hội chi bộ điểm nhiệm kỳ 2020 – 2025", {2019, 6, 30},
                                     "Chi bộ ấp Phước Thạnh tổ chức đại hội điểm.",
                                     {para("Đại hội đã bầu Chi ủy khóa mới gồm 3 đồng chí.")}, ""));
  b.chapters = {c1, c2};
  b.abbreviations = {
      {"BCH", "Ban Chấp hành"}, {"BTV", "Ban Thường vụ"}, {"UBND", "Ủy ban nhân dân"}};
  return b;
}

Book generated_book(int n, unsigned seed, int words_per_article) {
  Rng r{seed};
  Book b;
  b.meta.title = "Tuyển tập bài viết " + std::to_string(2000 + static_cast<int>(seed % 20));
  b.meta.publisher = "Ban Tuyên giáo Tỉnh ủy";
  b.meta.place = "Bạc Liêu";
  b.meta.year = 2019;
  b.meta.topics = {"Học tập và làm theo Bác", "Kiểm tra, giám sát", "Xây dựng Đảng"};
  const int chapters = 12;
  b.chapters.resize(chapters);
  for (int c = 0; c < chapters; ++c)
    b.chapters[c].title = "Tháng " + std::to_string(c + 1) + "/2019";
  for (int i = 0; i < n; ++i) {
    int month = i * chapters / n + 1;
    Date d{2019, month, static_cast<int>(r.below(28)) + 1};
    std::vector<Block> blocks;
    int words = 0;
    while (words < words_per_article) {
      unsigned kind = r.below(12);
      int len = 8 + static_cast<int>(r.below(40));
      if (kind == 0) {
        blocks.push_back(heading(sentence(r, 4)));
      } else if (kind == 1) {
        blocks.push_back(caption(sentence(r, 10), r.below(2) ? "H.T" : "Minh Đức"));
      } else {
        blocks.push_back(para(sentence(r, len)));
      }
      words += len;
    }
    std::string file = "bai-viet/" + std::to_string(2019) + "/" + std::to_string(month) + "/bai-" +
                       std::to_string(i + 1) + ".txt";
    b.chapters[month - 1].articles.push_back(make_article(
        file, kTopics[r.below(5)], "Bài " + std::to_string(i + 1) + ": " + sentence(r, 6), d,
        r.below(4) ? sentence(r, 25) : "", std::move(blocks), kAuthors[r.below(6)]));
  }
  return b;
}

Unzipped unzip(const std::string& bytes) {
  Unzipped out;
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  REQUIRE(src != nullptr);
  zip_t* za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err);
  if (!za) zip_source_free(src);
  REQUIRE(za != nullptr);
  zip_int64_t n = zip_get_num_entries(za, 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t st;
    REQUIRE(zip_stat_index(za, static_cast<zip_uint64_t>(i), 0, &st) == 0);
    std::string data(st.size, '\0');
    zip_file_t* f = zip_fopen_index(za, static_cast<zip_uint64_t>(i), 0);
    REQUIRE(f != nullptr);
    REQUIRE(zip_fread(f, data.data(), st.size) == static_cast<zip_int64_t>(st.size));
    zip_fclose(f);
    out.names.push_back(st.name);
    out.stored[st.name] = st.comp_method == ZIP_CM_STORE;
    out.files[st.name] = std::move(data);
  }
  zip_close(za);
  return out;
}

std::vector<std::string> texts(const pugi::xml_document& doc, const char* xpath) {
  std::vector<std::string> out;
  for (const pugi::xpath_node& n : doc.select_nodes(xpath)) out.push_back(n.node().text().get());
  return out;
}

void parse(pugi::xml_document& doc, const std::string& xml) {
  pugi::xml_parse_result r = doc.load_buffer(xml.data(), xml.size());
  INFO(r.description() << " at " << r.offset);
  REQUIRE(r);
}

std::string all_text(pugi::xml_node n) {
  std::string s;
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      s += c.value();
    } else if (c.type() == pugi::node_element) {
      // Blocks are apart on the screen: keep them apart in the text.
      static const std::set<std::string> blocks = {"p",  "h1",      "h2",  "h3", "li", "dt",
                                                   "dd", "section", "div", "ol", "dl"};
      bool block = blocks.count(c.name()) > 0;
      if (block) s += ' ';
      s += all_text(c);
      if (block) s += ' ';
    }
  }
  return s;
}

std::string fold(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

std::vector<char32_t> code_points(const std::string& s) {
  std::vector<char32_t> out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? c : c & (0x3F >> (len - 1));
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += static_cast<size_t>(len);
  }
  return out;
}

std::shared_ptr<const tuyentap::Picture> tiny_png_cover() {
  return tuyentap::test::tiny_png("cover.png");
}

const tuyentap::EpubAssets& default_assets() {
  static const tuyentap::EpubAssets assets = tuyentap::load_epub_assets("", true);
  return assets;
}

const tuyentap::EpubAssets& assets_without_fonts() {
  static const tuyentap::EpubAssets assets = tuyentap::load_epub_assets("", false);
  return assets;
}

}  // namespace epub_test
