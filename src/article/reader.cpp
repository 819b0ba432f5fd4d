// read_article: bytes → decoded text → the right reader → a finished Article (id, file,
// encoding, warnings). read_archive_articles: the same over a whole archive on every core, in
// two passes per group of sibling files, with the chrome learned between them.
#include "article/reader.h"

#include <exception>
#include <map>
#include <new>
#include <optional>

#include "article/chrome.h"
#include "article/content_kind.h"
#include "article/html_page.h"
#include "article/input_text.h"
#include "article/learned_chrome.h"
#include "article/text_reader.h"
#include "article/word_reader.h"
#include "base/hash.h"
#include "base/parallel.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kBatchFiles = 512;  // files decoded before any of them is read
constexpr std::size_t kMaxExamples = 5;
constexpr std::size_t kMinLearningGroup = 5;  // learn_chrome needs as many

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

// One file between its two passes: decoded and, for plain text or a saved page, prepared (the
// half of its reading that needs the file alone: text_prepare.h, html_page.h), with what it
// offers to learning.
struct DecodedFile {
  std::string not_article;  // why the file is no article; the rest is then empty
  NotArticleKind kind = NotArticleKind::Other;
  DecodedText decoded;  // for plain text, without its text: `prepared` holds it
  bool plain = false;   // read by the plain-text reader
  PreparedText prepared;
  std::optional<PreparedPage> page;    // a saved page, read but for its body
  ChromeEvidence evidence;             // only when the file's group may learn
  WordFormat word = WordFormat::None;  // a .docx or .odt: read from the file's bytes
};

DecodedFile decode_one(const InputFile& file, std::optional<Encoding> forced,
                       const ChromeMatcher& chrome, bool learning) {
  DecodedFile d;
  if (file.bytes.empty()) {
    d.not_article = "empty file";
    return d;
  }
  d.word = word_format(file.bytes);
  if (d.word == WordFormat::LegacyWord) {
    d.not_article = "a Word 97-2003 document (.doc): save it as .docx";
    d.kind = NotArticleKind::LegacyWord;
    return d;
  }
  if (d.word != WordFormat::None) return d;
  InputText input = decode_input(file.bytes, forced ? forced : declared_page_encoding(file.bytes));
  if (!input.not_text.empty()) {
    d.not_article = std::move(input.not_text);
    return d;
  }
  d.decoded = std::move(input.decoded);
  ArticleFormat format = sniff_article_format(d.decoded.text);
  // A script keeps its own reason; a page or a record there is the saved page's, not an article.
  if (format != ArticleFormat::PlainText && format != ArticleFormat::Code &&
      in_saved_page_folder(file.path)) {
    d.not_article = "a file of a saved page's folder (an ad frame, a script), not an article";
    d.kind = NotArticleKind::PageResource;
    d.decoded = {};
    return d;
  }
  d.plain = format == ArticleFormat::PlainText;
  if (d.plain) {
    d.prepared = prepare_text(d.decoded.text, chrome);
    std::string().swap(d.decoded.text);  // assigning "" would keep the buffer
    if (learning) d.evidence = chrome_evidence(d.prepared);
  } else if (format == ArticleFormat::WebPage) {
    d.page = prepare_web_page(d.decoded.text, chrome);
    std::string().swap(d.decoded.text);
    if (learning) d.evidence = chrome_evidence(*d.page);
  }
  return d;
}

// The reader for the file's content, then what every reader's article gets.
std::variant<Article, NotAnArticle> read_one(const InputFile& file, DecodedFile d,
                                             const ChromeMatcher& chrome,
                                             const LearnedLines& learned) {
  if (!d.not_article.empty()) return NotAnArticle{std::move(d.not_article), d.kind};
  const DecodedText& decoded = d.decoded;
  std::variant<Article, NotAnArticle> result =
      d.word != WordFormat::None ? read_word_document(file.bytes, d.word, chrome)
      : d.plain                  ? read_prepared_text(std::move(d.prepared), chrome, learned)
      : d.page                   ? finish_web_page(std::move(*d.page), learned)
                                 : read_by_format(decoded.text, chrome);
  if (auto* a = std::get_if<Article>(&result); a && d.word != WordFormat::None) {
    a->file = file.path;
    a->encoding = "UTF-8";  // what the document's XML holds
    a->id = content_id(*a);
    return result;
  }
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

// One file must never stop the others: anything unexpected becomes that file's reason.
std::string failure(const std::exception& e) {
  return std::string("could not be read: ") + e.what();
}

DecodedFile decode_guarded(const InputFile& file, std::optional<Encoding> forced,
                           const ChromeMatcher& chrome, bool learning) {
  try {
    return decode_one(file, forced, chrome, learning);
  } catch (const std::bad_alloc&) {
    throw;  // the machine's state, not the file's: the run stops with a message (exit 4)
  } catch (const std::exception& e) {
    DecodedFile d;
    d.not_article = failure(e);
    return d;
  }
}

std::variant<Article, NotAnArticle> read_guarded(const InputFile& file, DecodedFile d,
                                                 const ChromeMatcher& chrome,
                                                 const LearnedLines& learned) {
  try {
    return read_one(file, std::move(d), chrome, learned);
  } catch (const std::bad_alloc&) {
    throw;  // as in decode_guarded
  } catch (const std::exception& e) {
    return NotAnArticle{failure(e)};
  }
}

// The files of each group, groups in the order of their first file.
std::vector<std::vector<std::size_t>> groups_of(std::span<const InputFile> files) {
  std::vector<std::vector<std::size_t>> groups;
  std::map<std::string_view, std::size_t> index;
  for (std::size_t i = 0; i < files.size(); ++i) {
    auto [it, added] = index.emplace(chrome_group(files[i].path), groups.size());
    if (added) groups.emplace_back();
    groups[it->second].push_back(i);
  }
  return groups;
}

// The learned lines of one group, and the report's view of them. `decoded[k]` belongs to
// files[members[k]].
LearnedLines learn_group(std::span<const InputFile> files, const std::vector<std::size_t>& members,
                         std::span<DecodedFile> decoded, std::vector<LearnedChrome>& report) {
  std::vector<const ChromeEvidence*> evidence;
  for (DecodedFile& d : decoded)
    if (d.plain || d.page) evidence.push_back(&d.evidence);
  Learned learned = learn_chrome(evidence);
  for (DecodedFile& d : decoded) d.evidence = {};
  if (learned.lines.empty()) return {};
  LearnedChrome seen;
  seen.group = std::string(chrome_group(files[members.front()].path));
  seen.files = evidence.size();
  seen.lines = learned.lines.size();
  // The most frequent lines as written, looked up in the group's texts (the first few files
  // hold them all, as a rule).
  std::size_t wanted = std::min(kMaxExamples, learned.ranked.size());
  seen.examples.resize(wanted);
  std::size_t found = 0;
  auto look_at = [&](const std::string& line) {
    if (line.empty() || line.size() > kMaxChromeLineBytes) return;
    std::uint64_t h = line_hash(line);
    for (std::size_t r = 0; r < wanted; ++r) {
      if (learned.ranked[r].first == h && seen.examples[r].empty()) {
        seen.examples[r] = line;
        ++found;
      }
    }
  };
  for (std::size_t k = 0; k < members.size() && found < wanted; ++k) {
    for (const std::string& line : decoded[k].prepared.lines) look_at(line);
    if (decoded[k].page)
      for (const HtmlBlock& b : decoded[k].page->body) look_at(b.text);
  }
  report.push_back(std::move(seen));
  return std::move(learned.lines);
}

// Groups taken together until a batch holds kBatchFiles files (a larger group is a batch).
std::vector<std::vector<std::size_t>> batches_of(
    const std::vector<std::vector<std::size_t>>& groups) {
  std::vector<std::vector<std::size_t>> batches;
  std::size_t files = kBatchFiles;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    if (files >= kBatchFiles) {
      batches.emplace_back();
      files = 0;
    }
    batches.back().push_back(g);
    files += groups[g].size();
  }
  return batches;
}

}  // namespace

std::variant<Article, NotAnArticle> read_article(const InputFile& file, const ReadOptions& opts) {
  ChromeMatcher chrome(opts.chrome ? *opts.chrome : cached_default_markers());
  return read_guarded(file, decode_guarded(file, opts.encoding, chrome, false), chrome, {});
}

namespace {

// Results handed to a ReadSink in the files' order: those that come early wait here.
class InOrder {
 public:
  explicit InOrder(const ReadSink& sink) : sink_(sink) {}
  void put(std::size_t file, std::variant<Article, NotAnArticle>&& result) {
    waiting_.emplace(file, std::move(result));
    for (auto it = waiting_.begin(); it != waiting_.end() && it->first == next_;) {
      sink_(next_++, std::move(it->second));
      it = waiting_.erase(it);
    }
  }

 private:
  const ReadSink& sink_;
  std::map<std::size_t, std::variant<Article, NotAnArticle>> waiting_;
  std::size_t next_ = 0;
};

// read_archive_articles, and when `freed` is not empty (it is then `files`), each file's
// bytes let go as soon as they are no longer needed; with a `sink`, each result handed
// over rather than kept.
ReadResults read_files(std::span<const InputFile> files, std::span<InputFile> freed,
                       const ReadOptions& opts, const std::function<void(std::size_t)>& progress,
                       const ReadSink* sink = nullptr) {
  auto let_go = [&](std::size_t i) {
    if (!freed.empty()) std::string().swap(freed[i].bytes);  // "" would keep the buffer
  };
  // Markers are loaded here, on the caller's thread, so a broken marker file is an Error the
  // caller sees, not one buried in a worker.
  const ChromeMatcher chrome(opts.chrome ? *opts.chrome : cached_default_markers());
  ReadResults out;
  if (!sink) out.articles.resize(files.size());
  std::optional<InOrder> in_order;
  if (sink) in_order.emplace(*sink);
  const auto groups = groups_of(files);
  // Progress counts a file half done once decoded, done once read.
  std::size_t halves = 0;
  auto in_steps = [&](std::size_t n, const std::function<void(std::size_t)>& body) {
    for (std::size_t begin = 0; begin < n; begin += kBatchFiles) {
      std::size_t end = std::min(n, begin + kBatchFiles);
      // Chunks of 16 files: small enough to balance, large enough to be cheap.
      parallel_for(end - begin, [&](std::size_t k) { body(begin + k); }, {.chunk = 16});
      halves += end - begin;
      if (progress) progress(halves / 2);
    }
  };
  for (const std::vector<std::size_t>& batch : batches_of(groups)) {
    std::vector<std::size_t> order;     // the batch's files, group after group
    std::vector<std::size_t> group_of;  // for each of them, its group's place in the batch
    for (std::size_t b = 0; b < batch.size(); ++b) {
      const auto& members = groups[batch[b]];
      order.insert(order.end(), members.begin(), members.end());
      group_of.insert(group_of.end(), members.size(), b);
    }
    // Pass 1: decode and prepare.
    std::vector<DecodedFile> decoded(order.size());
    in_steps(order.size(), [&](std::size_t k) {
      bool learning = groups[batch[group_of[k]]].size() >= kMinLearningGroup;
      decoded[k] = decode_guarded(files[order[k]], opts.encoding, chrome, learning);
      if (decoded[k].word == WordFormat::None) let_go(order[k]);  // the text is decoded
    });
    // Learning, group by group.
    std::vector<LearnedLines> learned(batch.size());
    for (std::size_t b = 0, start = 0; b < batch.size(); ++b) {
      const auto& members = groups[batch[b]];
      learned[b] = learn_group(files, members, std::span(decoded).subspan(start, members.size()),
                               out.learned);
      start += members.size();
    }
    // Pass 2: read.
    std::vector<std::variant<Article, NotAnArticle>> read(sink ? order.size() : 0);
    in_steps(order.size(), [&](std::size_t k) {
      // Moved into the reader, the file's text is freed as soon as it is read.
      (sink ? read[k] : out.articles[order[k]]) =
          read_guarded(files[order[k]], std::move(decoded[k]), chrome, learned[group_of[k]]);
      let_go(order[k]);
    });
    for (std::size_t k = 0; k < read.size(); ++k) in_order->put(order[k], std::move(read[k]));
  }
  return out;
}

}  // namespace

ReadResults read_archive_articles(std::span<const InputFile> files, const ReadOptions& opts,
                                  const std::function<void(std::size_t)>& progress) {
  return read_files(files, {}, opts, progress);
}

ReadResults read_archive_articles_freeing(std::span<InputFile> files, const ReadOptions& opts,
                                          const std::function<void(std::size_t)>& progress) {
  return read_files(files, files, opts, progress);
}

ReadResults read_archive_articles_streamed(std::span<InputFile> files, const ReadOptions& opts,
                                           const std::function<void(std::size_t)>& progress,
                                           const ReadSink& sink) {
  return read_files(files, files, opts, progress, &sink);
}

std::vector<std::variant<Article, NotAnArticle>> read_articles(const std::vector<InputFile>& files,
                                                               const ReadOptions& opts) {
  return read_archive_articles(std::span<const InputFile>(files), opts).articles;
}

}  // namespace tuyentap
