// The time stamps of a list after the article: see closing_stamps.h.
#include "article/closing_stamps.h"

#include "text/date_line.h"

namespace tuyentap {

std::size_t closing_stamps_begin(const std::vector<Paragraph>& body) {
  constexpr std::size_t kMinStamps = 2;
  std::size_t begin = body.size();
  while (begin > 0 && parse_date_line(body[begin - 1].text)) --begin;
  return body.size() - begin >= kMinStamps ? begin : body.size();
}

}  // namespace tuyentap
