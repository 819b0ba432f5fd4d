// The build report's section on the site chrome the reader learned (article/reader.h): which
// lines it left out of every file of a folder because they recur across the folder's files,
// so that a clerk can see why a line is in no article.
#pragma once

#include <string>
#include <vector>

#include "article/reader.h"

namespace tuyentap {

// The section for report.txt: "" when nothing was learned.
std::string learned_chrome_text(const std::vector<LearnedChrome>& learned);

}  // namespace tuyentap
