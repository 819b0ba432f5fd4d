// What load/ may read, and how (issue 12: a spec, style or template folder received from
// someone else must not pull arbitrary files into a book):
//   - files whose content goes into a book resolve relative to the spec, style or template
//     that names them and must lie, links followed, inside one of the places that file may
//     read from (its own folder, the archive, the data folder, the system's font folders for
//     fonts); a file elsewhere only when the user names it on the command line;
//   - /proc, /sys and /dev are never read, whoever names them;
//   - only regular files are read, opened without blocking (a FIFO cannot hang the build),
//     and each kind has a size limit checked before reading.
// Every refusal is an Error naming the file, the line that names it when there is one, why,
// and what to do.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace tuyentap {

// Size limits, by kind of file. Text files (a spec, preface, print style, CSS, page
// skeleton, chrome markers) are a few KB; a cover is a photograph; a font may be large (CJK).
inline constexpr std::size_t kMaxTextFileBytes = std::size_t{1} << 20;
inline constexpr std::size_t kMaxCoverBytes = std::size_t{16} << 20;
inline constexpr std::size_t kMaxFontBytes = std::size_t{64} << 20;

// Where a file is named: the spec or style file and its line ({} when the command line or
// the program itself names it). Refusals are reported there.
struct NamedAt {
  std::string file;
  int line = 0;
};

// The folders a named file may lie in, each canonical (links resolved); a folder that does
// not exist is left out.
std::vector<std::string> places(const std::vector<std::string>& folders);
// The system's font folders: /usr/share/fonts, /usr/local/share/fonts, ~/.local/share/fonts.
std::vector<std::string> system_font_folders();

// Throws Error when `path` (links followed) lies outside every one of `allowed`, or in
// /proc, /sys or /dev (refused even when `allowed` would hold it).
void check_inside(const std::string& path, const std::vector<std::string>& allowed,
                  const NamedAt& at);

// Checks without reading that `path` is a regular file of at most `limit` bytes, not in
// /proc, /sys or /dev; Error otherwise.
void check_regular_file(const std::string& path, std::size_t limit, const NamedAt& at = {});
// The same checks, then the whole file.
std::string read_regular_file(const std::string& path, std::size_t limit, const NamedAt& at = {});

}  // namespace tuyentap
