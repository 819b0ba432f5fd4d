// Every kind of build note (book/note_codes.h) reaches the clerk in Vietnamese: the spec's
// include and exclude entries that named nothing were printed in English until session 45's
// second read, as the books' notes on missing glyphs were before it.
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "book/note_codes.h"
#include "cli/error_words.h"
#include "cli/i18n.h"
#include "test_paths.h"

using namespace tuyentap;

TEST_CASE("every kind of build note has its Vietnamese and its code") {
  namespace fs = std::filesystem;
  set_language(Language::Vietnamese,
               (fs::path(test_paths::program_path()).parent_path() / "locale").string());
  REQUIRE(note_kinds().size() >= 10);
  for (const NoteKind& k : note_kinds()) {
    std::string sample = k.sentence;  // each part as "7"
    for (std::size_t at = sample.find("%s"); at != std::string::npos; at = sample.find("%s", at))
      sample.replace(at, 2, "7");
    INFO(sample);
    CHECK(vietnamese_sentence(sample) != sample);
    CHECK(note_code(sample) == std::string_view(k.code));
  }
  CHECK(vietnamese_sentence("include 'bai-9' (book.toml) names no article read") ==
        "mục include «bai-9» (book.toml) không khớp bài nào đã đọc");
}
