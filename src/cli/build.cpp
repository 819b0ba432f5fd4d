// `tuyentap build`: archive + spec (+ command-line overrides) → EPUB, PDF, report.
// Everything is read and checked first (spec, archive paths, filters, style, fonts,
// templates, cover, output folder); only then is the first byte written.
#include <unistd.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <optional>

#include "base/error.h"
#include "base/paths.h"
#include "book/compile.h"
#include "book/filter_check.h"
#include "book/presentation.h"
#include "book/report.h"
#include "book/report_chrome.h"
#include "cli/build_steps.h"
#include "cli/commands.h"
#include "cli/error_words.h"
#include "cli/i18n.h"
#include "cli/load.h"
#include "cli/terminal.h"
#include "epub/epub.h"
#include "layout/layout.h"
#include "load/load.h"
#include "pdf/pdf.h"

namespace tuyentap {

namespace fs = std::filesystem;

namespace {

// What is read before anything is written.
struct Prepared {
  BookSpec spec;
  Formats formats;
  std::vector<std::string> inputs;
  std::vector<std::string> preface;
  std::optional<PrintStyle> style;
  std::optional<EpubAssets> epub_assets;
};

Prepared prepare(const BuildOptions& o) {
  Prepared p;
  p.spec = load_build_spec(o);
  apply_overrides(p.spec, o);
  p.formats = parse_formats(o.formats);
  p.inputs = archive_inputs(o, p.spec);
  p.preface = load_preface(p.spec);
  if (o.plan) return p;
  // A bad style, font or template is found here, before any book exists.
  if (p.formats.pdf) p.style = load_print_style(check_style_name(o.style));
  if (p.style && o.image_dpi > 0) p.style->image_dpi = o.image_dpi;
  if (p.formats.epub) p.epub_assets = load_epub_assets(o.template_dir, !o.no_fonts);
  check_output_folder(o.output);
  return p;
}

// Warns of each filter entry that matches nothing; --strict makes that an error.
void check_filters(const BookSpec& spec, const LoadedInputs& in, bool strict) {
  auto unmatched = unmatched_filters(spec, in.articles);
  for (const auto& u : unmatched) warn(unmatched_sentence(u));
  if (strict && !unmatched.empty()) {
    throw Error(tr(N_("--strict: stopped at the warnings above; nothing was written")));
  }
}

std::vector<OutputFile> write_books(const Prepared& p, Compiled& c, const Presentation& shown,
                                    const std::string& stem) {
  std::vector<OutputFile> outputs;
  std::error_code ec;
  fs::create_directories(fs::path(stem).parent_path(), ec);
  if (ec) throw Error("cannot create the output folder: " + ec.message(), stem);
  long long epoch = book_epoch(c.book);
  if (p.formats.epub) {
    stage_status(tr(N_("writing the EPUB")));
    EpubOptions eo;
    eo.date_epoch = epoch;
    EpubResult r = write_epub(shown, *p.epub_assets, eo);
    c.report.photos.downscaled = r.photos_downscaled;
    write_file_bytes(stem + ".epub", r.bytes);
    for (const auto& e : r.problems) {
      c.report.notes.push_back("EPUB: " + (e.file.empty() ? "" : e.file + ": ") + e.message);
    }
    outputs.push_back({"epub", stem + ".epub", static_cast<long long>(r.bytes.size()), 0});
  }
  if (p.formats.pdf) {
    stage_status(tr(N_("laying out the PDF pages")));
    LayoutResult laid = layout_book(shown, *p.style, epoch);
    c.report.photos.downsampled_for_print = laid.stats.photos_downsampled;
    for (const auto& e : laid.problems) {
      c.report.notes.push_back("PDF: " + (e.file.empty() ? "" : e.file + ": ") + e.message);
    }
    stage_status(tr(N_("writing the PDF")));
    std::string pdf = write_pdf(laid.book);
    write_file_bytes(stem + ".pdf", pdf);
    outputs.push_back({"pdf", stem + ".pdf", static_cast<long long>(pdf.size()),
                       static_cast<int>(laid.book.pages.size())});
  }
  stage_status("");
  return outputs;
}

}  // namespace

int run_build(const BuildOptions& o) {
  Prepared p = prepare(o);
  // The raw files and parsed articles are dropped once the Book (which copies what it
  // keeps) exists: on a ten-year archive that halves the peak memory of rendering.
  std::vector<LearnedChrome> learned_chrome;  // for the report: what the reader dropped, why
  Compiled c = [&] {
    LoadedInputs in = load_inputs(p.inputs, o.encoding);
    learned_chrome = std::move(in.learned_chrome);
    check_filters(p.spec, in, o.strict);
    stage_status(tr(N_("planning the book")));
    return compile_book(p.spec, in.archive, in.articles);
  }();
  stage_status("");
  c.book.preface = std::move(p.preface);
  const Book& book = c.book;
  if (o.plan) {
    std::cout << (o.json ? plan_json(book) : plan_text(book));
    return 0;
  }
  const Presentation shown = present(book, load_cover(book.meta));
  std::string stem = o.output + "/" + book.meta.slug;
  ReportHeader header;
  header.tool_version = TUYENTAP_VERSION;
  header.period = p.spec.period;
  header.outputs = write_books(p, c, shown, stem);
  write_file_bytes(o.output + "/report.json", report_json(c.report, book, header));
  write_file_bytes(o.output + "/report.txt", report_text(c.report, book, vietnamese_sentence) +
                                                 learned_chrome_text(learned_chrome));
  print_summary(c, header, o.output);
  return 0;
}

int run_init(const InitOptions& o) {
  std::string path = o.dir + "/book.toml";
  std::error_code ec;
  if (fs::exists(path, ec) && !o.force) {
    throw Error("book.toml already exists", path, 0,
                "edit it, or run `tuyentap init --force` to start again");
  }
  fs::create_directories(o.dir, ec);
  if (ec) throw Error("cannot create the folder: " + ec.message(), o.dir);
  write_file_bytes(path, sample_spec_for_this_year());
  say(tr(N_("Wrote %s. Put the articles in %s (or change [archive] paths), edit the "
            "spec, then run in that folder:\n  tuyentap build --plan\n  tuyentap build"),
         {path, (fs::path(o.dir) / "bai-viet").string()}));
  return 0;
}

}  // namespace tuyentap
