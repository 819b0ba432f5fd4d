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

bool is_kin_or_teacher_form(std::string_view word) {
  const std::string folded = fold_exact(word);
  return std::find(kKinForms.begin(), kKinForms.end(), folded) != kKinForms.end() ||
         std::find(kTeacherForms.begin(), kTeacherForms.end(), folded) != kTeacherForms.end();
}

}  // namespace tuyentap
