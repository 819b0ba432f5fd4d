// The two halves of reading one file, for the archive's reading (archive_reading.cpp) to
// run a batch at a time with the chrome learned between them: decode and prepare (what
// needs the file alone, and what it offers to learning), then read with the group's chrome.
// Internal to article/: read_article and read_archive_articles (reader.h) are the contract.
#pragma once

#include <optional>
#include <string>
#include <variant>

#include "archive/archive.h"
#include "archive/binary_format.h"
#include "article/chrome.h"
#include "article/html_page.h"
#include "article/learned_chrome.h"
#include "article/reader.h"
#include "article/text_prepare.h"
#include "text/decode.h"

namespace tuyentap::article_detail {

// The markers the program was built with, parsed once.
const ChromeMarkers& cached_default_markers();

// One file between its two passes: decoded and, for plain text or a saved page, prepared (the
// half of its reading that needs the file alone: text_prepare.h, html_page.h), with what it
// offers to learning.
struct DecodedFile {
  std::string not_article;  // why the file is no article; the rest is then empty
  NotArticleKind kind = NotArticleKind::Other;
  DecodedText decoded;  // for plain text, without its text: `prepared` holds it
  bool plain = false;   // read by the plain-text reader
  PreparedText prepared;
  std::optional<PreparedPage> page;    // a saved page, read but for its body
  ChromeEvidence evidence;             // only when the file's group may learn
  WordFormat word = WordFormat::None;  // a .docx or .odt: read from the file's bytes
};

// The first half; `learning`: gather the file's ChromeEvidence. Anything unexpected becomes
// the file's reason (only running out of memory is thrown on).
DecodedFile decode_guarded(const InputFile& file, std::optional<Encoding> forced,
                           const ChromeMatcher& chrome, bool learning);

// The second half: the reader for the file's content, then what every reader's article gets.
std::variant<Article, NotAnArticle> read_guarded(const InputFile& file, DecodedFile d,
                                                 const ChromeMatcher& chrome,
                                                 const LearnedLines& learned);

}  // namespace tuyentap::article_detail
