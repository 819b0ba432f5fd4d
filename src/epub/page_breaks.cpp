#include "epub/page_breaks.h"

#include <string_view>

#include "epub/semantics.h"

namespace tuyentap::epub {

namespace {

bool is_marker(pugi::xml_node n) {
  return std::string_view(n.attribute("epub:type").value()) == "pagebreak";
}

pugi::xml_node new_marker(pugi::xml_node parent, pugi::xml_node before, const std::string& label) {
  pugi::xml_node span =
      before ? parent.insert_child_before("span", before) : parent.append_child("span");
  set_semantics(span, "pagebreak");
  span.append_attribute("id") = ("page-" + label).c_str();
  // The label twice: aria-label for assistive technology, title for reading systems and
  // checkers that read only that (an empty span has no text to name it).
  span.append_attribute("aria-label") = label.c_str();
  span.append_attribute("title") = label.c_str();
  return span;
}

// The text node where byte `offset` of the element's text falls, and the offset inside it;
// a null node when the offset is at or past the end.
std::pair<pugi::xml_node, std::size_t> text_at(pugi::xml_node element, std::size_t offset) {
  std::size_t seen = 0;
  for (pugi::xml_node n = element.first_child(); n;) {
    if (n.type() == pugi::node_pcdata) {
      std::size_t len = std::string_view(n.value()).size();
      if (offset < seen + len) return {n, offset - seen};
      seen += len;
    }
    // depth first, in document order
    if (n.first_child()) {
      n = n.first_child();
      continue;
    }
    while (n && n != element && !n.next_sibling()) n = n.parent();
    if (!n || n == element) break;
    n = n.next_sibling();
  }
  return {pugi::xml_node(), 0};
}

void insert_at(pugi::xml_node element, std::size_t offset, const std::string& label) {
  if (offset == 0) {  // before everything in it (a photo, a title), after earlier markers
    pugi::xml_node first = element.first_child();
    while (first && is_marker(first)) first = first.next_sibling();
    new_marker(element, first, label);
    return;
  }
  auto [text, at] = text_at(element, offset);
  if (!text) {
    new_marker(element, pugi::xml_node(), label);
    return;
  }
  pugi::xml_node parent = text.parent();
  if (at == 0) {
    new_marker(parent, text, label);
    return;
  }
  std::string value = text.value();
  text.set_value(value.substr(0, at).c_str());
  pugi::xml_node rest = parent.insert_child_after(pugi::node_pcdata, text);
  rest.set_value(value.substr(at).c_str());
  new_marker(parent, rest, label);
}

}  // namespace

PageBreaks::PageBreaks(const PageMap* map) : map_(map) {
  if (!map_) return;
  files_.resize(map_->pages.size());
  for (std::size_t i = 0; i < map_->pages.size(); ++i) {
    const PagePlace& p = map_->pages[i].place;
    if (map_->pages[i].label.empty()) continue;  // a page without a label cannot be listed
    by_place_[{static_cast<int>(p.part), p.index, p.block}].push_back(i);
  }
}

const std::string& PageBreaks::edition() const {
  static const std::string none;
  return map_ ? map_->edition : none;
}

void PageBreaks::mark(pugi::xml_node element, const PagePlace& place, const std::string& file) {
  auto it = by_place_.find({static_cast<int>(place.part), place.index, place.block});
  if (it == by_place_.end()) return;
  for (std::size_t page : it->second) {
    if (!files_[page].empty()) continue;  // marked once (a place shown twice: its first)
    insert_at(element, map_->pages[page].offset, map_->pages[page].label);
    files_[page] = file;
  }
}

void PageBreaks::mark_at_end(pugi::xml_node element, PagePlace::Part part,
                             const std::string& file) {
  if (!map_) return;
  for (std::size_t page = 0; page < map_->pages.size(); ++page) {
    const PrintedPage& p = map_->pages[page];
    if (p.place.part != part || p.label.empty() || !files_[page].empty()) continue;
    new_marker(element, pugi::xml_node(), p.label);
    files_[page] = file;
  }
}

std::vector<PageTarget> PageBreaks::targets() const {
  std::vector<PageTarget> out;
  if (!map_) return out;
  for (std::size_t i = 0; i < map_->pages.size(); ++i) {
    if (files_[i].empty()) continue;
    out.push_back({map_->pages[i].label, files_[i] + "#page-" + map_->pages[i].label});
  }
  return out;
}

}  // namespace tuyentap::epub
