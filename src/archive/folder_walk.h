// A folder walked recursively, in a stable order, following links without ever looping.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "archive/collector.h"

namespace tuyentap::archive_detail {

struct FoundFile {
  std::string shown;           // "archive/2019/a.txt": the folder as given + the path inside
  std::string rel;             // "2019/a.txt": the path inside the folder
  std::filesystem::path path;  // where to open it
};

// Every non-folder entry under `root`, sorted by `rel` (bytewise, so the order does not
// depend on the file system or the locale). Links are followed, but a folder already
// walked (a link loop, or two links to one folder) is walked once. Hidden folders
// (".git"), "__MACOSX", unreadable folders and broken links go to the collector as skipped.
std::vector<FoundFile> walk_folder(const std::filesystem::path& root, const std::string& shown_root,
                                   Collector& collector);

}  // namespace tuyentap::archive_detail
