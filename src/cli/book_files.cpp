#include "cli/book_files.h"

#include <filesystem>
#include <string_view>
#include <utility>

#include "cli/output_stage.h"

namespace tuyentap {

namespace fs = std::filesystem;

namespace {

struct OwnFile {
  fs::path path;
  std::string_view reason;
};

// The reports the build writes into its output folder (build.cpp). The books it writes there
// are no text and are skipped as such (a clerk's own PDF there is not the build's).
bool build_report_name(const fs::path& name) {
  return name == "report.txt" || name == "report.json";
}

// The folder this build writes to, or one an earlier build wrote to: its lock stays there
// (cli/output_stage.h).
bool written_by_a_build(const fs::path& folder, const std::string& output_dir) {
  const fs::path dir = folder.empty() ? fs::path(".") : folder;
  std::error_code ec;
  if (fs::equivalent(dir, output_dir, ec) && !ec) return true;
  return fs::exists(dir / ".tuyentap.lock", ec) && !ec;
}

}  // namespace

void set_aside_book_files(LoadedInputs& in, const BookSpec& spec, const std::string& output_dir) {
  std::vector<OwnFile> own;
  if (!spec.file.empty()) own.push_back({spec.file, kSettingsFileReason});
  if (!spec.preface_file.empty()) {
    own.push_back({spec_relative_path(spec, spec.preface_file),
                   "the book's preface (named in the book spec), not an article"});
  }
  for (std::size_t i = 0; i < in.archive.files.size() && i < in.articles.size(); ++i) {
    const FileOrigin& from = in.archive.files[i].origin;
    if (from.disk_path.empty() || from.zip_entry >= 0) continue;
    const fs::path file(from.disk_path);
    for (const OwnFile& o : own) {
      // The names first: a file system call only for the few files that could be it.
      if (file.filename() != o.path.filename()) continue;
      std::error_code ec;
      if (!fs::equivalent(file, o.path, ec) || ec) continue;
      in.articles[i] = NotAnArticle{std::string(o.reason), NotArticleKind::BookFile};
      break;
    }
    if (build_report_name(file.filename()) && written_by_a_build(file.parent_path(), output_dir)) {
      in.articles[i] = NotAnArticle{"a file a build wrote into its output folder, not an article",
                                    NotArticleKind::BookFile};
    }
  }
  // The lock a build leaves in its output folder is skipped as a hidden file: the program's own,
  // it is no file of the clerk's to look at ("hidden file (.tuyentap.lock)" read as one).
  for (SkippedFile& s : in.archive.skipped) {
    const fs::path file(s.path);
    std::error_code ec;
    if (file.filename() != kOutputLockName || !fs::is_regular_file(fs::symlink_status(file, ec)))
      continue;
    s.reason = "the lock a build keeps in its output folder, not an article";
    s.book_file = true;
  }
}

}  // namespace tuyentap
