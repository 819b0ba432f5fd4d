#include "book/slug.h"

#include "text/normalize.h"

namespace tuyentap {

std::string book_slug(std::string_view title) {
  std::string folded = fold_for_match(title);  // base letters, đ → d, lower case
  std::string slug;
  for (char c : folded) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep) {
      slug += c;
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';  // spaces, punctuation and anything folding did not make ASCII
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug.empty() ? "tuyen-tap" : slug;
}

}  // namespace tuyentap
