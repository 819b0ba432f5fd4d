// The enumeration tables: one word list per enum, read and printed the same everywhere.
#include "book/choices.h"

#include <catch2/catch.hpp>

#include "base/error.h"

using namespace tuyentap;

TEST_CASE("choices: a word reads as its value, case and spaces forgiven, aliases too") {
  CHECK(parse_choice(kChapterBy, "month", "--by") == AutoChapters::Month);
  CHECK(parse_choice(kChapterBy, " Quarter ", "--by") == AutoChapters::Quarter);
  CHECK(parse_choice(kOrders, "date-asc", "--order") == Order::DateAsc);
  CHECK(parse_choice(kOrders, "date", "--order") == Order::DateAsc);
  CHECK(parse_choice(kMatchModes, "loose", "'match'") == MatchMode::Folded);
  CHECK(parse_choice(kCombine, "ALL", "'combine'"));
  CHECK(parse_choice(kLeftoverChoices, "leave-out", "'leftovers'") == Leftovers::Leave);
  CHECK(parse_choice(kKeywordModes, "all", "'keywords_mode'") == KeywordMode::All);
}

TEST_CASE("choices: an unknown word is an error naming the option and every valid word") {
  try {
    parse_choice(kChapterBy, "monht", "--by");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.message() == "'monht' is not a value --by accepts");
    CHECK(e.hint() == "write one of: \"topic\", \"month\", \"quarter\", \"none\"");
  }
  CHECK_THROWS_AS(parse_choice(kOrders, "", "--order"), Error);
}

TEST_CASE("choices: a value prints as the first word the table gives it") {
  CHECK(choice_word(kOrders, Order::DateAsc) == "date");
  CHECK(choice_word(kFates, Fate::Skipped) == "skipped");
  CHECK(choice_word(kMatchModes, MatchMode::Folded) == "folded");
  for (const auto& c : kChapterBy)
    CHECK(parse_choice(kChapterBy, choice_word(kChapterBy, c.value), "") == c.value);
}
