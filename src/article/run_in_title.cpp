#include "article/run_in_title.h"

#include "article/text_lines.h"

namespace tuyentap {

namespace {

// `longer` is `shorter` (of three words or more) with words run in before it.
bool run_into(std::string_view longer, std::string_view shorter) {
  return shorter.size() + 1 < longer.size() && longer.ends_with(shorter) &&
         longer[longer.size() - shorter.size() - 1] == ' ' && !at_most_words(shorter, 2);
}

}  // namespace

bool printed_run_into(std::span<const std::string_view> paras, std::size_t i) {
  constexpr std::size_t kNear = 3;
  for (std::size_t j = i > kNear ? i - kNear : 0; j < paras.size() && j <= i + kNear; ++j)
    if (j != i && (j > i ? run_into(paras[i], paras[j]) : run_into(paras[j], paras[i])))
      return true;
  return false;
}

}  // namespace tuyentap
