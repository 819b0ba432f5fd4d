// A folder of sibling pages through read_archive_articles (article/reader.h): the chrome
// learned across a group's files (article/learned_chrome.h: copies told by title and text,
// number shapes, a false title protecting nothing), the site's clock over learned lines, the
// guard that keeps an emptied article's text, then each file read with what was learned.
// The input is cut into up to eight files of one folder at each form feed line ("\n\f\n"),
// so that libFuzzer's mutations can make lines recur across files as a site's chrome does.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "article/reader.h"
#include "article_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  constexpr std::size_t kMaxFiles = 8;
  constexpr std::string_view kCut = "\n\f\n";
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  std::vector<tuyentap::InputFile> files;
  while (files.size() < kMaxFiles) {
    std::size_t cut = files.size() + 1 < kMaxFiles ? rest.find(kCut) : std::string_view::npos;
    std::string path = "site/p" + std::to_string(files.size()) + ".txt";
    files.push_back({path, std::string(rest.substr(0, cut))});
    if (cut == std::string_view::npos) break;
    rest.remove_prefix(cut + kCut.size());
  }
  tuyentap::ReadResults read = tuyentap::read_archive_articles(files);
  if (read.articles.size() != files.size()) std::abort();  // every file accounted for
  for (auto& a : read.articles) check_article(std::move(a));
  return 0;
}
