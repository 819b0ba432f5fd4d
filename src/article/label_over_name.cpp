// A byline's label over its name at the page's head: see label_over_name.h.
#include "article/label_over_name.h"

#include "article/article_tail.h"
#include "article/byline.h"
#include "article/labelled_byline.h"
#include "article/office_byline.h"
#include "article/province_names.h"
#include "article/text_photo_label.h"
#include "base/ascii.h"
#include "text/normalize.h"

namespace tuyentap {

void join_label_over_name(std::vector<Paragraph>& paras, std::size_t header) {
  for (std::size_t i = 0; i + 1 < paras.size() && i + 1 < header; ++i) {
    Paragraph& label = paras[i];
    const Paragraph& name = paras[i + 1];
    // a name: no label of its own ("Thơ: Lê Anh", "Ảnh: Lê Vinh"), no province ("Tin:" over
    // "Đắk Lắk" is a dateline's place)
    if (shows_photo(label.photo) || shows_photo(name.photo) || !is_byline_label_alone(label.text) ||
        name.text.find(':') != std::string::npos || !looks_like_name(name.text) ||
        is_province_name(name.text))
      continue;
    if (!label.text.ends_with(':')) label.text += ':';  // "Người viết" alone: a writer's label
    label.text += " " + name.text;
    label.lines += name.lines;
    paras.erase(paras.begin() + static_cast<std::ptrdiff_t>(i + 1));
    return;  // one byline at the head
  }
}

bool is_writer_labelled_byline(std::string_view line) {
  constexpr std::size_t kMaxWords = 12;
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || !at_most_words(line, kMaxWords)) return false;
  const std::string label = fold_exact(trim_spaces(line.substr(0, colon)));
  // not "Bút danh:" (a pen name), which a profile prints of the person it is about
  bool writer = false;
  for (std::string_view l : kWriterLabels) writer = writer || (label == l && l != "bút danh");
  // a writer's name, or an office's: "Tác giả: Hồ Chí Minh - Con người và tư tưởng" names a
  // book's title after a name
  const std::string_view after = trim_spaces(line.substr(colon + 1));
  return writer && !after_writer_label(line).empty() &&
         (looks_like_name(after) || signs_as_office(after) || signs_as_unit(after));
}

}  // namespace tuyentap
