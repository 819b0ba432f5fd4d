// `tuyentap --version`: what a bug report needs: the version, the libraries the program was
// built with, and the data folder and catalogues it is using.
#include <ft2build.h>
#include FT_FREETYPE_H
#include <hb.h>
#include <podofo/base/PdfDefines.h>
#include <toml++/impl/version.h>
#include <unicode/uversion.h>
#include <zip.h>
#include <zlib.h>

#include <CLI/Version.hpp>
#include <iostream>
#include <pugixml.hpp>
#include <string>

#include "base/paths.h"
#include "cli/commands.h"
#include "cli/i18n.h"

namespace tuyentap {

namespace {
std::string dotted(int a, int b, int c) {
  return std::to_string(a) + "." + std::to_string(b) + "." + std::to_string(c);
}
}  // namespace

int print_version() {
  std::cout << "tuyentap " << TUYENTAP_VERSION << "\n"
            << tr(N_("libraries:")) << " HarfBuzz " << hb_version_string() << ", FreeType "
            << dotted(FREETYPE_MAJOR, FREETYPE_MINOR, FREETYPE_PATCH) << ", PoDoFo "
            << dotted(PODOFO_VERSION_MAJOR, PODOFO_VERSION_MINOR, PODOFO_VERSION_PATCH) << ", ICU "
            << U_ICU_VERSION << ", libzip " << zip_libzip_version() << ", zlib " << zlibVersion()
            << ", pugixml " << PUGIXML_VERSION / 1000 << "." << PUGIXML_VERSION % 1000 / 10
            << ", toml++ " << dotted(TOML_LIB_MAJOR, TOML_LIB_MINOR, TOML_LIB_PATCH) << ", CLI11 "
            << CLI11_VERSION << "\n"
            << tr(N_("data folder:")) << " " << data_dir() << "\n"
            << tr(N_("message catalogues:")) << " " << locale_dir() << "\n";
  return 0;
}

}  // namespace tuyentap
