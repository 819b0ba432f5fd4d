// The words for each enumeration: what a clerk writes in book.toml or on the command line,
// and what the report prints. One table per enumeration, and one way to read a word into
// its value, so that the spec reader, the CLI and the report can never disagree.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "book/fate.h"
#include "book/spec.h"

namespace tuyentap {

template <typename T>
struct Choice {
  std::string_view word;
  T value;
};

// [chapters] by, --by
inline constexpr Choice<AutoChapters> kChapterBy[] = {{"topic", AutoChapters::Topic},
                                                      {"month", AutoChapters::Month},
                                                      {"quarter", AutoChapters::Quarter},
                                                      {"none", AutoChapters::None}};
// [chapters] order, --order
inline constexpr Choice<Order> kOrders[] = {{"date", Order::DateAsc},
                                            {"date-asc", Order::DateAsc},
                                            {"date-desc", Order::DateDesc},
                                            {"title", Order::Title}};
// [chapters] leftovers
inline constexpr Choice<Leftovers> kLeftoverChoices[] = {{"other-chapter", Leftovers::OtherChapter},
                                                         {"leave-out", Leftovers::Leave}};
// match, in [select] and [[chapter]]
inline constexpr Choice<MatchMode> kMatchModes[] = {
    {"folded", MatchMode::Folded}, {"loose", MatchMode::Folded}, {"exact", MatchMode::Exact}};
// keywords_mode, in [select] and [[chapter]]
inline constexpr Choice<KeywordMode> kKeywordModes[] = {{"any", KeywordMode::Any},
                                                        {"all", KeywordMode::All}};
// combine, in [select] and [[chapter]]: true when every kind of criterion must hold
inline constexpr Choice<bool> kCombine[] = {{"any", false}, {"all", true}};
// [book] captions_without_photo
inline constexpr Choice<CaptionsWithoutPhoto> kCaptionsWithoutPhoto[] = {
    {"note", CaptionsWithoutPhoto::Note}, {"drop", CaptionsWithoutPhoto::Drop}};
// an input's status in report.json
inline constexpr Choice<Fate> kFates[] = {
    {"included", Fate::Included}, {"excluded", Fate::Excluded}, {"skipped", Fate::Skipped}};

// A word as the tables spell it: lower case, spaces folded ("  Month " → "month").
std::string choice_key(std::string_view word);
// Throws Error("'monht' is not a value <what> accepts", hint "write one of: <list>").
[[noreturn]] void unknown_choice(const std::string& key, std::string_view what,
                                 const std::string& list);

// Every word of a table, quoted, for hints: "\"topic\", \"month\", \"quarter\", \"none\"".
template <typename T, std::size_t N>
std::string choice_list(const Choice<T> (&table)[N]) {
  std::string list;
  for (const auto& c : table) list += (list.empty() ? "\"" : ", \"") + std::string(c.word) + "\"";
  return list;
}

// The value a word names, case and spacing forgiven. `what` names the option or key for
// the Error ("--by", "'by'"); the Error has no file: a file's reader adds its file and line.
template <typename T, std::size_t N>
T parse_choice(const Choice<T> (&table)[N], std::string_view word, std::string_view what) {
  std::string key = choice_key(word);
  for (const auto& c : table) {
    if (c.word == key) return c.value;
  }
  unknown_choice(key, what, choice_list(table));
}

// The word for a value: the first the table gives it.
template <typename T, std::size_t N>
std::string_view choice_word(const Choice<T> (&table)[N], T value) {
  for (const auto& c : table) {
    if (c.value == value) return c.word;
  }
  return {};
}

}  // namespace tuyentap
