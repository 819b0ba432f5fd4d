// Learning a group's chrome: see learned_chrome.h.
#include "article/learned_chrome.h"

#include <algorithm>
#include <cstring>
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

// One hash for a (title, text) pair.
std::uint64_t pair_hash(std::uint64_t a, std::uint64_t b) {
  char bytes[2 * sizeof(std::uint64_t)];
  std::memcpy(bytes, &a, sizeof a);
  std::memcpy(bytes + sizeof a, &b, sizeof b);
  return hash64(std::string_view(bytes, sizeof bytes));
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

// A line's hash and, when it has numbers, its number shape's.
void push_hashes(std::vector<std::uint64_t>& to, std::string_view line) {
  to.push_back(line_hash(line));
  if (std::uint64_t shape = shape_hash(line)) to.push_back(shape);
}

// A candidate line: its hash, and its number shape's with it.
void add_candidate(ChromeEvidence& e, std::string_view line) {
  const std::uint64_t h = line_hash(line);
  e.lines.push_back(h);
  if (std::uint64_t shape = shape_hash(line)) e.shaped.emplace_back(shape, h);
}

// Protects the byline's lines and the subheadings among `paras`, then sorts the protected.
void protect_body_shapes(std::span<const std::string_view> paras, ChromeEvidence& e) {
  for (std::size_t i : byline_lines(paras)) push_hashes(e.protected_, paras[i]);
  for (std::size_t i = 1; i + 1 < paras.size(); ++i)
    if (is_subheading(paras, i)) push_hashes(e.protected_, paras[i]);
  sort_unique(e.protected_);
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

}  // namespace

std::uint64_t line_hash(std::string_view line) {
  return hash64(line);
}

namespace {

// Appends the number shape of `line` (which has a digit) to `out`.
void append_shape(std::string_view line, std::string& out) {
  for (std::size_t i = 0; i < line.size();) {
    if (!is_digit(line[i])) {
      out.push_back(line[i++]);
      continue;
    }
    out.push_back('#');
    while (i < line.size() && (is_digit(line[i]) || (std::string_view("+/.-:,").find(line[i]) !=
                                                         std::string_view::npos &&
                                                     i + 1 < line.size() && is_digit(line[i + 1]))))
      ++i;
  }
}

}  // namespace

std::optional<std::string> number_shape(std::string_view line) {
  if (std::none_of(line.begin(), line.end(), is_digit)) return std::nullopt;
  std::string out;
  out.reserve(line.size());
  append_shape(line, out);
  return out;
}

std::uint64_t shape_hash(std::string_view line) {
  if (std::none_of(line.begin(), line.end(), is_digit)) return 0;
  // set apart from any line's own hash by a leading '#': a line may be written "Số #"
  std::string shape(1, '#');
  shape.reserve(line.size() + 1);
  append_shape(line, shape);
  return hash64(shape);
}

std::uint64_t body_key(std::span<const std::string_view> paras) {
  // the lines' own hashes chained, with no copy of their text
  std::uint64_t key = 0;
  std::size_t taken = 0;
  for (std::string_view p : paras) {
    if (taken == kBodyKeyLines) break;
    if (!is_prose(p)) continue;
    key = pair_hash(key, line_hash(p));
    ++taken;
  }
  return taken == 0 ? 0 : key;
}

LearnedLines::LearnedLines(std::vector<std::uint64_t> hashes) : hashes_(std::move(hashes)) {
  sort_unique(hashes_);
}

bool LearnedLines::contains_hash(std::uint64_t h) const {
  return std::binary_search(hashes_.begin(), hashes_.end(), h);
}

bool LearnedLines::contains(std::string_view line) const {
  if (hashes_.empty() || line.size() > kMaxChromeLineBytes) return false;
  if (contains_hash(line_hash(line))) return true;
  std::uint64_t shape = shape_hash(line);
  return shape != 0 && contains_hash(shape);
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
      add_candidate(e, p);
  }
  sort_unique(e.lines);
  std::sort(e.shaped.begin(), e.shaped.end());
  e.shaped.erase(std::unique(e.shaped.begin(), e.shaped.end()), e.shaped.end());

  if (!text.title.empty()) e.title = line_hash(text.title);
  e.body = body_key(paras);
  for (std::size_t i : text.header_lines) push_hashes(e.header, text.lines[i]);
  sort_unique(e.header);
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
      add_candidate(e, b);
  }
  sort_unique(e.lines);
  std::sort(e.shaped.begin(), e.shaped.end());
  e.shaped.erase(std::unique(e.shaped.begin(), e.shaped.end()), e.shaped.end());
  if (!title.empty()) e.title = line_hash(title);
  e.body = body_key(blocks);
  for (std::string_view k : kept) push_hashes(e.header, k);
  sort_unique(e.header);
  protect_body_shapes(blocks, e);
  return e;
}

Learned learn_chrome(std::span<const ChromeEvidence* const> files) {
  Learned out;
  // Copies of one article count once: the first file with each title and first sentences.
  // The texts each title stands over, told by their first sentences.
  std::vector<const ChromeEvidence*> distinct;
  std::unordered_set<std::uint64_t> copies;
  std::unordered_map<std::uint64_t, std::unordered_set<std::uint64_t>> texts_under;
  for (const ChromeEvidence* f : files) {
    if (f->title == 0 || copies.insert(pair_hash(f->title, f->body)).second) distinct.push_back(f);
    if (f->title != 0) texts_under[f->title].insert(f->body);
  }
  if (distinct.size() < kMinGroupFiles) return out;
  // A line over several texts that differ is no article's title (learned_chrome.h).
  auto false_title = [&](std::uint64_t t) {
    auto it = texts_under.find(t);
    return it != texts_under.end() && it->second.size() >= kMinFilesWithLine;
  };
  std::unordered_map<std::uint64_t, std::size_t> count;
  std::vector<std::uint64_t> protected_lines;
  for (const ChromeEvidence* f : files) {
    protected_lines.insert(protected_lines.end(), f->protected_.begin(), f->protected_.end());
    // a file whose title is no article's title: its header was misread, and the lines read
    // as its title and topic are the page's chrome as often as not
    if (f->title == 0 || !false_title(f->title))
      protected_lines.insert(protected_lines.end(), f->header.begin(), f->header.end());
  }
  for (const ChromeEvidence* f : distinct)
    for (std::uint64_t h : f->lines) ++count[h];
  // A shape counts once per file. It is learned only when one of its lines as written stands
  // in two files or more (a box of the latest issues shows most of them on several pages,
  // while titles that differ only by their numbers, "Chi bộ ấp 3 …", "Chi bộ ấp 4 …", each
  // stand once, and stay even when the header misread them), and when it stands in more files
  // than that line (else the line alone says as much: "Giấy phép số 12/GP-…" on every page).
  // A learned shape covers its lines, which are not learned apart.
  std::unordered_map<std::uint64_t, std::size_t> shape_count, best_line;
  std::unordered_map<std::uint64_t, std::uint64_t> shape_of;
  for (const ChromeEvidence* f : distinct) {
    std::uint64_t last = 0;
    for (const auto& [shape, line] : f->shaped) {
      if (shape != last) ++shape_count[shape];
      last = shape;
      std::size_t& best = best_line[shape];
      best = std::max(best, count[line]);
      shape_of.emplace(line, shape);
    }
  }
  sort_unique(protected_lines);
  auto may_learn = [&](std::uint64_t h, std::size_t n) {
    return n >= kMinFilesWithLine && n * 3 > distinct.size() &&
           !std::binary_search(protected_lines.begin(), protected_lines.end(), h);
  };
  std::vector<std::uint64_t> learned;
  std::unordered_set<std::uint64_t> learned_shapes;
  for (const auto& [h, n] : shape_count) {
    const std::size_t best = best_line[h];
    if (!may_learn(h, n) || best < 2 || n <= best) continue;
    learned_shapes.insert(h);
    learned.push_back(h);
    out.ranked.emplace_back(h, n);
  }
  for (const auto& [h, n] : count) {
    if (!may_learn(h, n)) continue;
    auto shape = shape_of.find(h);
    if (shape != shape_of.end() && learned_shapes.contains(shape->second)) continue;
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
