// Site chrome matching: the markers of templates/chrome-markers.txt, folded once.
#pragma once

#include <bitset>
#include <string>
#include <string_view>
#include <vector>

#include "article/reader.h"

namespace tuyentap {

// Parses the marker file's text (sections "[ends-article]", "[drop-line]", "[related]" and
// "[footer]", "#" comments).
// Throws Error naming `path` and the line for an unknown section or a marker outside one.
ChromeMarkers parse_chrome_markers(std::string_view text, const std::string& path);

// The markers folded for matching. A marker "X" matches a line whose fold_for_match() key is
// X followed only by punctuation, digits or spaces ("Bình luận (3)"); a marker "X*" matches
// any line that starts with X at a word boundary ("Bản quyền thuộc về *").
class ChromeMatcher {
 public:
  explicit ChromeMatcher(const ChromeMarkers& markers);

  // `folded` is the fold_for_match() key of the whole line.
  bool ends_article(std::string_view folded) const { return matches(ends_, folded, false); }
  bool drop_line(std::string_view folded) const { return matches(drops_, folded, false); }

  // The same for a raw line of any length: only its start is folded (markers are short, and
  // folding every long paragraph whole was a third of the reader's time).
  struct LineKey {
    std::string folded;      // fold_for_match() of the line's start
    bool truncated = false;  // the line goes on with letters after that start
  };
  LineKey key(std::string_view line) const;

  // false when no marker can match `line` (a cleaned line: no leading white space), judged
  // by its first letter alone, so that key() need not fold it. A line starting with an ASCII
  // byte folds to a key starting with that byte in lower case, one starting with a
  // Vietnamese letter to that letter's base ("Ủy" → "u", "Đảng" → "d"), whatever follows.
  bool may_match(std::string_view line) const;
  bool ends_article(const LineKey& k) const { return matches(ends_, k.folded, k.truncated); }
  bool drop_line(const LineKey& k) const { return matches(drops_, k.folded, k.truncated); }
  bool related(const LineKey& k) const { return matches(related_, k.folded, k.truncated); }
  bool footer(const LineKey& k) const { return matches(footers_, k.folded, k.truncated); }

  // How many whole [drop-line] and [footer] markers of two words or more (no star) stand in
  // `folded`, a fold_for_match() key, each at word boundaries: "trang chu lien he so do site"
  // holds "trang chu" and "lien he" (a bar of the page's links glued on one line).
  std::size_t links_in(std::string_view folded) const;

 private:
  struct Marker {
    std::string key;  // folded, without the star
    bool prefix = false;
  };
  static bool matches(const std::vector<Marker>& markers, std::string_view folded, bool truncated);
  std::vector<Marker> ends_, drops_, related_, footers_;
  std::size_t longest_ = 0;       // bytes of the longest marker as written
  std::bitset<256> first_bytes_;  // first bytes of all the folded markers
};

}  // namespace tuyentap
