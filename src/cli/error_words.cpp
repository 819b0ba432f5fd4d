#include "cli/error_words.h"

#include <span>
#include <string_view>
#include <vector>

#include "article/warning_codes.h"
#include "base/sentence_pattern.h"
#include "book/note_codes.h"
#include "cli/i18n.h"
#include "cli/terminal.h"

namespace tuyentap {

namespace {

// Every sentence a stage or CLI11 may stop with, as xgettext sees it (N_). Fixed sentences
// are found by exact lookup; those with %s by matching the fixed words around the parts.
constexpr const char* kStageSentences[] = {
    // a broken promise between the program's own parts ("internal: …", any stage): a bug, which
    // the Vietnamese asks the clerk to report; the detail after it is the maintainer's
    N_("internal: %s"),
    N_("this is a bug in the layout stage; please report it"),
    N_("this is a bug in tuyentap's PDF writer; please report it"),
    // base, archive: files
    N_("cannot read file: %s"),
    N_("cannot write file: %s"),
    // base/file_write.h: writing failed after the checks (exit 6)
    N_("the disk is full: free some space or choose another folder with -o FOLDER; the "
       "previous books and reports are as they were"),
    N_("your disk quota is used up: free some space or choose another folder with -o FOLDER; "
       "the previous books and reports are as they were"),
    N_("the file is larger than the file-size limit (ulimit -f) allows: raise the limit; the "
       "previous books and reports are as they were"),
    N_("check the disk and the output folder; the previous books and reports are as they were"),
    N_("check that the output folder exists and is writable"),
    N_("no input given"),
    N_("name the archive's folders, files or .zip archives to read"),
    N_("No such file or directory"),
    N_("Permission denied"),
    N_("Is a directory"),
    N_("Not a directory"),
    N_("Read-only file system"),
    N_("No space left on device"),
    N_("Disk quota exceeded"),
    N_("File too large"),
    N_("Input/output error"),
    N_("File name too long"),
    // what a spec, style or template may read (load/file_rules.h)
    N_("'%s' is in %s, which is never read"),
    N_("name an ordinary file"),
    N_("cannot read '%s': %s"),
    N_("check the path and that the file may be read"),
    N_("'%s' is not a regular file (a folder, device, pipe or socket)"),
    N_("'%s' is too large: %s bytes, at most %s"),
    N_("check that it is the file meant"),
    N_("'%s' lies outside the folders it may be read from: %s"),
    N_("copy the file into one of them (beside the file that names it) and name the copy"),
    N_("the CSS refers to '%s', which the book does not hold"),
    N_("tuyentap copies style.css alone into the book: delete the reference, or write what it "
       "needs inline (a data: URL)"),
    N_("the font %s has %s, which are not supported yet"),
    N_("CFF2 outlines (a variable .otf)"),
    N_("CID-keyed CFF outlines (a CJK .otf)"),
    N_("use the .ttf (TrueType) version of the font, or one of the fonts in fonts/"),
    N_("the font %s lacks %s Vietnamese letters: %s"),
    N_("use a font that has Vietnamese (such as those in fonts/), or name one that has in "
       "[fonts] fallbacks"),
    // the book spec
    N_("the book spec does not exist"),
    N_("`tuyentap init` writes a commented book.toml to start from"),
    N_("unknown key '%s' at the top level"),
    N_("unknown key '%s' in [%s]"),
    N_("known keys at the top level: %s (check the spelling; see the sample that `tuyentap "
       "init` writes for every key)"),
    N_("known keys in [%s]: %s (check the spelling; see the sample that `tuyentap init` "
       "writes for every key)"),
    N_("see the sample that `tuyentap init` writes for every key"),
    N_("'%s' must be text in double quotes"),
    N_("for example: %s = \"...\""),
    N_("'%s' must be a list of texts"),
    N_("for example: %s = [\"Xây dựng Đảng\", \"Chi bộ\"]"),
    N_("'%s' must be a whole number without quotes"),
    N_("for example: %s = 2019"),
    N_("'%s' must be true or false"),
    N_("for example: %s = true"),
    N_("year %s is not plausible"),
    N_("write a four-digit year: year = 2019"),
    N_("'%s' = %s is out of range"),
    N_("a name of more than %s dotted parts"),
    N_("names in this file have one or two parts, such as [book] or page.width_mm"),
    N_("lists or tables nested more than %s deep"),
    N_("a value in this file is a text, a number or a list of them"),
    N_("[period] gives more than one kind of period"),
    N_("keep one: year, quarter, month, or from/to"),
    N_("quarter = N needs a year"),
    N_("month = N needs a year"),
    N_("add: year = 2019"),
    N_("a [[chapter]] has no title"),
    N_("add: title = \"Tên chương\""),
    N_("chapter '%s' says nothing about which articles it takes"),
    N_("give it topics = [...], keywords = [...] or authors = [...]"),
    /* xgettext:no-c-format */ N_("this is not valid TOML: %s"),  // the parser's words: -v
    N_("check the quotes, brackets and '=' on this line; texts go in double quotes"),
    N_("'%s' must be a section: [%s]"),
    N_("chapters are written as [[chapter]] sections"),
    N_("the preface file '%s' does not exist (looked for %s)"),
    N_("the cover image '%s' does not exist (looked for %s)"),
    N_("the path is relative to the folder of %s; correct it, or delete the line"),
    N_("'%s' is not a value %s accepts"),
    N_("write one of: %s"),
    // periods
    N_("the year in '%s' is not a plausible year"),
    N_("write a four-digit year, e.g. 2019"),
    N_("'%s' is not a quarter"),
    N_("write the year, a dash, Q and the quarter number 1-4: \"2019-Q1\""),
    N_("'%s' is not a month"),
    N_("write the year, a dash and the two-digit month: \"2019-01\""),
    N_("'%s' is not a date"),
    N_("write dates as year-month-day: \"2019-01-31\""),
    N_("the period is empty: it starts (%s) after it ends (%s)"),
    N_("swap 'from' and 'to', or correct one of them"),
    // an empty book
    N_("none of the %s input files could be read as an article"),
    N_("check the archive paths given to tuyentap; `tuyentap scan` lists what each file is"),
    N_("no article falls in the period %s (%s articles read, none dated)"),
    N_("no article falls in the period %s (%s articles read, dated %s)"),
    N_("check [period] in the book spec, or the archive given"),
    N_("no article is left for the book: the exclude list leaves out all %s articles read"),
    N_("check [select] exclude in the book spec"),
    N_("no article is left for the book: the topic filter (%s) leaves out all %s articles of "
       "the period"),
    N_("`tuyentap scan` lists the archive's topics; check --topic or [select] topics"),
    N_("no article is left for the book: the filter of topics, keywords and authors leaves out "
       "all %s articles of the period"),
    N_("check --topic, --keyword, --author or [select] in the book spec; `tuyentap scan` lists "
       "what the archive holds"),
    N_("no article is left for the book: no chapter takes any of the %s articles of the period "
       "that pass the filter"),
    N_("see the report (`tuyentap build --plan`) for each article's reason; loosen the "
       "chapters' rules or set leftovers = \"other-chapter\""),
    N_("chapter '%s' matches no article of the period"),
    N_("check its topics, keywords and authors against `tuyentap scan`, or remove the chapter"),
    // styles, fonts, templates, cover
    N_("print style: %s"),
    N_("print style not found"),
    N_("use \"official\", \"book\", \"pocket\" or the path to your own copy of one of "
       "templates/pdf/*.toml"),
    N_("names a font file that does not exist: %s"),
    // the style's folder, then the data folder
    N_("give a path to a .ttf, absolute or relative to %s or to %s"),
    N_("the margins leave too little room for text"),
    N_("make the margins smaller or the page larger"),
    N_("[fonts] must name regular, bold, italic and bold_italic"),
    N_("fix the TOML syntax on that line"),
    N_("the font file is empty"),
    N_("not a usable TrueType/OpenType font"),
    N_("use a .ttf file"),
    N_("the cover image is neither a JPEG nor a PNG file"),
    N_("convert it to JPEG or PNG, or leave cover_image empty for a generated cover"),
    N_("the cover image is damaged: its header reads but its pixels do not decode"),
    N_("open it in an image editor and save it again as a JPEG or PNG, or leave cover_image "
       "empty for a generated cover"),
    N_("EPUB template folder not found"),
    N_("copy templates/epub from the tuyentap sources and change that copy"),
    N_("page template of %s KB, over the 256 KB a page template may have (it is copied into "
       "every page of the book)"),
    N_("move its <style> into style.css, which every page links to"),
    // the command line (ours and CLI11's)
    N_("unknown encoding '%s'"),
    N_("use one of: utf-8, utf-16, windows-1258, tcvn3, vni, viscii"),
    N_("--from and --to go together"),
    N_("e.g. --from 2019-01-01 --to 2019-06-30"),
    N_("unknown format '%s'"),
    N_("use --format epub, pdf or epub,pdf"),
    N_("no output format given"),
    N_("use --format epub,pdf"),
    N_("SOURCE_DATE_EPOCH is not a number of seconds: '%s'"),
    N_("cannot create the output folder: %s"),
    N_("cannot create the folder: %s"),
    N_("book.toml already exists"),
    N_("edit it, or run `tuyentap init --force` to start again"),
    N_("'%s' is not a language this program speaks"),
    N_("use --lang vi or --lang en"),
    N_("A subcommand is required"),
    N_("%s is required"),
    N_("The following argument was not expected: %s"),
    N_("The following arguments were not expected: %s"),
    N_("%s excludes %s"),
    N_("Could not convert: %s = %s"),
    // the book's pages a note names where no article's file is (book/note_codes.h: the notes'
    // sentences are marked there, and looked up last, below)
    N_("cover"),
    N_("title page"),
    N_("preface"),
    N_("table of contents"),
    N_("chapter opener"),
    N_("abbreviations"),
    N_("%s: too many inputs for a flag"),
    // CLI11's validators: CLI::Range (--image-dpi), CLI::IsMember (completion's shell)
    N_("%s: Value %s not in range %s to %s"),
    N_("%s: %s not in {%s}"),
};

// What the archive and the readers say of one input: skip reasons, "not an article"
// reasons and warnings (scan's output, report.txt).
constexpr const char* kInputSentences[] = {
    N_("not text (%s)"),
    N_("PNG image"),
    N_("JPEG image"),
    N_("GIF image"),
    N_("PDF document"),
    N_("TIFF image"),
    N_("WebP image"),
    N_("Word document (.docx)"),
    N_("old Word/Excel document (.doc/.xls)"),
    N_("a Word 97-2003 document (.doc): save it as .docx"),
    N_("a damaged document (%s)"),
    // its part's detail (article/office_zip.cpp), translated in turn
    N_("%s unpacks to more than %s with the rest: possible zip bomb"),
    N_("%s cannot be read"),
    N_("too much text: %s unpacks to more than %s (an article is never this long; split it)"),
    N_("it has no %s"),
    N_("its XML is nested more than %s deep"),
    N_("an HTML page of more than %s elements (an article never has this many; split it)"),
    N_("a text of more than %s lines (an article never has this many; split it)"),
    N_("a document without text"),
    N_("a file of a saved page's folder (an ad frame, a script), not an article"),
    N_("a script or style sheet, not an article"),
    N_("a settings file (TOML: a book spec or a print style), not an article"),
    N_("the book's preface (named in the book spec), not an article"),
    N_("a file a build wrote into its output folder, not an article"),
    N_("the lock a build keeps in its output folder, not an article"),
    N_("a JSON list: one article per file is read (split the records into files)"),
    N_("JSON data without an article's title and text"),
    N_("RTF document"),
    N_("binary data"),
    N_("empty file"),
    N_("no text after removing site chrome"),
    N_("no title"),
    N_("only a title, no article text"),
    N_("could not be read: %s"),
    N_("changed since the archive was listed; read it again"),
    N_("missing: no such file or folder"),
    N_("hidden folder, not read"),
    N_("macOS resource data (__MACOSX folder), not read"),
    // archive/sniff.cpp: a file no archive reads, by its name
    N_("macOS resource data (__MACOSX), not an article"),
    N_("macOS folder settings (.DS_Store), not an article"),
    N_("Windows system file (%s), not an article"),
    N_("Office lock file (%s), not an article"),
    N_("macOS resource data (%s), not an article"),
    N_("hidden file (%s), not read"),
    N_("inside a hidden folder (%s), not read"),
    N_("broken link: points to nothing"),
    N_("zip inside a zip, not opened; unzip it and give it as its own input"),
    N_("symbolic link inside the zip, not a file; not read"),
    N_("corrupt or incomplete zip archive (%s)"),
    N_("an entry named like a folder (ending in '%s') holds data; not read: unzip the archive, "
       "name the file and zip it again"),
    N_("duplicate: the same file as %s, read once"),
    N_("possible zip bomb: its data overlaps that of %s in the zip file (one stream under several "
       "names); not read"),
    N_("possible zip bomb: the zip as a whole unpacks to more than %s (%s of its size); this entry "
       "and the ones after it were not read"),
    N_("possible zip bomb: %s would unpack to %s (%s, the limit is %s), not read"),
    N_("possible zip bomb: holds more data than the zip declares (%s); stopped reading"),
    N_("possible zip bomb: unpacks beyond %s of its compressed size; stopped reading"),
    N_("over the size limit (%s, the limit is %s per file); an article is never this big"),
    N_("over the total size limit (%s for all files together); give fewer or smaller inputs"),
    N_("not a regular file (a device, pipe or socket), not read"),
    // the readers' warnings are article/warning_codes.cpp's table, searched first; here the
    // limits a photo or a Word document may pass (archive/), and the decoder's doubts that an
    // "encoding uncertain: %s" warning holds (text/decode.cpp)
    N_("over the size limit (%s, the limit is %s per photo)"),
    N_("over the size limit (%s, the limit is %s per Word or OpenDocument document); split the "
       "document"),
    N_("%s invalid %s sequence replaced by U+FFFD"),
    N_("%s invalid %s sequences replaced by U+FFFD"),
    N_("best guess %s, but only %s of its words read as Vietnamese"),
    N_("%s or %s (%s and %s of words read as Vietnamese)"),
    N_("%s; encoding uncertain: %s"),
    N_("%s but included by the spec"),
    // the compiler's notes on the spec's include list (book/select.cpp): the file, its id and
    // why it would have been left out, each part translated in turn
    N_("%s (%s) is %s"),
    N_("undated"),
    N_("outside the period (%s)"),
    N_("outside the period"),
    N_("%s is both included and excluded by the spec: left out"),
    N_("chapter rule '%s' (%s) matched only articles of earlier chapters: it is left out"),
    // the items of the site chrome warning's list of several reasons, in its order (the first
    // is never last, the last never followed): last in the table, as they open with a part
    N_("%s by a marker or their shape, %s"),
    N_("%s in a box of related links, %s"),
    N_("%s in a box of related links"),
    N_("%s of the page's header, %s"),
    N_("%s after the byline, %s"),
    N_("%s of the page's header"),
    N_("%s after the byline"),
    N_("%s after the last sentence, %s"),
    N_("%s after the last sentence"),
    N_("%s learned from the folder"),
};

using Lookup = const std::string* (*)(std::string_view);

std::string translate_with(const std::string& english, Lookup find) {
  if (const std::string* exact = find(english)) return *exact;
  std::vector<std::string> parts;
  // the readers' warnings first: some open with a part ("%s related links …"), and a stage's
  // sentence that does too ("%s: %s not in {%s}") must not take them
  static const std::vector<const char*> patterns = [] {
    std::vector<const char*> out;
    for (const WarningKind& k : warning_kinds()) out.push_back(k.sentence);
    return out;
  }();
  // the build's notes last (book/note_codes.h): a spec's note whose parts an input's sentence
  // above reads ("%s (%s) is %s") keeps that reading
  static const std::vector<const char*> notes = [] {
    std::vector<const char*> out;
    for (const NoteKind& k : note_kinds()) out.push_back(k.sentence);
    return out;
  }();
  for (const auto& table :
       {std::span<const char* const>(patterns), std::span<const char* const>(kStageSentences),
        std::span<const char* const>(kInputSentences), std::span<const char* const>(notes)}) {
    for (const char* pattern : table) {
      std::string_view pv(pattern);
      if (pv.find("%s") == std::string_view::npos || !match_sentence(pv, english, parts)) continue;
      const std::string* t = find(pattern);
      if (!t) return english;
      for (auto& part : parts) part = translate_with(part, find);
      return fill(*t, parts);
    }
  }
  return english;
}

}  // namespace

std::string translate_sentence(const std::string& english) {
  return translate_with(english, find_translation);
}

std::string vietnamese_sentence(const std::string& english) {
  return translate_with(english, find_vietnamese);
}

std::string describe_translated(const Error& e, bool verbose) {
  std::string out;
  // Each part on its own line, with what came from the input escaped (cli/terminal.h).
  if (!e.file().empty()) {
    out += shown(e.file());
    if (e.line() > 0) out += ":" + std::to_string(e.line());
    out += ": ";
  }
  std::string message = translate_sentence(e.message());
  out += shown(message);
  if (!e.hint().empty()) out += "\n  " + shown(translate_sentence(e.hint()));
  if (verbose && message != e.message()) out += "\n  (" + shown(e.message()) + ")";
  return out;
}

}  // namespace tuyentap
