// load/: the one place that reads the small files a build names — the book spec, its
// preface and cover picture, the EPUB's template folder and fonts, the print style and its
// fonts — and hands them to the
// stages as bytes. Stages below never open a file (the archive, streamed by archive/, is the
// exception). Every function checks what it reads and throws Error naming the file; what
// each may read (which folders, regular files only, never /proc, /sys, /dev, size limits)
// is load/file_rules.h.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "article/reader.h"
#include "base/picture.h"
#include "book/book.h"
#include "book/spec.h"
#include "epub/epub.h"
#include "layout/layout.h"

namespace tuyentap {

// Reads a book.toml (book/spec.h's parse_spec) and checks that the preface and cover it
// names exist, are regular files and lie beside the spec, in its archive or in the data
// folder. Error with the file and line, meant for exit code 2.
BookSpec load_spec(const std::string& path);

// The preface's paragraphs (none when the spec names no preface).
std::vector<std::string> load_preface(const BookSpec& spec);

// The commented book.toml that `tuyentap init` writes (templates/book.toml).
std::string sample_spec_text();

// The site-chrome markers of the data folder's templates/chrome-markers.txt, which a user
// may extend (article/reader.h's defaults are the copy the program was built with).
ChromeMarkers load_chrome_markers(const std::string& path);
ChromeMarkers load_chrome_markers();

// The cover picture the book names (BookMeta::cover_image), or null when it names none.
// Throws Error when it cannot be read or is neither a JPEG nor a PNG.
std::shared_ptr<const Picture> load_cover(const BookMeta& meta);

// The EPUB template folder ("" → templates/epub in the data folder) and, when embed_fonts,
// the six faces from fonts/ in the data folder. The folder's files must lie inside it, links
// followed, and style.css refer to nothing the book does not hold (load/css_references.h).
EpubAssets load_epub_assets(const std::string& template_dir, bool embed_fonts);

// A print style: "official", "book" (templates/pdf/ in the data folder) or the path of a
// .toml file, with every font it names read (PrintStyle::font_files): relative names beside
// the style, else in the data folder; each inside those or the system's font folders, with
// outlines the PDF writer embeds and the Vietnamese letters (load/font_check.h). Throws
// Error naming the style file and line of a bad value or a font that fails these.
PrintStyle load_print_style(const std::string& name_or_path);

}  // namespace tuyentap
