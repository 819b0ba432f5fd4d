#include "cli/load.h"

#include <span>

#include "article/photos.h"
#include "base/error.h"
#include "cli/i18n.h"
#include "cli/terminal.h"
#include "load/load.h"
#include "text/decode.h"

namespace tuyentap {

namespace {

using Reading = std::function<ReadResults(ArchiveContents&, const ReadOptions&,
                                          const std::function<void(std::size_t)>&)>;

// The archive read, then its files read by `reading` with a progress line; the photos are
// `reading`'s to attach.
LoadedInputs read_inputs(const std::vector<std::string>& inputs, const std::string& encoding,
                         const Reading& reading) {
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
  Progress progress(tr(N_("reading")), in.archive.files.size());
  ReadResults read = reading(in.archive, opts, [&](std::size_t done) { progress.update(done); });
  progress.finish();
  in.articles = std::move(read.articles);
  in.learned_chrome = std::move(read.learned);
  return in;
}

}  // namespace

LoadedInputs load_inputs(const std::vector<std::string>& inputs, const std::string& encoding) {
  return read_inputs(inputs, encoding, [](ArchiveContents& archive, auto& opts, auto& progress) {
    // Each file's bytes go once read: only its path is wanted after (the report, the book).
    ReadResults read = read_archive_articles_freeing(std::span(archive.files), opts, progress);
    attach_photos(archive, read.articles);  // also frees the photos no article shows
    return read;
  });
}

LoadedInputs load_inputs_streamed(const std::vector<std::string>& inputs,
                                  const std::string& encoding, const ReadSink& each) {
  return read_inputs(inputs, encoding, [&](ArchiveContents& archive, auto& opts, auto& progress) {
    PhotoAttacher photos(archive);
    ReadResults read =
        read_archive_articles_streamed(std::span(archive.files), opts, progress,
                                       [&](std::size_t i, std::variant<Article, NotAnArticle>&& r) {
                                         if (auto* a = std::get_if<Article>(&r)) photos.attach(*a);
                                         each(i, std::move(r));
                                       });
    photos.finish();
    return read;
  });
}

}  // namespace tuyentap
