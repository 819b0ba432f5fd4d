// Where the program's own data lives: fonts/ and templates/, and its message catalogues.
// Found relative to the program itself, so an installed copy and the build tree both work:
//   data:    $TUYENTAP_DATA, else <bin>/../share/tuyentap (installed), else the source tree;
//   locale:  $TUYENTAP_LOCALE, else <bin>/../share/locale (installed), else <bin>/locale, else
//            the build tree's locale/ (a copy taken out of it).
#pragma once

#include <string>

namespace tuyentap {

std::string data_dir();                         // e.g. /work/main
std::string data_path(const std::string& rel);  // data_dir() + "/" + rel
std::string locale_dir();                       // holds vi/LC_MESSAGES/tuyentap.mo

// Whole file as bytes; throws Error naming the file when it cannot be read.
std::string read_file_bytes(const std::string& path);
// Writes a new file beside `path` (base/file_write.h: O_EXCL, a unique name, no link
// followed) and renames it over `path`; throws Error, or WriteError when writing fails.
void write_file_bytes(const std::string& path, const std::string& bytes);

}  // namespace tuyentap
