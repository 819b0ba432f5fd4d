#include <filesystem>

#include "base/error.h"
#include "base/paths.h"
#include "book/compile.h"
#include "load/file_rules.h"
#include "load/load.h"

namespace tuyentap {

namespace {

// Where the preface and cover may lie: beside the spec, in the archive it names, or in the
// program's data folder (load/file_rules.h).
std::vector<std::string> spec_places(const BookSpec& spec) {
  std::string folder = std::filesystem::path(spec.file).parent_path().string();
  std::vector<std::string> folders = {folder.empty() ? "." : folder, data_dir()};
  for (const std::string& p : spec.archive_paths) folders.push_back(spec_relative_path(spec, p));
  return places(folders);
}

// A file the spec names (preface, cover) must be there when the spec is read: the error
// names the spec's line, before anything is built.
void check_named_file(const BookSpec& spec, const std::string& rel, int line, const char* what,
                      std::size_t limit) {
  if (rel.empty()) return;
  std::string path = spec_relative_path(spec, rel);
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    throw Error(
        std::string("the ") + what + " '" + rel + "' does not exist (looked for " + path + ")",
        spec.file, line,
        "the path is relative to the folder of " +
            std::filesystem::path(spec.file).filename().string() +
            "; correct it, or delete the line");
  }
  const NamedAt at{spec.file, line};
  check_inside(path, spec_places(spec), at);
  check_regular_file(path, limit, at);
}

}  // namespace

BookSpec load_spec(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    throw Error("the book spec does not exist", path, 0,
                "`tuyentap init` writes a commented book.toml to start from");
  }
  BookSpec spec = parse_spec(read_regular_file(path, kMaxTextFileBytes), path);
  check_named_file(spec, spec.preface_file, spec.preface_line, "preface file", kMaxTextFileBytes);
  check_named_file(spec, spec.cover_image, spec.cover_line, "cover image", kMaxCoverBytes);
  return spec;
}

std::vector<std::string> load_preface(const BookSpec& spec) {
  if (spec.preface_file.empty()) return {};
  std::string path = spec_relative_path(spec, spec.preface_file);
  const NamedAt at{spec.file, spec.preface_line};
  check_inside(path, spec_places(spec), at);
  return preface_paragraphs(read_regular_file(path, kMaxTextFileBytes, at));
}

std::string sample_spec_text() {
  return read_regular_file(data_path("templates/book.toml"), kMaxTextFileBytes);
}

}  // namespace tuyentap
