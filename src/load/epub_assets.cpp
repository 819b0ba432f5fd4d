#include <filesystem>

#include "base/error.h"
#include "base/paths.h"
#include "epub/fonts.h"
#include "epub/templates.h"
#include "load/css_references.h"
#include "load/file_rules.h"
#include "load/load.h"

namespace tuyentap {

namespace {

const char* kHint = "copy templates/epub from the tuyentap sources and change that copy";

// A file of the template folder: inside it, links followed (a style.css linked to
// /etc/passwd is refused), a regular file of text size.
std::string read_template_file(const std::string& path, const std::vector<std::string>& folder) {
  check_inside(path, folder, {});
  return read_regular_file(path, kMaxTextFileBytes);
}

epub::TemplateFiles read_template_dir(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw Error("EPUB template folder not found", dir, 0, kHint);
  const std::vector<std::string> folder = places({dir});
  epub::TemplateFiles files;
  files.dir = dir;
  files.css = read_template_file(dir + "/style.css", folder);
  check_css_references(files.css, dir + "/style.css");
  files.pages["page"] = read_template_file(dir + "/page.xhtml", folder);
  for (const char* type : epub::kPageTypes) {
    std::string path = dir + "/" + type + ".xhtml";
    if (fs::exists(fs::symlink_status(path, ec)))
      files.pages[type] = read_template_file(path, folder);
  }
  return files;
}

}  // namespace

EpubAssets load_epub_assets(const std::string& template_dir, bool embed_fonts) {
  EpubAssets assets;
  assets.templates =
      read_template_dir(template_dir.empty() ? data_path("templates/epub") : template_dir);
  // A page template too large to copy into every page stops the build here, before any
  // book is made, naming its file.
  epub::check_template_sizes(assets.templates);
  if (embed_fonts) {
    for (int f = 0; f < epub::kFaceCount; ++f) {
      std::string path =
          data_path(std::string("fonts/") + epub::face_info(static_cast<epub::Face>(f)).file);
      assets.fonts.push_back(named_bytes(path, read_regular_file(path, kMaxFontBytes)));
    }
  }
  return assets;
}

}  // namespace tuyentap
