#include <filesystem>

#include "base/error.h"
#include "base/paths.h"
#include "book/compile.h"
#include "load/load.h"

namespace tuyentap {

namespace {

// A file the spec names (preface, cover) must be there when the spec is read: the error
// names the spec's line, before anything is built.
void check_named_file(const BookSpec& spec, const std::string& rel, int line, const char* what) {
  if (rel.empty()) return;
  std::string path = spec_relative_path(spec, rel);
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    throw Error(
        std::string("the ") + what + " '" + rel + "' does not exist (looked for " + path + ")",
        spec.file, line,
        "the path is relative to the folder of " +
            std::filesystem::path(spec.file).filename().string() +
            "; correct it, or delete the line");
  }
}

}  // namespace

BookSpec load_spec(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    throw Error("the book spec does not exist", path, 0,
                "`tuyentap init` writes a commented book.toml to start from");
  }
  BookSpec spec = parse_spec(read_file_bytes(path), path);
  check_named_file(spec, spec.preface_file, spec.preface_line, "preface file");
  check_named_file(spec, spec.cover_image, spec.cover_line, "cover image");
  return spec;
}

std::vector<std::string> load_preface(const BookSpec& spec) {
  if (spec.preface_file.empty()) return {};
  std::string path = spec_relative_path(spec, spec.preface_file);
  std::string bytes;
  try {
    bytes = read_file_bytes(path);
  } catch (const Error&) {
    throw Error("cannot read the preface file '" + spec.preface_file + "' (" + path + ")",
                spec.file, spec.preface_line,
                "the path is relative to the folder of the book spec");
  }
  return preface_paragraphs(bytes);
}

std::string sample_spec_text() {
  return read_file_bytes(data_path("templates/book.toml"));
}

}  // namespace tuyentap
