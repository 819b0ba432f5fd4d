// The article's source from the credits around the text: a source credit or a byline's outlet
// at the end ("Nguồn: Báo Quảng Ninh", "Thu Hòa/VOV4"), one under the title, the desk a writer
// signs for ("Ban Tuyên giáo Huyện ủy X" over the name). Nothing of them vanishes: what is not
// the source is told in a warning.
#pragma once

#include <string_view>

#include "article/article.h"

namespace tuyentap {

// The credits the plain-text reader found (text_reader.cpp): the byline at the end, the one
// between the title and the lead, the one over or beside the date line, the desk's line over
// the end's byline. Any may be empty.
struct Credits {
  std::string_view end_byline, header_author, header_byline, desk;
};

// Settles `a.source.site`, which may hold what the lead or the header gave (the lead's agency,
// "(BĐ) - "; a place, "Hà Nội:"):
//  - a source read before the lead stays (the page's own mark at the head of the text, which
//    the reader took off the lead); the end's credit or outlet naming another one beside it
//    ("Thu Hòa/VOV4" under "(BĐ) - …") is told ("another source at the end left out: …"),
//    unless both name one outlet ("VOV4" and "VOV4.VN");
//  - else the first credit that names a source, end first, when none is known;
//  - the desk is the source when none is known and it names a body ("Ban biên tập Website X");
//    else it is told ("the writer's desk over the byline left out: …"), "Ban Biên tập" or
//    "BBT" alone naming no one;
//  - "Nguồn: Tổng hợp" at the end with no source: told.
void settle_source(const Credits& credits, Article& a);

}  // namespace tuyentap
