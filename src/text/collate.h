// Vietnamese collation (CLDR "vi", via ICU): a < ă < â, d < đ, tones secondary.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tuyentap {

// Sort key bytes: compare with std::string's operator< to get vi order.
std::string vi_sort_key(std::string_view utf8);

// true when a sorts before b in Vietnamese order.
bool vi_less(std::string_view a, std::string_view b);

// Sorts in place by vi order (stable).
void vi_sort(std::vector<std::string>& items);

}  // namespace tuyentap
