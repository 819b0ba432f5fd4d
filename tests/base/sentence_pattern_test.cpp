// The sentence patterns that the CLI translates by and the readers' warning codes match by.
#include "base/sentence_pattern.h"

#include <catch2/catch.hpp>

using namespace tuyentap;

TEST_CASE("a pattern gives back the parts that fill its holes, in order") {
  std::vector<std::string> parts;
  CHECK(match_sentence("unknown format '%s'", "unknown format 'docx'", parts));
  CHECK(parts == std::vector<std::string>{"docx"});
  CHECK(match_sentence("text after '%s' left out: %s lines, %s of them sentences",
                       "text after 'Tin liên quan' left out: 12 lines, 3 of them sentences",
                       parts));
  CHECK(parts == std::vector<std::string>{"Tin liên quan", "12", "3"});
  // a hole at either end
  CHECK(match_sentence("%s related links after the lead left out",
                       "4 related links after the lead left out", parts));
  CHECK(parts == std::vector<std::string>{"4"});
  CHECK(match_sentence("no byline: %s", "no byline: Nguyễn Văn A", parts));
  CHECK(parts == std::vector<std::string>{"Nguyễn Văn A"});
  // a part ends where the next fixed words first occur
  CHECK(match_sentence("%s or %s (%s and %s of words read as Vietnamese)",
                       "tcvn3 or vni (61% and 58% of words read as Vietnamese)", parts));
  CHECK(parts == std::vector<std::string>{"tcvn3", "vni", "61%", "58%"});
}

TEST_CASE("a pattern matches only the whole sentence") {
  std::vector<std::string> parts;
  CHECK_FALSE(match_sentence("no byline: %s", "no byline", parts));              // shorter
  CHECK_FALSE(match_sentence("%s lines left out", "3 lines left out.", parts));  // more after
  CHECK_FALSE(match_sentence("photo missing: %s (not in the archive)",
                             "photo unreadable: a.jpg (not in the archive)", parts));
  CHECK_FALSE(match_sentence("%s and %s", "a or b", parts));  // the middle words absent
  // the two ends may not share bytes: "no %s no" is no match of "no no" nor of "no"
  CHECK_FALSE(match_sentence("no %s no", "no no", parts));  // "no " and " no" share the space
  CHECK_FALSE(match_sentence("no %s no", "no", parts));
  CHECK(match_sentence("no %s no", "no  no", parts));
  CHECK(parts == std::vector<std::string>{""});
  // without a hole: itself, nothing more or less
  CHECK(match_sentence("no byline", "no byline", parts));
  CHECK(parts.empty());
  CHECK_FALSE(match_sentence("no byline", "no bylines", parts));
  CHECK_FALSE(match_sentence("no byline", "", parts));
}
