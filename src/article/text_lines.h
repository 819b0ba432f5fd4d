// Lines of an article file: splitting, cleaning, and the shape tests the reader's rules use.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tuyentap {

// Splits on LF, CRLF or CR; each line has zero-width characters and soft hyphens removed and
// its white space folded (tabs, NBSP, runs, ends). Blank lines come back as "". `spacers`,
// when given, gets the ordinal among the blank lines of each one that held a single space or
// no-break space and nothing else: a text browser prints such a line where the page had a
// photo or a spacer, where an empty line only separates two blocks (an editor's indented
// blank lines hold tabs or runs of spaces).
// `indents`, when given, gets each line's leading white space as written (spaces, tabs and
// no-break spaces, one column each): where the page set the line (margin_caption.h).
std::vector<std::string> split_clean_lines(std::string_view text,
                                           std::vector<std::size_t>* spacers = nullptr,
                                           std::vector<std::size_t>* indents = nullptr);
// Line n of the text as written, before cleaning (split as split_clean_lines splits it); empty
// past the end.
std::string_view raw_line(std::string_view text, std::size_t n);

// Calls f on each word of `s` split on spaces, empty words skipped (a cleaned line has single
// spaces).
template <typename F>
void each_word(std::string_view s, F&& f) {
  while (!s.empty()) {
    std::size_t sp = s.find(' ');
    std::string_view w = s.substr(0, sp);
    if (!w.empty()) f(w);
    if (sp == std::string_view::npos) break;
    s.remove_prefix(sp + 1);
  }
}

// The words of `s` split on spaces (each_word), views into `s`.
inline std::vector<std::string_view> spaced_words(std::string_view s) {
  std::vector<std::string_view> out;
  each_word(s, [&](std::string_view w) { out.push_back(w); });
  return out;
}

// The first and last words of a line split on spaces ("Ban" of "Ban biên tập", "trên" of
// "Mời quý độc giả theo dõi X trên").
inline std::string_view first_word(std::string_view s) {
  return s.substr(0, s.find(' '));
}
inline std::string_view last_word(std::string_view s) {
  std::size_t space = s.rfind(' ');
  return space == std::string_view::npos ? s : s.substr(space + 1);
}

// `s` opens (closes) with `words` as whole words: "trao doi moi nhat" opens with "trao doi",
// not with "tra".
inline bool opens_with_words(std::string_view s, std::string_view words) {
  return s.starts_with(words) && (s.size() == words.size() || s[words.size()] == ' ');
}
inline bool closes_with_words(std::string_view s, std::string_view words) {
  return s.ends_with(words) && (s.size() == words.size() || s[s.size() - words.size() - 1] == ' ');
}

// What the text shows of a photo that stood before a paragraph: a marker line where the
// image was ("[img]", "(ảnh)"), or a line the next one repeats (a text browser prints the
// photo's alt text, then the caption that says the same). In a photo story, what the text
// says shows the photos: a line after one that announces them ("Một số hình ảnh …:"), or a
// short line with no stop (article/photo_story.h). A Spacer is weaker: a line of one space
// alone stood before (a photo, or only a spacer paragraph), which only a short line under it
// that a longer paragraph follows takes as its photo (text_reader.h); every other rule reads
// it as no hint. OffMargin: the line itself stood off the margin the body's sentences keep
// (centred far right of it, or left of an indented body), as a photo's caption is set
// (margin_caption.h). TitleAgain: the article's title alone
// again inside the body, a photo's alt text as a CMS prints it, or a video's title, or the title
// set again over a part: a caption under it must read as one besides being short (text_reader.h).
enum class PhotoHint : unsigned char {
  None,
  Marker,
  Repeated,
  Story,
  Spacer,
  TitleAgain,
  OffMargin
};

// A photo surely stood there: any hint but a spacer's.
inline bool shows_photo(PhotoHint h) {
  return h != PhotoHint::None && h != PhotoHint::Spacer;
}

struct Paragraph {
  std::string text;
  PhotoHint photo = PhotoHint::None;  // what stood just before this paragraph
  // The file's lines joined into it (join_paragraphs), so that the lines a step leaves out are
  // told as the clerk counts them: "bn1" … "bn5", five image names over a banner, are one
  // paragraph, five lines
  std::size_t lines = 1;
};

// Non-blank lines, one per paragraph. A line that continues the previous one (no blank line
// between, the previous one ends without sentence punctuation or with a comma, and this one
// starts with a lower-case letter) is joined to it: archives hard-wrapped at 72 columns read as
// paragraphs. In a file wrapped at a fixed width (a text browser's dump: many lines end within 15
// columns of one width, from 100 to 250), a line that fills that width is always continued
// by the next one. A line in lower case after a blank line continues the line before the
// blank when that one ends in ',' or ';' (a page that split one sentence into two blocks).
// A line that ends on a dash between spaces (" -", " –") is continued by the next whatever
// its case: a wrap inside a name or a clause ("… Điện Biên -" over "Em sẽ là đoàn viên”").
// `hints` (one per line, or empty) give each paragraph its first line's hint;
// a line with a hint always starts a paragraph.
std::vector<Paragraph> join_paragraphs(const std::vector<std::string>& lines,
                                       const std::vector<PhotoHint>& hints = {});
// For each line, whether join_paragraphs joins it to the line before.
std::vector<bool> continues_previous(const std::vector<std::string>& lines,
                                     const std::vector<PhotoHint>& hints = {});

std::size_t word_count(std::string_view s);
// word_count(s) <= n, without counting a long paragraph to its end.
bool at_most_words(std::string_view s, std::size_t n);
std::size_t code_point_count(std::string_view s);

// The last character, ignoring closing quotes and brackets, is . , ; : ! ? or …
bool ends_with_sentence_punct(std::string_view s);
// The last character, as there, is . ! ? … or ; (a sentence or a list's item closed).
bool closes_sentence(std::string_view s);

// First letter (skipping digits' absence: the very first code point) is upper / lower case.
bool starts_with_upper(std::string_view s);
bool starts_with_lower(std::string_view s);

// Some letter or digit (the rest is bullets, rules and punctuation: "•", "* * *", "[ ]").
bool has_letter_or_digit(std::string_view s);
// Every letter is a capital, and there are at least two ("TIN TỨC MỚI", "VIDEO").
bool is_all_caps(std::string_view s);

// A sentence of the article, not a label, a link or a name: at least 6 words ending in
// . ! ? … or ;, or over 40 words however it ends.
bool is_prose(std::string_view s);
// Where the article's text begins: a sentence of at least 12 words, over 80 words however
// it ends (a menu copied as one line has 30 words or so, no sentence as many), or at least 20
// words with a whole sentence inside (a sapo whose final stop the page left out).
bool is_body_text(std::string_view s);
// A sentence ends inside s: ". " then a capital, after a word that is no abbreviation in
// capitals ("TP. Hồ Chí Minh") nor an initial ("A. Nguyễn").
bool stops_a_sentence_inside(std::string_view s);

// "* Sự ra đời của Hội", "- Kết quả": the text after a leading bullet ("* ", "- ", "+ ", "• ",
// "– "); `s` itself when it opens with none. A line so led is an item or a heading of the
// body, never a page's title.
std::string_view without_bullet(std::string_view s);
inline bool opens_with_bullet(std::string_view s) {
  return without_bullet(s).size() != s.size();
}

// A subheading by its shape, in every reader: at most 20 words and 160 characters, no
// sentence's final punctuation, starting with a capital or a digit, and not a date line.
inline constexpr std::size_t kMaxHeadingWords = 20;
inline constexpr std::size_t kMaxHeadingChars = 160;
bool heading_shape(std::string_view s);
// A subheading its writer marked as one: that shape, and all in capitals or opening with a
// part's number ("1.", "2)", "II.", "a)"). Outweighs a weak hint of a photo before it (a
// line of one space alone, text_reader.h), where the shape alone does not.
bool marked_heading(std::string_view s);
// "1. …", "II. …", "a) …": a line led by a part's number (arabic, roman or a letter, then "."
// or ")") and a space: an item or a part's heading of the body.
bool opens_with_part_number(std::string_view s);

}  // namespace tuyentap
