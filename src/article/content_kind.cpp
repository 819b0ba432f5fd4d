#include "article/content_kind.h"

#include <string>

#include "article/html_blocks.h"
#include "article/html_page.h"
#include "article/html_reader.h"
#include "article/json_record.h"
#include "article/text_reader.h"
#include "text/utf8.h"

namespace tuyentap {

namespace {

constexpr std::size_t kCharsetWindow = 4096;

// The text after white space, a byte order mark, comments and <?xml …?> declarations.
std::string_view skip_preamble(std::string_view s) {
  for (;;) {
    std::size_t start = s.find_first_not_of(" \t\r\n\f");
    if (start == std::string_view::npos) return {};
    s.remove_prefix(start);
    if (s.starts_with("\xEF\xBB\xBF")) {
      s.remove_prefix(3);
    } else if (s.starts_with("<!--")) {
      std::size_t end = s.find("-->", 4);
      if (end == std::string_view::npos) return {};
      s.remove_prefix(end + 3);
    } else if (s.starts_with("<?")) {
      std::size_t end = s.find("?>", 2);
      if (end == std::string_view::npos) return {};
      s.remove_prefix(end + 2);
    } else {
      return s;
    }
  }
}

bool starts_a_page(std::string_view head) {
  std::string start = lower_ascii(head.substr(0, 16));
  for (std::string_view tag :
       {"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<link", "<base"}) {
    if (!start.starts_with(tag)) continue;
    char next = start.size() > tag.size() ? start[tag.size()] : '>';
    if (tag == "<!doctype html" || next == '>' || next == ' ' || next == '\t' || next == '\r' ||
        next == '\n' || next == '/')
      return true;
  }
  return false;
}

bool looks_like_code(std::string_view head) {
  // "#!" opens a script for a shell or an interpreter (a helper left in the folder): no
  // article starts so.
  for (std::string_view start :
       {"#!/",       "#include <",     "/*",           "//",        "@charset",
        "@import",   "@media",         "@font-face",   "function",  "var ",
        "let ",      "const ",         "(function",    "!function", "window.",
        "document.", "\"use strict\"", "'use strict'", "$(",        "jQuery"})
    if (head.starts_with(start)) return true;
  std::string_view sample = head.substr(0, kCharsetWindow);
  // The marks first, each found by memchr (rare in an article, so each search leaps): with
  // fewer than 20, the usual case, the visible bytes need no counting.
  std::size_t code = 0;
  for (char mark : {'{', '}', ';'})
    for (std::size_t at = sample.find(mark); at != std::string_view::npos;
         at = sample.find(mark, at + 1))
      ++code;
  if (code < 20) return false;
  std::size_t visible = 0;
  for (char c : sample)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') ++visible;
  return code * 10 > visible;
}

}  // namespace

ArticleFormat sniff_article_format(std::string_view text) {
  std::string_view head = skip_preamble(text);
  if (starts_a_page(head)) return ArticleFormat::WebPage;
  if (looks_like_cms_export(text)) return ArticleFormat::CmsExport;
  if (head.starts_with("{") || head.starts_with("[")) return ArticleFormat::JsonData;
  if (looks_like_code(head)) return ArticleFormat::Code;
  return ArticleFormat::PlainText;
}

bool in_saved_page_folder(std::string_view path) {
  std::size_t end = path.find_last_of('/');
  while (end != std::string_view::npos && end > 0) {
    std::size_t start = path.find_last_of("/!", end - 1);
    std::string_view folder = path.substr(start == std::string_view::npos ? 0 : start + 1,
                                          end - (start == std::string_view::npos ? 0 : start + 1));
    if (lower_ascii(folder).ends_with("_files") && folder.size() > 6) return true;
    if (start == std::string_view::npos || path[start] == '!') break;
    end = start;
  }
  return false;
}

std::optional<Encoding> declared_page_encoding(std::string_view bytes) {
  std::string_view head = skip_preamble(bytes);
  if (!head.starts_with("<") || utf8::is_valid(bytes)) return std::nullopt;
  std::string window = lower_ascii(head.substr(0, kCharsetWindow));
  for (std::size_t at = window.find("<meta"); at != std::string::npos;
       at = window.find("<meta", at + 5)) {
    std::size_t end = window.find('>', at);
    std::size_t cs = window.find("charset=", at);
    if (cs == std::string::npos || (end != std::string::npos && cs > end)) continue;
    std::size_t v = cs + 8;
    while (v < window.size() && (window[v] == '"' || window[v] == '\'' || window[v] == ' ')) ++v;
    std::size_t e = window.find_first_of("\"'; />", v);
    std::string name = window.substr(v, e == std::string::npos ? std::string::npos : e - v);
    std::optional<Encoding> enc = parse_encoding(name);
    if (enc && *enc != Encoding::Utf8) return enc;
    return std::nullopt;  // the first declaration is the page's
  }
  return std::nullopt;
}

std::variant<Article, NotAnArticle> read_by_format(std::string_view text,
                                                   const ChromeMatcher& chrome) {
  switch (sniff_article_format(text)) {
    case ArticleFormat::WebPage:
      return read_web_page(text, chrome);
    case ArticleFormat::CmsExport:
      return read_cms_export(text, chrome);
    case ArticleFormat::JsonData:
      if (auto record = read_crawler_record(text, chrome)) return std::move(*record);
      return read_plain_text(text, chrome);
    case ArticleFormat::Code:
      return NotAnArticle{"a script or style sheet, not an article"};
    case ArticleFormat::PlainText:
      break;
  }
  return read_plain_text(text, chrome);
}

}  // namespace tuyentap
