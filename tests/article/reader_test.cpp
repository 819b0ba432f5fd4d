#include "article/reader.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <catch2/catch.hpp>

#include "fixtures.h"
#include "text/decode.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

std::string to_nfd(const std::string& s) {
  UErrorCode st = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(st);
  icu::UnicodeString u = nfd->normalize(icu::UnicodeString::fromUTF8(s), st);
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
  return s;
}

// Every field of `a` is what `base` has, but the file and the encoding it came in.
void check_same_article(const Article& a, const Article& base) {
  CHECK(a.id == base.id);
  CHECK(a.topic == base.topic);
  CHECK(a.title == base.title);
  CHECK(a.date == base.date);
  CHECK(a.lead == base.lead);
  CHECK(a.author == base.author);
  REQUIRE(a.blocks.size() == base.blocks.size());
  for (std::size_t i = 0; i < a.blocks.size(); ++i) {
    CHECK(a.blocks[i].type == base.blocks[i].type);
    CHECK(a.blocks[i].text == base.blocks[i].text);
    CHECK(a.blocks[i].credit == base.blocks[i].credit);
  }
  CHECK(a.warnings == base.warnings);
}

}  // namespace

TEST_CASE("CRLF, a BOM and decomposed Unicode read as the clean file does") {
  InputFile clean = fixture("standard.txt");
  std::string bytes = "\xEF\xBB\xBF" + replace_all(to_nfd(clean.bytes), "\n", "\r\n");
  REQUIRE(bytes != clean.bytes);
  Article a = read_ok(clean), b = read_ok(InputFile{"dos.txt", bytes});
  CHECK(b.topic == "Xây dựng Đảng");  // NFC again
  CHECK(b.title == a.title);
  CHECK(b.lead == a.lead);
  CHECK(b.blocks.size() == a.blocks.size());
  CHECK(b.author == "Minh Châu");
  CHECK(b.id == a.id);
  CHECK(b.title.find('\r') == std::string::npos);
}

TEST_CASE("the id follows the content, not the file name") {
  InputFile f = fixture("standard.txt");
  Article a = read_ok(f);
  Article same = read_ok(InputFile{"2019/thang-3/ban-sao.txt", f.bytes});
  CHECK(same.id == a.id);
  CHECK(same.file != a.file);

  // The same article with its title in capitals, and other chrome after it.
  std::string retyped =
      replace_all(replace_all(f.bytes, "Huyện Tân Phước: Nâng cao", "HUYỆN TÂN PHƯỚC: NÂNG CAO"),
                  "THÔNG TIN CẦN BIẾT", "Tin cùng chuyên mục");
  REQUIRE(retyped != f.bytes);
  CHECK(read_ok(InputFile{"copy.txt", retyped}).id == a.id);

  // A changed sentence, or another date, is another article.
  std::string edited =
      replace_all(f.bytes, "nhất là ở các chi bộ ấp", "nhất là ở các chi bộ khu phố");
  CHECK(read_ok(InputFile{"edited.txt", edited}).id != a.id);
  std::string redated = replace_all(f.bytes, "12/03/2019", "13/03/2019");
  CHECK(read_ok(InputFile{"redated.txt", redated}).id != a.id);
  CHECK(read_ok(fixture("no-kicker.txt")).id != a.id);

  // The title with the other tone placement ("Hoà", "uỷ") is the same title.
  InputFile g = fixture("no-kicker.txt");
  std::string old_title = "Đảng ủy xã Long Hòa tổng kết";
  std::string retitled = g.bytes;
  REQUIRE(retitled.rfind(old_title, 0) == 0);
  retitled.replace(0, old_title.size(), "Đảng uỷ xã Long Hoà tổng kết");
  Article h = read_ok(InputFile{"h.txt", retitled});
  CHECK(h.title != read_ok(g).title);
  CHECK(h.id == read_ok(g).id);
}

TEST_CASE("the id follows the article's words, not how they were cut into blocks") {
  // Two copies of one article, one with a paragraph broken in two, the other with the lead run
  // into the next paragraph: the same words are the same article (the same EPUB file name, the
  // same id in a book spec's include list), whatever blocks a reading makes of them.
  InputFile f = fixture("standard.txt");
  Article a = read_ok(f);
  const std::string joined = "tháo gỡ vướng mắc cho cơ sở.";
  std::string split =
      replace_all(f.bytes, "của địa phương. Các đồng chí", "của địa phương.\n\nCác đồng chí");
  REQUIRE(split != f.bytes);
  Article b = read_ok(InputFile{"split.txt", split});
  REQUIRE(b.blocks.size() == a.blocks.size() + 1);
  CHECK(b.id == a.id);

  std::string run_on = replace_all(f.bytes, "thiết thực hơn với đời sống người dân.\n\n",
                                   "thiết thực hơn với đời sống người dân. ");
  REQUIRE(run_on != f.bytes);
  Article c = read_ok(InputFile{"run-on.txt", run_on});
  REQUIRE(c.lead != a.lead);
  CHECK(c.id == a.id);

  // A word more is another article.
  std::string more = replace_all(f.bytes, joined, "tháo gỡ vướng mắc cho cơ sở ngay.");
  REQUIRE(more != f.bytes);
  CHECK(read_ok(InputFile{"more.txt", more}).id != a.id);
}

TEST_CASE("binary files are not articles, with the kind of file named") {
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  CHECK(not_article_reason(InputFile{"anh.png", png}) == "not text (PNG image)");
  CHECK(not_article_reason(InputFile{"a.pdf", "%PDF-1.4\n%\xE2\xE3"}) == "not text (PDF document)");
  CHECK(not_article_reason(InputFile{"a.docx", std::string("PK\x03\x04\x14\0\x06\0", 8)}) ==
        "not text (zip archive)");
  std::string junk("\x01\x02\x03\0\xff\x10\x00\x7f abc", 12);
  CHECK(not_article_reason(InputFile{"x.bin", junk}) ==
        "not text (binary data: contains NUL bytes)");
}

TEST_CASE("a forced encoding decodes whatever the bytes look like, but a PNG is still an image") {
  ReadOptions utf16;
  utf16.encoding = Encoding::Utf16LE;
  auto png =
      read_article(InputFile{"anh.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)}, utf16);
  REQUIRE(std::holds_alternative<NotAnArticle>(png));
  CHECK(std::get<NotAnArticle>(png).reason == "not text (PNG image)");

  // An article an editor padded with NULs: refused as binary data when detecting, read when
  // the user says it is UTF-8.
  InputFile f = fixture("standard.txt");
  InputFile padded{"bai.txt", f.bytes + std::string(8, '\0')};
  CHECK(not_article_reason(padded) == "not text (binary data: contains NUL bytes)");
  ReadOptions utf8;
  utf8.encoding = Encoding::Utf8;
  CHECK(read_ok(padded, utf8).title == read_ok(f).title);
}

TEST_CASE("UTF-16 without a byte order mark reads as its UTF-8 form, detected or forced") {
  InputFile f = fixture("standard.txt");
  Article base = read_ok(f);
  for (Encoding e : {Encoding::Utf16LE, Encoding::Utf16BE}) {
    INFO(encoding_name(e));
    std::string bytes = encode_text(f.bytes, e).substr(2);  // without its byte order mark
    Article detected = read_ok(InputFile{"bai.txt", bytes});
    CHECK(detected.encoding == encoding_name(e));
    check_same_article(detected, base);

    ReadOptions forced;
    forced.encoding = e;
    Article read_as = read_ok(InputFile{"bai.txt", bytes}, forced);
    CHECK(read_as.encoding == encoding_name(e));
    check_same_article(read_as, base);
  }
}

TEST_CASE("UTF-32 with a byte order mark reads as its UTF-8 form") {
  InputFile f = fixture("standard.txt");
  Article base = read_ok(f);
  for (Encoding e : {Encoding::Utf32LE, Encoding::Utf32BE}) {
    INFO(encoding_name(e));
    Article a = read_ok(InputFile{"bai.txt", encode_text(f.bytes, e)});
    CHECK(a.encoding == encoding_name(e));
    check_same_article(a, base);
  }
}

TEST_CASE("a legacy TCVN3 file reads as Vietnamese and says its encoding") {
  InputFile f = fixture("standard.txt");
  // The chrome's "©" has no place in TCVN3; the article itself does.
  std::string legacy = encode_text(f.bytes, Encoding::Tcvn3);
  Article a = read_ok(InputFile{"cu.txt", legacy});
  CHECK(a.encoding == "TCVN3");
  CHECK(a.topic == "Xây dựng Đảng");
  CHECK(a.title == "Huyện Tân Phước: Nâng cao chất lượng sinh hoạt chi bộ ở nông thôn");
  CHECK(a.author == "Minh Châu");
  CHECK(a.id == read_ok(f).id);

  ReadOptions forced;
  forced.encoding = Encoding::Utf8;
  Article wrong = read_ok(InputFile{"cu.txt", legacy}, forced);
  CHECK(wrong.encoding == "UTF-8");
  CHECK(wrong.title != a.title);
}

TEST_CASE("a doubtful guess of the encoding is said once, not twice") {
  // "Tin / Đảng / Bài." in TCVN3 bytes: too little Vietnamese text to be sure of the encoding.
  std::string text = "Tin\n\n\xA7\xB6ng\n\nB\xB5i.\n";
  Article a = read_ok(InputFile{"ngan.txt", text});
  std::size_t said = 0;
  for (const std::string& w : a.warnings) {
    for (std::size_t at = w.find("encoding uncertain"); at != std::string::npos;
         at = w.find("encoding uncertain", at + 1))
      ++said;
  }
  for (const std::string& w : a.warnings) UNSCOPED_INFO(w);
  CHECK(said == 1);
}

TEST_CASE("read_articles keeps the input order and reads every file") {
  std::vector<InputFile> files;
  for (int i = 0; i < 150; ++i) {
    std::string body = "Xây dựng Đảng\n\nBài số " + std::to_string(i) +
                       "\n\n01/02/2019\n\nĐoạn mở đầu của bài " + std::to_string(i) +
                       ".\n\nĐoạn thân bài.\n\nVăn An\n";
    files.push_back(InputFile{"bai-" + std::to_string(i) + ".txt", body});
  }
  files.push_back(InputFile{"rong.txt", ""});
  auto results = read_articles(files);
  REQUIRE(results.size() == files.size());
  for (int i = 0; i < 150; ++i) {
    REQUIRE(std::holds_alternative<Article>(results[i]));
    CHECK(std::get<Article>(results[i]).title == "Bài số " + std::to_string(i));
    CHECK(std::get<Article>(results[i]).file == files[i].path);
  }
  REQUIRE(std::holds_alternative<NotAnArticle>(results.back()));
  CHECK(std::get<NotAnArticle>(results.back()).reason == "empty file");
  CHECK(read_articles({}).empty());
}

TEST_CASE("plain text is what a reader sees, in order") {
  Article a = read_ok(fixture("standard.txt"));
  std::string t = article_plain_text(a);
  CHECK(t.rfind(a.title + " " + a.lead + " ", 0) == 0);
  // A caption without its photo reads as the books set it: a note (article/caption_note.h).
  CHECK(t.find("dự sinh hoạt chi bộ ấp Mỹ Lợi — T.L] Đổi mới cách điều hành") != std::string::npos);
  CHECK(t.size() > a.lead.size());
  CHECK(t.substr(t.size() - std::string(" Minh Châu").size()) == " Minh Châu");
  CHECK(std::string(block_type_name(BlockType::Caption)) == "caption");
  CHECK(std::string(block_type_name(BlockType::Heading)) == "heading");
  CHECK(std::string(block_type_name(BlockType::Paragraph)) == "paragraph");
}

TEST_CASE("the same article in every encoding reads back to the identical Article") {
  InputFile f = fixture("standard.txt");
  Article utf8 = read_ok(f);
  REQUIRE(!utf8.blocks.empty());
  // VISCII has no room for typographic quotes or the chrome's ©: take the article as
  // the reader gave it, in plain text, so every encoding can hold it.
  std::string text = utf8.topic + "\n\n" + utf8.title + "\n\n" + vi_short_date(*utf8.date) +
                     "\n\n" + utf8.lead + "\n\n";
  for (const Block& b : utf8.blocks) {
    text += b.text + (b.credit.empty() ? "" : " Ảnh: " + b.credit) + "\n\n";
  }
  text += utf8.author + "\n";
  Article base = read_ok(InputFile{"bai.txt", text});
  const std::pair<Encoding, const char*> encodings[] = {
      {Encoding::Utf8, "UTF-8"},          {Encoding::Utf16LE, "UTF-16LE"},
      {Encoding::Cp1258, "windows-1258"}, {Encoding::Tcvn3, "TCVN3"},
      {Encoding::Vni, "VNI-Windows"},     {Encoding::Viscii, "VISCII"}};
  for (const auto& [enc, name] : encodings) {
    INFO(name);
    Article a = read_ok(InputFile{"bai.txt", encode_text(text, enc)});
    CHECK(a.encoding == name);
    check_same_article(a, base);
  }
}
