// A number stays on the line of the word that takes it ("Trung ương 4", "Điều 5", "khóa
// XIII"), in body text as in titles: whole books laid out with the style's number_words, and
// without them to show that the same text does break there.
#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <vector>

#include "gen.h"
#include "layout/layout.h"
#include "load/load.h"

using namespace tuyentap;

namespace {

// Every 9th word of every paragraph (and of the titles) followed by one of the phrases.
Book with_numbers() {
  Book b = testgen::book(2, 6, 5);
  const std::vector<std::string> phrases = {"Nghị quyết Trung ương 4 (khóa XII)", "Điều 5",
                                            "Hội nghị lần thứ XIII", "TRUNG ƯƠNG 7"};
  std::size_t next = 0;
  auto sprinkle = [&](std::string& text) {
    std::string out;
    int words = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
      if (i == text.size() || text[i] == ' ') {
        if (++words % 9 == 0) out += " " + phrases[next++ % phrases.size()];
      }
      if (i < text.size()) out += text[i];
    }
    text = out;
  };
  for (Chapter& ch : b.chapters)
    for (Article& a : ch.articles) {
      sprinkle(a.title);
      for (Block& blk : a.blocks)
        if (blk.type == BlockType::Paragraph) sprinkle(blk.text);
    }
  return b;
}

// The lines of every page, as text, in reading order.
std::vector<std::string> lines_of(const LaidOutBook& book) {
  std::vector<std::string> out;
  for (const Page& p : book.pages) {
    std::map<float, std::map<float, std::string>> rows;  // y → x → text
    for (const TextRun& r : p.runs) rows[r.y][r.x] += r.text;
    for (const auto& [y, runs] : rows) {
      std::string line;
      for (const auto& [x, text] : runs) line += text;
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out.push_back(line);
    }
  }
  return out;
}

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// Line ends between a number word and its number.
int splits(const LaidOutBook& book) {
  const std::vector<std::string> lines = lines_of(book);
  int n = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const std::string &a = lines[i], &b = lines[i + 1];
    n += (ends_with(a, "ương") && b.rfind("4", 0) == 0) ||
         (ends_with(a, "ƯƠNG") && b.rfind("7", 0) == 0) ||
         (ends_with(a, "khóa") && b.rfind("XII", 0) == 0) ||
         (ends_with(a, "Điều") && b.rfind("5", 0) == 0) ||
         (ends_with(a, "thứ") && b.rfind("XIII", 0) == 0);
  }
  return n;
}

}  // namespace

TEST_CASE("body text and titles keep a number or roman numeral with the word that takes it") {
  const Book book = with_numbers();
  for (const char* name : {"official", "pocket"}) {
    INFO(name);
    PrintStyle style = load_print_style(name);
    CHECK(style.ties.number_word("trung ương"));  // the shipped lists have them
    CHECK(style.ties.number_word("lần thứ"));
    const TieWords shipped = style.ties;
    style.ties = TieWords({}, {});
    const int free = splits(layout_book(present(book), style, 0).book);
    REQUIRE(free > 5);  // without the words, the lines do break there
    style.ties = shipped;
    // body text breaks there only when its lines cannot be set otherwise (typeset.cpp)
    const int tied = splits(layout_book(present(book), style, 0).book);
    INFO(free << " → " << tied);
    CHECK(tied * 3 <= free);
  }
}
