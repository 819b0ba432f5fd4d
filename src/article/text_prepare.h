// The plain-text reader's first half, what one file shows on its own: the lines, cleaned, with
// the chrome that markers and the line's own shape reveal taken out. The second half
// (text_reader.h) runs once the chrome learned from the file's folder is known
// (learned_chrome.h), which needs this half of every file of the folder first.
//
// In order:
//  1. Lines are split (LF, CRLF, CR) and cleaned (text_lines.h). A marker's line glued to the
//     text before it ("T.HThống kê truy cập": a capital with no space before it) is split off.
//  2. A line is blanked when it is chrome by its shape or by a marker: no letter or digit
//     ("•", "* * *"); an image marker ("[img]", "(ảnh)", "[logo]": the next paragraph learns a
//     photo stood there; an image's markup whose alt text reads as a caption, with body text
//     next and no caption under it, leaves the alt text as the caption, alt_caption.h); a CMS's
//     photo placeholder ("… - ảnh 1", "… hinh anh 2"); a related link ("» Title", ">> Title"; a "•
//     Title" alone); a [drop-line] marker; a widget's line (page_widgets.h: font-size buttons, a
//     bare view count, a relative date; a visitor counter's box, its title over its counts; a poll
//     run together on one line); above the first sentence, another site's boxes by their shape
//     (header_chrome.h: link titles that open alike, a menu one item a line, a line in no
//     Vietnamese over marked text, each with its box's title; not under a date line). Of a
//     line printed twice in a row, the first is blanked and the second learns it repeated a photo's
//     alt text; a line that is one text twice glued together ("Ảnh minh họa.Ảnh minh họa.") keeps
//     it once and learns the same. The line after a line of one space alone learns a photo may have
//     stood there (PhotoHint::Spacer), unless such lines are over half the blank lines. A line
//     after the first sentence, set off the body's margin (far right of it, or left of an indented
//     body) and shaped as a caption, learns it is one (PhotoHint::OffMargin, margin_caption.h).
//     [ends-article] and [related] markers right above the first line of body text, with no other
//     line between, are box titles where no title stands, and are blanked.
//  3. The header's end is found (the date line, else the first line of body text), and after
//     it the first [ends-article] line cuts the text, unless no body text stands before it and
//     some after it (a side box over the article: only its line is blanked). A [related] line and
//     the link titles after it are blanked; the text is cut there unless body text goes on after
//     them (then the box's lines are counted apart: related_box_lines).
//  4. A title-like line of the body that also stands in the cut-off tail is a link to another
//     article ("Tin liên quan" boxes list the same titles the page shows after its lead).
//  5. A section's name glued to the body's first line by a run of spaces ("Nhịp sống trẻ
//     ĐTN: …", glued_section.h) comes off it and is kept as `section`.
//  6. The guard: when steps 2 to 4 left no line of body text in a file that has some (a
//     marker of the page's side box read as the article's end, sentences read as chrome), its
//     lines of body text are put back where they stood, and counted (kept_prose): the reader
//     reads them as the body and tells it (body_kept_warning), so that no article is emptied
//     silently by rules meant for the page around it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "article/chrome.h"
#include "article/fitted_title.h"
#include "article/text_lines.h"

namespace tuyentap {

// A line at most this long may be learned as chrome (prose never is).
constexpr std::size_t kMaxChromeLineBytes = 400;

// A text of more lines than this is not read (prepare_text throws Error): each line is held
// as a string, its hint and its keys, about 90 bytes even when blank (16 MB of " \n\n" held
// a gigabyte). Real articles have a few hundred lines.
constexpr std::size_t kMaxTextLines = 1000000;

// Where step 3 cut the article's end off with the line after the marker reading as the
// article's text (a sentence): the marker's line, the lines cut after it, and how many of them read
// as body text. The reader tells it in the article's warnings.
struct EndCut {
  std::string marker;
  std::size_t lines = 0;
  std::size_t body_lines = 0;
};

// The stable start of the warning an article gets for the lines blanked as a photo's leftovers
// (PreparedText::photo_lines): "photo leftovers left out: 3 lines (…)", so that a clerk sees
// why those lines are in no block (the report's code: photo-leftovers).
inline constexpr const char* kPhotoLeftovers = "photo leftovers left out: ";
inline std::string photo_leftovers_warning(std::size_t lines) {
  return kPhotoLeftovers + std::to_string(lines) +
         " lines (image markers, file names, markup, placeholders)";
}

// The stable start of the warning an article gets when the chrome rules (markers, shapes, the
// tail's cut) would have left none of its sentences and the file's own were kept as its body
// (PreparedText::kept_prose): a clerk sees why the page's boxes may stand in the article
// (the report's code: body-kept).
inline constexpr const char* kBodyKept = "the chrome rules left no article text: ";
inline std::string body_kept_warning(std::size_t lines) {
  return kBodyKept + std::to_string(lines) + " lines of sentences kept as its body";
}

struct PreparedText {
  std::vector<std::string> lines;  // cleaned; chrome blanked to ""; nothing after the article
  std::vector<PhotoHint> hints;    // one per line
  bool blank = false;              // the text was only white space
  // a text hard-wrapped at 60 to 99 columns, its paragraphs one per line (column_wrap.h), which
  // `lines` were split from; empty for any other text
  std::string unwrapped;
  // The lines standing as the title, the topic line, a breadcrumb or a byline in the header (which
  // chrome learning must not learn: learned_chrome.h), and the title as found there
  std::vector<std::size_t> header_lines;
  std::string title;
  // the first line, with its stop, over the page's counter (header_lines.h title_over_counter)
  std::string title_over_counter;
  std::string section;  // a section's name that stood on the sapo's line (step 5)
  // a section's name before the title on its line, a gap between (title_gap_section.h)
  std::string title_section;
  std::size_t glued_title_lines = 0;  // lines of glued link titles blanked (glued_titles.h)
  // lines blanked as a photo's leftovers (step 2: an image marker, its file's name or stem,
  // its markup, a placeholder, machine-written alt text), for the article's warnings
  std::size_t photo_lines = 0;
  std::size_t photo_marks = 0;  // of those, the lines with no letter or digit ("![]() |")
  std::optional<EndCut> cut;    // step 3 cut body-like text off
  // lines with a letter or digit blanked or cut off as the site's chrome by a marker or by
  // their shape (steps 2 and 3: menus, widgets, boxes, the page's tail), or as the first of a
  // line printed twice on the next line (within a paragraph); a paragraph printed twice after a
  // blank line is read once later and counted nowhere (no text is lost: it is a copy), a line
  // glued twice keeps its text; the lines counted above (photo, glued titles, the cut) and
  // related_box_lines are not counted
  std::size_t chrome_lines = 0;
  // lines of a [related] box inside the text (step 3: its title and link titles, body text
  // going on after them), not counted in chrome_lines
  std::size_t related_box_lines = 0;
  std::size_t learned_lines = 0;  // blanked by the second half as chrome learned (text_reader.h)
  // Lines of body text (text_lines.h is_body_text) that steps 2 to 4 blanked or cut off and
  // that were put back, in their places, because no other line of body text was left (step 6)
  std::size_t kept_prose = 0;
  // What the fitted title scorer says of the text (fitted_title.h), for a text page alone: the
  // reader's second half lets it override the header rules' title (title_override.h). The
  // lines it is sure of alone, a few hundred bytes, as the text is gone by then.
  std::optional<FittedTitleLines> fitted_title;
};

// The stable start of the warning an article gets for the lines left out as the site's chrome
// (PreparedText::chrome_lines, the page's header and the chrome learned from the folder), so
// that a clerk sees why those lines are in no block (the report's code: site-chrome).
inline constexpr const char* kSiteChrome = "site chrome left out: ";
struct SiteChrome {
  std::size_t by_shape = 0;      // PreparedText::chrome_lines
  std::size_t header = 0;        // above the title: what the header rules set as no field
  std::size_t after_byline = 0;  // under the byline at the end: footers, boxes, an office
  std::size_t learned = 0;       // PreparedText::learned_lines
  std::size_t after_text = 0;    // after the last sentence of an article with no byline there
  // PreparedText::related_box_lines (last, so that the counts above keep their places; the
  // warning lists it second)
  std::size_t related_box = 0;
  std::size_t total() const {
    return by_shape + related_box + header + after_byline + after_text + learned;
  }
};
// With one reason alone the warning names it without counts of nothing ("… 5 lines (by a
// marker or their shape)"): most articles have one, and four counts of which three are 0 on
// every article made the report hard to read. With several, the reasons of no line are left
// out too ("… 5 lines (4 by a marker or their shape, 1 of the page's header)"); the catalogue
// translates the list item by item (src/cli/error_words.cpp).
inline std::string site_chrome_warning(const SiteChrome& c) {
  const std::pair<std::size_t, const char*> reasons[] = {
      {c.by_shape, "by a marker or their shape"}, {c.related_box, "in a box of related links"},
      {c.header, "of the page's header"},         {c.after_byline, "after the byline"},
      {c.after_text, "after the last sentence"},  {c.learned, "learned from the folder"}};
  const std::string head = kSiteChrome + std::to_string(c.total()) + " lines (";
  for (const auto& [lines, why] : reasons)
    if (lines == c.total()) return head + why + ")";
  std::string list;
  for (const auto& [lines, why] : reasons) {
    if (lines == 0) continue;
    if (!list.empty()) list += ", ";
    list += std::to_string(lines) + " " + why;
  }
  return head + list + ")";
}

// Throws tuyentap::Error for a text of more than kMaxTextLines lines.
PreparedText prepare_text(std::string_view text, const ChromeMatcher& chrome);

}  // namespace tuyentap
