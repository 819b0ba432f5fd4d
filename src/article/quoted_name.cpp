// Quotations read as names: see quoted_name.h.
#include "article/quoted_name.h"

namespace tuyentap {

std::string quotes_as_names(std::string_view line) {
  constexpr std::string_view kName = "“Tên”";
  std::string out;
  for (std::size_t i = 0; i < line.size();) {
    std::string_view rest = line.substr(i);
    // the mark that closes a quotation opened here, and where its text starts
    std::string_view close;
    std::size_t open = 0;
    if (rest.starts_with("\"")) {
      close = "\"";
      open = 1;
    } else if (rest.starts_with("“")) {
      close = "”";
      open = std::string_view("“").size();
    }
    std::size_t end = open > 0 ? rest.find(close, open) : std::string_view::npos;
    if (end == std::string_view::npos || end == open) {
      out += line[i++];
      continue;
    }
    out += kName;
    i += end + close.size();
  }
  return out;
}

}  // namespace tuyentap
