// The package document (content.opf) and the OCF container.xml.
#pragma once

#include <string>
#include <vector>

#include "book/presentation.h"

namespace tuyentap::epub {

struct ManifestItem {
  std::string id;
  std::string href;  // relative to the package document
  std::string media_type;
  std::string properties;  // "nav", "cover-image", …; may be empty
  bool in_spine = false;   // spine order is the order of the items
};

struct PackageInfo {
  std::string title;  // never empty
  std::string uid;    // "urn:uuid:…"
  long long date_epoch = 0;
  bool has_cover_image = false;
  std::string cover_image_id;
  std::size_t photos = 0;               // photos shown in the articles
  std::size_t photos_without_text = 0;  // of those, with no caption for alternative text
  // The printed edition whose page breaks the pages mark ("" when none: no such claim).
  std::string page_break_source;
};

std::string package_document(const Presentation& book, const PackageInfo& info,
                             const std::vector<ManifestItem>& items);

std::string container_xml(const std::string& package_path);

// The time stamped on the book (dcterms:modified, the zip entries' times): `date_epoch`, or
// 2000-01-01T00:00:00Z when it is 0 (unknown), never the clock, so that a rebuild gives the
// same bytes.
long long stamp_epoch(long long date_epoch);

}  // namespace tuyentap::epub
