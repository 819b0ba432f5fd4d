// The fitted title scorer's say over the header rules' title on a text page (docs/
// title-scorer.md). The rules (text_header.h) place the title by the page's layout and, on a
// site they were never tuned on, now and then take a line of its chrome ("Chế độ ban đêm In
// trang", "Mặc định Cỡ chữ") or a caption for it; the fitted scorer (fitted_title.h), cross-
// validated, is right more often there. Where it is sure of another paragraph, that
// paragraph is the title:
//  - the scorer's line is a whole paragraph of the header or of the body, not the rules'
//    title's nor the date line's nor the byline's, and its score is at least
//    fitted_title_override_score() (or fitted_title_untitled_score() where the rules found no
//    title: most pages the rules read as untitled truly show none, the first sentence of a
//    body-first page scores high, and only a near-certain line may title them);
//  - the rules' own title line scores under fitted_title_doubt_score(): the scorer doubts it,
//    it does not merely like another line a little better (two wordings of the title);
//  - the rules' title does not share its paragraph with a date line in brackets (the page
//    dated it);
//  - the rules' title does not stand right over the header's date line with the scorer's line
//    right under that date line (and the rules' line a page title, no byline): a page prints its
//    title over the date line and its sapo under it (a short title and a longer sapo with no stop,
//    "Ngày cập nhật 14/11/2008" between them);
//  - the paragraphs above it that are no field of the header are the page's header chrome
//    (the report's site-chrome count "of the page's header"), as above any title: the rules'
//    former title among them, and paragraphs the rules took for the body's start when none of
//    them is a sentence (text_lines.h is_prose) or as long as a body paragraph (30 words):
//    the text itself does not stand above its title, and then the rules' title stays;
//  - the rules' title below the new one opens the body (a subtitle or the lead), unless a
//    date line or a byline stands between them: then it is chrome of the header too;
//  - the rules' title right under a copy of the new one and right over the date line, a
//    section's shape (dated_paragraph.h is_section_like), is the page's section: the topic,
//    when the header found none ("<title>", "Tin hoạt động", "<date line>", …, "<title>").
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "article/fitted_title.h"
#include "article/text_header.h"

namespace tuyentap {

// The start of the warning an article gets when the scorer's line replaced the rules' title
// (text_reader.cpp), and the report's code for it (book/fate.h kTitleScoredCode): the rules'
// line follows, which the clerk may compare with the title; or, where the rules found none,
// the warning's other wording (kTitleScoredUntitled).
inline constexpr const char* kTitleScored =
    "title chosen by the title scorer over the header rules' line: ";
inline constexpr const char* kTitleScoredUntitled =
    "title chosen by the title scorer where the header rules found none";

// Moves h's title (and its body's start) to the scorer's line where the rules above say so;
// true when it did. `paras` are the paragraphs h was found in.
bool prefer_fitted_title(HeaderLayout& h, std::span<const std::string_view> paras,
                         const std::vector<bool>& twice, const FittedTitleLines& scorer);

}  // namespace tuyentap
