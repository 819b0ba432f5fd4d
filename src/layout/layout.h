// layout/: Presentation (book/presentation.h) → LaidOutBook (pages of positioned glyphs), following
// a print style.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/named_bytes.h"
#include "book/page_map.h"
#include "book/presentation.h"
#include "layout/pages.h"
#include "layout/tie_words.h"

namespace tuyentap {

// A print style, read from a TOML file in templates/pdf/ (official.toml, book.toml) or a
// user's own copy. Every value a typesetter would tune lives in the file, not in code.
struct PrintStyle {
  std::string name;  // "official" | "book" | file stem
  // page (mm)
  float page_width_mm = 210, page_height_mm = 297;
  float margin_top_mm = 20, margin_bottom_mm = 20, margin_left_mm = 30, margin_right_mm = 15;
  // fonts: as the style file writes them (beside the style, else in the data dir, or
  // absolute); fallbacks tried in order for characters the main font lacks
  std::string font_regular, font_bold, font_italic, font_bold_italic;
  std::vector<std::string> font_fallbacks;
  // The files those names lead to, read by load/ (load_print_style); a style built in code
  // with no fonts is set in the official style's Liberation Serif, which the caller supplies.
  std::map<std::string, NamedBytes> font_files;
  std::map<std::string, int> font_lines;  // where each font name is written, for messages
  // text (pt)
  float body_size = 13, line_spacing = 1.2f, paragraph_indent_mm = 10, paragraph_space_pt = 6;
  float title_size = 16, chapter_title_size = 20, caption_size = 11, meta_size = 11;
  // furniture
  enum class PageNumbers {
    TopCenter,
    BottomCenter,
    BottomOutside
  } page_numbers = PageNumbers::TopCenter;
  bool number_first_page = false;
  bool running_heads = false;
  bool chapters_on_right = false;  // book style: a chapter starts on a right-hand page

  // Added by layout/ (defaults match `official`; the style files set every one of them).
  std::string source;           // the file the style was read from, for messages
  bool mirror_margins = false;  // book: left/right margins swap on left-hand pages
  float heading_size = 13;      // subheadings inside an article
  float source_size = 10;       // "Nguồn: file"
  float furniture_size = 11;    // running heads and page numbers
  float cover_title_size = 28;
  float title_space_before_pt = 18;              // above an article's title (not at a page top)
  float block_space_pt = 6;                      // around captions, meta line, source line
  float chapter_drop_mm = 30;                    // white space above a chapter opener's title
  bool article_new_page = false;                 // each article on a new page (else they follow on)
  std::string lead_font = "bold";                // "bold" | "italic" | "bold_italic" | "regular"
  float meta_gray = 0.35f, source_gray = 0.35f;  // 0 black … 1 white
  float tolerance = 2.0f;  // Knuth–Plass: largest adjustment ratio a line may take

  // Added for a real book (issue 11; the defaults keep `official` as it was).
  bool number_openers = true;  // false: no page number on a chapter or section opener
  enum class Cover {
    Plain,       // the book's names centred on a white page
    Typographic  // a black band holding the title (layout/cover_art.h)
  } cover = Cover::Plain;
  bool imprint_page = false;  // the title page's back carries the imprint (publisher, …)
  // Photos: printed at the column's width (never larger than 1 px = 1/96 in, as browsers show
  // them), at most this share of the text area's height so that the caption goes on the same
  // page, with pixels beyond image_dpi at their printed size dropped (--image-dpi).
  int image_dpi = 300;
  float photo_max_height = 0.6f;
  // Issue 11: the page around the text (defaults keep a style file without these keys as it was).
  bool continuous_numbers = false;  // arabic from the first page on, front matter included
  float chapter_label_size = 0;     // "Chương I"; 0: three quarters of chapter_title_size
  bool chapter_title_caps = false;  // the chapter's title in capitals (Decree 30)
  // Names a title or a contents line never breaks inside ("Hồ Chí Minh" always).
  std::vector<std::string> no_break;
  // Two-syllable words a title or a list entry should rather not break inside ("chi bộ",
  // matched in any case), and words it keeps with the number after them ("năm 2018"; a
  // range's dash then stays with its second number too): [text] compounds and number_words,
  // prepared once (layout/tie_words.h). Body text breaks anywhere but inside a no_break
  // name, and there only when its lines can afford it.
  TieWords ties;
  // Vertical justification: on a page that ends short, each gap between paragraphs (and
  // above a title) grows by the same amount, at most this much, to bring the last line
  // down to the foot. 0: pages end where their text ends.
  float paragraph_space_stretch_pt = 0;
  // A page that would end 3 lines short or more may set paragraphs a line looser (or
  // tighter) with lines stretched up to this adjustment ratio; other pages stop at 1.5.
  float ragged_page_tolerance = 1.5f;
  // The first paragraph after a title or a subheading (the lead included) takes the first-line
  // indent too (false: set flush, as a book does where nothing above needs telling apart).
  bool indent_after_heading = true;
};

// A style file's text → PrintStyle (its fonts named, not read: load/load.h reads them).
// `source` is the file it came from, for messages; its stem is the style's name. Throws Error
// naming the file and line on a bad value.
PrintStyle parse_print_style(std::string_view text, const std::string& source);

// The names of the fonts a style uses, main faces first, as layout asks for them: a style
// with no fonts named is set in the official style's Liberation Serif ("fonts/…" names).
std::vector<std::string> style_font_names(const PrintStyle& style);

struct LayoutProblem {
  std::string file;       // the article's source file ("" for book furniture)
  std::string character;  // the character no font has, UTF-8
  std::string message;
};

// Figures for the build report and tests.
struct LayoutStats {
  long long shape_requests = 0, shape_hits = 0;  // word-shape cache
  int body_first_page = 0;                       // 0-based index of arabic page 1
  int photos = 0;                                // photos placed (each caption's)
  int photos_downsampled = 0;                    // of those, with pixels beyond image_dpi dropped
};

struct LayoutResult {
  LaidOutBook book;
  std::vector<LayoutProblem> problems;  // characters no configured font has, overfull lines
  LayoutStats stats;
  // Where each page starts and its label (book/page_map.h), for the EPUB's page list;
  // the caller names the edition.
  PageMap page_map;
};

// Lays out the whole book: cover, title page, preface, contents (Mục lục, with dot leaders
// and right page numbers, every line a link), chapters with openers, articles, list of
// abbreviations, list of articles. date_epoch goes to DocInfo.
// on_article, when given, is called after each article is set, with how many are done (the
// CLI's progress line).
LayoutResult layout_book(const Presentation& book, const PrintStyle& style, long long date_epoch,
                         const std::function<void(std::size_t articles_done)>& on_article = {});

// The generated cover as a PNG picture of width × height pixels, for the EPUB's cover
// image: the typographic cover of the PDF (the band, the title, the publisher, the year)
// laid out for a page of that shape in `style`'s fonts and drawn with FreeType, 8-bit
// gray. The same book and style give the same bytes. Throws Error when FreeType or libpng
// fail (a font layout_book accepts does not).
Picture cover_png(const Presentation& book, const PrintStyle& style, int width, int height);

}  // namespace tuyentap
