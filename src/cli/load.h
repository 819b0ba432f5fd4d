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

}  // namespace tuyentap
