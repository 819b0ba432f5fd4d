// Lines a page keeps where a photo stood: see image_lines.h.
#include "article/image_lines.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "article/scene_caption.h"
#include "article/text_lines.h"
#include "base/ascii.h"
#include "text/fold_start.h"
#include "text/normalize.h"

namespace tuyentap {

bool is_bare_image_name(std::string_view line) {
  constexpr std::size_t kMaxBytes = 40;
  constexpr int kMaxWords = 3;
  line = trim_spaces(line);
  if (line.size() < 2 || line.size() > kMaxBytes) return false;
  int words = 0;
  bool letter = false;
  bool in_word = false;
  for (char c : line) {
    if (c == ' ') {
      in_word = false;
      continue;
    }
    if (!in_word) {
      in_word = true;
      if (++words > kMaxWords) return false;
    }
    bool lower = c >= 'a' && c <= 'z';
    letter = letter || lower;
    if (!lower && !(c >= '0' && c <= '9') && c != '_' && c != '-') return false;
  }
  return letter;
}

bool wraps_onto_next_line(std::string_view above) {
  if (above.empty()) return false;
  // the last character a letter of the Latin scripts Vietnamese is written in (ASCII, Latin-1
  // to Latin Extended-B, Latin Extended Additional: "ị"), not a mark ("”", "…", "×")
  auto end = static_cast<int32_t>(above.size());
  UChar32 c;
  U8_PREV(above.data(), 0, end, c);
  const bool latin = c < 0x250 || (c >= 0x1E00 && c <= 0x1EFF);
  // a byte past ASCII somewhere: "Quản trị" is Vietnamese, "Home page" no
  return c >= 0 && latin && u_isalpha(c) && std::any_of(above.begin(), above.end(), [](char b) {
           return static_cast<unsigned char>(b) >= 0x80;
         });
}

namespace {

// "anh tin bai", "hinh anh bai viet", "anh minh hoa": a photo's alt text as a CMS fills it in
// from a slug, every accent gone (ảnh tin bài: the news item's photo), in ASCII lower case
// alone: no writer types Vietnamese so, and the words say only that a photo stood there
// (real-eval105/dongvangeopark-1, over each photo's caption).
bool is_slug_alt_text(std::string_view line) {
  if (line.front() != 'a' && line.front() != 'h') return false;  // most lines: no comparison
  static constexpr std::array<std::string_view, 8> kAlts = {
      "anh tin bai",      "anh bai viet",      "anh minh hoa",      "anh dai dien",
      "hinh anh tin bai", "hinh anh bai viet", "hinh anh minh hoa", "hinh anh dai dien"};
  return std::find(kAlts.begin(), kAlts.end(), line) != kAlts.end();
}

}  // namespace

// "[img]", "[IMG]", "[logo]", "[1-7b5d7]" (a text browser shows an image by its alt text or
// file name in brackets), "(ảnh)", "[hình ảnh]".
bool is_image_marker(std::string_view line) {
  constexpr std::size_t kMaxImageMarkerBytes = 60;
  if (line.size() > kMaxImageMarkerBytes || line.size() < 3) return false;
  if (line.front() == '[' && line.back() == ']' && line.find(' ') == std::string_view::npos)
    return true;
  // "alt" alone: a theme's image whose alt attribute holds the attribute's own name, as a text
  // copy shows it where the photo stood (real-eval89/horuco-1); read as a bare image name only
  // in the text, it was kept in the header and read as the lead
  if (line == "alt") return true;
  if (is_slug_alt_text(line)) return true;
  if (line.front() != '(' && line.front() != '[') return false;
  static constexpr std::array<std::string_view, 6> kWords = {"(anh)",  "[hinh anh]", "(hinh anh)",
                                                             "(hinh)", "(img)",      "(image)"};
  std::string folded = fold_for_match(line);
  for (std::string_view w : kWords)
    if (folded == w) return true;
  return false;
}

// "Đảng bộ … 65 năm tuổi Đảng .jpg", "IMG_2041.JPG", "Hình 1.jpg": the photo's file name,
// which a page's text shows where the photo stood (its alt text or title is the file's name):
// a word alone, words with the extension set apart by a space, or a few words (a name may hold
// spaces) with the extension glued to the last and nothing of a sentence (no punctuation
// inside but a dot within a word, none of the body's reasoning words); or what a markdown
// image link leaves of it when the converter broke the line (".png)", "anh-1.jpg)"). A
// sentence naming a file ("… tên là anh.jpg") is neither.
bool is_image_file_name(std::string_view line) {
  constexpr std::size_t kMaxFileNameBytes = 255;
  if (line.size() > kMaxFileNameBytes) return false;
  if (line.ends_with(')') && line.find_first_of(" (") == std::string_view::npos)
    line.remove_suffix(1);  // a markdown link's end
  std::size_t dot = line.rfind('.');
  if (dot == std::string_view::npos) return false;
  std::string_view ext = line.substr(dot + 1);
  if (ext.size() < 3 || ext.size() > 4) return false;
  // ".png" alone: the name went with the line before; else a name, the extension glued to
  // it or set apart by a space
  const std::string lower = lower_ascii(ext);
  if (lower != "jpg" && lower != "jpeg" && lower != "png" && lower != "gif" && lower != "webp")
    return false;
  if (line.find(' ') == std::string_view::npos || dot == 0 || line[dot - 1] == ' ') return true;
  constexpr std::size_t kMaxSpacedNameWords = 4;
  std::string_view name = line.substr(0, dot);
  // a dot inside a word ("DEMO DIEM TIN 24H.00_34_46_07.Still026.jpg", a video still's frame)
  // is the name's; a sentence's stop has a space after it
  return at_most_words(name, kMaxSpacedNameWords) &&
         name.find_first_of(",;:!?()\"") == std::string_view::npos &&
         name.find(". ") == std::string_view::npos && !name.ends_with('.') &&
         !has_reasoning_words(name);
}

namespace {

constexpr std::array<std::string_view, 6> kCameraPrefixes = {"IMG",  "DSC", "DSCF",
                                                             "DSCN", "DJI", "PXL"};
constexpr std::size_t kMinCameraDigits = 4;

bool is_camera_prefix(std::string_view word) {
  return std::find(kCameraPrefixes.begin(), kCameraPrefixes.end(), word) != kCameraPrefixes.end();
}

// "QB2w", "anh3b": an image's short name, letters on both sides of its number. No Vietnamese
// word holds a digit, and the names and codes a text prints with one put the digits last
// ("COVID19", "G20", "F0") or a hyphen before them ("Covid-19"); the bound keeps a product's
// long code out.
bool is_mixed_name(std::string_view word) {
  constexpr std::size_t kMaxBytes = 12;
  if (word.size() > kMaxBytes) return false;
  std::size_t i = 0;
  auto letters = [&] {
    std::size_t from = i;
    while (i < word.size() && is_ascii_letter(word[i])) ++i;
    return i > from;
  };
  auto digits = [&] {
    std::size_t from = i;
    while (i < word.size() && is_ascii_digit(word[i])) ++i;
    return i > from;
  };
  return letters() && digits() && letters() && i == word.size();
}

// A camera's own name for a photo ("IMG_1234", "DSC01234", "DSCF0021", "PXL_20230512"): the
// maker's prefix in capitals, perhaps '_' or '-', then at least four digits; or a site's
// ("TT_00383": capitals, '_' and four digits or more, nothing after). Shorter than the
// phones' and chat apps' names, which the digit run below knows; no word of a sentence opens so.
bool is_camera_name(std::string_view word) {
  constexpr std::size_t kMinDigits = kMinCameraDigits;
  for (std::string_view p : kCameraPrefixes) {
    if (!word.starts_with(p)) continue;
    std::string_view rest = word.substr(p.size());
    if (!rest.empty() && (rest[0] == '_' || rest[0] == '-')) rest.remove_prefix(1);
    std::size_t digits = 0;
    while (digits < rest.size() && is_ascii_digit(rest[digits])) ++digits;
    if (digits >= kMinDigits) return true;
  }
  // a site's own numbering with the same shape, one to five capitals before the '_' ("TT_00383",
  // real-eval58/trinhtoc-1): a code a text prints joins its parts with a hyphen or a slash
  constexpr std::size_t kMaxSitePrefix = 5;
  std::size_t caps = 0;
  while (caps < word.size() && word[caps] >= 'A' && word[caps] <= 'Z') ++caps;
  if (caps == 0 || caps > kMaxSitePrefix || caps + 1 >= word.size() || word[caps] != '_')
    return false;
  std::string_view number = word.substr(caps + 1);
  return number.size() >= kMinDigits &&
         std::all_of(number.begin(), number.end(), [](char c) { return is_ascii_digit(c); });
}

}  // namespace

// "z2910698030987 e3d405ccef78ab058df80d81cf7cab6e", "IMG_20210128_093012": a photo's file
// name without its extension, as phones and chat apps name photos: one to three words of Latin
// letters, digits, '_' and '-', each with a run of at least six digits or a hex string of at
// least 16 characters, or a camera's name (is_camera_name), and a letter among them. No word
// of a sentence is so written.
bool is_photo_file_stem(std::string_view line) {
  // a line of a whole gallery's names is as much machine text as one name; the bound only
  // keeps the walk short
  constexpr std::size_t kMaxWords = 60, kMinDigits = 6, kMinHex = 16;
  std::size_t words = 0;
  bool any_letter = false;  // a number alone is a counter's or a phone's
  for (std::size_t i = 0; i < line.size();) {
    if (line[i] == ' ') {
      ++i;
      continue;
    }
    if (++words > kMaxWords) return false;
    // one word, left at its first character no name holds (the walk stops at a sentence's
    // first word, so a paragraph costs a few bytes)
    std::size_t run = 0, longest = 0, hex = 0, size = 0;
    const std::size_t start = i;
    for (; i < line.size() && line[i] != ' '; ++i, ++size) {
      char c = line[i];
      bool digit = c >= '0' && c <= '9';
      bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!digit && !letter && c != '_' && c != '-') return false;
      any_letter = any_letter || letter;
      run = digit ? run + 1 : 0;
      longest = std::max(longest, run);
      hex += digit || (c >= 'a' && c <= 'f') ? 1 : 0;
    }
    const std::string_view word = line.substr(start, size);
    if (longest >= kMinDigits || (hex == size && hex >= kMinHex) || is_camera_name(word) ||
        is_mixed_name(word))
      continue;
    // a camera's prefix set apart from its number ("IMG 0227"): the next word its digits
    std::size_t next = i;
    while (next < line.size() && line[next] == ' ') ++next;
    std::size_t end = line.find(' ', next);
    if (end == std::string_view::npos) end = line.size();
    if (!is_camera_prefix(word) || end - next < kMinCameraDigits ||
        !std::all_of(line.begin() + static_cast<std::ptrdiff_t>(next),
                     line.begin() + static_cast<std::ptrdiff_t>(end), is_ascii_digit))
      return false;
    i = end;
  }
  return words > 0 && any_letter;
}

std::size_t photo_file_stems_after_sentence(std::string_view line) {
  // the last words, back to the word that ends the sentence
  std::size_t end = line.size();
  while (end > 0 && line[end - 1] == ' ') --end;
  std::size_t from = end;  // where the names start
  while (from > 0) {
    std::size_t space = line.rfind(' ', from - 1);
    if (space == std::string_view::npos) return 0;  // no sentence before the names
    if (!is_photo_file_stem(line.substr(space + 1, from - space - 1))) break;
    from = space;
  }
  if (from == end) return 0;
  std::string_view before = line.substr(0, from);
  return ends_with_sentence_punct(before) ? from : 0;
}

// The description a social network writes for a photo it cannot name, kept as the photo's
// alt text when a post is copied ("Có thể là hình ảnh về 3 người và trong nhà", "Không có
// mô tả ảnh."): machine text where a photo stood, said by the network's fixed opening.
bool is_machine_alt_text(std::string_view line) {
  constexpr std::size_t kMaxAltWords = 40;
  if (!key_may_start_with(line, "ck") || !at_most_words(line, kMaxAltWords)) return false;
  std::string folded = fold_for_match(line);
  for (std::string_view opening :
       {"co the la hinh anh", "co the la anh", "co the la mot hinh anh", "khong co mo ta anh"})
    if (folded.starts_with(opening)) return true;
  return names_missing_photo(line);
}

bool is_word_alt_text_note(std::string_view line) {
  constexpr std::string_view kNote = "description automatically generated";
  constexpr std::size_t kMaxBytes = 64;  // the note with its longest confidence and a stop
  line = trim_spaces(line);
  // asked of every line: the note is ASCII, so no fold for a line it cannot be
  if (line.size() < kNote.size() || line.size() > kMaxBytes || (line[0] != 'D' && line[0] != 'd'))
    return false;
  std::string folded = fold_for_match(line);
  while (!folded.empty() && (folded.back() == '.' || folded.back() == ' ')) folded.pop_back();
  if (!folded.starts_with(kNote)) return false;
  std::string_view rest = std::string_view(folded).substr(kNote.size());
  return rest.empty() || rest == " with high confidence" || rest == " with medium confidence" ||
         rest == " with low confidence";
}

bool names_missing_photo(std::string_view line) {
  constexpr std::size_t kMaxBytes = 32;
  line = trim_spaces(line);
  if (line.empty() || line.size() > kMaxBytes || !key_may_start_with(line, "ck")) return false;
  std::string folded = fold_for_match(line);
  while (!folded.empty() && (folded.back() == '.' || folded.back() == ' ')) folded.pop_back();
  for (std::string_view none :
       {"chua co anh", "khong co anh", "chua co hinh anh", "khong co hinh anh"})
    if (folded == none) return true;
  return false;
}

bool names_site_picture(std::string_view line) {
  constexpr std::size_t kMaxBytes = 40;
  line = trim_spaces(line);
  if (line.empty() || line.size() > kMaxBytes) return false;
  bool site = false, other = false;
  std::string folded = fold_for_match(line);
  each_word(folded, [&](std::string_view w) {
    if (w == "banner" || w == "logo")
      site = true;
    else if (w != "image" && w != "img" && w != "top" && w != "header")
      other = true;
  });
  return site && !other;
}

bool is_camel_case_image_name(std::string_view line) {
  constexpr std::size_t kMinBytes = 10, kMaxBytes = 40;
  line = trim_spaces(line);
  if (line.size() < kMinBytes || line.size() > kMaxBytes || !(line[0] >= 'a' && line[0] <= 'z'))
    return false;
  bool camel = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    const bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
    if (!lower && !upper && !(c >= '0' && c <= '9') && c != '_' && c != '-') return false;
    camel = camel || (upper && line[i - 1] >= 'a' && line[i - 1] <= 'z');
  }
  return camel;
}

bool is_long_machine_word(std::string_view line) {
  constexpr std::size_t kMinBytes = 12;
  line = trim_spaces(line);
  return line.size() >= kMinBytes && line.find(' ') == std::string_view::npos &&
         is_bare_image_name(line);
}

}  // namespace tuyentap
