#include <filesystem>

#include "base/error.h"
#include "base/paths.h"
#include "epub/fonts.h"
#include "load/load.h"

namespace tuyentap {

namespace {

const char* kHint = "copy templates/epub from the tuyentap sources and change that copy";

epub::TemplateFiles read_template_dir(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw Error("EPUB template folder not found", dir, 0, kHint);
  epub::TemplateFiles files;
  files.dir = dir;
  files.css = read_file_bytes(dir + "/style.css");
  files.pages["page"] = read_file_bytes(dir + "/page.xhtml");
  for (const char* type : epub::kPageTypes) {
    std::string path = dir + "/" + type + ".xhtml";
    if (fs::exists(path, ec)) files.pages[type] = read_file_bytes(path);
  }
  return files;
}

}  // namespace

EpubAssets load_epub_assets(const std::string& template_dir, bool embed_fonts) {
  EpubAssets assets;
  assets.templates =
      read_template_dir(template_dir.empty() ? data_path("templates/epub") : template_dir);
  if (embed_fonts) {
    for (int f = 0; f < epub::kFaceCount; ++f) {
      std::string path =
          data_path(std::string("fonts/") + epub::face_info(static_cast<epub::Face>(f)).file);
      assets.fonts.push_back(named_bytes(path, read_file_bytes(path)));
    }
  }
  return assets;
}

}  // namespace tuyentap
