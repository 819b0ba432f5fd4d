#include "article/word_reader.h"

#include <algorithm>
#include <string>

#include "article/emphasis.h"
#include "article/office_zip.h"
#include "article/text_lines.h"
#include "article/text_reader.h"
#include "article/word_pictures.h"
#include "article/word_xml.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

WordBody parse_parts(OfficeZip& zip, WordFormat format) {
  WordBody body;
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
    if (!paras[i].images.empty()) text += "[img]\n\n";
    if (!lines[i].empty()) text += lines[i] + "\n\n";
  }
  return text;
}

// The text rules take a first paragraph with a heading's words but neither capitals nor a
// part's number for the lead; a paragraph the document styles as a heading is none. It goes
// back among the blocks, above the lead, and the first paragraph under it is the lead (as
// the text reader does with a heading it knows: text_blocks.h). `source` (the paragraph each
// block was read from) follows the blocks.
void heading_is_no_lead(const std::vector<WordParagraph>& paras,
                        const std::vector<std::string>& lines, Article& a,
                        std::vector<std::size_t>& source) {
  if (a.lead.empty()) return;
  std::size_t at = 0;
  // the lead is its paragraph's line, or that line's end (an agency prefix taken off)
  while (at < paras.size() && !lines[at].ends_with(a.lead)) ++at;
  if (at == paras.size() || paras[at].role != WordRole::Heading) return;
  const auto place = [](std::size_t k) { return static_cast<std::ptrdiff_t>(k); };
  std::size_t above = blocks_above_lead(a);
  Block heading{BlockType::Heading, std::move(a.lead), {}};
  heading.emphasis = beyond_face(locate_emphasis(heading.text, paras[at].pieces), true, false);
  a.blocks.insert(a.blocks.begin() + place(above), std::move(heading));
  source.insert(source.begin() + place(above), at);
  a.lead.clear();
  a.lead_emphasis.clear();
  a.lead_at = 0;
  for (std::size_t k = above + 1; k < a.blocks.size(); ++k) {
    if (a.blocks[k].type != BlockType::Paragraph) continue;
    a.lead = std::move(a.blocks[k].text);
    a.blocks.erase(a.blocks.begin() + place(k));
    source.erase(source.begin() + place(k));
    a.lead_at = k;
    return;
  }
  a.warnings.push_back("no lead paragraph");  // as the text reader says it
}

// What the styles say, put on the article the text rules read. Gives the paragraph each block
// was read from (paras.size() when none is found).
std::vector<std::size_t> apply_styles(const std::vector<WordParagraph>& paras,
                                      const std::vector<std::string>& lines, Article& a) {
  for (std::size_t i = 0; i < paras.size(); ++i) {
    if (paras[i].role != WordRole::Title || lines[i].empty()) continue;
    if (a.title != lines[i]) {
      // each block above the lead that goes brings the lead up one place
      auto above = a.blocks.begin() + static_cast<std::ptrdiff_t>(blocks_above_lead(a));
      a.lead_at -= static_cast<std::size_t>(std::count_if(
          a.blocks.begin(), above, [&](const Block& b) { return b.text == lines[i]; }));
      std::erase_if(a.blocks, [&](const Block& b) { return b.text == lines[i]; });
      if (a.lead == lines[i]) a.lead.clear();
      a.title = lines[i];
    }
    break;
  }
  // Blocks come in the paragraphs' order: each is looked for from the last one found.
  std::size_t from = 0;
  std::vector<std::size_t> source(a.blocks.size(), paras.size());
  for (std::size_t k = 0; k < a.blocks.size(); ++k) {
    Block& b = a.blocks[k];
    if (b.text.empty()) continue;
    for (std::size_t i = from; i < paras.size(); ++i) {
      if (lines[i].find(b.text) == std::string::npos) continue;
      from = i;
      source[k] = i;
      if (b.type == BlockType::Paragraph && paras[i].role == WordRole::Heading)
        b.type = BlockType::Heading;
      if (paras[i].role == WordRole::Caption) b.type = BlockType::Caption;
      b.emphasis = beyond_face(locate_emphasis(b.text, paras[i].pieces),
                               b.type == BlockType::Heading, b.type == BlockType::Caption);
      break;
    }
  }
  heading_is_no_lead(paras, lines, a, source);
  for (std::size_t i = 0; i < paras.size() && !a.lead.empty(); ++i) {
    if (lines[i].find(a.lead) == std::string::npos) continue;
    a.lead_emphasis = locate_emphasis(a.lead, paras[i].pieces);
    break;
  }
  return source;
}

// Each picture's place among the blocks (word_pictures.h): its caption is the block read from
// the first paragraph with text at or after the picture's own. Tables of each paragraph's
// first block and of the next paragraph with text, made once, keep it linear: a document of
// many pictures among many paragraphs cost pictures × blocks.
std::vector<PicturePlace> picture_places(const std::vector<WordParagraph>& paras,
                                         const std::vector<std::string>& lines,
                                         const std::vector<std::size_t>& source) {
  const std::size_t none = source.size();
  // first_block[p]: the first block read from paragraph p; from_block[p]: the first block
  // read from paragraph p or any after it.
  std::vector<std::size_t> first_block(paras.size() + 1, none), from_block(paras.size() + 1, none);
  for (std::size_t k = 0; k < source.size(); ++k)
    if (source[k] < paras.size()) first_block[source[k]] = std::min(first_block[source[k]], k);
  for (std::size_t p = paras.size(); p-- > 0;)
    from_block[p] = std::min(first_block[p], from_block[p + 1]);
  // next_text[i]: the first paragraph with text at or after i
  std::vector<std::size_t> next_text(paras.size() + 1, paras.size());
  for (std::size_t i = paras.size(); i-- > 0;)
    next_text[i] = lines[i].empty() ? next_text[i + 1] : i;
  std::vector<PicturePlace> places;
  for (std::size_t i = 0; i < paras.size(); ++i) {
    if (paras[i].images.empty()) continue;
    PicturePlace place;
    place.caption_at = first_block[next_text[i]];
    place.insert_at = from_block[next_text[i]];
    for (const std::string& ref : paras[i].images) {
      place.ref = ref;
      places.push_back(place);
    }
  }
  return places;
}

std::vector<std::string> all_refs(const std::vector<WordParagraph>& paras) {
  std::vector<std::string> refs;
  for (const WordParagraph& p : paras) refs.insert(refs.end(), p.images.begin(), p.images.end());
  return refs;
}

}  // namespace

std::variant<Article, NotAnArticle> read_word_document(std::string_view bytes, WordFormat format,
                                                       const ChromeMatcher& chrome) {
  OfficeZip zip(bytes);
  WordBody body = parse_parts(zip, format);
  if (!body.problem.empty()) return NotAnArticle{body.problem};
  std::vector<std::string> lines;
  lines.reserve(body.paragraphs.size());
  for (const WordParagraph& p : body.paragraphs) lines.push_back(one_line(p));
  std::variant<Article, NotAnArticle> result =
      read_plain_text(as_text(body.paragraphs, lines), chrome);
  if (auto* a = std::get_if<Article>(&result)) {
    std::vector<std::size_t> source = apply_styles(body.paragraphs, lines, *a);
    place_word_pictures(picture_places(body.paragraphs, lines, source),
                        read_word_pictures(zip, format, all_refs(body.paragraphs)), *a);
    if (body.notes > 0)
      a->warnings.push_back(std::to_string(body.notes) +
                            " footnotes left out: the books print no footnotes");
  } else if (std::get<NotAnArticle>(result).reason == "empty file") {
    std::get<NotAnArticle>(result).reason = "a document without text";
  }
  return result;
}

}  // namespace tuyentap
