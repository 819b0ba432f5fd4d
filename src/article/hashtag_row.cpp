// A row of a post's hashtags: see hashtag_row.h.
#include "article/hashtag_row.h"

namespace tuyentap {

bool is_hashtag_row(std::string_view line) {
  bool letter = false;  // a tag holds a letter somewhere: "#1 #2" are numbers
  std::size_t tags = 0;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    if (i == line.size()) break;
    if (line[i] != '#' || i + 1 == line.size() || line[i + 1] == ' ' || line[i + 1] == '#')
      return false;
    ++i;
    ++tags;
    for (; i < line.size() && line[i] != ' '; ++i) {
      const unsigned char c = static_cast<unsigned char>(line[i]);
      if (c == '#') return false;
      if (c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) letter = true;
    }
  }
  return tags > 0 && letter;
}

}  // namespace tuyentap
