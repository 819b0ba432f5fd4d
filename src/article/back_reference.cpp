// Paragraphs that open by pointing back: see back_reference.h.
#include "article/back_reference.h"

#include <array>
#include <string>

#include "text/normalize.h"
#include "text/utf8.h"

namespace tuyentap {

bool opens_with_back_reference(std::string_view line) {
  // Occasion, place, time, result and addition, each pointing at the text before.
  // "Đặc biệt buổi gặp mặt có các đồng chí tướng lĩnh tới dự …", "Mặt khác, …": the text
  // singling out or turning from what it told (session 35's made-up reunion page)
  static constexpr std::array<std::string_view, 20> kOpeners = {
      "nhân dịp này", "dịp này",  "tại đây",       "cũng tại",  "qua đó",
      "sau đó",       "trước đó", "từ đó",         "do đó",     "vì vậy",
      "như vậy",      "ngoài ra", "bên cạnh đó",   "đồng thời", "cũng trong",
      "tuy nhiên",    "theo đó",  "trên cơ sở đó", "đặc biệt",  "mặt khác"};
  constexpr std::size_t kLongestOpenerBytes = 40;  // folding more of a paragraph is waste
  std::string_view start = utf8::whole_prefix(line, kLongestOpenerBytes);
  std::string head = fold_exact(start);
  for (std::string_view o : kOpeners) {
    if (!head.starts_with(o)) continue;
    if (head.size() == o.size() || head[o.size()] == ' ' || head[o.size()] == ',') return true;
  }
  return false;
}

}  // namespace tuyentap
