// What became of each input: in the book (chapter, position), or out with a reason. The
// compiler fills it; report.h prints it for tools and for the clerk.
#pragma once

#include <string>
#include <vector>

namespace tuyentap {

enum class Fate { Included, Excluded, Skipped };

struct InputFate {
  std::string file;
  std::string id;     // when read
  std::string title;  // when read
  Fate status = Fate::Skipped;
  std::string chapter;  // when included
  int position = 0;     // 1-based position in the chapter, when included
  std::string reason;   // when excluded or skipped: "outside the period (2018-12-31)",
                       // "no matching chapter", "duplicate of 3fa…(file)", "excluded by the spec",
                       // "unreadable: …"
  std::vector<std::string> also_matched;  // other chapters it matched (first one wins)
  std::vector<std::string> warnings;      // the reader's warnings
};

struct BuildReport {
  std::vector<InputFate> inputs;  // one per input file (skipped files included), input order
  std::vector<std::string> chapter_titles;
  std::vector<std::vector<std::string>> chapter_ids;
  std::vector<std::string> notes;  // e.g. "chapter rule 'X' (book.toml:31) matched nothing"
  int included = 0, excluded = 0, skipped = 0;
};

}  // namespace tuyentap
