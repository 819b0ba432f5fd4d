#include "article/warning_codes.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/sentence_pattern.h"

// Marks a sentence for xgettext (po/check.cmake reads this file with the CLI's); the
// translation itself is the CLI's (cli/i18n.h), which article/ knows nothing of.
#define N_(text) text

namespace tuyentap {

namespace {

constexpr WarningKind kKinds[] = {
    // the date (text_reader.cpp, block_rules.cpp, html_page.cpp, json_record.cpp)
    {"no-date", N_("no date line")},
    {"impossible-date", N_("the date line gives a date that does not exist: %s")},
    {"date-from-address", N_("date from the page's address")},
    {"date-from-lead", N_("no date line: the date is the day the lead opens with: %s")},
    // the topic and the title
    {"no-topic", N_("no topic (category)")},
    {"no-topic", N_("no topic (section)")},
    {"no-topic", N_("no topic line (kicker): the first line is the title")},
    {"no-title",
     N_("no title line: the article has no title; to give it one, put the title alone on the "
        "file's first line, with no full stop at its end and a blank line under it")},
    {"title-lower-case", N_("title in lower case kept as typed: %s")},
    {kTitleScoredCode, N_("title chosen by the title scorer over the header rules' line: %s")},
    {kTitleScoredCode, N_("title chosen by the title scorer where the header rules found none")},
    {"site-name-cut", N_("the site's name after the title left out of it: %s")},
    {"title-again", N_("the title printed again with a letter mistyped left out: %s")},
    {"title-again", N_("the title printed again in other words left out: %s")},
    {"section-cut", N_("the section before the title left out of it: %s")},
    {"section-cut", N_("the section after the title left out of it: %s")},
    // the author and the source (byline*.cpp, header_byline.cpp, credit_source.cpp)
    {"no-byline", N_("no byline")},
    {"byline-site-account", N_("byline naming the site's account, no writer, left out: %s")},
    {"credit-is-source", N_("the credit names where the text came from, not its writer: %s")},
    {"byline-left-out", N_("another byline under the title left out: %s")},
    {"photographer-not-author", N_("photographer named in the byline, not the author: %s")},
    {"writer-position-left-out", N_("the writer's position under the byline left out: %s")},
    {"writer-desk-left-out", N_("the writer's desk over the byline left out: %s")},
    {"source-left-out", N_("another source at the end left out: %s (the article's source: %s)")},
    {"credit-without-source", N_("source credit naming no paper nor office left out: %s")},
    // the body: what was left out of it, and why
    {"no-lead", N_("no lead paragraph")},
    {"related-links", N_("%s related links after the lead left out")},
    {"text-after-marker", N_("text after '%s' left out: %s lines, %s of them sentences")},
    {"glued-link-titles", N_("%s lines of link titles glued together left out")},
    {kBodyKeptCode, N_("the chrome rules left no article text: %s lines of sentences kept as "
                       "its body")},
    {kPhotoLeftoversCode, N_("photo leftovers left out: %s lines (image markers, file names, "
                             "markup, placeholders)")},
    {kSiteChromeCode, N_("site chrome left out: %s lines (by a marker or their shape)")},
    {kSiteChromeCode, N_("site chrome left out: %s lines (in a box of related links)")},
    {kSiteChromeCode, N_("site chrome left out: %s lines (of the page's header)")},
    {kSiteChromeCode, N_("site chrome left out: %s lines (after the byline)")},
    {kSiteChromeCode, N_("site chrome left out: %s lines (learned from the folder)")},
    {kSiteChromeCode, N_("site chrome left out: %s lines (after the last sentence)")},
    // several reasons: only those of some line, listed (text_prepare.h site_chrome_warning)
    {kSiteChromeCode, N_("site chrome left out: %s lines (%s)")},
    {"footnotes-left-out", N_("%s footnotes left out: the books print no footnotes")},
    {"document-frame", N_("the document's letterhead, addressees, recipients and signature left "
                          "out: %s lines")},
    {"document-frame", N_("the document's signature left out: %s lines")},
    // photos (photos.cpp, word_pictures.cpp, photo_pixels.cpp)
    {"photo-heading-dropped", N_("dropped a closing photo heading with no photos under it: %s")},
    {"photo-heading-dropped", N_("dropped a photo heading with no photos under it: %s")},
    {"photo-heading-dropped",
     N_("dropped %s photo headings with no photos under them, the first: %s")},
    {kPhotoMissingCode, N_("photo missing: %s (not in the archive, or not a JPEG or PNG)")},
    {kPhotoUnreadableCode,
     N_("photo unreadable: %s (an EMF or WMF drawing: the books show JPEG and PNG only)")},
    {kPhotoUnreadableCode, N_("photo unreadable: %s (not a JPEG or PNG, or damaged: the books "
                              "show JPEG and PNG only)")},
    {kPhotoUnreadableCode, N_("photo unreadable: %s (linked from outside the document, not kept "
                              "in it)")},
    {kPhotoUnreadableCode, N_("photo unreadable: %s (not in the document)")},
    {kPhotoUnreadableCode, N_("photo unreadable: %s (over the size limit of %s MB per photo)")},
    {kPhotoUnreadableCode, N_("photo unreadable: %s (damaged in the document)")},
    {kPhotoUnreadableCode,
     N_("photo unreadable: %s (the document unpacks to more than %s MB: possible zip bomb)")},
    {kPhotoUnreadableCode, N_("photo unreadable: %s (the photos together pass %s GB)")},
    {kPhotoTooLargeCode, N_("photo too large: %s (%s × %s pixels; the limit is %s Mpx a photo: "
                            "make it smaller)")},
    {kPhotoTooLargeCode, N_("photo too large: %s (the photos to be made smaller pass %s Mpx "
                            "together: make them smaller before the build)")},
    // the bytes (reader.cpp, from text/decode.cpp's notes)
    {"encoding-uncertain", N_("encoding uncertain: %s")},
};

// What each code's warnings are, in a few words: scan's and report.txt's count of files by kind
// (cli/scan.cpp, book/report.cpp), so that a clerk sees "11 files: no date line" before the
// list of every file.
constexpr WarningKind kSummaries[] = {
    {"no-date", N_("no date line")},
    {"impossible-date", N_("a date that does not exist")},
    {"date-from-address", N_("date taken from the page's address")},
    {"date-from-lead", N_("date taken from the lead's opening")},
    {"no-topic", N_("no topic")},
    {"no-title", N_("no title")},
    {"title-lower-case", N_("title in lower case kept as typed")},
    {kTitleScoredCode, N_("title chosen by the title scorer")},
    {"site-name-cut", N_("site's name cut off the title")},
    {"title-again", N_("title printed again left out")},
    {"section-cut", N_("section cut off the title")},
    {"no-byline", N_("no byline")},
    {"byline-site-account", N_("byline naming the site's account")},
    {"credit-is-source", N_("credit naming a source, not a writer")},
    {"byline-left-out", N_("another byline left out")},
    {"photographer-not-author", N_("photographer named in the byline")},
    {"writer-position-left-out", N_("writer's position left out")},
    {"writer-desk-left-out", N_("writer's desk left out")},
    {"source-left-out", N_("another source left out")},
    {"credit-without-source", N_("source credit naming no one left out")},
    {"no-lead", N_("no lead paragraph")},
    {"related-links", N_("related links left out")},
    {"text-after-marker", N_("text after an end marker left out")},
    {"glued-link-titles", N_("glued link titles left out")},
    {kBodyKeptCode, N_("sentences kept where the chrome rules left no text")},
    {kPhotoLeftoversCode, N_("photo leftovers left out")},
    {kSiteChromeCode, N_("site chrome left out")},
    {"footnotes-left-out", N_("footnotes left out")},
    {"document-frame", N_("document's frame left out")},
    {"photo-heading-dropped", N_("photo heading with no photos dropped")},
    {kPhotoMissingCode, N_("photo missing")},
    {kPhotoUnreadableCode, N_("photo unreadable")},
    {kPhotoTooLargeCode, N_("photo too large")},
    {"encoding-uncertain", N_("encoding uncertain")},
    // the compiler's own (book/select.cpp), counted in report.txt beside the readers'
    {kIncludedBySpecCode, N_("included by the spec though left out")},
    {kOtherWarning, N_("other warnings")},
};

}  // namespace

std::span<const WarningKind> warning_kinds() {
  return kKinds;
}

std::string_view warning_code(std::string_view warning) {
  std::vector<std::string> parts;
  for (const WarningKind& k : kKinds)
    if (match_sentence(k.sentence, warning, parts)) return k.code;
  return kOtherWarning;
}

std::string_view warning_summary(std::string_view code) {
  for (const WarningKind& k : kSummaries)
    if (code == k.code) return k.sentence;
  return warning_summary(kOtherWarning);
}

namespace {

// A code's place in the catalogue: kSummaries lists each code once, in kKinds' order
// (tests/article/warning_codes_test.cpp holds them to it), with the compiler's code and
// kOtherWarning after; a code of neither table comes after them all.
std::size_t catalogue_place(std::string_view code) {
  auto is_code = [&](const WarningKind& k) { return code == k.code; };
  return std::find_if(std::begin(kSummaries), std::end(kSummaries), is_code) -
         std::begin(kSummaries);
}

}  // namespace

std::vector<WarningKindCount> count_warning_kinds(
    std::span<const std::vector<std::string_view>> codes_by_file) {
  std::map<std::string_view, int> files;
  for (const auto& codes : codes_by_file)
    for (std::string_view code : std::set<std::string_view>(codes.begin(), codes.end()))
      ++files[code];
  std::vector<WarningKindCount> kinds;
  for (const auto& [code, n] : files) kinds.push_back({std::string(code), n});
  // stable: codes of the same place (none the catalogue knows) keep the map's, spelling, order
  std::stable_sort(kinds.begin(), kinds.end(), [](const auto& a, const auto& b) {
    if (a.files != b.files) return a.files > b.files;
    return catalogue_place(a.code) < catalogue_place(b.code);
  });
  return kinds;
}

}  // namespace tuyentap
