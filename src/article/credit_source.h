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
  std::string_view end_credit = {};  // a source's credit by the end's byline (below)
};

// "Nguồn: Báo Hà Nội Mới", "Theo binhdinh online": a credit that names where the text came
// from and no writer (byline.h: author_in_byline gives none, source_in_credit one).
bool credits_source_only(std::string_view line);

// "Nguồn: Báo Hà Nội Mới" over "Thu Hòa/VOV4": a source's credit over a line that names the
// writer (a byline with an author, no page's label: vi_syllable.h is_foreign_word, "Admin").
// The name signs; the credit is the source (end_credit).
bool credit_over_writer(std::string_view credit, std::string_view next);

// "Thu Hòa" over "Nguồn: Báo Hà Nội Mới": a credit with its label ("Nguồn:", "Nguồn tin:")
// under the writer's line. Joined to the name as "(Báo X)" or "Theo báo X" are, it would stay
// in the author (byline.h reads the outlet off those, never a label); apart, it is the source.
bool labelled_credit_under_writer(std::string_view line, std::string_view next);

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
//  - "Nguồn: Tổng hợp" at the end with no source: told;
//  - a source's credit over or under the end's byline (end_credit: "Nguồn: Báo Hà Nội Mới" by
//    "Thu Hòa/VOV4") names the source before the writer's outlet does, which is then told as
//    another source; beside a source read before the lead, it is told itself.
void settle_source(const Credits& credits, Article& a);

}  // namespace tuyentap
