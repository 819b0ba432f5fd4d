// What a reader sees: every article's text, exactly once, and a glyph for every character.
#include <hb.h>

#include <catch2/catch.hpp>
#include <set>

#include "article/caption_note.h"
#include "epub/epub.h"
#include "epub_fixtures.h"
#include "invisible_chars.h"
#include "test_paths.h"
#include "text/date.h"

using namespace tuyentap;
using namespace epub_test;

namespace {

bool has_class(pugi::xml_node n, const char* cls) {
  std::string c = std::string(" ") + n.attribute("class").value() + " ";
  return c.find(std::string(" ") + cls + " ") != std::string::npos;
}

// The article's text as the page shows it: title, lead, body blocks, byline.
std::string article_text_read_back(const pugi::xml_document& page) {
  pugi::xml_node s = page.select_node("//section").node();
  std::string out;
  auto add = [&](const std::string& t) {
    std::string f = fold(t);
    if (f.empty()) return;
    if (!out.empty()) out += ' ';
    out += f;
  };
  std::string author;
  for (pugi::xml_node n : s.children()) {
    if (has_class(n, "meta")) {
      for (pugi::xml_node sp : n.children("span"))
        if (has_class(sp, "author")) author = all_text(sp);
    } else if (!has_class(n, "source")) {
      add(all_text(n));
    }
  }
  add(author);
  return out;
}

// The face each piece of text is set in, from the roles style.css gives the classes.
const char* face_file(pugi::xml_node n) {
  for (; n; n = n.parent()) {
    std::string tag = n.name();
    if (has_class(n, "credit")) return "NotoSerif-BoldItalic.ttf";
    if (has_class(n, "caption") || has_class(n, "caption-note") || tag == "figcaption")
      return "NotoSerif-Italic.ttf";
    if (has_class(n, "lead") || tag == "dt") return "NotoSerif-Bold.ttf";
    if (has_class(n, "cover-title")) return "NotoSans-Bold.ttf";
    if (tag == "h1" || tag == "h2" || tag == "h3" ||
        (tag == "a" && has_class(n.parent(), "toc-chapter")))
      return "NotoSans-Bold.ttf";
    for (const char* c : {"meta", "source", "list-meta", "list-source", "chapter-number",
                          "chapter-count", "cover", "title"})
      if (has_class(n, c)) return "NotoSans-Regular.ttf";
    if (tag == "body") break;
  }
  return "NotoSerif-Regular.ttf";
}

void collect(pugi::xml_node n, std::map<std::string, std::set<char32_t>>& used) {
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_pcdata) {
      for (char32_t cp : code_points(c.value()))
        if (cp > ' ') used[face_file(n)].insert(cp);
    } else if (c.type() == pugi::node_element) {
      collect(c, used);
    }
  }
}

std::set<char32_t> font_cmap(const std::string& data) {
  hb_blob_t* blob = hb_blob_create(data.data(), static_cast<unsigned>(data.size()),
                                   HB_MEMORY_MODE_READONLY, nullptr, nullptr);
  hb_face_t* face = hb_face_create(blob, 0);
  hb_set_t* set = hb_set_create();
  hb_face_collect_unicodes(face, set);
  std::set<char32_t> out;
  for (hb_codepoint_t c = HB_SET_VALUE_INVALID; hb_set_next(set, &c);) out.insert(c);
  hb_set_destroy(set);
  hb_face_destroy(face);
  hb_blob_destroy(blob);
  return out;
}

}  // namespace

TEST_CASE("every article's text reads back from its page: nothing lost, nothing doubled") {
  for (const Book& book : {small_book(), generated_book(300, 42)}) {
    Unzipped z = unzip(write_epub(present(book), default_assets()).bytes);
    int k = 0;
    for (const Chapter& c : book.chapters) {
      for (const Article& a : c.articles) {
        char name[32];
        std::snprintf(name, sizeof name, "OEBPS/a%05d.xhtml", ++k);
        INFO(name << " " << a.file);
        pugi::xml_document page;
        parse(page, z.files[name]);
        CHECK(article_text_read_back(page) == fold(article_plain_text(a)));
        // The whole page: title, the meta line, the article, its source.
        std::string meta;
        auto add_meta = [&](const std::string& s) {
          if (s.empty()) return;
          meta += (meta.empty() ? "" : " · ") + s;
        };
        add_meta(vi_long_date(*a.date));
        add_meta(a.author);
        add_meta(a.topic);
        std::string body;
        for (const std::string& s : {a.title, meta, a.lead}) body += s.empty() ? "" : s + " ";
        for (const Block& b : a.blocks) {
          bool note = b.type == BlockType::Caption &&
                      caption_role(a, b, CaptionsWithoutPhoto::Note) == CaptionRole::Note;
          body += note ? caption_note(b) + " "
                       : b.text + (b.credit.empty() ? "" : " Ảnh: " + b.credit) + " ";
        }
        if (!a.source.site.empty())
          body += "Nguồn: " + a.source.site + ", " + vi_short_date(*a.date);
        CHECK(fold(all_text(page.select_node("//body").node())) == fold(body));
      }
    }
  }
}

TEST_CASE("the meta line gives the weekday and date in Vietnamese, the author and the topic") {
  Unzipped z = unzip(write_epub(present(small_book()), default_assets()).bytes);
  pugi::xml_document page;
  parse(page, z.files["OEBPS/a00001.xhtml"]);
  CHECK(std::string(all_text(page.select_node("//*[@class='meta']").node())) ==
        "Thứ Hai, ngày 28 tháng 01 năm 2019 · Hoàng Uyên · Tiến tới Đại hội Đảng các cấp");
  // The fixture's captions have no photo: notes after the paragraph before them.
  CHECK(std::string(page.select_node("//*[@class='caption-note']").node().text().get()) ==
        "[Ảnh: Đồng chí Bí thư Thành ủy phát biểu tại hội nghị — H.T]");
  // The site and date of publication, linked to the page; never the archive's file path.
  CHECK(std::string(all_text(page.select_node("//*[@class='source']").node())) ==
        "Nguồn: Báo Bạc Liêu, 28/01/2019");
  CHECK(
      std::string(
          page.select_node("//*[@class='source']/*[local-name()='a']/@href").attribute().value()) ==
      "https://baobaclieu.vn/xay-dung-dang/cong-tac-xay-dung-dang");
  CHECK(z.files["OEBPS/a00001.xhtml"].find("2019/01/cong-tac") == std::string::npos);
  CHECK(std::string(page.select_node("//h3").node().text().get()) == "Những kết quả nổi bật");
}

TEST_CASE(
    "embedded font subsets hold a glyph for every character set in them, and only used faces") {
  Book book = generated_book(120, 3);
  book.chapters[0].articles[0].blocks.push_back(
      {BlockType::Paragraph, "Giá: 10 € — ± 5 ‰ «x»", ""});
  EpubResult r = write_epub(present(book), default_assets());
  CHECK(r.problems.empty());
  Unzipped z = unzip(r.bytes);
  std::map<std::string, std::set<char32_t>> used;
  for (auto& [name, data] : z.files) {
    if (name.size() < 6 || name.substr(name.size() - 6) != ".xhtml" || name == "OEBPS/nav.xhtml")
      continue;
    pugi::xml_document d;
    parse(d, data);
    collect(d.select_node("//body").node(), used);
  }
  // Faces used in these pages, and nothing else, are embedded.
  std::set<std::string> embedded;
  for (auto& [name, data] : z.files)
    if (name.rfind("OEBPS/fonts/", 0) == 0) embedded.insert(name.substr(12));
  std::set<std::string> expected;
  for (auto& [f, cps] : used) expected.insert(f);
  CHECK(embedded == expected);
  for (auto& [file, cps] : used) {
    INFO(file);
    const std::string& data = z.files["OEBPS/fonts/" + file];
    REQUIRE(!data.empty());
    std::set<char32_t> cmap = font_cmap(data);
    for (char32_t c : cps) {
      INFO("U+" << std::hex << static_cast<unsigned>(c));
      CHECK(cmap.count(c) == 1);
    }
    // A subset: far smaller than the font, and not much more than what is used.
    std::string full_font = test_paths::source_dir() + "/fonts/" + file;
    FILE* f = std::fopen(full_font.c_str(), "rb");
    REQUIRE(f);
    std::fseek(f, 0, SEEK_END);
    long full = std::ftell(f);
    std::fclose(f);
    CHECK(static_cast<long>(data.size()) < full / 3);
    CHECK(cmap.size() < cps.size() + 40);
  }
  // The small book has no credit-less bold italic text... but credits: bold italic is there.
  Book plain = small_book();
  for (Chapter& c : plain.chapters)
    for (Article& a : c.articles)
      for (Block& b : a.blocks) b.credit.clear();
  Unzipped zp = unzip(write_epub(present(plain), default_assets()).bytes);
  CHECK(zp.files.count("OEBPS/fonts/NotoSerif-BoldItalic.ttf") == 0);
  CHECK(zp.files.count("OEBPS/fonts/NotoSerif-Italic.ttf") == 1);
  CHECK(zp.files["OEBPS/style.css"].find("NotoSerif-BoldItalic") == std::string::npos);
}

TEST_CASE("a character no embedded font has is reported with its article's file") {
  Book book = small_book();
  Article& a = book.chapters[1].articles[0];
  a.blocks.push_back({BlockType::Paragraph, "Chúc mừng 😀 thành công 中国 😀", ""});
  EpubResult r = write_epub(present(book), default_assets());
  std::set<std::pair<std::string, std::string>> got;
  for (const EpubProblem& p : r.problems) {
    got.insert({p.file, p.character});
    CHECK(p.message.find("U+") != std::string::npos);
  }
  CHECK(got == std::set<std::pair<std::string, std::string>>{
                   {a.file, "😀"}, {a.file, "中"}, {a.file, "国"}});
  CHECK(r.problems.size() == 3);  // once per file and character
  // The text is still there: a reader with a fallback font shows it.
  Unzipped z = unzip(r.bytes);
  CHECK(z.files["OEBPS/a00003.xhtml"].find("😀") != std::string::npos);

  // A character in the title shows in the lists too: reported once, with the article.
  a.title += " ★☃";
  EpubResult r2 = write_epub(present(book), default_assets());
  int snowman = 0;
  for (const EpubProblem& p : r2.problems) {
    if (p.character == "☃") {
      ++snowman;
      CHECK(p.file == a.file);
    }
  }
  CHECK(snowman == 1);
}

TEST_CASE("characters that need no glyph are never reported missing") {
  Book book = small_book();
  Article& a = book.chapters[1].articles[0];
  a.blocks.push_back({BlockType::Paragraph, tuyentap::test::invisible_chars_paragraph(), ""});
  EpubResult r = write_epub(present(book), default_assets());
  std::set<std::string> reported;
  for (const EpubProblem& p : r.problems) reported.insert(p.character);
  CHECK(reported == std::set<std::string>{"中"});  // as in the PDF
}

TEST_CASE("without embedded fonts there are no font files, rules or problems") {
  Book book = small_book();
  book.chapters[0].articles[0].blocks.push_back({BlockType::Paragraph, "😀", ""});
  EpubResult r = write_epub(present(book), assets_without_fonts());
  CHECK(r.problems.empty());
  Unzipped z = unzip(r.bytes);
  for (auto& [name, data] : z.files) CHECK(name.find("fonts/") == std::string::npos);
  CHECK(z.files["OEBPS/style.css"].find("@font-face {") == std::string::npos);
}

TEST_CASE("text XML cannot carry is dropped, not written as a broken page") {
  Book book = small_book();
  book.chapters[0].articles[0].blocks.push_back({BlockType::Paragraph, "Đảng\x01 viên\x0b", ""});
  Unzipped z = unzip(write_epub(present(book), default_assets()).bytes);
  pugi::xml_document d;
  parse(d, z.files["OEBPS/a00001.xhtml"]);
  CHECK(z.files["OEBPS/a00001.xhtml"].find("Đảng viên") != std::string::npos);
}
