// The article's source from the credits around the text: see credit_source.h.
#include "article/credit_source.h"

#include <string>

#include "article/byline.h"
#include "article/vi_syllable.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

// "VOV4" and "VOV4.VN", "Báo Hà Nội Mới" and "báo Hà Nội mới": one outlet, by its name or by
// its site's (the name, a dot and the domain after it).
bool same_outlet(std::string_view one, std::string_view other) {
  std::string a = fold_for_match(one), b = fold_for_match(other);
  if (a.size() > b.size()) std::swap(a, b);
  return b.starts_with(a) && (b.size() == a.size() || b[a.size()] == '.');
}

// The end names a source beside the article's own: told, never dropped unsaid.
void tell_other_source(Article& a, std::string_view other) {
  a.warnings.push_back("another source at the end left out: " + std::string(other) +
                       " (the article's source: " + a.source.site + ")");
}

}  // namespace

bool credits_source_only(std::string_view line) {
  return !line.empty() && author_in_byline(line).empty() && !source_in_credit(line).empty();
}

bool credit_over_writer(std::string_view credit, std::string_view next) {
  return credits_source_only(credit) && looks_like_byline(next) && !is_foreign_word(next) &&
         !credits_source_only(next) && !author_in_byline(next).empty();
}

bool labelled_credit_under_writer(std::string_view line, std::string_view next) {
  return credits_source_only(next) && fold_for_match(next).starts_with("nguon") &&
         looks_like_byline(line) && !author_in_byline(line).empty();
}

void settle_source(const Credits& c, Article& a) {
  // a source's credit by the byline: the source, before the writer's outlet
  if (std::string_view credited = source_in_credit(c.end_credit); !credited.empty()) {
    if (a.source.site.empty()) {
      a.source.site = std::string(credited);
    } else if (!same_outlet(credited, a.source.site)) {
      tell_other_source(a, credited);
    }
  }
  // The page's own mark at the head of the text (the lead's agency, "TTXVN - ") stays the
  // source, as the book prints it; the outlet or credit the end names beside it is told, never
  // dropped unsaid.
  std::string_view end_source = source_in_credit(c.end_byline);
  if (!end_source.empty() && !a.source.site.empty() && !same_outlet(end_source, a.source.site))
    tell_other_source(a, end_source);
  for (std::string_view credit : {c.end_byline, c.header_author, c.header_byline})
    if (a.source.site.empty()) a.source.site = std::string(source_in_credit(credit));
  if (!c.desk.empty()) {
    bool names_body = !is_newsroom_role(c.desk) && fold_for_match(c.desk) != "bbt";
    if (names_body && a.source.site.empty()) {
      a.source.site = std::string(c.desk);
    } else if (!same_outlet(c.desk, a.source.site)) {
      a.warnings.push_back("the writer's desk over the byline left out: " + std::string(c.desk));
    }
  }
  // "Nguồn: Tổng hợp" names no source and no writer: the line is in no field, so it is told
  if (a.source.site.empty() && credits_no_source(c.end_byline))
    a.warnings.push_back("source credit naming no paper nor office left out: " +
                         std::string(c.end_byline));
}

}  // namespace tuyentap
