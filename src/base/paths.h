// Where the program's own data lives: fonts/ and templates/.
// TUYENTAP_DATA env var overrides the built-in location (the source tree).
#pragma once

#include <string>

namespace tuyentap {

std::string data_dir();                         // e.g. /work/main
std::string data_path(const std::string& rel);  // data_dir() + "/" + rel

// Whole file as bytes; throws Error naming the file when it cannot be read.
std::string read_file_bytes(const std::string& path);
// Writes atomically enough for us (temp + rename); throws Error on failure.
void write_file_bytes(const std::string& path, const std::string& bytes);

}  // namespace tuyentap
