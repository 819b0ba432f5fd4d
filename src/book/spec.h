// The book spec: what a clerk writes in book.toml, or says on the command line.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "article/caption_note.h"
#include "text/date.h"

namespace tuyentap {

struct Period {
  std::optional<Date> from, to;  // inclusive; both empty = no restriction
  std::string label;             // "Năm 2019", "Quý I/2019", "Tháng 1/2019", or the range
  bool contains(const Date& d) const;
};

// Parses "2019" / "2019-Q1" / "2019-01" / explicit from–to. Throw Error on bad input.
Period period_year(int year);
Period period_quarter(std::string_view spec);  // "2019-Q1"
Period period_month(std::string_view spec);    // "2019-01"
Period period_range(std::string_view from, std::string_view to);

enum class MatchMode { Folded, Exact };  // Folded: case-, diacritic-, tone-placement-insensitive
enum class KeywordMode { Any, All };
enum class Order { DateAsc, DateDesc, Title };
enum class AutoChapters { Topic, Month, Quarter, None };
enum class Leftovers { OtherChapter, Leave };  // "Bài viết khác" chapter, or report only

struct ChapterRule {
  std::string title;
  std::vector<std::string> topics;
  std::vector<std::string> keywords;
  KeywordMode keyword_mode = KeywordMode::Any;
  std::vector<std::string> authors;
  MatchMode match = MatchMode::Folded;
  // combine = "all": every kind of criterion given (topics, keywords, authors) must hold;
  // the default ("any") takes an article that meets any one of them.
  bool all_criteria = false;
  int line = 0;  // where it was declared in the spec file, for messages
};

struct BookSpec {
  std::string file;  // the spec file it came from, for messages ("" when none)
  // metadata
  std::string title, subtitle, publisher, place, editor, language = "vi";
  int year = 0;
  bool internal = false;     // "internal = true": the imprint says "Lưu hành nội bộ"
  std::string preface_file;  // path, relative to the spec file's folder
  std::string cover_image;
  int preface_line = 0, cover_line = 0;  // where they are written, for messages
  // [book] captions_without_photo: a caption whose photo is not in the book is a note
  // ("note", the default) or left out ("drop"); article/caption_note.h
  CaptionsWithoutPhoto captions_without_photo = CaptionsWithoutPhoto::Note;
  // selection
  Period period;
  std::vector<std::string> topics;    // global topic filter (any); empty = all
  std::vector<std::string> keywords;  // global keyword filter
  KeywordMode keyword_mode = KeywordMode::Any;
  std::vector<std::string> authors;
  MatchMode match = MatchMode::Folded;  // for the global filter
  bool all_criteria = false;            // as ChapterRule::all_criteria, for the global filter
  std::vector<std::string>
      include;  // article ids or files always included (if in period? no: always)
  std::vector<std::string> exclude;  // article ids or files never included
  // chapters
  AutoChapters by = AutoChapters::Topic;
  std::vector<ChapterRule> chapters;  // explicit; when non-empty `by` is ignored
  Order order = Order::DateAsc;
  Leftovers leftovers = Leftovers::OtherChapter;
  // [archive] paths: what `tuyentap build` reads when the command line names no archive;
  // relative to the spec file's folder (spec_relative_path).
  std::vector<std::string> archive_paths;
};

// A book.toml's text → BookSpec; `file` is where it came from (messages, and the folder the
// preface and cover are relative to). Unknown keys, bad dates, empty periods: Error with the
// file and line, meant for exit code 2. Files it names are not opened here (load/load.h).
BookSpec parse_spec(std::string_view text, const std::string& file);

// A path written in the spec (preface, cover), resolved against the spec file's folder;
// absolute paths, and every path when spec.file is empty, are returned as they are.
std::string spec_relative_path(const BookSpec& spec, const std::string& path);

}  // namespace tuyentap
