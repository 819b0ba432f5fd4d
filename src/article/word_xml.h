// The text of a word processor's document (.docx's word/document.xml, .odt's content.xml):
// paragraphs in order, each with its role from its style and its text as styled pieces.
// Parsed with pugixml (which parses without recursion); the walk keeps its own stack and
// stops at kMaxWordDepth elements deep.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "article/emphasis.h"

namespace tuyentap {

inline constexpr std::size_t kMaxWordDepth = 256;

enum class WordRole { Body, Title, Heading, Caption };

struct WordParagraph {
  WordRole role = WordRole::Body;
  std::vector<StyledPiece> pieces;  // the text, run by run
  // The pictures it holds, in order, as the document refers to them: a .docx's relationship
  // id ("rId5", from a:blip r:embed or r:link, v:imagedata r:id), an .odt's path
  // ("Pictures/1000.png"); "" for a drawing that holds no picture (a chart, a shape).
  std::vector<std::string> images;
  std::string text() const;  // the pieces joined
};

struct WordBody {
  std::vector<WordParagraph> paragraphs;  // table cells' paragraphs included, in order
  std::size_t notes = 0;                  // footnotes and endnotes left out
  std::string problem;                    // why the document cannot be read; "" when it can
};

// A paragraph style's role from its name: "Title", "heading 2", "Heading_20_1", "caption" …
WordRole role_of_style_name(std::string_view name);

// word/document.xml and word/styles.xml (empty when missing). Style ids (localised Word uses
// "u1" for "heading 1") are resolved to names through styles.xml and their basedOn chain.
// Bold and italic: a run's own w:b and w:i, or its character style's (w:rStyle, "Strong",
// "Emphasis").
WordBody parse_docx(std::string_view document_xml, std::string_view styles_xml);

// content.xml and styles.xml of an OpenDocument text. text:h is a heading (a Title style
// makes it the title); a paragraph's style and a span's style are resolved through the
// automatic styles and their parents; fo:font-weight bold and fo:font-style italic.
WordBody parse_odt(std::string_view content_xml, std::string_view styles_xml);

}  // namespace tuyentap
