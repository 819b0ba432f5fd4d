// Site chrome learned from the archive itself. Pages of one site repeat the same menus, box
// titles, footers and slogans in every file; a folder of saved pages shows them as lines
// that recur across its files. So, before its articles are read, each group of sibling files
// (one folder, or one folder inside a zip) is looked at as a whole:
//  - a line is chrome when it stands in more than a third of the group's text files and
//    saved pages, in at least 3 of them, in a group of at least 5; copies of one article
//    (files with the same title and the same first sentences) count as one file, so an
//    article saved three times keeps its lines, while one text saved under several titles,
//    or several texts under one line read as their title, count as several;
//  - only lines that the markers and the file's own shape left in the article are counted
//    (text_prepare.h), each once per file; of a saved page, the text blocks that the
//    article's scoring and the markers left in its body (html_page.h: a slogan, a box
//    title, a menu or footer line inside the article's container), each block one line;
//    and only lines of at most kMaxChromeLineBytes that are not sentences (text_lines.h
//    is_prose): prose is never learned, even when one text was copied into several files
//    under several titles;
//  - a date line is never learned, nor a line that in any file of the group stands as its
//    title, its topic line (kicker or breadcrumb), its byline, its sapo, a photo's caption
//    or a subheading (a short line between two sentences): a folder of one topic repeats
//    its topic line, a folder of one writer the writer's name, a folder of reports of one
//    kind their subheadings, and a box of related links repeats other articles' titles.
//    But a line read as the title of at least 3 files whose first sentences differ is no
//    article's title (a search box, a site's name over every page): the header misread those
//    files, and what it read as their title and topic line protects nothing; learning it
//    lets the second reading find each page's own title;
// Lines are compared cleaned (text_lines.h), exactly, and a line with numbers also with its
// numbers folded (number_shape: "Tạp chí Số 11/2019" and "Tạp chí Số 1+2/2020" are one
// shape): a box listing a magazine's latest issues, a counter, a copyright's year change
// their numbers from page to page, never their words. Such a shape is counted and protected
// as a line is (a title's shape protects "Báo cáo tháng 5" in a folder of monthly reports),
// and learned only when one of its lines as written stands in two files or more (a box of
// issues shows most issues on several pages; titles that differ only by their numbers each
// stand once, and are never learned, even where the header misread them).
// Only their 64-bit hashes are kept, so what learning holds is a few numbers per line, not
// the texts.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "article/text_prepare.h"

namespace tuyentap {

// What one file offers to learning.
struct ChromeEvidence {
  std::vector<std::uint64_t> lines;  // distinct candidate lines, sorted
  // (number shape, line) of the candidate lines with numbers (number_shape), sorted
  std::vector<std::pair<std::uint64_t, std::uint64_t>> shaped;
  // lines standing as the title, the topic line, a breadcrumb or the byline of the header here,
  // and their number shapes
  std::vector<std::uint64_t> header;
  std::vector<std::uint64_t> protected_;  // the byline at the end, subheadings: the body's shapes
  std::uint64_t title = 0;                // the title's hash; 0 when none was found
  std::uint64_t body = 0;  // the hash of the first sentences (body_key); 0 when it has none
};
ChromeEvidence chrome_evidence(const PreparedText& text);
// What tells one article's text from another's: the hash of its first kBodyKeyLines lines
// that are sentences (text_lines.h is_prose), in order; 0 when there is none.
inline constexpr std::size_t kBodyKeyLines = 2;
std::uint64_t body_key(std::span<const std::string_view> paras);
// What one page's blocks offer (a saved page's article blocks, html_page.h): `blocks` are the
// texts in order, `candidate[i]` says whether blocks[i] may be learned (a caption may not),
// `kept` the texts that must never be (the title, the topic, the sapo, the byline); the
// byline's shape and subheadings among the blocks are kept as in a text.
ChromeEvidence block_chrome_evidence(std::span<const std::string_view> blocks,
                                     const std::vector<bool>& candidate,
                                     std::span<const std::string_view> kept,
                                     std::string_view title);

// The chrome lines of one group.
class LearnedLines {
 public:
  LearnedLines() = default;
  explicit LearnedLines(std::vector<std::uint64_t> hashes);  // any order
  bool empty() const { return hashes_.empty(); }
  std::size_t size() const { return hashes_.size(); }
  // `line` as split_clean_lines gives it: learned as written, or its number shape
  bool contains(std::string_view line) const;
  bool contains_hash(std::uint64_t h) const;

 private:
  std::vector<std::uint64_t> hashes_;  // sorted
};

std::uint64_t line_hash(std::string_view line);
// "Số 11/2019" → "Số #", "Lượt xem: 1.234" → "Lượt xem: #": each run of digits, with the
// signs that join digits (+ / . - : ,) between them, as one '#'. `line` unchanged (and
// nullopt) when it has no digit.
std::optional<std::string> number_shape(std::string_view line);
// The hash of number_shape(line), 0 when the line has no digit.
std::uint64_t shape_hash(std::string_view line);

struct Learned {
  LearnedLines lines;
  // (hash, files it stands in) of every learned line, the most frequent first
  std::vector<std::pair<std::uint64_t, std::size_t>> ranked;
};
// `files`: the evidence of every text file of one group.
Learned learn_chrome(std::span<const ChromeEvidence* const> files);

// The group of a file shown as "dir/2019/a.txt" or "arch.zip!2019/a.txt": its folder,
// "dir/2019" or "arch.zip!2019" ("arch.zip!" at a zip's root, "" for a file given alone).
std::string_view chrome_group(std::string_view path);

}  // namespace tuyentap
