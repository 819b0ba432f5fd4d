#include "cli/load.h"

#include <span>

#include "base/error.h"
#include "cli/i18n.h"
#include "cli/terminal.h"
#include "text/decode.h"

namespace tuyentap {

LoadedInputs load_inputs(const std::vector<std::string>& inputs, const std::string& encoding) {
  ReadOptions opts;
  if (!encoding.empty()) {
    opts.encoding = parse_encoding(encoding);
    if (!opts.encoding) {
      throw Error("unknown encoding '" + encoding + "'", "", 0,
                  "use one of: utf-8, utf-16, windows-1258, tcvn3, vni, viscii");
    }
  }
  LoadedInputs in;
  in.archive = read_archive(inputs);
  const auto& files = in.archive.files;
  in.articles.reserve(files.size());
  // Read in chunks so a terminal can show progress; each chunk uses every core.
  constexpr std::size_t kChunk = 512;
  Progress progress(tr(N_("reading")), files.size());
  for (std::size_t start = 0; start < files.size(); start += kChunk) {
    std::size_t end = std::min(files.size(), start + kChunk);
    auto read = read_articles_in(std::span(files).subspan(start, end - start), opts);
    for (auto& r : read) in.articles.push_back(std::move(r));
    progress.update(end);
  }
  progress.finish();
  return in;
}

}  // namespace tuyentap
