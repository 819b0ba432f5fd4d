// Which reader a file goes to, judged by what it holds, never by its name: a saved web page, a
// crawler's JSON record, a CMS export, or plain text.
#pragma once

#include <optional>
#include <string_view>
#include <variant>

#include "article/chrome.h"
#include "article/reader.h"
#include "text/decode.h"

namespace tuyentap {

enum class ArticleFormat {
  PlainText,  // text_reader.h
  CmsExport,  // html_reader.h: "---json" front matter, or a fragment of editor HTML
  WebPage,    // html_page.h: a whole page (<!DOCTYPE html>, <html>, <head>, <meta> … first)
  JsonData,   // json_record.h: text starting with '{' or '['
  Code,       // a script or a style sheet (a saved page's "_files" folder holds them)
  Settings,   // a TOML settings file: a book spec or a print style kept beside the articles
};

// After white space, a byte order mark, comments and <?xml …?>: the first thing in the text.
// Code is text that opens like a script or a style sheet ("/*", "function", "@media" …) or
// whose first 4 KB are more than a tenth braces and semicolons. Settings is text whose first
// line that is not blank or a `#` comment is a TOML table header (`[book]`, `[[chapter]]`)
// followed by two `key = value` lines: the shape of book.toml and of a print style, which a
// clerk keeps in the archive's folder (`tuyentap init` writes book.toml where it is run). No
// article opens so; a photo marker (`[Ảnh]`, `[img]`) is followed by prose, not by settings.
ArticleFormat sniff_article_format(std::string_view text);

// A file inside a saved page's own folder ("bai-viet_files/ads.htm", the browser's "Save page
// as…"): what lies there serves the page (ad frames, scripts, style sheets), it is no article.
// `path` as shown, '/' between folders ("arch.zip!a/bai_files/x.htm" counts too).
bool in_saved_page_folder(std::string_view path);

// The encoding a page declares in <meta charset=…> or <meta http-equiv … content="…;
// charset=…"> within its first 4 KB, when the bytes are not valid UTF-8 and the text decoder
// knows that encoding (windows-1258, TCVN3 …): the declaration then settles it. nullopt
// otherwise (valid UTF-8, a page declaring nothing or iso-8859-1: detection decides).
std::optional<Encoding> declared_page_encoding(std::string_view bytes);

// The reader sniff_article_format chooses. JSON that is no record falls back to the
// plain-text reader only when it does not parse; code is no article.
std::variant<Article, NotAnArticle> read_by_format(std::string_view text,
                                                   const ChromeMatcher& chrome);

}  // namespace tuyentap
