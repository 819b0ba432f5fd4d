// The book's front matter that comes from the spec rather than the articles: the preface.
#include <filesystem>

#include "base/error.h"
#include "base/paths.h"
#include "book/compile.h"
#include "text/decode.h"
#include "text/normalize.h"

namespace tuyentap {

std::vector<std::string> read_preface(const BookSpec& spec) {
  std::vector<std::string> paragraphs;
  if (spec.preface_file.empty()) return paragraphs;
  std::string path = spec_relative_path(spec, spec.preface_file);
  std::string bytes;
  try {
    bytes = read_file_bytes(path);
  } catch (const Error& e) {
    throw Error("cannot read the preface file '" + spec.preface_file + "' (" + path + ")",
                spec.file, 0, "the path is relative to the folder of the book spec");
  }
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
