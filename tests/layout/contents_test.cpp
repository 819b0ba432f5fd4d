// The contents pages as a reader sees them: where wrapped lines start, where the dot leaders
// stand.
#include <catch2/catch.hpp>
#include <cmath>
#include <map>
#include <set>

#include "book/presentation.h"
#include "gen.h"
#include "layout/layout.h"
#include "load/load.h"

using namespace tuyentap;

namespace {

constexpr float kPt = 72.0f / 25.4f;

struct Contents {
  PrintStyle style;
  LayoutResult r;
};

// A book whose second chapter's title takes two contents lines, laid out in `style_name`.
Contents contents_of(const std::string& style_name) {
  Contents c;
  c.style = load_print_style(style_name);
  Book book = testgen::book(3, 5, 3);
  book.chapters[1].title =
      "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong các cơ quan, đơn vị "
      "và địa phương của tỉnh";
  c.r = layout_book(present(book), c.style, 1546300800);
  return c;
}

bool is_leaders(const TextRun& r) {
  return !r.text.empty() && r.text.find_first_not_of('.') == std::string::npos;
}

}  // namespace

TEST_CASE("contents: wrapped lines start on the entries' indents, leaders end in one column") {
  for (const char* name : {"official", "book"}) {
    INFO(name);
    Contents c = contents_of(name);
    const int first = c.r.stats.body_first_page;
    const float size = c.style.body_size;
    int pages = 0, wrapped_chapter = 0;
    for (int p = 0; p < first; ++p) {
      const Page& page = c.r.book.pages[static_cast<std::size_t>(p)];
      if (page.links.empty()) continue;  // not a contents page
      ++pages;
      // where each line starts (the title's runs, not the leaders and numbers)
      std::map<float, float> start;  // baseline → x
      std::set<float> leader_ends, phases;
      for (const TextRun& r : page.runs) {
        if (is_leaders(r)) {
          const float pitch = r.glyphs.front().advance;
          leader_ends.insert(
              std::round((r.x + pitch * static_cast<float>(r.glyphs.size() - 1)) * 10));
          phases.insert(std::round(std::fmod(r.x, pitch) * 10));
        } else if (r.node >= 0 && r.text != "Mục lục" &&
                   r.text.find_first_not_of("0123456789 ") != std::string::npos) {
          auto [it, added] = start.emplace(r.y, r.x);
          if (!added) it->second = std::min(it->second, r.x);
        }
      }
      CHECK(leader_ends.size() == 1);  // every line's leaders stop at the same place
      CHECK(phases.size() == 1);       // on one grid of dots
      float left = 1e9f;
      for (const auto& [y, x] : start) left = std::min(left, x);
      const float article = left + 8 * kPt;
      for (const auto& [y, x] : start) {
        INFO(y << ": " << x - left);
        const bool known = std::fabs(x - left) < 0.05f || std::fabs(x - article) < 0.05f ||
                           std::fabs(x - article - 2 * size) < 0.05f;
        CHECK(known);
      }
      // the long chapter title's second line starts where the articles' titles do
      const float chapter_line_y = [&] {
        for (const TextRun& r : page.runs)
          if (r.text.find("Học tập") != std::string::npos) return r.y;
        return -1.0f;
      }();
      if (chapter_line_y > 0) {
        auto next = start.upper_bound(chapter_line_y);
        REQUIRE(next != start.end());
        CHECK(next->second == Approx(article).margin(0.05));
        ++wrapped_chapter;
      }
    }
    CHECK(pages >= 1);
    CHECK(wrapped_chapter == 1);
  }
}

TEST_CASE(
    "the list of articles ends each entry with leaders and its page number, as the contents") {
  for (const char* name : {"official", "book"}) {
    INFO(name);
    Contents c = contents_of(name);
    const LaidOutBook& b = c.r.book;
    int list_page = -1;
    for (const auto& o : b.outline)
      if (o.title == label::kArticleList) list_page = o.page;
    REQUIRE(list_page > 0);
    int entries = 0;
    for (std::size_t p = static_cast<std::size_t>(list_page); p < b.pages.size(); ++p) {
      const Page& page = b.pages[p];
      std::set<float> leader_ends, phases, dated, numbered;  // baselines
      std::size_t leaders = 0;
      for (const TextRun& r : page.runs) {
        if (is_leaders(r)) {
          ++leaders;
          const float pitch = r.glyphs.front().advance;
          leader_ends.insert(
              std::round((r.x + pitch * static_cast<float>(r.glyphs.size() - 1)) * 10));
          phases.insert(std::round(std::fmod(r.x, pitch) * 10));
        } else if (r.text.size() == 10 && r.text[2] == '/' && r.text[5] == '/') {
          dated.insert(r.y);  // an entry's first line: "dd/mm/yyyy"
        } else if (r.text.size() > 1 && r.text[0] == ' ' &&
                   r.text.find_first_not_of("0123456789", 1) == std::string::npos) {
          numbered.insert(r.y);  // " 123": an entry's page number
        }
      }
      INFO("page " << p);
      entries += static_cast<int>(dated.size());
      CHECK(numbered.size() == dated.size());                  // every entry has its number
      CHECK(leaders == dated.size());                          // after leaders
      CHECK(leader_ends.size() == (dated.empty() ? 0u : 1u));  // leaders end in one column
      CHECK(phases.size() == (dated.empty() ? 0u : 1u));       // on one grid of dots
    }
    CHECK(entries == 15);  // 3 chapters of 5 articles
  }
}
