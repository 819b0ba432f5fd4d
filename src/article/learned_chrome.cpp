// Learning a group's chrome: see learned_chrome.h.
#include "article/learned_chrome.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "article/byline.h"
#include "article/text_lines.h"
#include "base/hash.h"
#include "text/date_line.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMinGroupFiles = 5;
constexpr std::size_t kMinFilesWithLine = 3;
constexpr std::size_t kBylineSearch = 4;  // paragraphs after the last sentence

// A date line (a date beside other words varies from file to file anyway).
bool is_date_line(std::string_view line) {
  return parse_date_line(line).has_value();
}

void sort_unique(std::vector<std::uint64_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

// The byline's lines: the first byline-shaped line after the last sentence (and a source on
// the line after it), or the last line when there is no sentence at all.
std::vector<std::size_t> byline_lines(std::span<const std::string_view> paras) {
  const std::size_t n = paras.size();
  std::size_t last_prose = n;
  for (std::size_t i = n; i-- > 0;) {
    if (is_prose(paras[i])) {
      last_prose = i;
      break;
    }
  }
  std::size_t from = last_prose == n ? (n >= 2 ? n - 1 : n) : last_prose + 1;
  for (std::size_t j = from; j < n && j <= from + kBylineSearch; ++j) {
    if (!looks_like_byline(paras[j])) continue;
    if (j + 1 < n && looks_like_source(paras[j + 1])) return {j, j + 1};
    return {j};
  }
  return {};
}

// A subheading of the article: a short title-like line between two sentences. Reports of
// one kind repeat theirs ("Kết quả đạt được", "Nhiệm vụ thời gian tới"); a site's chrome
// comes in blocks of such lines, or between other chrome.
bool is_subheading(std::span<const std::string_view> paras, std::size_t i) {
  return !ends_with_sentence_punct(paras[i]) && at_most_words(paras[i], 20) &&
         is_prose(paras[i - 1]) && is_prose(paras[i + 1]);
}

// Protects the byline's lines and the subheadings among `paras`, then sorts the protected.
void protect_body_shapes(std::span<const std::string_view> paras, ChromeEvidence& e) {
  for (std::size_t i : byline_lines(paras)) e.protected_.push_back(line_hash(paras[i]));
  for (std::size_t i = 1; i + 1 < paras.size(); ++i)
    if (is_subheading(paras, i)) e.protected_.push_back(line_hash(paras[i]));
  sort_unique(e.protected_);
}

}  // namespace

std::uint64_t line_hash(std::string_view line) {
  return hash64(line);
}

LearnedLines::LearnedLines(std::vector<std::uint64_t> hashes) : hashes_(std::move(hashes)) {
  sort_unique(hashes_);
}

bool LearnedLines::contains_hash(std::uint64_t h) const {
  return std::binary_search(hashes_.begin(), hashes_.end(), h);
}

bool LearnedLines::contains(std::string_view line) const {
  return !hashes_.empty() && line.size() <= kMaxChromeLineBytes && contains_hash(line_hash(line));
}

ChromeEvidence chrome_evidence(const PreparedText& text) {
  std::vector<std::string_view> paras;
  for (const std::string& line : text.lines)
    if (!line.empty()) paras.emplace_back(line);
  ChromeEvidence e;
  // Lines of one paragraph (a wrapped one: "… đều" then "có cả.") are never chrome, nor is
  // a sentence: the same sentences in several files are one text copied.
  const std::vector<bool> continues = continues_previous(text.lines, text.hints);
  for (std::size_t i = 0; i < text.lines.size(); ++i) {
    std::string_view p = text.lines[i];
    bool in_paragraph = continues[i] || (i + 1 < text.lines.size() && continues[i + 1]);
    if (!p.empty() && p.size() <= kMaxChromeLineBytes && !in_paragraph && !is_prose(p) &&
        !is_date_line(p))
      e.lines.push_back(line_hash(p));
  }
  sort_unique(e.lines);

  if (!text.title.empty()) e.title = line_hash(text.title);
  for (std::size_t i : text.header_lines) e.protected_.push_back(line_hash(text.lines[i]));
  protect_body_shapes(paras, e);
  return e;
}

ChromeEvidence block_chrome_evidence(std::span<const std::string_view> blocks,
                                     const std::vector<bool>& candidate,
                                     std::span<const std::string_view> kept,
                                     std::string_view title) {
  ChromeEvidence e;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    std::string_view b = blocks[i];
    if (candidate[i] && !b.empty() && b.size() <= kMaxChromeLineBytes && !is_prose(b) &&
        !is_date_line(b))
      e.lines.push_back(line_hash(b));
  }
  sort_unique(e.lines);
  if (!title.empty()) e.title = line_hash(title);
  for (std::string_view k : kept) e.protected_.push_back(line_hash(k));
  protect_body_shapes(blocks, e);
  return e;
}

Learned learn_chrome(std::span<const ChromeEvidence* const> files) {
  Learned out;
  // Copies of one article count once: the first file with each title.
  std::vector<const ChromeEvidence*> distinct;
  std::unordered_set<std::uint64_t> titles;
  for (const ChromeEvidence* f : files)
    if (f->title == 0 || titles.insert(f->title).second) distinct.push_back(f);
  if (distinct.size() < kMinGroupFiles) return out;
  std::unordered_map<std::uint64_t, std::size_t> count;
  std::vector<std::uint64_t> protected_lines;
  for (const ChromeEvidence* f : files) {
    protected_lines.insert(protected_lines.end(), f->protected_.begin(), f->protected_.end());
  }
  for (const ChromeEvidence* f : distinct)
    for (std::uint64_t h : f->lines) ++count[h];
  sort_unique(protected_lines);
  std::vector<std::uint64_t> learned;
  for (const auto& [h, n] : count) {
    if (n < kMinFilesWithLine || n * 3 <= distinct.size()) continue;
    if (std::binary_search(protected_lines.begin(), protected_lines.end(), h)) continue;
    learned.push_back(h);
    out.ranked.emplace_back(h, n);
  }
  // Most frequent first; the hash breaks ties, so the order never depends on the map's.
  std::sort(out.ranked.begin(), out.ranked.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  out.lines = LearnedLines(std::move(learned));
  return out;
}

std::string_view chrome_group(std::string_view path) {
  std::size_t slash = path.rfind('/');
  std::size_t bang = path.rfind('!');
  if (bang != std::string_view::npos && (slash == std::string_view::npos || bang > slash))
    return path.substr(0, bang + 1);
  if (slash == std::string_view::npos) return {};
  return path.substr(0, slash);
}

}  // namespace tuyentap
