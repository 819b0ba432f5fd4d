// read_article: bytes → decoded text → the right reader → a finished Article (id, file,
// encoding, warnings), in two halves (file_steps.h) that read_archive_articles runs over a
// whole archive (archive_reading.cpp).
#include "article/reader.h"

#include <exception>
#include <new>
#include <optional>

#include "article/chrome.h"
#include "article/content_kind.h"
#include "article/file_steps.h"
#include "article/html_page.h"
#include "article/input_text.h"
#include "article/lead_date.h"
#include "article/learned_chrome.h"
#include "article/text_reader.h"
#include "article/word_reader.h"
#include "base/hash.h"
#include "text/normalize.h"

namespace tuyentap {

namespace article_detail {

const ChromeMarkers& cached_default_markers() {
  static const ChromeMarkers markers = default_chrome_markers();
  return markers;
}

}  // namespace article_detail

using namespace article_detail;

namespace {

// The id depends on what the article says, not where it is stored, and not on the trivia
// that differ between two copies of it: encoding, NFD, line ends, spacing and site chrome are
// gone from the fields already; the title is also compared without case and tone placement.
// Nor on how the reader cut the text into blocks: the lead, the paragraphs and the captions
// are hashed as one run of words, so that a reading that tells one more caption, or splits a
// paragraph, leaves the id (and the EPUB's file name, and a book spec's include list) as it was.
// The body is hashed as read: fold_exact over the whole text cost more than reading it
// (about 1 s for a ten-year archive), and near-duplicates are the book stage's business.
std::string content_id(const Article& a) {
  std::string key = fold_exact(a.title);
  key += '\n';
  if (a.date) key += a.date->iso();
  key += '\n';
  key += a.lead;
  auto words = [&key](const std::string& text) {
    if (text.empty()) return;
    if (!key.empty() && key.back() != '\n') key += ' ';
    key += text;
  };
  for (const Block& b : a.blocks) {
    words(b.text);
    words(b.credit);
  }
  return short_id(key);
}

DecodedFile decode_one(const InputFile& file, std::optional<Encoding> forced,
                       const ChromeMatcher& chrome, bool learning) {
  DecodedFile d;
  if (file.bytes.empty()) {
    d.not_article = "empty file";
    return d;
  }
  d.word = word_format(file.bytes);
  if (d.word == WordFormat::LegacyWord) {
    d.not_article = "a Word 97-2003 document (.doc): save it as .docx";
    d.kind = NotArticleKind::LegacyWord;
    return d;
  }
  if (d.word != WordFormat::None) return d;
  InputText input = decode_input(file.bytes, forced ? forced : declared_page_encoding(file.bytes));
  if (!input.not_text.empty()) {
    d.not_article = std::move(input.not_text);
    return d;
  }
  d.decoded = std::move(input.decoded);
  ArticleFormat format = sniff_article_format(d.decoded.text);
  if (format == ArticleFormat::Settings) {
    d.not_article = kSettingsFileReason;
    d.kind = NotArticleKind::BookFile;
    d.decoded = {};
    return d;
  }
  // A script keeps its own reason; a page or a record there is the saved page's, not an article.
  if (format != ArticleFormat::PlainText && format != ArticleFormat::Code &&
      in_saved_page_folder(file.path)) {
    d.not_article = "a file of a saved page's folder (an ad frame, a script), not an article";
    d.kind = NotArticleKind::PageResource;
    d.decoded = {};
    return d;
  }
  d.plain = format == ArticleFormat::PlainText;
  if (d.plain) {
    d.prepared = prepare_text(d.decoded.text, chrome);
    d.prepared.fitted_title.emplace(
        d.prepared.unwrapped.empty() ? std::string_view(d.decoded.text) : d.prepared.unwrapped,
        true);                           // a text page's (text_reader.h)
    std::string().swap(d.decoded.text);  // assigning "" would keep the buffer
    if (learning) d.evidence = chrome_evidence(d.prepared);
  } else if (format == ArticleFormat::WebPage) {
    d.page = prepare_web_page(d.decoded.text, chrome);
    std::string().swap(d.decoded.text);
    if (learning) d.evidence = chrome_evidence(*d.page);
  }
  return d;
}

// The reader for the file's content, then what every reader's article gets.
std::variant<Article, NotAnArticle> read_one(const InputFile& file, DecodedFile d,
                                             const ChromeMatcher& chrome,
                                             const LearnedLines& learned) {
  if (!d.not_article.empty()) return NotAnArticle{std::move(d.not_article), d.kind};
  const DecodedText& decoded = d.decoded;
  std::variant<Article, NotAnArticle> result =
      d.word != WordFormat::None ? read_word_document(file.bytes, d.word, chrome)
      : d.plain                  ? read_prepared_text(std::move(d.prepared), chrome, learned)
      : d.page                   ? finish_web_page(std::move(*d.page), learned)
                                 : read_by_format(decoded.text, chrome);
  if (auto* a = std::get_if<Article>(&result); a && d.word != WordFormat::None) {
    a->file = file.path;
    a->encoding = "UTF-8";  // what the document's XML holds
    a->id = content_id(*a);
    date_from_lead(*a);  // after the id: the id names what the file says, not what we infer
    return result;
  }
  if (auto* a = std::get_if<Article>(&result)) {
    a->file = file.path;
    a->encoding = std::string(encoding_name(decoded.encoding));
    a->id = content_id(*a);
    date_from_lead(*a);
    // The decoder's doubts already say "encoding uncertain: …"; other notes (a repair of
    // invalid bytes) are marked here when the guess itself is in doubt, never twice.
    const std::string kUncertain = "encoding uncertain: ";
    if (!decoded.confident && decoded.note.rfind(kUncertain, 0) != 0) {
      a->warnings.insert(a->warnings.begin(), kUncertain + decoded.note);
    } else if (!decoded.note.empty()) {
      a->warnings.insert(a->warnings.begin(), decoded.note);
    }
  }
  return result;
}

// One file must never stop the others: anything unexpected becomes that file's reason.
std::string failure(const std::exception& e) {
  return std::string("could not be read: ") + e.what();
}

}  // namespace

DecodedFile article_detail::decode_guarded(const InputFile& file, std::optional<Encoding> forced,
                                           const ChromeMatcher& chrome, bool learning) {
  try {
    return decode_one(file, forced, chrome, learning);
  } catch (const std::bad_alloc&) {
    throw;  // the machine's state, not the file's: the run stops with a message (exit 4)
  } catch (const std::exception& e) {
    DecodedFile d;
    d.not_article = failure(e);
    return d;
  }
}

std::variant<Article, NotAnArticle> article_detail::read_guarded(const InputFile& file,
                                                                 DecodedFile d,
                                                                 const ChromeMatcher& chrome,
                                                                 const LearnedLines& learned) {
  try {
    std::variant<Article, NotAnArticle> result = read_one(file, std::move(d), chrome, learned);
    // The readers' vectors grow as blocks are found, a third of their room unused: fitted
    // here, before 100,000 articles are held together for the compiler.
    if (auto* a = std::get_if<Article>(&result)) a->blocks.shrink_to_fit();
    return result;
  } catch (const std::bad_alloc&) {
    throw;  // as in decode_guarded
  } catch (const std::exception& e) {
    return NotAnArticle{failure(e)};
  }
}

std::variant<Article, NotAnArticle> read_article(const InputFile& file, const ReadOptions& opts) {
  ChromeMatcher chrome(opts.chrome ? *opts.chrome : cached_default_markers());
  return read_guarded(file, decode_guarded(file, opts.encoding, chrome, false), chrome, {});
}

}  // namespace tuyentap
