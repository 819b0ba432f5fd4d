// What became of each input: in the book (chapter, position), or out with a reason. The
// compiler fills it; report.h prints it for tools and for the clerk.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "article/reader.h"
#include "text/date.h"

namespace tuyentap {

enum class Fate { Included, Excluded, Skipped };

// Why an input is not in the book. Each has a stable code for scripts (reason_code) and a
// sentence in English and in Vietnamese; the facts behind it are fields of LeftOut.
enum class Reason {
  Unreadable,     // skipped: the archive could not give the file (missing, corrupt zip, limits…)
  NotAnArticle,   // skipped: read, but the reader found no article in it (empty, binary, no title)
  Excluded,       // named by the spec's exclude list
  OutsidePeriod,  // dated outside the spec's period
  NoDate,         // undated, and the spec has a period
  NotInTopics,    // not one of the spec's topics (the filter gives topics only)
  FilteredOut,    // does not meet the spec's [select] filter (keywords, authors, combine)
  Duplicate,      // the same article as one kept
  NoChapter,      // no chapter took it and the spec leaves such articles out
  PageResource,   // skipped: a file of a saved page's "_files" folder (an ad frame), not an article
  LegacyWord,     // skipped: a Word 97–2003 document (.doc), to be saved as .docx
  BookFile,       // skipped: the book's own file in the archive (book.toml, a style, the preface)
};

// Written with designated initializers naming only what applies (the `= {}` keep
// -Wmissing-field-initializers quiet): LeftOut{.reason = Reason::NoDate}.
struct LeftOut {
  Reason reason = Reason::Unreadable;
  std::string reader_says = {};     // Unreadable, NotAnArticle: the reader's words ("empty file")
  std::string exclude_entry = {};   // Excluded: the exclude entry that names it
  std::optional<Date> date = {};    // OutsidePeriod: the article's date
  std::string duplicate_of = {};    // Duplicate: the id of the copy kept…
  std::string duplicate_file = {};  // …and its file
  std::string lacking = {};  // NoChapter: "topic" or "date" when chapters go by what it lacks
};

// "unreadable", "not-an-article", "excluded", "outside-period", "no-date", "not-in-topics",
// "filtered-out", "duplicate", "no-chapter", "page-resource", "legacy-word".
std::string_view reason_code(Reason r);

// The Reason of a file the reader found no article in, by the kind the reader gave it.
Reason not_article_reason(NotArticleKind kind);
// The English sentence report.json has always given: "outside the period (2018-12-31)".
std::string reason_text(const LeftOut& why);
// Turns one English sentence of a lower stage (a reader's "empty file", a warning) into
// the clerk's Vietnamese; the CLI holds the catalogue. Empty: kept as it is.
using SentenceTranslator = std::function<std::string(const std::string&)>;
// The clerk's Vietnamese: "ngoài khoảng thời gian của sách (31/12/2018)"; the reader's
// words go through `reader_words`.
std::string vi_reason_text(const LeftOut& why, const SentenceTranslator& reader_words = {});
// What the clerk can do to bring the article in, in Vietnamese, for the reasons a clerk can
// mend in the file or the spec (an undated article); empty for the others.
std::string_view vi_reason_remedy(Reason r);

struct InputFate {
  std::string file;
  std::string id;     // when read
  std::string title;  // when read
  Fate status = Fate::Skipped;
  std::string chapter;  // when included
  int position = 0;     // 1-based position in the chapter, when included
  // Why it is out, when excluded or skipped: held apart, by the inputs left out only (a
  // LeftOut is 184 bytes, and 100,000 included articles' rows each held one; issue 12).
  std::shared_ptr<const LeftOut> left_out;
  std::vector<std::string> also_matched;  // other chapters it matched (first one wins)
  std::vector<std::string> warnings;      // the reader's warnings
  int photos = 0;  // the photos the archive holds for it (their files are no input of their own)

  // left_out's, or a LeftOut of no facts (Reason::Unreadable) for an input in the book.
  const LeftOut& why() const;
  void leave_out(LeftOut why) { left_out = std::make_shared<const LeftOut>(std::move(why)); }
};

// The photos of the book's articles, for the report and the summary.
struct PhotoFigures {
  int embedded = 0;    // photos in the book, each under its caption
  int downscaled = 0;  // of those, made smaller for the EPUB (over 1600 px on the long side)
  int downsampled_for_print = 0;  // made smaller for the PDF (pixels beyond --image-dpi)
  int missing = 0;                // a caption's photo the archive lacks (warning "photo-missing")
  int notes = 0;                  // captions without their photo, set as a note "[Ảnh: …]"
  int dropped = 0;                // the same, left out (captions_without_photo = "drop")
  // A picture the archive holds that the books cannot show (a Word document's EMF drawing, a
  // linked, damaged or over-limit picture: warning "photo-unreadable"; one of too many pixels:
  // "photo-too-large"); its caption is a note.
  int unreadable = 0;
};

// The warnings' stable codes (report.json's "warning_codes" and "problems") are
// article/warning_codes.h's, beside the sentences they name.

struct BuildReport {
  std::vector<InputFate> inputs;  // one per input file (skipped files included), input order
  std::vector<std::string> chapter_titles;
  std::vector<std::vector<std::string>> chapter_ids;
  // e.g. "chapter rule 'X' (book.toml:31) matched only articles of earlier chapters"
  std::vector<std::string> notes;
  int included = 0, excluded = 0, skipped = 0;
  PhotoFigures photos;
};

}  // namespace tuyentap
