// A page's schema.org data printed as text: see schema_lines.h.
#include "article/schema_lines.h"

#include "article/text_lines.h"

namespace tuyentap {

namespace {

// a publisher's full name: "Nhà hát nghệ thuật truyền thống tỉnh Bình Định" is nine words
// (real-eval73/nhahat-binhdinh-1); standing between two addresses, no longer line is a name
constexpr std::size_t kMaxPublisherWords = 16;

bool digits(std::string_view s, std::size_t from, std::size_t n) {
  if (from + n > s.size()) return false;
  for (std::size_t i = from; i < from + n; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

// The next non-blank line after `i`, or lines.size().
std::size_t next_text(const std::vector<std::string>& lines, std::size_t i) {
  for (++i; i < lines.size(); ++i)
    if (!lines[i].empty()) return i;
  return lines.size();
}

}  // namespace

bool is_machine_timestamp(std::string_view s) {
  // YYYY-MM-DDTHH:MM
  if (s.size() < 16 || !digits(s, 0, 4) || s[4] != '-' || !digits(s, 5, 2) || s[7] != '-' ||
      !digits(s, 8, 2) || s[10] != 'T' || !digits(s, 11, 2) || s[13] != ':' || !digits(s, 14, 2))
    return false;
  std::size_t i = 16;
  if (i < s.size() && s[i] == ':') {  // seconds, and their fraction
    if (!digits(s, i + 1, 2)) return false;
    i += 3;
    if (i < s.size() && s[i] == '.') {
      ++i;
      std::size_t start = i;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
      if (i == start) return false;
    }
  }
  std::string_view zone = s.substr(i);
  if (zone.empty() || zone == "Z") return true;
  if (zone[0] != '+' && zone[0] != '-') return false;
  return (zone.size() == 6 && digits(zone, 1, 2) && zone[3] == ':' && digits(zone, 4, 2)) ||
         (zone.size() == 5 && digits(zone, 1, 4));
}

bool is_bare_address(std::string_view s) {
  if (!s.starts_with("http://") && !s.starts_with("https://")) return false;
  return s.find(' ') == std::string_view::npos && s.size() > 8;
}

std::size_t schema_data_end(const std::vector<std::string>& lines, std::size_t at) {
  std::size_t end = at + 1;
  for (std::size_t i = next_text(lines, at); i < lines.size(); i = next_text(lines, i)) {
    const std::string& line = lines[i];
    bool machine = is_machine_timestamp(line) || is_bare_address(line);
    // the publisher's name between the photo's address and its logo's
    bool publisher = !machine && end > at + 1 && is_bare_address(lines[end - 1]) &&
                     at_most_words(line, kMaxPublisherWords) && !ends_with_sentence_punct(line) &&
                     next_text(lines, i) < lines.size() &&
                     is_bare_address(lines[next_text(lines, i)]);
    if (!machine && !publisher) break;
    end = i + 1;
  }
  return end;
}

}  // namespace tuyentap
