// Internal to book/: the compiler's first step, select — which inputs are in the running
// for the book. In the order a clerk follows in the report: readable? → excluded by the
// spec? → in the period? → through the spec's filter? An article the spec's include list
// names stays in the running whatever the period and the filter say.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "archive/archive.h"
#include "article/reader.h"
#include "book/fate.h"
#include "book/match.h"
#include "book/spec.h"

namespace tuyentap::book {

// Every input as the steps see it, in the order given.
struct Inputs {
  std::vector<std::string> files;          // as the clerk sees them: "arch.zip!2019/a.txt"
  std::vector<const Article*> articles;    // nullptr when the reader found no article…
  std::vector<NotAnArticle> not_articles;  // …and then why not ("empty file")
  std::size_t size() const { return files.size(); }
};

// archive.files and their read results, paired (the results may come without files, as
// in tests: then each article's own file names it). Throws Error when both are given and
// their counts differ.
Inputs list_inputs(const ArchiveContents& archive,
                   const std::vector<std::variant<Article, NotAnArticle>>& articles);

// The end of the warning an input gets when the spec's include list keeps it although it is
// out of the period or undated ("undated but included by the spec"); its stable code and
// label are in the readers' table (article/warning_codes.h kIncludedBySpecCode).
inline constexpr const char* kIncludedBySpec = " but included by the spec";

// The running state of the compiler, one slot per input. Later steps (duplicates,
// leftovers) take more inputs out of the running with leave_out.
struct Selection {
  std::vector<const Article*> kept;                // the article while in the running, else null
  std::vector<bool> named;                         // on the spec's include list
  std::vector<std::optional<LeftOut>> left_out;    // why it is out of the running
  std::vector<std::vector<std::string>> warnings;  // added to the reader's in the report
  std::vector<ArticleKeys> keys;   // folded once, for the inputs that reached the filter
  std::vector<std::string> notes;  // include/exclude entries that name nothing, and the like
  int readable = 0;                // inputs read as articles
  int in_period = 0;  // of those, not excluded and dated in the period (all, with no period)

  void leave_out(std::size_t i, LeftOut why) {
    kept[i] = nullptr;
    left_out[i] = std::move(why);
  }
};

// The spec's period, include and exclude lists and global filter ([select]) applied to
// every input. spec_name names the spec in notes ("the spec" when it has no file).
Selection select_articles(const BookSpec& spec, const Inputs& in, const std::string& spec_name);

}  // namespace tuyentap::book
