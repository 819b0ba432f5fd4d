// Reading the inputs, shared by scan and build: archive → decoded, parsed articles,
// with a progress line on a terminal.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "archive/archive.h"
#include "article/reader.h"

namespace tuyentap {

struct LoadedInputs {
  ArchiveContents archive;
  std::vector<std::variant<Article, NotAnArticle>> articles;  // parallel to archive.files
  std::vector<LearnedChrome> learned_chrome;                  // the site chrome learned, by folder
};

// encoding: "" to detect, else a name parse_encoding knows (Error otherwise).
LoadedInputs load_inputs(const std::vector<std::string>& inputs, const std::string& encoding);

// The same, each file's result (its photos attached) handed to `each` in the files' order as
// soon as it is read, rather than kept: the LoadedInputs returned has no articles.
// `tuyentap scan` prints each article so, and never holds them all.
LoadedInputs load_inputs_streamed(const std::vector<std::string>& inputs,
                                  const std::string& encoding, const ReadSink& each);

}  // namespace tuyentap
