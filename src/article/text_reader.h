// The archive's plain-text article format (domain.md), and the text of a page as a browser
// saves it: kicker, title, date line, lead, paragraphs, captions, byline, site chrome.
#pragma once

#include <string_view>
#include <variant>

#include "article/chrome.h"
#include "article/learned_chrome.h"
#include "article/reader.h"
#include "article/text_prepare.h"

namespace tuyentap {

// Reads decoded NFC text on its own (prepare_text, then read_prepared_text with nothing
// learned). Fills topic, title, date, time, lead, blocks, author, source.site and the
// warnings about them; the caller sets id, file and encoding.
std::variant<Article, NotAnArticle> read_plain_text(std::string_view text,
                                                    const ChromeMatcher& chrome);
// A text page (a file of plain text, no Word nor JSON record's text): read_plain_text with the
// fitted title scorer's line (fitted_title.h), which may override the header rules' title
// (title_override.h).
std::variant<Article, NotAnArticle> read_text_page(std::string_view text,
                                                   const ChromeMatcher& chrome);

// The reader's second half, once the chrome learned from the file's group is known. Its
// rules, in the order they run:
//  1. Learned chrome lines are blanked; lines are joined into paragraphs (text_lines.h), a title
//     the page wrapped over two lines is joined (wrapped_title.h), and a paragraph that repeats
//     the one before it is dropped (a copy that doubled it); a short one learns it repeated a
//     photo's alt text (its caption), unless it is the text's last paragraph: a link's card
//     after the article (its image's alt text, the linked title).
//  2. The header (text_header.h): topic, title, date; what stands before it is chrome. A
//     section's name the title's line opened with, a gap between (title_gap_section.h), comes
//     off the title. A date line over the title with a block of chrome between them (two
//     lines or more, learned from the folder or set as no field by the header: a box's title
//     and links, a poll) is the site's clock, the time the page was served, and counted with
//     the header's chrome: the article's date is not there. Without a date line in the
//     header, a date line of its own anywhere in the body is taken.
//  3. The body loses: paragraphs that repeat the title (a video's title, a photo's "Title -
//     ảnh 1" placeholder); a place alone before the lead ("Hòa Bình:", kept as the source); a
//     byline standing between the date line and the lead (kept if none ends the article).
//  4. The end (text_end.h): after the last sentence (not a footer, not a line printed
//     twice), [footer] lines are dropped; the first byline-shaped paragraph among the next few
//     is the byline (with a source on the line after it) and what follows it is chrome,
//     captions with a credit excepted; with no byline, an all-capitals box title ("TIN TỨC
//     MỚI") and what follows it are chrome.
//  5. Blocks: captions (caption.h, or a paragraph a photo stood before: the one that repeated
//     its alt text, or one after an image marker — or, after the lead, a line of one space
//     alone — at most 30 words long and half as long as the paragraph after it), the lead
//     (the first paragraph that
//     is not a caption, its agency prefix stripped and kept as the source: lead_prefix.h),
//     two or more link titles right after the lead are dropped and counted (related_run.h:
//     closing the text and worded as captions, they are captions), then captions without a
//     credit word (bare_caption.h: a line that retells the title, places people in the
//     photo or names a person and a position with text after it; scene_caption.h: a scene;
//     never a line listing who attended, attendance.h), the lead's event named alone
//     (event_caption.h), a building or a location named alone (place_caption.h), a last line under
//     the text's last sentence (closing_caption.h), a heading's shape closing with its month and
//     year (dated_caption.h), headings and paragraphs. A byline that is a
//     name in brackets loses them. A section's name that stood glued to the sapo (text_prepare.h
//     step 5) is the topic when the header gives none.
std::variant<Article, NotAnArticle> read_prepared_text(PreparedText text,
                                                       const ChromeMatcher& chrome,
                                                       const LearnedLines& learned);

}  // namespace tuyentap
