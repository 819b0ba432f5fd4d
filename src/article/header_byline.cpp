// A byline under the title beside the one at the end: see header_byline.h.
#include "article/header_byline.h"

#include <algorithm>
#include <iterator>

#include "article/byline.h"
#include "article/writer_unit.h"
#include "text/normalize.h"

namespace tuyentap {

bool is_byline_over_institution(std::string_view name, std::string_view under) {
  if (!looks_like_institution_line(under)) return false;
  return looks_like_degree_byline(name) || looks_like_capitals_byline(name) ||
         looks_like_degree_led_byline(name) ||
         (looks_like_name(name) && opens_with_writer_unit(under));
}

bool same_writer(std::string_view one, std::string_view other) {
  // whole words: "an" is no part of "thanh", nor "ha" of "hanh"
  std::string a = " " + fold_for_match(one) + " ", b = " " + fold_for_match(other) + " ";
  return a.size() > 2 && b.size() > 2 &&
         (a.find(b) != std::string::npos || b.find(a) != std::string::npos);
}

void settle_header_byline(HeaderByline& hb, const std::string& header_byline, Article& a,
                          std::vector<Paragraph>& body) {
  const std::string& header = hb.author.empty() ? header_byline : hb.author;
  std::string_view name = author_in_byline(byline_without_final_stop(header));
  if (name.empty() || same_writer(name, a.author)) return;
  // "Tác giả: Trần Minh Đức" under the title, "… năm 2008. PV." at the end: a newsroom's role
  // names nobody, the writer named over the text is the author
  if (is_newsroom_role(a.author) && looks_like_name(name)) {
    a.author = std::string(name);
    hb.lines.clear();
    return;
  }
  if (looks_like_source(a.author) && looks_like_name(name)) {
    // "Trần Minh Khoa" under the title, "Theo báo X" or "(Báo X)" at the end: the writer is
    // the author, the paper the article's source (byline_outlet.h)
    std::string joined = std::string(name) + (a.author.front() == '(' ? " " : " - ") + a.author;
    if (a.source.site.empty()) a.source.site = std::string(source_in_credit(joined));
    a.author = std::string(author_in_byline(joined));
    return;
  }
  if (hb.at == 0 && !hb.lines.empty()) {
    // a writer named between the title and the lead: put back, the name would be the lead; the
    // warning keeps it (a second writer, or the end's byline a source the rules missed)
    std::string said;
    for (const Paragraph& p : hb.lines) said += (said.empty() ? "" : " - ") + p.text;
    a.warnings.push_back("another byline under the title left out: " + said);
    hb.lines.clear();
  }
  if (!hb.lines.empty()) {
    auto at = body.begin() + static_cast<std::ptrdiff_t>(std::min(hb.at, body.size()));
    body.insert(at, std::make_move_iterator(hb.lines.begin()),
                std::make_move_iterator(hb.lines.end()));
    hb.lines.clear();
  }
}

}  // namespace tuyentap
