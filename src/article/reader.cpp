// read_article: bytes → decoded text → the right reader → a finished Article (id, file,
// encoding, warnings); read_articles: the same over a whole archive on every core.
#include "article/reader.h"

#include <exception>
#include <new>

#include "article/chrome.h"
#include "article/html_reader.h"
#include "article/input_text.h"
#include "article/text_reader.h"
#include "base/hash.h"
#include "base/parallel.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

const ChromeMarkers& cached_default_markers() {
  static const ChromeMarkers markers = default_chrome_markers();
  return markers;
}

// The id depends on what the article says, not where it is stored, and not on the trivia
// that differ between two copies of it: encoding, NFD, line ends, spacing and site chrome are
// gone from the fields already; the title is also compared without case and tone placement.
// The body is hashed as read: fold_exact over the whole text cost more than reading it
// (about 1 s for a ten-year archive), and near-duplicates are the book stage's business.
std::string content_id(const Article& a) {
  std::string key = fold_exact(a.title);
  key += '\n';
  if (a.date) key += a.date->iso();
  key += '\n';
  key += a.lead;
  for (const Block& b : a.blocks) {
    key += '\n';
    key += b.text;
    key += '\t';
    key += b.credit;
  }
  return short_id(key);
}

std::variant<Article, NotAnArticle> read_one(const InputFile& file, std::optional<Encoding> forced,
                                             const ChromeMatcher& chrome) {
  if (file.bytes.empty()) return NotAnArticle{"empty file"};
  InputText input = decode_input(file.bytes, forced);
  if (!input.not_text.empty()) return NotAnArticle{std::move(input.not_text)};
  const DecodedText& decoded = input.decoded;

  std::variant<Article, NotAnArticle> result = looks_like_cms_export(file.path, decoded.text)
                                                   ? read_cms_export(decoded.text, chrome)
                                                   : read_plain_text(decoded.text, chrome);
  if (auto* a = std::get_if<Article>(&result)) {
    a->file = file.path;
    a->encoding = std::string(encoding_name(decoded.encoding));
    a->id = content_id(*a);
    // The decoder's doubts already say "encoding uncertain: …"; other notes (a repair of
    // invalid bytes) are marked here when the guess itself is in doubt, never twice.
    const std::string kUncertain = "encoding uncertain: ";
    if (!decoded.confident && decoded.note.rfind(kUncertain, 0) != 0) {
      a->warnings.insert(a->warnings.begin(), kUncertain + decoded.note);
    } else if (!decoded.note.empty()) {
      a->warnings.insert(a->warnings.begin(), decoded.note);
    }
  }
  return result;
}

std::variant<Article, NotAnArticle> read_guarded(const InputFile& file,
                                                 std::optional<Encoding> forced,
                                                 const ChromeMatcher& chrome) {
  // One file must never stop the others: anything unexpected becomes that file's reason.
  try {
    return read_one(file, forced, chrome);
  } catch (const std::bad_alloc&) {
    throw;  // the machine's state, not the file's: the run stops with a message (exit 4)
  } catch (const std::exception& e) {
    return NotAnArticle{std::string("could not be read: ") + e.what()};
  }
}

}  // namespace

std::variant<Article, NotAnArticle> read_article(const InputFile& file, const ReadOptions& opts) {
  ChromeMatcher chrome(opts.chrome ? *opts.chrome : cached_default_markers());
  return read_guarded(file, opts.encoding, chrome);
}

std::vector<std::variant<Article, NotAnArticle>> read_articles(const std::vector<InputFile>& files,
                                                               const ReadOptions& opts) {
  return read_articles_in(std::span<const InputFile>(files), opts);
}

std::vector<std::variant<Article, NotAnArticle>> read_articles_in(std::span<const InputFile> files,
                                                                  const ReadOptions& opts) {
  // Markers are loaded here, on the caller's thread, so a broken marker file is an Error the
  // caller sees, not one buried in a worker.
  const ChromeMatcher chrome(opts.chrome ? *opts.chrome : cached_default_markers());
  // Chunks of 16 files: small enough to balance, large enough to be cheap.
  return parallel_map(files.size(),
                      [&](std::size_t i) { return read_guarded(files[i], opts.encoding, chrome); },
                      {.chunk = 16});
}

}  // namespace tuyentap
