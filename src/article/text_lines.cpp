// Line splitting and the small shape tests (word counts, punctuation, case) of the reader.
#include "article/text_lines.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/normalize.h"

namespace tuyentap {

namespace {

// Invisible characters that web pages leave in copied text and that would otherwise make
// two equal lines differ: ZERO WIDTH SPACE / NON-JOINER / JOINER, WORD JOINER, BOM, SOFT HYPHEN.
bool is_invisible(UChar32 c) {
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

std::string clean_line(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  int32_t i = 0, n = static_cast<int32_t>(line.size());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(line.data(), i, n, c);
    if (c >= 0 && is_invisible(c)) continue;
    out.append(line.substr(start, i - start));
  }
  return fold_whitespace(out);
}

UChar32 first_code_point(std::string_view s) {
  if (s.empty()) return -1;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
  return c;
}

}  // namespace

std::vector<std::string> split_clean_lines(std::string_view text) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n' || text[i] == '\r') {
      lines.push_back(clean_line(text.substr(start, i - start)));
      if (i < text.size() && text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      start = i + 1;
    }
  }
  return lines;
}

std::vector<std::string> join_paragraphs(const std::vector<std::string>& lines) {
  std::vector<std::string> out;
  bool previous_blank = true;
  for (const std::string& line : lines) {
    if (line.empty()) {
      previous_blank = true;
      continue;
    }
    if (!previous_blank && !out.empty() && !ends_with_sentence_punct(out.back()) &&
        starts_with_lower(line)) {
      out.back() += ' ';
      out.back() += line;
    } else {
      out.push_back(line);
    }
    previous_blank = false;
  }
  return out;
}

std::size_t word_count(std::string_view s) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    if (c == ' ') {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++n;
    }
  }
  return n;
}

std::size_t code_point_count(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool ends_with_sentence_punct(std::string_view s) {
  static const std::vector<std::string_view> kClosers = {"\"", "'", ")", "]", "»", "”", "’"};
  bool stripped = true;
  while (stripped && !s.empty()) {
    stripped = false;
    for (std::string_view c : kClosers) {
      if (s.size() >= c.size() && s.substr(s.size() - c.size()) == c) {
        s.remove_suffix(c.size());
        stripped = true;
      }
    }
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  }
  if (s.empty()) return false;
  if (s.size() >= 3 && s.substr(s.size() - 3) == "…") return true;
  return std::string_view(".,;:!?").find(s.back()) != std::string_view::npos;
}

bool starts_with_upper(std::string_view s) {
  UChar32 c = first_code_point(s);
  return c >= 0 && u_isupper(c);
}

bool starts_with_lower(std::string_view s) {
  UChar32 c = first_code_point(s);
  return c >= 0 && u_islower(c);
}

}  // namespace tuyentap
