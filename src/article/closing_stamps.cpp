// The time stamps of a list after the article: see closing_stamps.h.
#include "article/closing_stamps.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "article/province_names.h"
#include "text/date_line.h"
#include "text/normalize.h"

namespace tuyentap {

std::size_t closing_stamps_begin(const std::vector<Paragraph>& body) {
  constexpr std::size_t kMinStamps = 2;
  std::size_t begin = body.size();
  while (begin > 0 && parse_date_line(body[begin - 1].text)) --begin;
  return body.size() - begin >= kMinStamps ? begin : body.size();
}

std::size_t event_box_begin(const std::vector<Paragraph>& body) {
  constexpr std::size_t kMaxLinesUnderDays = 2;
  constexpr std::size_t kMaxLabelBytes = 24;  // "Thông tin sự kiện" is 22
  static constexpr std::array<std::string_view, 5> kLabels = {
      "thong tin su kien", "chi tiet su kien", "event details", "event information", "event info"};
  const std::size_t n = body.size();
  for (std::size_t label = n >= kMaxLinesUnderDays + 2 ? n - kMaxLinesUnderDays - 2 : 0;
       label + 1 < n; ++label) {
    std::string_view text = body[label].text;
    while (text.ends_with(' ') || text.ends_with(':')) text.remove_suffix(1);
    if (text.empty() || text.size() > kMaxLabelBytes) continue;
    const std::string key = fold_for_match(text);
    if (std::find(kLabels.begin(), kLabels.end(), key) == kLabels.end()) continue;
    // the days: one date line, or two joined by a dash ("10/01/2017 - 10/01/2017")
    const std::string_view days = body[label + 1].text;
    const std::size_t dash = days.find(" - ");
    if (!parse_date_line(days) &&
        !(dash != std::string_view::npos && parse_date_line(days.substr(0, dash)) &&
          parse_date_line(days.substr(dash + 3))))
      continue;
    // under the days, the event's city alone ("Hà Nội"), or nothing: a venue, a byline or a
    // source there ("Nhà văn hóa thôn 3", "Minh Tâm", "Theo VOV") says more than a box does
    bool city_only = true;
    for (std::size_t i = label + 2; i < n; ++i)
      city_only = city_only && is_province_name(body[i].text);
    if (city_only) return label;
  }
  return n;
}

}  // namespace tuyentap
