#include "article/content_kind.h"

#include <cctype>
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

// `[book]`, `[[chapter]]`, `[page.margins]`, `["quoted"]`: a TOML table header alone on the
// line (a comment may follow).
bool is_table_header(std::string_view line) {
  std::size_t end = line.find('#');
  line = line.substr(0, end);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
    line.remove_suffix(1);
  bool array = line.starts_with("[[");
  std::size_t open = array ? 2 : 1;
  if (line.size() < open * 2 + 1 || line[0] != '[' || !line.ends_with(array ? "]]" : "]"))
    return false;
  std::string_view name = line.substr(open, line.size() - 2 * open);
  for (char c : name)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' ||
          c == '"' || c == ' '))
      return false;
  return name.find_first_not_of(" .\"") != std::string_view::npos;
}

// `title = "…"`, `year = 2019`, `margin_top_mm = 20  # …`: a bare ASCII key, then `=`.
bool is_key_value(std::string_view line) {
  std::size_t key = 0;
  while (key < line.size() && (std::isalnum(static_cast<unsigned char>(line[key])) ||
                               line[key] == '_' || line[key] == '-' || line[key] == '.'))
    ++key;
  if (key == 0) return false;
  std::size_t eq = line.find_first_not_of(" \t", key);
  return eq != std::string_view::npos && line[eq] == '=' &&
         line.substr(eq + 1).find_first_not_of(" \t\r") != std::string_view::npos;
}

bool looks_like_settings(std::string_view text) {
  int key_values = -1;  // -1 until the table header is seen
  std::size_t at = 0;
  for (int lines = 0; at < text.size() && lines < 200; ++lines) {
    std::size_t nl = text.find('\n', at);
    std::string_view line = text.substr(at, nl == std::string_view::npos ? nl : nl - at);
    at = nl == std::string_view::npos ? text.size() : nl + 1;
    std::size_t start = line.find_first_not_of(" \t\r\f");
    if (start == std::string_view::npos || line[start] == '#') continue;
    line.remove_prefix(start);
    if (key_values < 0) {
      if (!is_table_header(line)) return false;
      key_values = 0;
    } else if (is_key_value(line)) {
      if (++key_values == 2) return true;
    } else {
      return false;
    }
  }
  return false;
}

}  // namespace

ArticleFormat sniff_article_format(std::string_view text) {
  std::string_view head = skip_preamble(text);
  if (starts_a_page(head)) return ArticleFormat::WebPage;
  if (looks_like_cms_export(text)) return ArticleFormat::CmsExport;
  if ((head.starts_with("[") || head.starts_with("#")) && looks_like_settings(head))
    return ArticleFormat::Settings;
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
    case ArticleFormat::Settings:
      return NotAnArticle{std::string(kSettingsFileReason), NotArticleKind::BookFile};
    case ArticleFormat::PlainText:
      break;
  }
  return read_text_page(text, chrome);
}

}  // namespace tuyentap
