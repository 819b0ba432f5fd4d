// The forms of address: see address_words.h.
#include "article/address_words.h"

#include <algorithm>
#include <string>

#include "article/text_lines.h"
#include "text/normalize.h"

namespace tuyentap {

bool is_form_of_address(std::span<const std::string_view> words) {
  for (std::string_view form : kFormsOfAddress) {
    // word for word, each word folded alone
    std::size_t k = 0;
    bool same = true;
    each_word(form, [&](std::string_view part) {
      same = same && k < words.size() && fold_exact(words[k]) == part;
      ++k;
    });
    if (same && k == words.size()) return true;
  }
  return false;
}

std::size_t profession_form_end(std::string_view line, std::size_t at) {
  constexpr std::size_t kMaxFormWords = 3;  // "phó giáo sư"
  // asked of most lines' first words (caption_score.cpp): a form opens with one of these
  // letters, so the rest are let go unfolded
  if (at >= line.size() ||
      std::string_view("NnTtBbGgPpKkLl").find(line[at]) == std::string_view::npos)
    return 0;
  std::string joined;  // the form's words so far, each folded once
  for (std::size_t n = 0; n < kMaxFormWords; ++n) {
    const std::size_t space = line.find(' ', at);
    if (space == std::string_view::npos) return 0;
    if (n > 0) joined += ' ';
    joined += fold_exact(line.substr(at, space - at));
    at = space + 1;
    if (std::find(kProfessionForms.begin(), kProfessionForms.end(), joined) !=
        kProfessionForms.end())
      return at;
  }
  return 0;
}

bool is_kin_or_teacher_form(std::string_view word) {
  const std::string folded = fold_exact(word);
  return std::find(kKinForms.begin(), kKinForms.end(), folded) != kKinForms.end() ||
         std::find(kTeacherForms.begin(), kTeacherForms.end(), folded) != kTeacherForms.end();
}

}  // namespace tuyentap
