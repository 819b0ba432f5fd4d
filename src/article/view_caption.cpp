// Captions that name the view a photo shows: see view_caption.h.
#include "article/view_caption.h"

#include <array>
#include <string>

#include "article/text_lines.h"
#include "article/word_lists.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace tuyentap {

bool names_photo_view(std::string_view line) {
  constexpr std::size_t kMaxViewWords = 12;
  constexpr std::size_t kOpeningBytes = 24;  // "toàn cảnh " folded, with room
  if (!at_most_words(line, kMaxViewWords) || line.find_first_of("?!:;") != std::string_view::npos)
    return false;
  std::string_view body = line;
  if (body.ends_with('.')) body.remove_suffix(1);
  if (body.ends_with('.')) return false;
  std::string_view start = utf8::whole_prefix(line, kOpeningBytes);
  std::string head = fold_exact(start);
  for (std::string_view v : kViews)  // and more words after the view's
    if (head.starts_with(v) && head.size() > v.size() + 1 && head[v.size()] == ' ') return true;
  return false;
}

}  // namespace tuyentap
