// A byline read between the date line and the lead (body_start.h's clean_body_start), and
// what becomes of it when another byline ends the article: nothing of it may vanish.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "article/article.h"
#include "article/text_lines.h"

namespace tuyentap {

// A byline found between the date line and the lead, with the paragraphs it was read from
// (the name, a position or an institution under it) and where they stood in the body: when
// the byline at the end is the author, they go back (settle_header_byline).
struct HeaderByline {
  std::string author;
  std::vector<Paragraph> lines;
  std::size_t at = 0;
};

// "ThS LÊ VĂN CƯỜNG", "Ts. Lê Văn Cường", "LÊ THỊ CHIÊN", "Lê Thị Chiên" over "Học viện Chính
// trị quốc gia Hồ Chí Minh": a journal's byline under the title, the writer's institution on the
// line under it (the lead follows). A degree or capitals make `name` a byline alone; a name in
// title case is one only over a line that opens with a unit's name (writer_unit.h), since a
// heading in title case reads as a name too.
bool is_byline_over_institution(std::string_view name, std::string_view under);

// The same writer, named in full or in part ("TS. Bùi Ngọc Thanh" and "Bùi Ngọc Thanh"),
// compared folded, word for word ("An" is not the same writer as "Bùi Ngọc Thanh").
bool same_writer(std::string_view one, std::string_view other);

// `a.author` came from the byline at the end and `hb` (or `header_byline`, a byline over or
// beside the date line) named one under the title. Nothing of the one under the title
// vanishes: it names the same writer; or the end names only where the text comes from
// ("Theo báo Bạc Liêu", "(Báo Bạc Liêu)"), and the two are the author, as a byline on two
// lines is ("Hoàng Uyên - Theo báo Bạc Liêu"); or the paragraphs it was read from go back into
// `body` where they stood (a profile's name and position under the sapo); or, read right under
// the title, where they would push the lead down, they are told in a warning.
void settle_header_byline(HeaderByline& hb, const std::string& header_byline, Article& a,
                          std::vector<Paragraph>& body);

}  // namespace tuyentap
