// The forms of address: see address_words.h.
#include "article/address_words.h"

#include <algorithm>
#include <string>

#include "article/text_lines.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

// `words` are one of `forms`, word for word, each word folded alone.
template <std::size_t N>
bool is_one_of(std::span<const std::string_view> words,
               const std::array<std::string_view, N>& forms) {
  for (std::string_view form : forms) {
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

}  // namespace

bool is_form_of_address(std::span<const std::string_view> words) {
  return is_one_of(words, kFormsOfAddress);
}

bool is_profession_form(std::span<const std::string_view> words) {
  return is_one_of(words, kProfessionForms);
}

bool is_kin_or_teacher_form(std::string_view word) {
  const std::string folded = fold_exact(word);
  return std::find(kKinForms.begin(), kKinForms.end(), folded) != kKinForms.end() ||
         std::find(kTeacherForms.begin(), kTeacherForms.end(), folded) != kTeacherForms.end();
}

}  // namespace tuyentap
