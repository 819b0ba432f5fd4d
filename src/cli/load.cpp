#include "cli/load.h"

#include <span>

#include "article/photos.h"
#include "base/error.h"
#include "cli/i18n.h"
#include "cli/terminal.h"
#include "load/load.h"
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
  // The data folder's markers, as the user may have extended them (read here, at the edge).
  const ChromeMarkers markers = load_chrome_markers();
  opts.chrome = &markers;
  LoadedInputs in;
  in.archive = read_archive(inputs);
  auto& files = in.archive.files;
  Progress progress(tr(N_("reading")), files.size());
  // Each file's bytes go once read: only its path is wanted after (the report, the book).
  ReadResults read = read_archive_articles_freeing(
      std::span(files), opts, [&](std::size_t done) { progress.update(done); });
  progress.finish();
  in.articles = std::move(read.articles);
  in.learned_chrome = std::move(read.learned);
  attach_photos(in.archive, in.articles);  // also frees the photos no article shows
  return in;
}

}  // namespace tuyentap
