// The tuyentap subcommands. Each returns the process exit code:
//   0 done; 1 scan: some files that look like articles could not be read (listed);
//   2 a mistake to fix (usage, spec, path, style; nothing written); 3 internal error.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace tuyentap {

struct ScanOptions {
  std::vector<std::string> inputs;
  bool json = false;
  std::string encoding;  // forced encoding name, "" = detect
};
int run_scan(const ScanOptions& o);

struct BuildOptions {
  std::vector<std::string> inputs;
  std::string spec;
  // period (at most one of these kinds)
  std::optional<int> year;
  std::string quarter, month, from, to;
  std::vector<std::string> topics, keywords, authors;
  std::string by, order, title, subtitle, publisher;
  std::string formats = "epub,pdf";
  std::string output = ".";
  std::string style;         // PDF style: official | book | pocket | path
  std::string impose;        // "booklet": also an A4 booklet of A5 pages ("" none)
  bool fold_marks = false;   // with impose: fold marks on the sheets
  std::string template_dir;  // EPUB templates
  bool no_fonts = false;     // EPUB without embedded fonts
  int image_dpi = 0;         // PDF photos: pixels per inch kept at most; 0: the style's
  bool plan = false;         // print the plan, write nothing
  bool json = false;         // with plan: as JSON
  bool strict = false;       // warnings are errors
  std::string encoding;
};
int run_build(const BuildOptions& o);

struct InitOptions {
  std::string dir = ".";
  bool force = false;
};
int run_init(const InitOptions& o);

// --version: the version, the libraries built with, the data folder in use.
int print_version();
// `tuyentap completion bash|zsh`: the script on stdout.
int print_completion(const std::string& shell);

}  // namespace tuyentap
