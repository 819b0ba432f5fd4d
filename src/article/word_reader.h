// Articles kept as word processors' documents: .docx (Office Open XML) and .odt
// (OpenDocument text), chosen by content (archive/binary_format.h's word_format).
//
// The document's paragraphs (word_xml.h: table cells' paragraphs included, pictures marked)
// are read by the plain-text reader's rules (text_reader.h), so that a pasted article's
// header — topic, title, date line, byline — and its captions are found as in a text file;
// then the styles the writer chose settle what text cannot show:
//  - a paragraph in a Title style is the title;
//  - a paragraph in a Heading style is a heading, one in a Caption style a caption;
//  - bold and italic runs become the blocks' emphasis (emphasis.h).
//  - a picture (word_pictures.h) is the photo of the caption read from the paragraph under it
//    (a Caption-style paragraph, or one the text rules take for a caption: the "[img]"
//    marker rule), or stands alone; one the books cannot show is a warning.
// Footnotes and endnotes are left out with a warning.
#pragma once

#include <string_view>
#include <variant>

#include "archive/binary_format.h"
#include "article/chrome.h"
#include "article/reader.h"

namespace tuyentap {

// `format` is Docx or Odt. A damaged document (not a zip, no word/document.xml, XML that does
// not parse, parts over office_zip.h's limit, XML nested too deep) is NotAnArticle with a
// reason that says so. The caller sets id and file.
std::variant<Article, NotAnArticle> read_word_document(std::string_view bytes, WordFormat format,
                                                       const ChromeMatcher& chrome);

}  // namespace tuyentap
