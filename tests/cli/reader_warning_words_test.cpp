// Every warning a reader writes into an Article reaches the clerk's report in Vietnamese and
// a script with its code: a warning added without its sentence in article/warning_codes.cpp
// (and po/vi.po) was printed in English and coded "other". The readers' sources are read for
// `warnings.push_back(…)` calls built from string literals; each dynamic part becomes "7" and the
// sentence must translate.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "article/text_prepare.h"
#include "article/warning_codes.h"
#include "cli/error_words.h"
#include "cli/i18n.h"
#include "test_paths.h"

using namespace tuyentap;

namespace {

// The sentence a push_back's argument makes, its non-literal parts as "7"; empty when the
// argument holds no literal or starts from a named constant (kPhotoMissing …: tested apart).
std::string sample_sentence(std::string_view arg) {
  std::string out;
  bool literal_seen = false, pending_part = false;
  for (std::size_t i = 0; i < arg.size();) {
    char c = arg[i];
    if (c == '"') {
      if (pending_part) out += "7";
      pending_part = false;
      literal_seen = true;
      for (++i; i < arg.size() && arg[i] != '"'; ++i) {
        if (arg[i] == '\\' && i + 1 < arg.size()) ++i;
        out += arg[i];
      }
      ++i;
      continue;
    }
    if (c == 'k' && i + 1 < arg.size() && arg[i + 1] >= 'A' && arg[i + 1] <= 'Z' &&
        (i == 0 || !std::isalnum(static_cast<unsigned char>(arg[i - 1]))))
      return {};
    if (c != '+' && !std::isspace(static_cast<unsigned char>(c))) pending_part = true;
    ++i;
  }
  if (pending_part) out += "7";
  return literal_seen ? out : std::string();
}

}  // namespace

TEST_CASE("every reader warning made of sentences has its Vietnamese") {
  namespace fs = std::filesystem;
  set_language(Language::Vietnamese,
               (fs::path(test_paths::program_path()).parent_path() / "locale").string());
  std::vector<std::string> samples;
  for (const fs::directory_entry& e :
       fs::directory_iterator(fs::path(test_paths::source_dir()) / "src" / "article")) {
    if (e.path().extension() != ".cpp") continue;
    std::ifstream in(e.path());
    std::stringstream text;
    text << in.rdbuf();
    const std::string src = text.str();
    const std::string call = "warnings.push_back(";
    for (std::size_t at = src.find(call); at != std::string::npos; at = src.find(call, at + 1)) {
      std::size_t from = at + call.size(), end = src.find(");", from);
      if (end == std::string::npos) continue;
      std::string sample = sample_sentence(std::string_view(src).substr(from, end - from));
      if (!sample.empty()) samples.push_back(sample);
    }
  }
  REQUIRE(samples.size() >= 10);  // the readers' warnings were found at all
  for (const std::string& s : samples) {
    INFO(s);
    CHECK(vietnamese_sentence(s) != s);
    // …and a stable code for scripts: its sentence is in article/warning_codes.cpp's table
    CHECK(warning_code(s) != std::string(kOtherWarning));
  }
}

TEST_CASE("the warning scanner makes sentences from literals and parts") {
  CHECK(sample_sentence(R"("no byline")") == "no byline");
  CHECK(sample_sentence(R"(std::to_string(n) + " lines left out")") == "7 lines left out");
  CHECK(sample_sentence(R"("text after '" + m + "' left out")") == "text after '7' left out");
  CHECK(sample_sentence("kPhotoMissing + ref").empty());
  CHECK(sample_sentence("related_run_warning(run.size)").empty());
}

TEST_CASE("the photo leftovers warning has its Vietnamese") {
  namespace fs = std::filesystem;
  set_language(Language::Vietnamese,
               (fs::path(test_paths::program_path()).parent_path() / "locale").string());
  const std::string w = photo_leftovers_warning(3);
  CHECK(vietnamese_sentence(w).starts_with("bỏ 3 dòng"));
}

TEST_CASE("the site chrome warning has its Vietnamese") {
  namespace fs = std::filesystem;
  set_language(Language::Vietnamese,
               (fs::path(test_paths::program_path()).parent_path() / "locale").string());
  const std::string w = site_chrome_warning(SiteChrome{4, 2, 3, 1});
  CHECK(w ==
        "site chrome left out: 10 lines (4 by a marker or their shape, 2 of the page's "
        "header, 3 after the byline, 1 learned from the folder)");
  CHECK(vietnamese_sentence(w) ==
        "bỏ 10 dòng là phần trang trí của trang web (4 dòng theo dấu hiệu hoặc hình dạng, 2 "
        "dòng ở đầu trang, 3 dòng sau tên tác giả, 1 dòng học được từ thư mục)");
}

TEST_CASE("the site chrome warning of several reasons lists only those of some line") {
  namespace fs = std::filesystem;
  set_language(Language::Vietnamese,
               (fs::path(test_paths::program_path()).parent_path() / "locale").string());
  // a title printed twice (the header) and a related box after the byline: no "0 lines"
  const std::string two = site_chrome_warning(SiteChrome{0, 1, 4, 0});
  CHECK(two == "site chrome left out: 5 lines (1 of the page's header, 4 after the byline)");
  CHECK(vietnamese_sentence(two) ==
        "bỏ 5 dòng là phần trang trí của trang web (1 dòng ở đầu trang, 4 dòng sau tên tác giả)");
  const std::string three = site_chrome_warning(SiteChrome{4, 0, 2, 1});
  CHECK(three ==
        "site chrome left out: 7 lines (4 by a marker or their shape, 2 after the "
        "byline, 1 learned from the folder)");
  CHECK(vietnamese_sentence(three) ==
        "bỏ 7 dòng là phần trang trí của trang web (4 dòng theo dấu hiệu hoặc hình dạng, 2 "
        "dòng sau tên tác giả, 1 dòng học được từ thư mục)");
  CHECK(vietnamese_sentence(site_chrome_warning(SiteChrome{3, 2, 0, 0})) ==
        "bỏ 5 dòng là phần trang trí của trang web (3 dòng theo dấu hiệu hoặc hình dạng, 2 "
        "dòng ở đầu trang)");
  // no byline at the end: what is left out there stands after the last sentence
  CHECK(vietnamese_sentence(site_chrome_warning(SiteChrome{.after_text = 4})) ==
        "bỏ 4 dòng là phần trang trí của trang web (sau câu cuối của bài)");
  CHECK(vietnamese_sentence(site_chrome_warning(SiteChrome{.by_shape = 2, .after_text = 4})) ==
        "bỏ 6 dòng là phần trang trí của trang web (2 dòng theo dấu hiệu hoặc hình dạng, 4 "
        "dòng sau câu cuối của bài)");
}

TEST_CASE("the site chrome warning of one reason names it without the reasons of no line") {
  namespace fs = std::filesystem;
  set_language(Language::Vietnamese,
               (fs::path(test_paths::program_path()).parent_path() / "locale").string());
  // most articles have one reason: "0 lines …" three times over was noise in every report
  const std::string shape = site_chrome_warning(SiteChrome{5, 0, 0, 0});
  CHECK(shape == "site chrome left out: 5 lines (by a marker or their shape)");
  CHECK(vietnamese_sentence(shape) ==
        "bỏ 5 dòng là phần trang trí của trang web (theo dấu hiệu hoặc hình dạng)");
  CHECK(vietnamese_sentence(site_chrome_warning(SiteChrome{0, 2, 0, 0})) ==
        "bỏ 2 dòng là phần trang trí của trang web (ở đầu trang)");
  CHECK(vietnamese_sentence(site_chrome_warning(SiteChrome{0, 0, 3, 0})) ==
        "bỏ 3 dòng là phần trang trí của trang web (sau tên tác giả)");
  CHECK(vietnamese_sentence(site_chrome_warning(SiteChrome{0, 0, 0, 7})) ==
        "bỏ 7 dòng là phần trang trí của trang web (học được từ thư mục)");
  CHECK(vietnamese_sentence(site_chrome_warning(SiteChrome{.related_box = 3})) ==
        "bỏ 3 dòng là phần trang trí của trang web (trong ô tin liên quan)");
}

TEST_CASE("the site chrome warning names a box of related links among its reasons") {
  namespace fs = std::filesystem;
  set_language(Language::Vietnamese,
               (fs::path(test_paths::program_path()).parent_path() / "locale").string());
  // second in the list, first or last: the catalogue has its item in each place
  const std::string w =
      site_chrome_warning(SiteChrome{.by_shape = 1, .header = 1, .related_box = 3});
  CHECK(w ==
        "site chrome left out: 5 lines (1 by a marker or their shape, 3 in a box of related "
        "links, 1 of the page's header)");
  CHECK(vietnamese_sentence(w) ==
        "bỏ 5 dòng là phần trang trí của trang web (1 dòng theo dấu hiệu hoặc hình dạng, 3 "
        "dòng trong ô tin liên quan, 1 dòng ở đầu trang)");
  CHECK(vietnamese_sentence(site_chrome_warning(SiteChrome{.by_shape = 2, .related_box = 3})) ==
        "bỏ 5 dòng là phần trang trí của trang web (2 dòng theo dấu hiệu hoặc hình dạng, 3 "
        "dòng trong ô tin liên quan)");
  CHECK(vietnamese_sentence(site_chrome_warning(SiteChrome{.header = 1, .related_box = 3})) ==
        "bỏ 4 dòng là phần trang trí của trang web (3 dòng trong ô tin liên quan, 1 dòng ở đầu "
        "trang)");
}
