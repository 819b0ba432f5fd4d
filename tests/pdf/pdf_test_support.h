// Helpers for the PDF writer's tests: shaping real Vietnamese text into TextRuns the way
// the layout stage does, writing PDFs to a scratch folder and running the poppler/qpdf tools
// a user would use to check them.
#pragma once

#include <string>
#include <vector>

#include "layout/pages.h"
#include "test_paths.h"

namespace tuyentap::test {

std::string font_path(const std::string& file);  // the source tree's fonts/file
// The font fonts/`file` as the PDF writer receives it: read, under its PostScript name.
FontFile test_font(const std::string& file, const std::string& ps_name);

// Shapes `text` (NFC UTF-8) with HarfBuzz (language vi, kerning on) into one run: spaces
// are glyphs, each cluster's first glyph stands for the cluster's text, the others for none.

// The text glyph i of the run stands for.
std::string glyph_text(const TextRun& run, std::size_t i);
TextRun shape_run(const std::string& font_file, int font_index, float size, float x, float y,
                  const std::string& text);

// The sum of the run's advances: where the next run on the line may start.
float run_width(const TextRun& run);

// A w×h RGB PNG of one colour, written byte by byte (zlib for the pixels and the CRCs).
std::string solid_png(int w, int h, unsigned char r, unsigned char g, unsigned char b);

struct Scratch {  // a temporary folder removed at the end of the test
  Scratch();
  ~Scratch();
  std::string path(const std::string& name) const;
  std::string dir;
};

void write_file(const std::string& path, const std::string& bytes);

struct CommandResult {
  int exit_code = -1;
  std::string output;  // stdout and stderr
};
CommandResult run_command(const std::string& command);

// Collapses runs of white space to one space and trims the ends.
std::string fold_space(const std::string& s);

}  // namespace tuyentap::test
