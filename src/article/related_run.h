// The links to other articles that some sites list right after the lead (a "Xem thêm" box
// whose box title the copy lost): a run of two or more short title-like lines, no sentence
// among them. Where the text goes on after the run, a box stands between the lead and the
// body: chrome. A run that closes the text (a page cut after its sapo) is either such a box
// or the page's photos standing together, each with its caption, as cut pages end: when the
// caption rules read any of its lines as a photo's (a scene, people placed in it, a view, a
// portrait: scene_caption.h, bare_caption.h, view_caption.h), or its first line and more than
// half of its lines retell four words in a row of the paragraph above the run (the text's own
// photos: real-eval56/songchu-1), the whole run is captions, one a line; else it is a box.
// Where the text goes on, a run whose first line, and half of its lines or more, are shaped as
// a photo's caption (worded so, or who or what the photo shows doing an act before a camera:
// caption_score.h) is the photos standing under the lead: no run (a box's headlines may open
// with one worded as a caption). What a run drops is counted in the article's warnings, never
// lost silently.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "article/text_lines.h"

namespace tuyentap {

// A link to another article: no photo's caption, title-like, no prose, no colon closing it (a
// list's head, "Chương trình gồm ba phần:", over its items), at most 30 words, no
// credit or bracketed caption, no person's name alone ("Nguyễn Văn Hùng" over "Bí thư Chi bộ
// thôn …": a profile's name and position after the lead, which no article's title is).
bool is_link_title(const Paragraph& p);

struct LinkRun {
  std::size_t size = 0;   // paragraphs in the run; 0 when none stands there
  bool captions = false;  // the run closes the text and is its photos' captions
};

// The run of link titles from `from` on (at least two), and what it is; none under a paragraph
// that ends with its colon (a list's head: its items stand under it).
LinkRun link_run_at(const std::vector<Paragraph>& body, std::size_t from);

// The warning that counts a dropped run: "2 related links after the lead left out" (the
// catalogue gives it in Vietnamese: cli/error_words.cpp).
std::string related_run_warning(std::size_t count);

}  // namespace tuyentap
