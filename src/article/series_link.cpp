// A link to another part of the article's series: see series_link.h.
#include "article/series_link.h"

#include <algorithm>

#include "text/normalize.h"

namespace tuyentap {

namespace {

// "Bài 12:" at `at` in `s` (folded): the number, or 0.
int part_at(std::string_view s, std::size_t at) {
  constexpr std::string_view kPart = "bai ";
  if (s.substr(at, kPart.size()) != kPart) return 0;
  std::size_t i = at + kPart.size();
  int n = 0;
  std::size_t digits = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9' && digits < 3) {
    n = n * 10 + (s[i] - '0');
    ++i;
    ++digits;
  }
  if (digits == 0 || digits > 2 || n == 0 || i >= s.size() || s[i] != ':') return 0;
  return n;
}

}  // namespace

int series_part(std::string_view line) {
  // the text is NFC (step 1): no "Bài" where no "ài" stands, and most lines are let go unfolded
  if (line.find("ài") == std::string_view::npos && line.find("ÀI") == std::string_view::npos)
    return 0;
  // folded: "Bài" → "bai", the dashes and marks kept as they are
  const std::string folded = fold_for_match(line.substr(0, 400));
  std::string_view s = folded;
  for (std::string_view mark : {">> ", "> ", "- ", "• "}) {
    if (s.starts_with(mark)) {
      s.remove_prefix(mark.size());
      break;
    }
  }
  if (int n = part_at(s, 0)) return n;
  for (std::string_view dash : {" - ", " – ", " — "}) {
    for (std::size_t at = s.find(dash); at != std::string_view::npos; at = s.find(dash, at + 1))
      if (int n = part_at(s, at + dash.size())) return n;
  }
  return 0;
}

std::size_t drop_series_links(std::vector<Paragraph>& body, std::string_view title,
                              std::string_view topic) {
  constexpr std::size_t kMaxLinkWords = 60;
  int own = series_part(title);
  if (own == 0) own = series_part(topic);
  if (own == 0 || body.size() < 2) return 0;
  auto other_part = [&](const Paragraph& p) {
    const int n = series_part(p.text);
    return n != 0 && n != own && !ends_with_sentence_punct(p.text) &&
           at_most_words(p.text, kMaxLinkWords);
  };
  const auto first = body.begin() + 1;
  const auto kept = std::remove_if(first, body.end(), other_part);
  const auto dropped = static_cast<std::size_t>(body.end() - kept);
  body.erase(kept, body.end());
  return dropped;
}

}  // namespace tuyentap
