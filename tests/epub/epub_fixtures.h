// Books written for the EPUB tests, and ways to look inside the EPUB the writer makes.
#pragma once

#include <map>
#include <memory>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "base/picture.h"
#include "book/book.h"
#include "epub/epub.h"

namespace epub_test {

// A small book: preface, two chapters, captions with and without credit, a heading,
// abbreviations; all in Vietnamese, NFC.
tuyentap::Book small_book();

// The templates and fonts of the data folder, read once (load/load.h).
const tuyentap::EpubAssets& default_assets();
// The same templates without fonts: nothing embedded.
const tuyentap::EpubAssets& assets_without_fonts();

// A 1×1 PNG (written by hand, valid CRCs) as a user's cover picture.
std::shared_ptr<const tuyentap::Picture> tiny_png_cover();

// n generated articles in a few chapters, with varied Vietnamese text (every tone on
// every vowel, đ/Đ, quotes, dashes, numbers); the same seed gives the same book.
tuyentap::Book generated_book(int n, unsigned seed, int words_per_article = 120);

struct Unzipped {
  std::vector<std::string> names;  // in archive order
  std::map<std::string, std::string> files;
  std::map<std::string, bool> stored;  // true: not compressed
};
Unzipped unzip(const std::string& bytes);

// Parses XML; fails the test when it is not well-formed.
void parse(pugi::xml_document& doc, const std::string& xml);

// The text of each node `xpath` selects, in document order.
std::vector<std::string> texts(const pugi::xml_document& doc, const char* xpath);

// All text below a node, in document order, with a space around each block element.
std::string all_text(pugi::xml_node n);
// ASCII white space runs → one space, trimmed (the text has no other white space).
std::string fold(const std::string& s);

// The code points of a UTF-8 string.
std::vector<char32_t> code_points(const std::string& s);

}  // namespace epub_test
