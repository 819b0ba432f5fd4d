// Attendance sentences of a report's body: see attendance.h.
#include "article/attendance.h"

#include <array>
#include <string>

#include "text/normalize.h"
#include "text/utf8.h"

namespace tuyentap {

namespace {

constexpr std::size_t kOpeningBytes = 48;  // "đến tham dự và chỉ đạo " folded, with room

// The words that may come before "dự": where the people came from, or "tham".
constexpr std::array<std::string_view, 5> kBeforeAttend = {"đến", "về", "tới", "cùng", "tham"};

// Words that make "dự" part of another word: dự án, dự thảo, dự kiến, dự báo …
constexpr std::array<std::string_view, 13> kNotAttending = {
    "án", "thảo",   "kiến",  "báo",  "toán", "định", "trữ",
    "bị", "khuyết", "phòng", "luật", "đoán", "tính"};

// Word `w` opens `s` and a space or the end follows it.
bool opens_word(std::string_view s, std::string_view w) {
  return s.starts_with(w) && (s.size() == w.size() || s[w.size()] == ' ');
}

}  // namespace

bool lists_attendance(std::string_view line) {
  std::string_view start = utf8::whole_prefix(line, kOpeningBytes);
  std::string head = fold_exact(start);
  std::string_view rest = head;
  // at most two words before "dự": "đến tham dự"
  for (int k = 0; k < 2; ++k) {
    bool moved = false;
    for (std::string_view w : kBeforeAttend)
      if (opens_word(rest, w) && rest.size() > w.size()) {
        rest.remove_prefix(w.size() + 1);
        moved = true;
        break;
      }
    if (!moved) break;
  }
  if (!opens_word(rest, "dự") && !rest.starts_with("dự,")) return false;
  rest.remove_prefix(std::string_view("dự").size());
  if (rest.starts_with(' ')) rest.remove_prefix(1);
  for (std::string_view w : kNotAttending)
    if (opens_word(rest, w)) return false;
  // "có" after the opening, in the line as printed (folding keeps "có" as it is, lower case)
  std::string folded = fold_exact(line);
  return folded.find(" có ") != std::string::npos;
}

}  // namespace tuyentap
