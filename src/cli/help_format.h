// CLI11's help, its columns lined up for Vietnamese: CLI11 pads an option's name to the
// description's column by bytes, so a value name with diacritics (`--spec TỆP`) pushed its
// description one or more places left; this formatter pads by characters.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace tuyentap {

class HelpFormatter : public CLI::Formatter {
 public:
  std::string make_option(const CLI::Option* opt, bool is_positional) const override;
};

}  // namespace tuyentap
