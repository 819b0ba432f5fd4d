// read_archive_articles: every file read in two halves (file_steps.h) on every core, a batch
// of files at a time, with the chrome of each group of sibling files learned between them.
// Groups are taken together into batches of about kBatchFiles files; a group larger than a
// batch is read twice over, a batch at a time: first for the evidence its files offer to
// learning (hashes of lines), then, with the chrome learned, to read them. So memory holds
// one batch's bytes and decoded texts, and a large group's evidence, whatever the archive.
// Bytes the archive's listing let go are read again for their batch (archive/file_bytes.h).
#include <map>
#include <optional>

#include "archive/file_bytes.h"
#include "article/file_steps.h"
#include "article/reader.h"
#include "base/parallel.h"

namespace tuyentap {

using namespace article_detail;

namespace {

constexpr std::size_t kBatchFiles = 512;  // files decoded before any of them is read
constexpr std::size_t kMaxExamples = 5;
constexpr std::size_t kMinLearningGroup = 5;  // learn_chrome needs as many
// A large group's files prepared in its first pass (as texts or pages) are kept for its second
// while they weigh less than ReadOptions::kept_prepared_bytes (texts) and kept_page_bytes
// (pages) together: a saved page is then
// not parsed twice (gumbo is most of its reading's cost), nor a text decoded twice, in a group
// of up to some thousands.

// About what a prepared file holds, to keep the first pass's files within that bound.
std::size_t prepared_bytes(const DecodedFile& d) {
  std::size_t n = sizeof(DecodedFile);
  for (const std::string& line : d.prepared.lines) n += sizeof line + line.size();
  n += d.prepared.hints.size() * sizeof(PhotoHint);
  if (d.page)
    for (const HtmlBlock& b : d.page->body) n += sizeof b + b.text.size() + b.image_src.size();
  return n;
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

// The most frequent learned lines as written, for the report: looked up in the group's
// decoded files in the files' order (the first few files hold them all, as a rule).
class ChromeExamples {
 public:
  explicit ChromeExamples(const Learned& learned)
      : ranked_(learned.ranked), examples_(std::min(kMaxExamples, ranked_.size())) {}
  bool done() const { return found_ == examples_.size(); }
  void look_in(const DecodedFile& d) {
    for (const std::string& line : d.prepared.lines) look_at(line);
    if (d.page)
      for (const HtmlBlock& b : d.page->body) look_at(b.text);
  }
  std::vector<std::string> take() { return std::move(examples_); }

 private:
  void look_at(const std::string& line) {
    if (line.empty() || line.size() > kMaxChromeLineBytes) return;
    const std::uint64_t h = line_hash(line), shape = shape_hash(line);
    for (std::size_t r = 0; r < examples_.size(); ++r) {
      if ((ranked_[r].first == h || (shape != 0 && ranked_[r].first == shape)) &&
          examples_[r].empty()) {
        examples_[r] = line;
        ++found_;
      }
    }
  }
  const std::vector<std::pair<std::uint64_t, std::size_t>>& ranked_;
  std::vector<std::string> examples_;
  std::size_t found_ = 0;
};

LearnedChrome report_of(const InputFile& first, std::size_t files, const Learned& learned,
                        std::vector<std::string> examples) {
  return {std::string(chrome_group(first.path)), files, learned.lines.size(), std::move(examples)};
}

// The learned lines of one group read in one batch, and the report's view of them.
// `decoded[k]` belongs to files[members[k]].
LearnedLines learn_group(std::span<const InputFile> files, const std::vector<std::size_t>& members,
                         std::span<DecodedFile> decoded, std::vector<LearnedChrome>& report) {
  std::vector<const ChromeEvidence*> evidence;
  for (DecodedFile& d : decoded)
    if (d.plain || d.page) evidence.push_back(&d.evidence);
  Learned learned = learn_chrome(evidence);
  for (DecodedFile& d : decoded) d.evidence = {};
  if (learned.lines.empty()) return {};
  ChromeExamples examples(learned);
  for (std::size_t k = 0; k < members.size() && !examples.done(); ++k) examples.look_in(decoded[k]);
  report.push_back(report_of(files[members.front()], evidence.size(), learned, examples.take()));
  return std::move(learned.lines);
}

// A batch's files with their bytes at hand: those the archive's listing let go are read
// again into copies (but those `ready`, already prepared), each freed once no longer needed.
class BatchFiles {
 public:
  BatchFiles(std::span<const InputFile> files, std::span<const std::size_t> order, FileBytes& again,
             std::span<const std::optional<DecodedFile>> ready = {})
      : at_(order.size()), copies_(order.size()), problems_(order.size()) {
    std::vector<const InputFile*> wanted;
    std::vector<std::size_t> where;
    for (std::size_t k = 0; k < order.size(); ++k) {
      at_[k] = &files[order[k]];
      if (at_[k]->let_go() && (ready.empty() || !ready[k])) {
        wanted.push_back(at_[k]);
        where.push_back(k);
      }
    }
    std::vector<FileBytes::Read> read = again.read_again(wanted);
    for (std::size_t j = 0; j < where.size(); ++j) {
      const std::size_t k = where[j];
      copies_[k] = {at_[k]->path, std::move(read[j].bytes), {}};
      problems_[k] = std::move(read[j].problem);
      at_[k] = &copies_[k];
    }
  }
  const InputFile& operator[](std::size_t k) const { return *at_[k]; }
  // The first half for the batch's k-th file; a file that could not be read again is no article.
  DecodedFile decode(std::size_t k, std::optional<Encoding> forced, const ChromeMatcher& chrome,
                     bool learning) const {
    if (problems_[k].empty()) return decode_guarded(*at_[k], forced, chrome, learning);
    DecodedFile d;
    d.not_article = "could not be read: " + problems_[k];
    return d;
  }
  void let_go(std::size_t k) { std::string().swap(copies_[k].bytes); }  // "" keeps the buffer

 private:
  std::vector<const InputFile*> at_;
  std::vector<InputFile> copies_;
  std::vector<std::string> problems_;
};

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

// One reading of an archive's files. When `freed` is not empty (it is then `files`), each
// file's bytes are let go as soon as they are no longer needed; with a `sink`, each result
// is handed over rather than kept.
class ArchiveReading {
 public:
  ArchiveReading(std::span<const InputFile> files, std::span<InputFile> freed,
                 const ReadOptions& opts, const std::function<void(std::size_t)>& progress,
                 const ReadSink* sink)
      : files_(files),
        freed_(freed),
        opts_(opts),
        // Loaded here, on the caller's thread, so a broken marker file is an Error the caller
        // sees, not one buried in a worker.
        chrome_(opts.chrome ? *opts.chrome : cached_default_markers()),
        progress_(progress),
        groups_(groups_of(files)) {
    if (sink) in_order_.emplace(*sink);
    if (!sink) out_.articles.resize(files.size());
  }

  ReadResults run() {
    for (const std::vector<std::size_t>& batch : batches_of(groups_)) {
      if (batch.size() == 1 && groups_[batch.front()].size() > kBatchFiles)
        read_large_group(groups_[batch.front()]);
      else
        read_batch(batch);
    }
    return std::move(out_);
  }

 private:
  void let_go(std::size_t i) {
    if (!freed_.empty()) std::string().swap(freed_[i].bytes);  // "" would keep the buffer
  }

  // `body` for 0..n-1 on every core, kBatchFiles at a time. Progress counts a file half done
  // once decoded (or its evidence taken), done once read: `counted` says whether this step is
  // one of those halves.
  void in_steps(std::size_t n, const std::function<void(std::size_t)>& body, bool counted = true) {
    for (std::size_t begin = 0; begin < n; begin += kBatchFiles) {
      std::size_t end = std::min(n, begin + kBatchFiles);
      // Chunks of 16 files: small enough to balance, large enough to be cheap.
      parallel_for(end - begin, [&](std::size_t k) { body(begin + k); }, {.chunk = 16});
      if (!counted) continue;
      halves_ += end - begin;
      if (progress_) progress_(halves_ / 2);
    }
  }

  // Reads the decoded files `order` (batch files `bf`) with their groups' learned lines and
  // hands the results over in the files' order.
  void read_decoded(std::span<const std::size_t> order, BatchFiles& bf,
                    std::vector<DecodedFile>& decoded,
                    const std::function<const LearnedLines&(std::size_t)>& learned_for) {
    std::vector<std::variant<Article, NotAnArticle>> read(in_order_ ? order.size() : 0);
    in_steps(order.size(), [&](std::size_t k) {
      // Moved into the reader, the file's text is freed as soon as it is read.
      (in_order_ ? read[k] : out_.articles[order[k]]) =
          read_guarded(bf[k], std::move(decoded[k]), chrome_, learned_for(k));
      let_go(order[k]);
      bf.let_go(k);
    });
    for (std::size_t k = 0; k < read.size(); ++k) in_order_->put(order[k], std::move(read[k]));
  }

  // Decodes the files `order` into `decoded` (but those `ready`, moved there); the bytes go
  // once decoded (a Word document's once read).
  void decode(std::span<const std::size_t> order, BatchFiles& bf, std::vector<DecodedFile>& decoded,
              const std::function<bool(std::size_t)>& learning, bool counted,
              std::span<std::optional<DecodedFile>> ready = {}) {
    decoded.resize(order.size());
    in_steps(
        order.size(),
        [&](std::size_t k) {
          if (!ready.empty() && ready[k]) {
            decoded[k] = std::move(*ready[k]);
            ready[k].reset();
            return;
          }
          decoded[k] = bf.decode(k, opts_.encoding, chrome_, learning(k));
          if (decoded[k].word != WordFormat::None) return;
          let_go(order[k]);
          bf.let_go(k);
        },
        counted);
  }

  // Groups that fit in one batch: decoded together, each group's chrome learned, then read.
  void read_batch(const std::vector<std::size_t>& batch) {
    std::vector<std::size_t> order;     // the batch's files, group after group
    std::vector<std::size_t> group_of;  // for each of them, its group's place in the batch
    for (std::size_t b = 0; b < batch.size(); ++b) {
      const auto& members = groups_[batch[b]];
      order.insert(order.end(), members.begin(), members.end());
      group_of.insert(group_of.end(), members.size(), b);
    }
    BatchFiles bf(files_, order, again_);
    std::vector<DecodedFile> decoded;
    decode(
        order, bf, decoded,
        [&](std::size_t k) { return groups_[batch[group_of[k]]].size() >= kMinLearningGroup; },
        true);
    std::vector<LearnedLines> learned(batch.size());
    for (std::size_t b = 0, start = 0; b < batch.size(); ++b) {
      const auto& members = groups_[batch[b]];
      learned[b] = learn_group(files_, members, std::span(decoded).subspan(start, members.size()),
                               out_.learned);
      start += members.size();
    }
    read_decoded(order, bf, decoded,
                 [&](std::size_t k) -> const LearnedLines& { return learned[group_of[k]]; });
  }

  // A group over one batch: its files' evidence gathered a batch at a time, the chrome
  // learned from all of it, then the files decoded again and read, a batch at a time. The
  // bytes held from the listing stay until read; those let go are read for each pass.
  void read_large_group(const std::vector<std::size_t>& members) {
    std::vector<ChromeEvidence> evidence(members.size());
    std::vector<const ChromeEvidence*> offered;
    std::vector<std::optional<DecodedFile>> kept(members.size());
    std::size_t kept_text_bytes = 0, kept_page_bytes = 0;
    for (std::size_t begin = 0; begin < members.size(); begin += kBatchFiles) {
      auto chunk = std::span(members).subspan(begin, std::min(kBatchFiles, members.size() - begin));
      BatchFiles bf(files_, chunk, again_);
      std::vector<DecodedFile> decoded(chunk.size());
      in_steps(chunk.size(), [&](std::size_t k) {
        decoded[k] = bf.decode(k, opts_.encoding, chrome_, true);
        bf.let_go(k);
      });
      for (std::size_t k = 0; k < chunk.size(); ++k) {
        DecodedFile& d = decoded[k];
        if (d.plain || d.page) offered.push_back(&evidence[begin + k]);
        evidence[begin + k] = std::move(d.evidence);
        d.evidence = {};
        // In the files' order, so what is kept does not depend on the threads.
        std::size_t& kept_bytes = d.page ? kept_page_bytes : kept_text_bytes;
        const std::size_t bound = d.page ? opts_.kept_page_bytes : opts_.kept_prepared_bytes;
        const std::size_t size = d.plain || d.page ? prepared_bytes(d) : 0;
        if ((d.plain || d.page) && kept_bytes + size <= bound) {
          kept_bytes += size;
          kept[begin + k] = std::move(d);
          let_go(chunk[k]);
        }
      }
    }
    const Learned learned = learn_chrome(offered);
    const std::size_t offering = offered.size();
    std::vector<ChromeEvidence>().swap(evidence);
    std::optional<ChromeExamples> examples;
    if (!learned.lines.empty()) examples.emplace(learned);
    for (std::size_t begin = 0; begin < members.size(); begin += kBatchFiles) {
      auto chunk = std::span(members).subspan(begin, std::min(kBatchFiles, members.size() - begin));
      // Only the files not kept are read and decoded again.
      auto ready = std::span(kept).subspan(begin, chunk.size());
      BatchFiles bf(files_, chunk, again_, ready);
      std::vector<DecodedFile> decoded;
      decode(
          chunk, bf, decoded, [](std::size_t) { return false; }, false, ready);
      for (std::size_t k = 0; examples && !examples->done() && k < chunk.size(); ++k)
        examples->look_in(decoded[k]);
      read_decoded(chunk, bf, decoded,
                   [&](std::size_t) -> const LearnedLines& { return learned.lines; });
    }
    if (examples)
      out_.learned.push_back(
          report_of(files_[members.front()], offering, learned, examples->take()));
  }

  std::span<const InputFile> files_;
  std::span<InputFile> freed_;
  const ReadOptions& opts_;
  const ChromeMatcher chrome_;
  const std::function<void(std::size_t)>& progress_;
  const std::vector<std::vector<std::size_t>> groups_;
  FileBytes again_;
  ReadResults out_;
  std::optional<InOrder> in_order_;
  std::size_t halves_ = 0;
};

}  // namespace

ReadResults read_archive_articles(std::span<const InputFile> files, const ReadOptions& opts,
                                  const std::function<void(std::size_t)>& progress) {
  return ArchiveReading(files, {}, opts, progress, nullptr).run();
}

ReadResults read_archive_articles_freeing(std::span<InputFile> files, const ReadOptions& opts,
                                          const std::function<void(std::size_t)>& progress) {
  return ArchiveReading(files, files, opts, progress, nullptr).run();
}

ReadResults read_archive_articles_streamed(std::span<InputFile> files, const ReadOptions& opts,
                                           const std::function<void(std::size_t)>& progress,
                                           const ReadSink& sink) {
  return ArchiveReading(files, files, opts, progress, &sink).run();
}

std::vector<std::variant<Article, NotAnArticle>> read_articles(const std::vector<InputFile>& files,
                                                               const ReadOptions& opts) {
  return read_archive_articles(std::span<const InputFile>(files), opts).articles;
}

}  // namespace tuyentap
