// A caption closing with the photo's date: see dated_caption.h.
#include "article/dated_caption.h"

#include <algorithm>
#include <charconv>

#include "article/text_lines.h"
#include "base/ascii.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMinCaptionWords = 4;  // before the date
constexpr int kFirstYear = 1945, kLastYear = 2099;

// The number `part` holds, all digits, one to four of them; -1 for anything else.
int number(std::string_view part) {
  int value = -1;
  if (part.empty() || part.size() > 4) return -1;
  auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), value);
  return error == std::errc() && end == part.data() + part.size() ? value : -1;
}

// "12-2016", "12/2016", "15/12/2016", "15-12-2016": a month and a year, a day before them
// perhaps, parted by one kind of mark.
bool is_month_year(std::string_view date) {
  const char mark = date.find('/') != std::string_view::npos ? '/' : '-';
  int parts[3] = {-1, -1, -1};
  std::size_t count = 0;
  for (std::size_t start = 0; start <= date.size(); ++count) {
    if (count == 3) return false;
    const std::size_t end = std::min(date.find(mark, start), date.size());
    parts[count] = number(date.substr(start, end - start));
    if (parts[count] < 0) return false;
    start = end + 1;
  }
  if (count < 2) return false;
  const int day = count == 3 ? parts[0] : 1, month = parts[count - 2], year = parts[count - 1];
  return day >= 1 && day <= 31 && month >= 1 && month <= 12 && year >= kFirstYear &&
         year <= kLastYear;
}

}  // namespace

bool ends_with_photo_date(std::string_view line) {
  line = trim_spaces(line);
  if (line.empty() || ends_with_sentence_punct(line)) return false;
  // after a comma only: in brackets a date closes a part's heading of a history as often
  // ("Đại hội Đảng bộ tỉnh lần thứ nhất (3/1946)")
  const std::size_t comma = line.rfind(',');
  if (comma == std::string_view::npos) return false;
  const std::string_view date = trim_spaces(line.substr(comma + 1));
  const std::string_view before = line.substr(0, comma);
  return is_month_year(date) && !at_most_words(before, kMinCaptionWords - 1);
}

}  // namespace tuyentap
