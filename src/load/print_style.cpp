#include <filesystem>

#include "base/error.h"
#include "base/paths.h"
#include "load/file_rules.h"
#include "load/font_check.h"
#include "load/load.h"

namespace tuyentap {

namespace fs = std::filesystem;

namespace {

// The print fonts are the main faces (style_font_names' first four) and then the fallbacks.
constexpr std::size_t kMainFaces = 4;

// A font name as a style writes it: absolute, or relative to the style's folder, else to
// the data folder (where the built-in styles' "fonts/…" are). A name the style does not
// write (its default Liberation Serif) is the data folder's.
std::string font_path(const std::string& name, const std::string& style_dir, bool written) {
  if (fs::path(name).is_absolute()) return name;
  std::error_code ec;
  std::string beside = (fs::path(style_dir) / name).lexically_normal().string();
  if (written && fs::exists(fs::symlink_status(beside, ec))) return beside;
  return data_path(name);
}

NamedAt font_at(const PrintStyle& style, const std::string& path, const std::string& name) {
  auto line = style.font_lines.find(name);
  return {path, line == style.font_lines.end() ? 0 : line->second};
}

// Each main face must set Vietnamese, by itself or with the fallbacks' help.
void check_vietnamese(const PrintStyle& style, const std::string& path,
                      const std::vector<std::string>& names) {
  std::vector<NamedBytes> fallbacks;
  for (std::size_t i = kMainFaces; i < names.size(); ++i)
    fallbacks.push_back(style.font_files.at(names[i]));
  for (std::size_t i = 0; i < kMainFaces && i < names.size(); ++i) {
    const NamedBytes& font = style.font_files.at(names[i]);
    std::vector<NamedBytes> fonts = {font};
    fonts.insert(fonts.end(), fallbacks.begin(), fallbacks.end());
    refuse_missing_vietnamese(font, vietnamese_letters_missing(fonts),
                              font_at(style, path, names[i]));
  }
}

}  // namespace

PrintStyle load_print_style(const std::string& name_or_path) {
  std::string path = name_or_path;
  if (name_or_path == "official" || name_or_path == "book" || name_or_path == "pocket") {
    path = data_path("templates/pdf/" + name_or_path + ".toml");
  } else if (std::error_code ec; !fs::exists(path, ec)) {
    throw Error("print style not found", path, 0,
                "use \"official\", \"book\", \"pocket\" or the path to your own copy of one "
                "of templates/pdf/*.toml");
  }
  PrintStyle style = parse_print_style(read_regular_file(path, kMaxTextFileBytes), path);
  std::string style_dir = fs::path(path).parent_path().string();
  if (style_dir.empty()) style_dir = ".";
  std::vector<std::string> allowed = system_font_folders();
  for (const std::string& p : places({style_dir, data_dir()})) allowed.push_back(p);
  const std::vector<std::string> names = style_font_names(style);
  for (const std::string& name : names) {
    if (style.font_files.count(name)) continue;
    const bool written = style.font_lines.count(name) > 0;
    std::string file = font_path(name, style_dir, written);
    const NamedAt at = font_at(style, path, name);
    std::error_code ec;
    if (!fs::exists(file, ec)) {
      throw Error(
          "print style: names a font file that does not exist: " + file, at.file, at.line,
          "give a path to a .ttf, absolute or relative to " + style_dir + " or to " + data_dir());
    }
    check_inside(file, allowed, at);
    NamedBytes font = named_bytes(file, read_regular_file(file, kMaxFontBytes, at));
    check_outlines(font, at);
    style.font_files.emplace(name, std::move(font));
  }
  check_vietnamese(style, path, names);
  return style;
}

}  // namespace tuyentap
