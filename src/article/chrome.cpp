// Loading the chrome markers and matching lines against them.
#include "article/chrome.h"

#include <algorithm>

#include "article/list_boxes.h"
#include "article/text_lines.h"
#include "base/error.h"
#include "text/letters.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace tuyentap {

namespace {

// What a marker is matched against: the line without a toolbar's bar before a button's label
// ("|In ra", "- |Đóng cửa sổ này": a print view's buttons, each after its bar and perhaps a
// dash, real-eval51/gxgiaan-1). A list's bullet alone stays: "- Chia sẻ" may be an item of the
// body's list, where a [drop-line] marker would take it.
std::string_view marker_text(std::string_view line) {
  std::string_view rest = line.starts_with("- ") ? line.substr(2) : line;
  if (!rest.starts_with('|')) return line;
  rest.remove_prefix(1);
  while (rest.starts_with(' ')) rest.remove_prefix(1);
  return rest;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// After folding, letters are ASCII; any byte >= 0x80 left is a symbol (©, dashes, quotes).
bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Digits, ASCII punctuation and spaces: what may follow a whole-line marker ("(3):").
bool is_ascii_punct_or_space(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return u < 0x80 && !is_letter(c);
}

}  // namespace

ChromeMarkers parse_chrome_markers(std::string_view text, const std::string& path) {
  ChromeMarkers out;
  std::vector<std::string>* section = nullptr;
  int line_no = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = trim(text.substr(pos, nl - pos));
    pos = nl + 1;
    ++line_no;
    if (line_no == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line = trim(line.substr(3));
    if (line.empty() || line.front() == '#') continue;
    if (line.front() == '[') {
      if (line == "[ends-article]") {
        section = &out.ends_article;
      } else if (line == "[drop-line]") {
        section = &out.drop_line;
      } else if (line == "[related]") {
        section = &out.related;
      } else if (line == "[footer]") {
        section = &out.footer;
      } else {
        throw Error("unknown section " + std::string(line), path, line_no,
                    "the sections are [ends-article], [drop-line], [related] and [footer]");
      }
      continue;
    }
    if (section == nullptr) {
      throw Error("marker before any section: " + std::string(line), path, line_no,
                  "put markers under [ends-article], [drop-line], [related] or [footer]");
    }
    section->emplace_back(line);
  }
  return out;
}

ChromeMarkers default_chrome_markers() {
  // Parsed once: read_articles asks for it from every thread.
  static const ChromeMarkers markers =
      parse_chrome_markers(builtin_chrome_markers_text(), "templates/chrome-markers.txt");
  return markers;
}

ChromeMatcher::ChromeMatcher(const ChromeMarkers& markers) {
  auto fold_all = [this](const auto& in, std::vector<Marker>& out) {
    for (std::string_view m : in) {
      std::string_view s = trim(m);
      Marker marker;
      if (!s.empty() && s.back() == '*') {
        marker.prefix = true;
        s.remove_suffix(1);
      }
      longest_ = std::max(longest_, s.size());
      marker.key = fold_for_match(s);
      if (marker.key.empty()) continue;
      first_bytes_.set(static_cast<unsigned char>(marker.key[0]));
      out.push_back(std::move(marker));
    }
  };
  fold_all(markers.ends_article, ends_);
  fold_all(kArticleListBoxes, ends_);  // the reader's own, whatever the file says
  fold_all(markers.drop_line, drops_);
  fold_all(markers.related, related_);
  fold_all(markers.footer, footers_);
}

bool ChromeMatcher::may_match(std::string_view line) const {
  line = marker_text(line);  // as key() reads the line
  if (line.empty()) return true;
  auto c = static_cast<unsigned char>(line[0]);
  if (c <= ' ') return true;
  if (c >= 0x80) {
    std::size_t i = 0;
    char32_t cp = utf8::next(line, i);
    if (cp == vn::kDLower || cp == vn::kDUpper) {
      c = 'd';
    } else if (auto v = vn::vowel_of(cp)) {
      c = static_cast<unsigned char>(vn::base_ascii(v->vowel));
    } else {
      return true;  // another letter or a symbol ("©"): fold it
    }
  }
  if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
  return first_bytes_[c];
}

ChromeMatcher::LineKey ChromeMatcher::key(std::string_view line) const {
  // Folding never makes text longer than it was written, so a start twice the longest
  // marker plus room for "(123):" covers every whole-line match.
  std::size_t keep = 2 * longest_ + 16;
  LineKey k;
  // "« Quay lại", "‹ Trở về": a back link's arrow in quotation marks' shape says nothing of the
  // label (the arrows of U+2190 … are without_leading_symbols', leading_symbols.h)
  for (std::string_view arrow : {std::string_view("«"), std::string_view("‹")}) {
    if (!line.starts_with(arrow)) continue;
    line.remove_prefix(arrow.size());
    while (line.starts_with(' ')) line.remove_prefix(1);
  }
  line = marker_text(line);
  if (line.size() > keep) {
    while (keep > 0 && (static_cast<unsigned char>(line[keep]) & 0xC0) == 0x80) --keep;
    for (char c : line.substr(keep)) {
      if (!is_ascii_punct_or_space(c)) {
        k.truncated = true;
        break;
      }
    }
    line = line.substr(0, keep);
  }
  k.folded = fold_for_match(line);
  return k;
}

bool ChromeMatcher::matches(const std::vector<Marker>& markers, std::string_view folded,
                            bool truncated) {
  for (const Marker& m : markers) {
    if (folded.empty() || folded[0] != m.key[0] || folded.substr(0, m.key.size()) != m.key)
      continue;
    std::string_view rest = folded.substr(m.key.size());
    // "Bình luận" must not match "Bình luậnx…": the marker ends at a word boundary.
    if (!rest.empty() && is_ascii_alnum(m.key.back()) && is_ascii_alnum(rest.front())) continue;
    if (m.prefix) return true;
    if (truncated) continue;  // letters follow beyond the folded start
    bool only_punct = true;
    for (char c : rest) only_punct = only_punct && !is_letter(c);
    if (only_punct) return true;
  }
  return false;
}

std::size_t ChromeMatcher::links_in(std::string_view folded) const {
  std::size_t n = 0;
  auto count = [&](const std::vector<Marker>& markers) {
    for (const Marker& m : markers) {
      if (m.prefix || m.key.find(' ') == std::string::npos) continue;
      for (std::size_t at = folded.find(m.key); at != std::string_view::npos;
           at = folded.find(m.key, at + 1)) {
        std::size_t end = at + m.key.size();
        if ((at == 0 || folded[at - 1] == ' ') && (end == folded.size() || folded[end] == ' ')) {
          ++n;
          break;
        }
      }
    }
  };
  count(drops_);
  count(footers_);
  return n;
}

}  // namespace tuyentap
