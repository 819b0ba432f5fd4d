// The tuyentap subcommands. Each returns the process exit code:
//   0 done, 1 done but some inputs had problems (listed), 2 usage or spec error.
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
  std::string style;         // PDF style: official | book | path
  std::string template_dir;  // EPUB templates
  bool no_fonts = false;     // EPUB without embedded fonts
  bool plan = false;
  std::string encoding;
};
int run_build(const BuildOptions& o);

struct InitOptions {
  std::string dir = ".";
  bool force = false;
};
int run_init(const InitOptions& o);

}  // namespace tuyentap
