#include "article/word_pictures.h"

#include <algorithm>
#include <pugixml.hpp>
#include <set>
#include <string_view>
#include <utility>

#include "archive/archive.h"
#include "article/html_document.h"
#include "article/photos.h"

namespace tuyentap {

namespace {

struct Target {
  std::string part;       // in the zip; the address when external; "" when none
  bool external = false;  // linked, not kept inside
};

// "../media/a.png" against "word/" → "media/a.png"; "/word/media/a.png" from the package's
// root; "" when it climbs above the package.
std::string package_path(const std::string& base, std::string_view target) {
  std::string joined =
      target.starts_with('/') ? std::string(target.substr(1)) : base + std::string(target);
  std::string out;
  return resolve_dots(joined, out) ? out : std::string();
}

// A .docx's relationships: id → target.
std::map<std::string, Target, std::less<>> docx_relationships(OfficeZip& zip) {
  std::map<std::string, Target, std::less<>> rels;
  std::optional<std::string> xml = zip.part("word/_rels/document.xml.rels");
  pugi::xml_document doc;
  if (!xml || !doc.load_buffer(xml->data(), xml->size())) return rels;
  for (pugi::xml_node r = doc.document_element().first_child(); r; r = r.next_sibling()) {
    Target t;
    t.external = std::string_view(r.attribute("TargetMode").value()) == "External";
    std::string_view target = r.attribute("Target").value();
    t.part = t.external ? std::string(target) : package_path("word/", target);
    rels.emplace(r.attribute("Id").value(), std::move(t));
  }
  return rels;
}

Target odt_target(std::string_view href) {
  Target t;
  t.external = href.find("://") != std::string_view::npos || href.starts_with("../");
  t.part = t.external ? std::string(href) : package_path("", href);
  return t;
}

bool is_metafile(const std::string& part) {
  std::string ext = lower_ascii(part.substr(std::min(part.rfind('.'), part.size())));
  return ext == ".emf" || ext == ".wmf" || ext == ".emz" || ext == ".wmz";
}

WordPicture read_one(OfficeZip& zip, const std::string& ref, const Target& t,
                     std::uint64_t& total) {
  const ArchiveLimits limits;
  WordPicture w;
  w.part = t.part.empty() ? ref : t.part;
  auto unreadable = [&](const std::string& why) {
    w.problem = kPhotoUnreadable + w.part + " (" + why + ")";
    return w;
  };
  if (t.external) return unreadable("linked from outside the document, not kept in it");
  if (t.part.empty()) return unreadable("not in the document");
  if (is_metafile(t.part))
    return unreadable("an EMF or WMF drawing: the books show JPEG and PNG only");
  std::string bytes;
  switch (zip.media(t.part.c_str(), limits.max_image_bytes, bytes)) {
    case OfficeZip::Got::Read:
      break;
    case OfficeZip::Got::Missing:
      return unreadable("not in the document");
    case OfficeZip::Got::OverLimit:
      return unreadable("over the size limit of " + std::to_string(limits.max_image_bytes >> 20) +
                        " MB per photo");
    case OfficeZip::Got::Damaged:
      return unreadable("damaged in the document");
    case OfficeZip::Got::OverBudget:
      return unreadable("the document unpacks to more than " + std::to_string(zip.budget() >> 20) +
                        " MB: possible zip bomb");
  }
  if (total + bytes.size() > limits.max_image_total_bytes)
    return unreadable("the photos together pass " +
                      std::to_string(limits.max_image_total_bytes >> 30) + " GB");
  std::optional<Picture> p = read_picture(w.part, std::move(bytes));
  if (!p) return unreadable("not a JPEG or PNG, or damaged: the books show JPEG and PNG only");
  total += p->bytes.size();
  w.picture = std::make_shared<const Picture>(std::move(*p));
  return w;
}

}  // namespace

std::map<std::string, WordPicture> read_word_pictures(OfficeZip& zip, WordFormat format,
                                                      const std::vector<std::string>& refs) {
  std::map<std::string, WordPicture> out;
  std::map<std::string, Target, std::less<>> rels;
  if (format == WordFormat::Docx) rels = docx_relationships(zip);
  std::map<std::string, std::shared_ptr<const Picture>> by_part;  // two ids, one part
  std::uint64_t total = 0;
  for (const std::string& ref : refs) {
    if (ref.empty() || out.contains(ref)) continue;
    Target t;
    if (format != WordFormat::Docx) {
      t = odt_target(ref);
    } else if (auto it = rels.find(ref); it != rels.end()) {
      t = it->second;
    }
    if (auto seen = by_part.find(t.part); seen != by_part.end()) {
      out.emplace(ref, WordPicture{t.part, seen->second, {}});
      continue;
    }
    WordPicture w = read_one(zip, ref, t, total);
    if (w.picture) by_part.emplace(w.part, w.picture);
    out.emplace(ref, std::move(w));
  }
  return out;
}

void place_word_pictures(const std::vector<PicturePlace>& places,
                         const std::map<std::string, WordPicture>& pictures, Article& a) {
  // One warning a picture, however many times the document shows it.
  std::set<std::string_view> warned;
  for (const PicturePlace& place : places) {
    auto it = pictures.find(place.ref);
    if (it != pictures.end() && !it->second.problem.empty() &&
        warned.insert(it->second.problem).second)
      a.warnings.push_back(it->second.problem);
  }
  // Each picture goes to its caption's block when it is the last before that caption and the
  // block is a caption without a photo; else a caption block of its own is inserted before
  // the block at insert_at (places are block indices of the article as read). The new blocks
  // are merged in one pass: inserting them one by one cost pictures × blocks.
  std::vector<std::pair<std::size_t, Block>> inserted;  // (insert_at, block), in places' order
  for (std::size_t k = 0; k < places.size(); ++k) {
    const PicturePlace& place = places[k];
    auto it = pictures.find(place.ref);
    // a drawing with no picture (a chart, a shape), or one the books cannot show
    if (it == pictures.end() || !it->second.picture) continue;
    const WordPicture& w = it->second;
    bool last_before = k + 1 == places.size() || places[k + 1].caption_at != place.caption_at;
    if (last_before && place.caption_at < a.blocks.size()) {
      Block& b = a.blocks[place.caption_at];
      if (b.type == BlockType::Caption && !b.photo.picture) {
        b.photo = Photo{w.part, w.picture};
        continue;
      }
    }
    Block alone;
    alone.type = BlockType::Caption;
    alone.photo = Photo{w.part, w.picture};
    inserted.emplace_back(std::min(place.insert_at, a.blocks.size()), std::move(alone));
  }
  if (inserted.empty()) return;
  std::stable_sort(inserted.begin(), inserted.end(),
                   [](const auto& x, const auto& y) { return x.first < y.first; });
  // a photo set before a block above the lead stands above the lead too; one at the lead's
  // place goes under it, as before (insert_at does not say whether the photo stood over the
  // lead's paragraph or after it)
  const std::size_t above = blocks_above_lead(a);
  a.lead_at = above + static_cast<std::size_t>(
                          std::count_if(inserted.begin(), inserted.end(),
                                        [&](const auto& in) { return in.first < above; }));
  std::vector<Block> blocks;
  blocks.reserve(a.blocks.size() + inserted.size());
  std::size_t next = 0;
  for (std::size_t j = 0; j <= a.blocks.size(); ++j) {
    for (; next < inserted.size() && inserted[next].first == j; ++next)
      blocks.push_back(std::move(inserted[next].second));
    if (j < a.blocks.size()) blocks.push_back(std::move(a.blocks[j]));
  }
  a.blocks = std::move(blocks);
}

}  // namespace tuyentap
