// The preface's text → its paragraphs.
#include "book/compile.h"
#include "text/decode.h"
#include "text/normalize.h"

namespace tuyentap {

std::vector<std::string> preface_paragraphs(std::string_view bytes) {
  std::vector<std::string> paragraphs;
  // A preface typed on an old office machine may be in a legacy encoding: decode as articles are.
  std::string text = decode_text(bytes).text;
  std::string current;
  auto flush = [&] {
    std::string p = fold_whitespace(current);
    if (!p.empty()) paragraphs.push_back(std::move(p));
    current.clear();
  };
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    std::string line = text.substr(pos, nl - pos);
    if (fold_whitespace(line).empty()) {
      flush();
    } else {
      current += ' ' + line;
    }
    pos = nl + 1;
  }
  flush();
  return paragraphs;
}

}  // namespace tuyentap
