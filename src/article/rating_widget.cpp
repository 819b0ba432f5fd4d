// A rating box's lines: see rating_widget.h.
#include "article/rating_widget.h"

#include <array>
#include <string>

#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxRatingBytes = 160;

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// "(0 binh chon)": a count and a word for votes, then the closing bracket, nothing after.
bool is_vote_count(std::string_view s) {
  static constexpr std::array<std::string_view, 7> kVotes = {
      "binh chon", "luot binh chon", "phieu", "phieu bau", "luot danh gia", "danh gia", "votes"};
  if (!s.starts_with('(')) return false;
  s.remove_prefix(1);
  std::size_t digits = 0;
  while (digits < s.size() && (is_digit(s[digits]) || s[digits] == '.')) ++digits;
  if (digits == 0 || digits >= s.size() || s[digits] != ' ') return false;
  s.remove_prefix(digits + 1);
  if (!s.ends_with(')')) return false;
  s.remove_suffix(1);
  for (std::string_view votes : kVotes)
    if (s == votes || (votes == "votes" && s == "vote")) return true;
  return false;
}

}  // namespace

bool is_rating_widget_line(std::string_view line) {
  if (line.size() > kMaxRatingBytes) return false;
  // a cheap look before the fold: the average's word, either case, or the stars' sentence
  bool may_be = line.starts_with("Trung bình") || line.starts_with("TRUNG BÌNH") ||
                line.starts_with("Average") || line.starts_with("Tỷ lệ trung bình") ||
                line.starts_with("Tỉ lệ trung bình");
  if (!may_be) return false;
  std::string folded = fold_for_match(line);
  std::string_view s = folded;
  while (s.ends_with(' ')) s.remove_suffix(1);
  for (std::string_view word : {std::string_view("trung binh "), std::string_view("average ")})
    if (s.starts_with(word)) return is_vote_count(s.substr(word.size()));
  for (std::string_view opening :
       {std::string_view("ty le trung binh la "), std::string_view("ti le trung binh la ")})
    if (s.starts_with(opening))
      return s.find(" sao") != std::string_view::npos &&
             s.find("ngoi sao") != std::string_view::npos;
  return false;
}

}  // namespace tuyentap
