#include "article/word_reader.h"

#include <string>

#include "article/emphasis.h"
#include "article/office_zip.h"
#include "article/text_lines.h"
#include "article/text_reader.h"
#include "article/word_xml.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

WordBody parse_parts(std::string_view bytes, WordFormat format) {
  WordBody body;
  OfficeZip zip(bytes);
  const char* main_part = format == WordFormat::Docx ? "word/document.xml" : "content.xml";
  std::optional<std::string> main = zip.part(main_part);
  std::optional<std::string> styles =
      zip.part(format == WordFormat::Docx ? "word/styles.xml" : "styles.xml");
  if (!zip.problem().empty()) {
    body.problem = zip.problem();
  } else if (!main) {
    body.problem = std::string("a damaged document (it has no ") + main_part + ")";
  } else {
    std::string_view s = styles ? std::string_view(*styles) : std::string_view();
    body = format == WordFormat::Docx ? parse_docx(*main, s) : parse_odt(*main, s);
  }
  return body;
}

// A paragraph's text as the text reader will see it: one line, NFC, white space folded.
std::string one_line(const WordParagraph& p) {
  std::string text = to_nfc(p.text());
  for (char& c : text)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  std::vector<std::string> lines = split_clean_lines(text);
  return lines.empty() ? std::string() : lines.front();
}

// The text the plain-text reader reads: one paragraph after another, a blank line between,
// an "[img]" marker where a picture stood.
std::string as_text(const std::vector<WordParagraph>& paras,
                    const std::vector<std::string>& lines) {
  std::string text;
  for (std::size_t i = 0; i < paras.size(); ++i) {
    if (paras[i].image) text += "[img]\n\n";
    if (!lines[i].empty()) text += lines[i] + "\n\n";
  }
  return text;
}

// What the styles say, put on the article the text rules read.
void apply_styles(const std::vector<WordParagraph>& paras, const std::vector<std::string>& lines,
                  Article& a) {
  for (std::size_t i = 0; i < paras.size(); ++i) {
    if (paras[i].role != WordRole::Title || lines[i].empty()) continue;
    if (a.title != lines[i]) {
      std::erase_if(a.blocks, [&](const Block& b) { return b.text == lines[i]; });
      if (a.lead == lines[i]) a.lead.clear();
      a.title = lines[i];
    }
    break;
  }
  // Blocks come in the paragraphs' order: each is looked for from the last one found.
  std::size_t from = 0;
  for (Block& b : a.blocks) {
    if (b.text.empty()) continue;
    for (std::size_t i = from; i < paras.size(); ++i) {
      if (lines[i].find(b.text) == std::string::npos) continue;
      from = i;
      if (b.type == BlockType::Paragraph && paras[i].role == WordRole::Heading)
        b.type = BlockType::Heading;
      if (paras[i].role == WordRole::Caption) b.type = BlockType::Caption;
      b.emphasis = locate_emphasis(b.text, paras[i].pieces);
      break;
    }
  }
}

}  // namespace

std::variant<Article, NotAnArticle> read_word_document(std::string_view bytes, WordFormat format,
                                                       const ChromeMatcher& chrome) {
  WordBody body = parse_parts(bytes, format);
  if (!body.problem.empty()) return NotAnArticle{body.problem};
  std::vector<std::string> lines;
  lines.reserve(body.paragraphs.size());
  for (const WordParagraph& p : body.paragraphs) lines.push_back(one_line(p));
  std::variant<Article, NotAnArticle> result =
      read_plain_text(as_text(body.paragraphs, lines), chrome);
  if (auto* a = std::get_if<Article>(&result)) {
    apply_styles(body.paragraphs, lines, *a);
    if (body.notes > 0)
      a->warnings.push_back(std::to_string(body.notes) +
                            " footnotes left out: the books print no footnotes");
  } else if (std::get<NotAnArticle>(result).reason == "empty file") {
    std::get<NotAnArticle>(result).reason = "a document without text";
  }
  return result;
}

}  // namespace tuyentap
