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

bool is_profession_form(std::span<const std::string_view> words) {
  // asked of most lines' first words (caption_score.cpp): a form opens with one of these
  // letters, so the rest are let go unfolded
  if (words.empty() || words.size() > kMaxProfessionFormWords || words[0].empty() ||
      std::string_view("NnTtBbGgPpKkLl").find(words[0][0]) == std::string_view::npos)
    return false;
  std::string joined;
  for (std::string_view w : words) {
    if (!joined.empty()) joined += ' ';
    joined += fold_exact(w);
  }
  return std::find(kProfessionForms.begin(), kProfessionForms.end(), joined) !=
         kProfessionForms.end();
}

bool is_kin_or_teacher_form(std::string_view word) {
  const std::string folded = fold_exact(word);
  return std::find(kKinForms.begin(), kKinForms.end(), folded) != kKinForms.end() ||
         std::find(kTeacherForms.begin(), kTeacherForms.end(), folded) != kTeacherForms.end();
}

}  // namespace tuyentap
