// A byline made one by its label: see labelled_byline.h.
#include "article/labelled_byline.h"

#include <string>
#include <vector>

#include "article/byline.h"
#include "article/office_byline.h"
#include "article/text_lines.h"
#include "article/text_photo_label.h"
#include "base/ascii.h"
#include "text/normalize.h"

namespace tuyentap {

std::string_view before_source_label(std::string_view line) {
  for (std::string_view label : {" Nguồn:", " Nguồn tin:"})
    if (std::size_t at = line.find(label); at != std::string_view::npos && at > 0)
      line = trim_spaces(line.substr(0, at));
  return line;
}

std::string_view after_writer_label(std::string_view line) {
  // the writer's labels (text_photo_label.h kWriterLabels, as fold_for_match keys), the
  // news' and the article's credits, and a poster's ("Đăng bởi: Hân Nguyễn"), which portals
  // print where papers print the writer's
  static const std::vector<std::string> kLabels = [] {
    std::vector<std::string> labels;
    for (std::string_view label : kWriterLabels) labels.push_back(fold_for_match(label));
    for (std::string_view label :
         {"tin", "bai", "dang boi", "nguoi dang", "cap nhat boi", "viet boi"})
      labels.emplace_back(label);
    return labels;
  }();
  const std::string colons = with_label_colons(line);  // same bytes, each where it was
  std::string_view rest;
  if (TextPhotoLabel label = text_photo_label(colons); label.size > 0) {
    if (label.photos_only) return {};
    rest = line.substr(label.size);
  } else {
    std::size_t colon = colons.find(':');
    if (colon == std::string::npos) return {};
    std::string key = fold_for_match(trim_spaces(std::string_view(colons).substr(0, colon)));
    bool writer = false;
    for (const std::string& label : kLabels) writer = writer || key == label;
    if (!writer) return {};
    rest = line.substr(colon + 1);
  }
  rest = trim_spaces(rest);
  // a writer's name (its office perhaps after it), or an office signing by its full name
  // ("Tác giả: Cơ quan Ủy ban kiểm tra Đảng ủy Công an tỉnh": office_byline.h)
  bool signs = !rest.empty() && (looks_like_byline(rest) || names_organisation(rest));
  return signs ? rest : std::string_view{};
}

}  // namespace tuyentap
