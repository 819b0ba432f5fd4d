// The body's start, once the header is read (the plain-text reader's step 3): the title printed
// again inside the body, and a byline standing between the date line and the lead.
#pragma once

#include <cstddef>
#include <vector>

#include "article/article.h"
#include "article/header_byline.h"
#include "article/text_lines.h"

namespace tuyentap {

// Cleans the body's first paragraphs and returns the byline found between the date line and
// the lead (none: an empty author):
// - the title repeated in the body goes; where it stood a photo stood (its alt text), so the
//   paragraph under it is hinted as a caption; an alt text glued to its caption is cut off
//   (`alt_texts` counts those) and a link's title glued to a placeholder near the end ends the
//   body there;
// - a byline over its institution ("ThS LÊ VĂN CƯỜNG" / "Học viện …"), a newsroom's mark
//   between the lead and the body ("PV"), a name with a dash over the lead ("Nguyễn Văn An -"),
//   a short byline line, a name with its positions after a dash, and a leader's name and
//   position under the sapo are taken out as the header's byline;
// - a source line ("(BĐ) -") sets `a.source.site`; a dateline's place ("HÀ NỘI -") joins the
//   lead it opens; a place tag ("Đồng Tháp") under the title is dropped.
HeaderByline clean_body_start(std::vector<Paragraph>& body, Article& a, std::size_t& alt_texts);

}  // namespace tuyentap
