#include "book/choices.h"

#include "base/error.h"
#include "text/normalize.h"

namespace tuyentap {

std::string choice_key(std::string_view word) {
  return to_lower_vi(fold_whitespace(to_nfc(word)));
}

void unknown_choice(const std::string& key, std::string_view what, const std::string& list) {
  throw Error("'" + key + "' is not a value " + std::string(what) + " accepts", {}, 0,
              "write one of: " + list);
}

}  // namespace tuyentap
