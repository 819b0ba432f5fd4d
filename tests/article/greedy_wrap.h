// A greedy wrap of paragraphs at a width, as a saving browser, a mail client or a terminal
// does: the test texts of the column-wrap rules (column_wrap_test, wrap_blocks_test,
// wrapped_label_test), and the paragraphs the unwrapping reads back from them.
#pragma once

#include <string>
#include <vector>

#include "article/column_wrap.h"
#include "article/text_lines.h"

namespace tuyentap::test {

// Each paragraph broken at spaces into lines of at most `width` code points (a longer word
// stays whole); `blank` keeps a blank line between paragraphs.
inline std::vector<std::string> greedy_wrap(const std::vector<std::string>& paragraphs,
                                            std::size_t width, bool blank = true) {
  std::vector<std::string> out;
  for (const std::string& p : paragraphs) {
    if (blank && !out.empty()) out.emplace_back();
    std::string line;
    std::size_t start = 0;
    while (start <= p.size()) {
      std::size_t end = p.find(' ', start);
      if (end == std::string::npos) end = p.size();
      std::string word = p.substr(start, end - start);
      if (!line.empty() && code_point_count(line) + 1 + code_point_count(word) > width) {
        out.push_back(line);
        line.clear();
      }
      if (!line.empty()) line += ' ';
      line += word;
      start = end + 1;
    }
    out.push_back(line);
  }
  return out;
}

// The paragraphs unwrapped_text reads in `lines`, none when it reads no wrap.
inline std::vector<std::string> unwrapped(const std::vector<std::string>& lines) {
  std::vector<std::string> out;
  if (auto text = unwrapped_text(lines))
    for (std::string& p : split_clean_lines(*text))
      if (!p.empty()) out.push_back(std::move(p));
  return out;
}

}  // namespace tuyentap::test
