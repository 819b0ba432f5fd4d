#include "cli/help_format.h"

#include <sstream>

#include "cli/terminal.h"

namespace tuyentap {

// CLI::detail::format_help, but counting columns (display_width), not bytes: the name, padded to
// the column (or on a line of its own when it reaches it), then the description, its lines
// indented.
std::string HelpFormatter::make_option(const CLI::Option* opt, bool is_positional) const {
  const std::string name = "  " + make_option_name(opt, is_positional) + make_option_opts(opt);
  const std::string description = make_option_desc(opt);
  const std::string indent(get_column_width(), ' ');
  const auto width = static_cast<std::size_t>(display_width(name));
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
