// Parsing HTML with gumbo (0.10.1, which has no depth limit of its own: it frees a tree
// recursively, and its scope checks grow with the depth; and it keeps a copy of the open
// elements with each parse error, so none are kept) and walking the tree without recursion.
#pragma once

#include <gumbo.h>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "base/ascii.h"  // lower_ascii: how HTML compares tag names, class and rel values

namespace tuyentap {

// Open elements (not counting paragraphs, list items, table cells and the like, which close
// themselves) deeper than this are dropped, their text kept: real pages stay far below it.
constexpr int kMaxHtmlNesting = 400;

// A page with more start tags than this is not parsed (HtmlDocument throws Error): the tree
// would take about 1 KB an element. Real pages have a few thousand at most.
constexpr std::size_t kMaxHtmlElements = 100000;

// A parsed document. The input is copied (gumbo points into it) and, when nested deeper than
// kMaxHtmlNesting, flattened first; over kMaxHtmlElements, refused (tuyentap::Error).
class HtmlDocument {
 public:
  explicit HtmlDocument(std::string_view html);
  ~HtmlDocument();
  HtmlDocument(const HtmlDocument&) = delete;
  HtmlDocument& operator=(const HtmlDocument&) = delete;

  const GumboNode* root() const { return output_->root; }
  bool flattened() const { return flattened_; }  // the input was nested too deep

 private:
  std::string html_;
  GumboOutput* output_ = nullptr;
  bool flattened_ = false;
};

// "Tung tin &#39;Mr Bean&#39;" → "Tung tin 'Mr Bean'": character references decoded as HTML
// does, nothing else changed (tags stay text, line ends stay). Text without '&' is returned
// as it is.
std::string decode_html_entities(std::string_view text);

// An attribute's value, "" when absent.
std::string html_attr(const GumboNode* n, const char* name);

bool is_element(const GumboNode* n, GumboTag tag);

// Visits every element under `root` (itself included) in document order, without recursion;
// when `visit` returns false, what the element holds is not visited.
void for_each_element(const GumboNode* root, const std::function<bool(const GumboNode*)>& visit);

}  // namespace tuyentap
