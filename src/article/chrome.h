// Site chrome matching: the markers of templates/chrome-markers.txt, folded once.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "article/reader.h"

namespace tuyentap {

// Parses the marker file's text (sections "[ends-article]" and "[drop-line]", "#" comments).
// Throws Error naming `path` and the line for an unknown section or a marker outside one.
ChromeMarkers parse_chrome_markers(std::string_view text, const std::string& path);

// The markers folded for matching. A marker "X" matches a line whose fold_for_match() key is
// X followed only by punctuation, digits or spaces ("Bình luận (3)"); a marker "X*" matches
// any line that starts with X at a word boundary ("Bản quyền thuộc về *").
class ChromeMatcher {
 public:
  explicit ChromeMatcher(const ChromeMarkers& markers);

  // `folded` is the fold_for_match() key of the line.
  bool ends_article(std::string_view folded) const { return matches(ends_, folded); }
  bool drop_line(std::string_view folded) const { return matches(drops_, folded); }

 private:
  struct Marker {
    std::string key;  // folded, without the star
    bool prefix = false;
  };
  static bool matches(const std::vector<Marker>& markers, std::string_view folded);
  std::vector<Marker> ends_, drops_;
};

}  // namespace tuyentap
