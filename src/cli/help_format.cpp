#include "cli/help_format.h"

#include <sstream>

namespace tuyentap {
namespace {

// Characters of UTF-8 text: the bytes that do not continue a character.
std::size_t characters(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

}  // namespace

// CLI::detail::format_help, but counting characters: the name, padded to the column (or on
// a line of its own when it reaches it), then the description, its lines indented.
std::string HelpFormatter::make_option(const CLI::Option* opt, bool is_positional) const {
  const std::string name = "  " + make_option_name(opt, is_positional) + make_option_opts(opt);
  const std::string description = make_option_desc(opt);
  const std::string indent(get_column_width(), ' ');
  const std::size_t width = characters(name);
  std::ostringstream out;
  out << name;
  if (!description.empty()) {
    out << (width >= get_column_width() ? "\n" + indent
                                        : std::string(get_column_width() - width, ' '));
    for (char c : description) {
      out.put(c);
      if (c == '\n') out << indent;
    }
  } else if (width < get_column_width()) {
    out << std::string(get_column_width() - width, ' ');
  }
  out << "\n";
  return out.str();
}

}  // namespace tuyentap
