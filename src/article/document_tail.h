// The documents an article is about, pointed to at its end: a Party-building article reports
// on a resolution, a directive, a conclusion, and its page closes with the documents' names
// under a box title ("Văn bản liên quan:" / "Nghị quyết số 21-NQ/TW ngày 16/6/2022 của …")
// or with where the full text is ("Toàn văn Nghị quyết: https://…"). A digest's reader wants
// the resolution's name and where to read it: such lines are the article's, not the page's
// chrome its other boxes are (article_tail.h names_page_box: "Tin liên quan", "Bài viết khác"),
// which list news. Decided by what the lines name, on any site.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "article/text_lines.h"

namespace tuyentap {

// "Nghị quyết số 21-NQ/TW ngày 16/6/2022 …", "- Chỉ thị 35-CT/TW …", "Quyết định số 99/QĐ-TU":
// a document of the Party or the State by its kind (nghị quyết, chỉ thị, quyết định, kết
// luận, quy định, hướng dẫn, nghị định, thông tư, luật, kế hoạch, công văn, thông báo, quy
// chế, văn kiện …) opening the line, and its number: a word with a digit and a capital
// ("21-NQ/TW", "05/2022/NĐ-CP") or "số" before a number. At most 80 words, no sentence inside.
bool names_document(std::string_view line);

// "Toàn văn Nghị quyết: https://…", "Xem toàn văn Chỉ thị số 35-CT/TW tại đây": where the full
// text of a document is. At most 30 words; no paragraph of text (text_lines.h is_body_text).
bool points_to_full_text(std::string_view line);

// The run of paragraphs of `body` from `from` on that points to documents: a page box's title
// with at least one document's name under it (the box lists documents, not news), the names,
// and pointers to a full text, in any order; nothing after the run is a sentence (text_lines.h
// is_prose): the run is at the article's end. [begin, end); begin == end when none stands there.
struct DocumentRun {
  std::size_t begin = 0, end = 0;
};
DocumentRun document_run(const std::vector<Paragraph>& body, std::size_t from);

}  // namespace tuyentap
