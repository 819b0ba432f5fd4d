// What a page runs into its title's line: see title_line.h.
#include "article/title_line.h"

#include <string>

#include "article/header_lines.h"
#include "article/title_site_name.h"

namespace tuyentap {

void clean_title_line(Article& a, std::string_view kicker_over_title) {
  // "Thời sự Huyện Đức Thọ tiếp nhận …" over "Huyện Đức Thọ tiếp nhận …", read as the kicker
  // over its title: the section run into the title's first printing (title_site_name.h), the
  // section alone the topic
  if (!kicker_over_title.empty())
    if (auto section = section_glued_over_title(kicker_over_title, a.title))
      a.topic = std::string(*section);
  // the site's name after the title and the section before it, which a page's <title> line
  // and its breadcrumb run into the title's line: told in the report, not kept in the title
  std::string_view whole = without_page_actions(a.title);
  std::string_view named = without_site_name(whole);
  std::string_view title = without_section_before(named);
  if (named.size() < whole.size())
    a.warnings.push_back("the site's name after the title left out of it: " +
                         std::string(whole.substr(named.size())));
  if (title.size() < named.size())
    a.warnings.push_back("the section before the title left out of it: " +
                         std::string(named.substr(0, named.size() - title.size())));
  a.title = std::string(title);
  // "HỘI THẢO KHOA HỌC Tin tức và sự kiện": the section after a title in capitals, the topic
  // where the header gave none (title_site_name.h)
  if (std::size_t section = section_after_capitals_title(a.title); section != a.title.npos) {
    if (a.topic.empty())
      a.topic = a.title.substr(section);
    else
      a.warnings.push_back("the section after the title left out of it: " +
                           a.title.substr(section));
    a.title.resize(section - 1);
  }
}

void take_section_over_title(Article& a, std::vector<Paragraph>& body) {
  if (body.empty()) return;
  auto glued = section_glued_over_title(a.title, body.front().text);
  if (!glued) return;
  std::string section(*glued);
  if (a.topic.empty())
    a.topic = section;
  else
    a.warnings.push_back("the section before the title left out of it: " + section);
  a.title = std::move(body.front().text);
  body.erase(body.begin());
}

}  // namespace tuyentap
