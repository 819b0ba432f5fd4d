#include <filesystem>

#include "base/error.h"
#include "base/paths.h"
#include "load/load.h"

namespace tuyentap {

namespace {

// A font name as a style writes it: absolute, or relative to the data folder.
std::string font_path(const std::string& name) {
  return std::filesystem::path(name).is_absolute() ? name : data_path(name);
}

}  // namespace

PrintStyle load_print_style(const std::string& name_or_path) {
  std::string path = name_or_path;
  if (name_or_path == "official" || name_or_path == "book" || name_or_path == "pocket") {
    path = data_path("templates/pdf/" + name_or_path + ".toml");
  } else if (std::error_code ec; !std::filesystem::is_regular_file(path, ec)) {
    throw Error("print style not found", path, 0,
                "use \"official\", \"book\", \"pocket\" or the path to your own copy of one "
                "of templates/pdf/*.toml");
  }
  PrintStyle style = parse_print_style(read_file_bytes(path), path);
  for (const std::string& name : style_font_names(style)) {
    if (style.font_files.count(name)) continue;
    std::string file = font_path(name);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) {
      auto line = style.font_lines.find(name);
      throw Error("print style: names a font file that does not exist: " + file, path,
                  line == style.font_lines.end() ? 0 : line->second,
                  "give a path to a .ttf, absolute or relative to " + data_dir());
    }
    style.font_files.emplace(name, named_bytes(file, read_file_bytes(file)));
  }
  return style;
}

}  // namespace tuyentap
