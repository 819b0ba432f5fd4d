// Whole books laid out in both styles, checked as a reader (and pdftotext) would.
#include <catch2/catch.hpp>
#include <map>
#include <set>

#include "article/caption_note.h"
#include "base/error.h"
#include "gen.h"
#include "layout/layout.h"
#include "load/load.h"

using namespace tuyentap;

namespace {

constexpr float kPt = 72.0f / 25.4f;

struct Laid {
  PrintStyle style;
  Book book;
  LayoutResult r;
};

Laid& laid(const std::string& style) {
  static std::map<std::string, Laid> cache;
  auto it = cache.find(style);
  if (it != cache.end()) return it->second;
  Laid& l = cache[style];
  l.style = load_print_style(style);
  l.book = testgen::book(4, 7, 9);
  l.r = layout_book(present(l.book), l.style, 1546300800);
  return l;
}

bool in_text_area(const PrintStyle& s, const TextRun& r) {
  // printed two-sided, a spread may run one line long (layout/pager.h)
  float long_by = s.mirror_margins ? s.body_size * s.line_spacing : 0;
  return r.y > s.margin_top_mm * kPt &&
         r.y < (s.page_height_mm - s.margin_bottom_mm) * kPt + long_by;
}

std::string run_text(const TextRun& r) {
  return r.text;
}

std::string squeeze(const std::string& s) {
  std::string out;
  for (char c : s)
    if (c != ' ') out += c;
  return out;
}

// The text of a line of the page: the runs on one baseline, left to right.
std::string line_at(const Page& p, float y) {
  std::vector<const TextRun*> runs;
  for (const auto& r : p.runs)
    if (std::fabs(r.y - y) < 0.01f) runs.push_back(&r);
  std::sort(runs.begin(), runs.end(), [](auto* a, auto* b) { return a->x < b->x; });
  std::string t;
  for (auto* r : runs) t += run_text(*r);
  return t;
}

}  // namespace

namespace {

void check_contents(Laid& l, int want_articles, int want_chapters) {
  {
    const LaidOutBook& b = l.r.book;
    int first = l.r.stats.body_first_page;
    REQUIRE(first > 0);
    // bookmarks: Lời giới thiệu, Mục lục, then chapters (0) and their articles (1)
    std::vector<OutlineItem> entries;
    for (const auto& o : b.outline)
      if (o.page >= first) entries.push_back(o);
    int chapters = 0, articles = 0;
    for (const auto& o : entries) (o.level == 0 ? chapters : articles)++;
    CHECK(articles == want_articles);
    CHECK(chapters == want_chapters + 2);  // + abbreviations, list of articles
    // every contents line is a link, in the order of the bookmarks
    std::vector<std::pair<int, Link>> links;
    for (int p = 0; p < first; ++p)
      for (const auto& k : b.pages[static_cast<std::size_t>(p)].links) links.push_back({p, k});
    REQUIRE(links.size() == entries.size());
    for (std::size_t i = 0; i < links.size(); ++i) {
      const auto& [page, link] = links[i];
      const OutlineItem& o = entries[i];
      CHECK(link.target_page == o.page);
      CHECK(link.target_y == Approx(o.y));
      // the number printed at the end of the contents line is the page's label
      const Page& toc = b.pages[static_cast<std::size_t>(page)];
      float last_baseline = 0;
      for (const auto& r : toc.runs)
        if (r.y > link.y && r.y < link.y + link.h) last_baseline = std::max(last_baseline, r.y);
      std::string line = line_at(toc, last_baseline);
      // Decree 30 (official): page numbers count the front matter too
      std::string number = std::to_string(o.page + 1 - (l.style.continuous_numbers ? 0 : first));
      INFO(line);
      CHECK(line.size() > number.size());
      CHECK(line.substr(line.size() - number.size()) == number);
      CHECK(line.find("...") != std::string::npos);  // dot leaders
      // the title is on the target page, at the target height
      const Page& target = b.pages[static_cast<std::size_t>(o.page)];
      std::string top_text;
      for (const auto& r : target.runs)
        if (r.y > o.y && r.y < o.y + 40) top_text += run_text(r) + " ";
      std::string title_start = o.title.substr(0, o.title.find(' '));
      CHECK(top_text.find(title_start) != std::string::npos);
    }
  }
}

}  // namespace

TEST_CASE("contents page numbers, links and bookmarks all point where the titles are") {
  for (const char* name : {"official", "book"}) {
    INFO(name);
    check_contents(laid(name), 28, 4);
  }
}

TEST_CASE("a contents of several pages does not shift the numbers it prints") {
  for (const char* name : {"official", "book"}) {
    INFO(name);
    Laid l;
    l.style = load_print_style(name);
    l.book = testgen::book(3, 40, 1);
    l.r = layout_book(present(l.book), l.style, 0);
    int contents_pages = 0;
    for (int p = 0; p < l.r.stats.body_first_page; ++p)
      contents_pages += l.r.book.pages[static_cast<std::size_t>(p)].links.empty() ? 0 : 1;
    CHECK(contents_pages >= 3);
    check_contents(l, 120, 3);
  }
}

TEST_CASE("chapters start on a new page, in the book style on a right-hand page") {
  for (const char* name : {"official", "book"}) {
    INFO(name);
    Laid& l = laid(name);
    const LaidOutBook& b = l.r.book;
    for (const auto& o : b.outline) {
      if (o.level != 0 || o.page < l.r.stats.body_first_page) continue;
      INFO(o.title << " on page " << o.page);
      if (l.style.chapters_on_right) CHECK(o.page % 2 == 0);
      for (const auto& r : b.pages[static_cast<std::size_t>(o.page)].runs) {
        if (in_text_area(l.style, r)) CHECK(r.y > o.y);  // nothing of the body above it
      }
    }
  }
}

TEST_CASE("an article title never ends a page") {
  for (const char* name : {"official", "book"}) {
    INFO(name);
    Laid& l = laid(name);
    const LaidOutBook& b = l.r.book;
    for (std::size_t p = static_cast<std::size_t>(l.r.stats.body_first_page);
         p + 1 < b.pages.size(); ++p) {
      const TextRun* lowest = nullptr;
      for (const auto& r : b.pages[p].runs)
        if (in_text_area(l.style, r) && (!lowest || r.y > lowest->y)) lowest = &r;
      if (!lowest) continue;
      INFO("page " << p << ": " << run_text(*lowest));
      CHECK(lowest->size != l.style.title_size);
    }
  }
}

TEST_CASE("the pages give back every paragraph's words in order, every glyph with its text") {
  for (const char* name : {"official", "book"}) {
    INFO(name);
    Laid& l = laid(name);
    const LaidOutBook& b = l.r.book;
    std::string all;
    for (std::size_t p = static_cast<std::size_t>(l.r.stats.body_first_page); p < b.pages.size();
         ++p) {
      for (const auto& r : b.pages[p].runs) {
        REQUIRE_FALSE(r.glyphs.empty());
        CHECK(r.glyphs.front().text_len > 0);  // a run never starts inside a cluster
        for (const auto& g : r.glyphs) CHECK(g.id != 0);
        if (in_text_area(l.style, r)) all += run_text(r);
      }
    }
    all = squeeze(all);
    std::size_t at = 0;
    for (const auto& ch : l.book.chapters) {
      for (const auto& a : ch.articles) {
        for (const auto& blk : a.blocks) {
          // A caption without its photo is printed as a note (article/caption_note.h).
          bool note = blk.type == BlockType::Caption &&
                      caption_role(a, blk, CaptionsWithoutPhoto::Note) == CaptionRole::Note;
          std::size_t found = all.find(squeeze(note ? caption_note(blk) : blk.text), at);
          INFO(blk.text.substr(0, 80));
          REQUIRE(found != std::string::npos);
          at = found;
        }
      }
    }
  }
}

TEST_CASE(
    "page labels: roman front matter then arabic in the book style, arabic throughout in "
    "official") {
  for (const char* name : {"official", "book"}) {
    INFO(name);
    Laid& l = laid(name);
    const LaidOutBook& b = l.r.book;
    int first = l.r.stats.body_first_page;
    // Decree 30: arabic numerals from the first page on, front matter included
    int one = l.style.continuous_numbers ? 0 : first;  // the page numbered 1
    CHECK(l.style.continuous_numbers == (std::string(name) == "official"));
    if (one > 0) {
      REQUIRE(b.labels.size() == 2);
      CHECK(b.labels[0].first_page == 0);
      CHECK(b.labels[0].style == PageLabelRange::Roman);
    } else {
      REQUIRE(b.labels.size() == 1);
    }
    CHECK(b.labels.back().first_page == one);
    CHECK(b.labels.back().style == PageLabelRange::Arabic);
    CHECK(b.labels.back().start == 1);
    if (l.style.chapters_on_right) CHECK(first % 2 == 0);
    // the first chapter starts on the first arabic page
    const OutlineItem* ch1 = nullptr;
    for (const auto& o : b.outline)
      if (o.page >= first && !ch1) ch1 = &o;
    REQUIRE(ch1);
    CHECK(ch1->page == first);
    // printed numbers, outside the text area, equal the labels
    int numbered = 0;
    for (std::size_t p = 1; p < b.pages.size(); ++p) {
      int idx = static_cast<int>(p);
      std::string want = idx < one ? "" : std::to_string(idx - one + 1);
      for (const auto& r : b.pages[p].runs) {
        std::string t = run_text(r);
        if (in_text_area(l.style, r) || t.empty() ||
            !std::isdigit(static_cast<unsigned char>(t[0])))
          continue;
        ++numbered;
        CHECK(t == want);
      }
    }
    CHECK(numbered > static_cast<int>(b.pages.size()) / 2);
    CHECK(b.pages[0].runs.size() > 0);  // the cover
  }
}

TEST_CASE("running heads in the book style: book title on the left, chapter on the right") {
  Laid& l = laid("book");
  const LaidOutBook& b = l.r.book;
  int heads_left = 0, heads_right = 0;
  for (std::size_t p = static_cast<std::size_t>(l.r.stats.body_first_page); p < b.pages.size();
       ++p) {
    for (const auto& r : b.pages[p].runs) {
      if (r.y > l.style.margin_top_mm * kPt) continue;
      std::string t = run_text(r);
      if (p % 2 == 1 && t == l.book.meta.title) ++heads_left;
      if (p % 2 == 0 && t.rfind("Tháng ", 0) == 0) ++heads_right;
    }
  }
  CHECK(heads_left > 5);
  CHECK(heads_right > 5);
  // a chapter's opening page carries no folio (number_openers = false, a book's habit) and
  // no running head over the chapter title
  int openers = 0;
  for (const auto& o : b.outline) {
    if (o.level != 0 || o.page < l.r.stats.body_first_page) continue;
    bool head = false, number = false;
    for (const auto& r : b.pages[static_cast<std::size_t>(o.page)].runs) {
      if (in_text_area(l.style, r)) continue;
      std::string t = run_text(r);
      if (t ==
          std::to_string(o.page + 1 - (l.style.continuous_numbers ? 0 : l.r.stats.body_first_page)))
        number = true;
      else
        head = true;
    }
    INFO(o.title);
    CHECK_FALSE(number);
    CHECK_FALSE(head);
    ++openers;
  }
  CHECK(openers > 3);
  // while the other body pages have theirs
  int numbered = 0;
  for (std::size_t p = static_cast<std::size_t>(l.r.stats.body_first_page); p < b.pages.size();
       ++p) {
    std::string n = std::to_string(static_cast<int>(p) - l.r.stats.body_first_page + 1);
    for (const auto& r : b.pages[p].runs)
      if (!in_text_area(l.style, r) && run_text(r) == n) ++numbered;
  }
  CHECK(numbered > 10);
}

TEST_CASE("document info, fonts used and the word cache") {
  Laid& l = laid("official");
  const LaidOutBook& b = l.r.book;
  CHECK(b.info.title == "Tuyển tập 2019: Công tác xây dựng Đảng");
  CHECK(b.info.author.find("Ban Tuyên giáo") == 0);
  CHECK(b.info.subject == "Năm 2019");
  CHECK(b.info.keywords == "Xây dựng Đảng, Kinh tế");
  CHECK(b.info.language == "vi-VN");
  CHECK(b.info.date_epoch == 1546300800);
  CHECK(b.page_width == Approx(595.276).margin(0.01));
  // only fonts that some run uses, each once
  std::vector<bool> used(b.fonts.size(), false);
  for (const auto& p : b.pages)
    for (const auto& r : p.runs) used.at(static_cast<std::size_t>(r.font)) = true;
  for (bool u : used) CHECK(u);
  for (const auto& f : b.fonts) CHECK(f.name.rfind("LiberationSerif", 0) == 0);
  double rate =
      static_cast<double>(l.r.stats.shape_hits) / static_cast<double>(l.r.stats.shape_requests);
  INFO(l.r.stats.shape_hits << " / " << l.r.stats.shape_requests);
  CHECK(rate > 0.9);
  CHECK(l.r.problems.empty());
}

TEST_CASE("odd books still lay out: no chapters, empty articles, a heading at the very end") {
  PrintStyle s = load_print_style("book");
  Book empty;
  empty.meta.title = "Tuyển tập trống";
  LayoutResult r = layout_book(present(empty), s, 0);
  CHECK(r.book.pages.size() >= 3);  // cover, title page, contents
  CHECK(r.book.labels.size() == 1);

  Book odd;
  odd.meta.title = "Tuyển tập lẻ";
  Article bare;  // no title, no date, no author, no file
  Article heading_only;
  heading_only.title = "Chỉ có tiêu đề";
  heading_only.blocks.push_back({BlockType::Heading, "Một tiểu mục cuối", ""});
  heading_only.blocks.push_back({BlockType::Paragraph, "", ""});
  odd.chapters.push_back({"Chương một", {bare, heading_only}});
  odd.chapters.push_back({"Chương hai không bài", {}});
  r = layout_book(present(odd), s, 0);
  int chapters = 0;
  for (const auto& o : r.book.outline) chapters += o.level == 0 ? 1 : 0;
  CHECK(chapters >= 2);
  for (const auto& o : r.book.outline) {
    CHECK(o.page >= 0);
    CHECK(o.page < static_cast<int>(r.book.pages.size()));
  }
}

TEST_CASE("no paragraph leaves a single line at the foot or the head of a page") {
  for (const char* name : {"official", "book"}) {
    INFO(name);
    Laid& l = laid(name);
    const LaidOutBook& b = l.r.book;
    // the body's lines in reading order: (page, squeezed text)
    std::vector<std::pair<int, std::string>> lines;
    for (std::size_t p = static_cast<std::size_t>(l.r.stats.body_first_page); p < b.pages.size();
         ++p) {
      std::vector<float> ys;
      for (const auto& r : b.pages[p].runs)
        if (in_text_area(l.style, r) && (ys.empty() || std::fabs(ys.back() - r.y) > 0.01f))
          ys.push_back(r.y);
      for (float y : ys) lines.push_back({static_cast<int>(p), squeeze(line_at(b.pages[p], y))});
    }
    std::size_t li = 0;
    int checked = 0, split = 0;
    for (const auto& ch : l.book.chapters) {
      for (const auto& a : ch.articles) {
        std::vector<std::string> paras{a.lead};
        for (const auto& blk : a.blocks)
          if (blk.type == BlockType::Paragraph) paras.push_back(blk.text);
        for (const auto& text : paras) {
          std::string rest = squeeze(text);
          while (li < lines.size() && rest.rfind(lines[li].second, 0) != 0) ++li;
          REQUIRE(li < lines.size());
          std::map<int, int> per_page;
          while (li < lines.size() && !rest.empty() && !lines[li].second.empty() &&
                 rest.rfind(lines[li].second, 0) == 0) {
            rest = rest.substr(lines[li].second.size());
            ++per_page[lines[li].first];
            ++li;
          }
          REQUIRE(rest.empty());
          ++checked;
          if (per_page.size() > 1) {
            ++split;
            for (const auto& [page, count] : per_page) {
              INFO("page " << page << ": " << text.substr(0, 60));
              CHECK(count >= 2);
            }
          }
        }
      }
    }
    CHECK(checked > 200);
    CHECK(split > 10);  // the rule was really exercised
  }
}

TEST_CASE("the same book lays out the same, glyph for glyph") {
  PrintStyle s = load_print_style("official");
  Book b = testgen::book(2, 3, 5, 11);
  LayoutResult one = layout_book(present(b), s, 0), two = layout_book(present(b), s, 0);
  REQUIRE(one.book.pages.size() == two.book.pages.size());
  for (std::size_t p = 0; p < one.book.pages.size(); ++p) {
    const auto& x = one.book.pages[p].runs;
    const auto& y = two.book.pages[p].runs;
    REQUIRE(x.size() == y.size());
    for (std::size_t r = 0; r < x.size(); ++r) {
      REQUIRE(x[r].glyphs.size() == y[r].glyphs.size());
      CHECK(x[r].x == y[r].x);
      CHECK(x[r].y == y[r].y);
      for (std::size_t g = 0; g < x[r].glyphs.size(); ++g) {
        CHECK(x[r].glyphs[g].id == y[r].glyphs[g].id);
        CHECK(x[r].glyphs[g].advance == y[r].glyphs[g].advance);
      }
    }
  }
}

TEST_CASE("a style built in code, without a file, lays out with the default fonts given it") {
  PrintStyle s;  // the defaults of layout.h: official margins and sizes, no fonts named
  Book b = testgen::book(1, 2, 3);
  // Layout opens no file: without the default fonts' bytes it says which one it lacks.
  try {
    layout_book(present(b), s, 0);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.message().find("fonts/LiberationSerif-Regular.ttf") != std::string::npos);
  }
  s.font_files = load_print_style("official").font_files;
  LayoutResult r = layout_book(present(b), s, 0);
  CHECK(r.book.pages.size() > 3);
  REQUIRE_FALSE(r.book.fonts.empty());
  CHECK(r.book.fonts[0].name.rfind("LiberationSerif", 0) == 0);
}

TEST_CASE("the list of articles gives each article's page number, and no page holds one entry") {
  Laid& l = laid("official");
  const LaidOutBook& b = l.r.book;
  int list_page = -1;
  std::multiset<std::string> want;  // the printed number of every article's first page
  for (const auto& o : b.outline) {
    if (o.title == label::kArticleList) list_page = o.page;
    if (o.level == 1) want.insert(std::to_string(o.page + 1));  // official: numbered from 1
  }
  REQUIRE(list_page > 0);
  std::multiset<std::string> got;
  for (std::size_t p = static_cast<std::size_t>(list_page); p < b.pages.size(); ++p) {
    std::set<float> baselines;
    for (const auto& r : b.pages[p].runs)
      if (in_text_area(l.style, r)) baselines.insert(r.y);
    int entries = 0;
    for (float y : baselines) {
      std::string line = line_at(b.pages[p], y);
      std::size_t end = line.find_last_not_of("0123456789");
      if (end != std::string::npos && end + 1 < line.size()) got.insert(line.substr(end + 1));
      if (line.size() > 10 && line[2] == '/' && line[5] == '/') ++entries;  // "dd/mm/yyyy …"
    }
    INFO("page " << p);
    if (p > static_cast<std::size_t>(list_page)) CHECK(entries >= 2);
  }
  CHECK(got == want);
}
