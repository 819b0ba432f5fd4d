// `tuyentap build`: archive + spec (+ command-line overrides) → EPUB, PDF, report.
// Everything is read and checked first (spec, archive paths, filters, style, fonts,
// templates, cover, output folder); only then is the first byte written.
#include <malloc.h>
#include <unistd.h>

#include <algorithm>
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
#include "cli/book_files.h"
#include "cli/build_steps.h"
#include "cli/commands.h"
#include "cli/error_words.h"
#include "cli/i18n.h"
#include "cli/load.h"
#include "cli/output_stage.h"
#include "cli/terminal.h"
#include "epub/epub.h"
#include "layout/booklet.h"
#include "layout/layout.h"
#include "layout/page_sink.h"
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
  std::optional<PrintStyle> cover_style;    // the EPUB's drawn cover is set in the book style
  std::optional<PrintStyle> booklet_style;  // --impose booklet: A5 pages (the PDF's or pocket)
  bool fold_marks = false;
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
  if (p.formats.epub && p.spec.cover_image.empty()) p.cover_style = load_print_style("book");
  if (!o.impose.empty()) p.booklet_style = booklet_style(o.impose, p.style);
  p.fold_marks = o.fold_marks;
  check_output_folder(o.output);
  return p;
}

// Warns of each filter entry that matches nothing; --strict makes that an error.
void check_filters(const BookSpec& spec, const LoadedInputs& in, bool strict) {
  auto unmatched = unmatched_filters(spec, in.articles);
  for (const auto& u : unmatched) warn(shown(unmatched_sentence(u)));
  if (strict && !unmatched.empty()) {
    throw Error(tr(N_("--strict: stopped at the warnings above; nothing was written")));
  }
}

// What the EPUB's page list is of: the printed file and its style.
std::string edition_name(const std::string& file, const PrintStyle& style) {
  return file + " (" + style.name + ")";
}

// <slug>-booklet.pdf: the book laid out on A5 pages, imposed two to an A4 side, staged
// beside the other books. `page_map`, when given, gets the book's pages (not the sheets').
OutputFile write_booklet(const Prepared& p, Compiled& c, const Presentation& shown,
                         OutputStage& stage, const std::string& output, long long epoch,
                         std::optional<PageMap>* page_map) {
  stage_status(tr(N_("imposing the booklet")));
  LayoutResult laid = layout_book(shown, *p.booklet_style, epoch);
  const std::string name = c.book.meta.slug + "-booklet.pdf";
  if (page_map) {
    *page_map = std::move(laid.page_map);
    (*page_map)->edition = edition_name(name, *p.booklet_style);
  }
  if (!p.formats.pdf) {  // else the PDF's layout has reported the same characters
    for (const auto& e : laid.problems)
      c.report.notes.push_back("PDF: " + (e.file.empty() ? "" : e.file + ": ") + e.message);
  }
  BookletOptions bo;
  bo.fold_marks = p.fold_marks;
  bo.sheet_width = 297 * 72 / 25.4f;  // A4 landscape
  bo.sheet_height = 210 * 72 / 25.4f;
  LaidOutBook sheets = impose_booklet(std::move(laid.book), bo);
  const int sheet_count = static_cast<int>(sheets.pages.size());
  std::string pdf = write_pdf(std::move(sheets));
  stage.add(name, pdf);
  return {"booklet", output + "/" + name, static_cast<long long>(pdf.size()), sheet_count};
}

// The PDF's pages laid out and written, its page map kept in `page_map` when asked for. Each
// page goes into the PDF as it is made (layout/page_sink.h): the book is never held whole.
OutputFile write_print_book(const Prepared& p, Compiled& c, const Presentation& shown,
                            OutputStage& stage, const std::string& output, long long epoch,
                            std::optional<PageMap>* page_map) {
  const std::string name = c.book.meta.slug + ".pdf";
  stage_status(tr(N_("laying out the PDF pages")));
  Progress set(tr(N_("laying out the PDF pages, article")), shown.articles.size());
  NewFile file = stage.create(name);  // written as it is made: the PDF is never held whole
  std::size_t size = 0;
  int page_count = 0;
  PageSink sink = pdf_page_sink([&](std::string_view piece) { file.write(piece); }, size);
  sink.begin = [&, begin = sink.begin](LaidOutBook frame) {
    set.finish();  // the first pass is done: the pages are now made and written
    stage_status(tr(N_("writing the PDF")));
    begin(std::move(frame));
  };
  sink.add_page = [&, add = sink.add_page](Page page) {
    ++page_count;
    add(std::move(page));
  };
  LayoutResult laid =
      layout_book_to(shown, *p.style, epoch, sink, [&](std::size_t done) { set.update(done); });
  file.finish();
  c.report.photos.downsampled_for_print = laid.stats.photos_downsampled;
  for (const auto& e : laid.problems) {
    c.report.notes.push_back("PDF: " + (e.file.empty() ? "" : e.file + ": ") + e.message);
  }
  if (page_map) {
    *page_map = std::move(laid.page_map);
    (*page_map)->edition = edition_name(name, *p.style);
  }
  return {"pdf", output + "/" + name, static_cast<long long>(size), page_count};
}

// Each book is written into the stage (cli/output_stage.h) as soon as it is made, so that
// only one is held in memory; none is in OUT before commit(). The PDF (else the booklet)
// comes first: one layout feeds both books, the EPUB marking where its pages turn.
std::vector<OutputFile> write_books(const Prepared& p, Compiled& c, const Presentation& shown,
                                    OutputStage& stage, const std::string& output) {
  const std::string slug = c.book.meta.slug;
  long long epoch = book_epoch(c.book);
  std::optional<PageMap> printed;  // the page map of the printed book the EPUB follows
  std::optional<PageMap>* want = p.formats.epub ? &printed : nullptr;
  std::optional<OutputFile> pdf, booklet;
  const std::size_t print_notes = c.report.notes.size();
  if (p.formats.pdf) pdf = write_print_book(p, c, shown, stage, output, epoch, want);
  if (p.booklet_style)
    booklet = write_booklet(p, c, shown, stage, output, epoch, pdf ? nullptr : want);
  std::vector<OutputFile> outputs;  // in the report's order: EPUB, PDF, booklet
  if (p.formats.epub) {
    const std::size_t epub_notes = c.report.notes.size();
    stage_status(tr(N_("writing the EPUB")));
    EpubOptions eo;
    eo.date_epoch = epoch;
    if (!shown.cover && p.cover_style)  // 1600 × 2560: the size e-book shops ask for
      eo.drawn_cover =
          std::make_shared<const Picture>(cover_png(shown, *p.cover_style, 1600, 2560));
    Progress pages(tr(N_("writing the EPUB, article")), shown.articles.size());
    eo.on_article = [&](std::size_t done) { pages.update(done); };
    if (printed) eo.page_map = &*printed;
    // The EPUB is the last book made: each article's body goes once its page is written, so
    // that the Book's text is not held under the zip (100,000 small articles: 532 → 480 MB).
    std::vector<Article*> bodies;  // the Presentation's order: every chapter's, in order
    bodies.reserve(shown.articles.size());
    for (Chapter& ch : c.book.chapters)
      for (Article& a : ch.articles) bodies.push_back(&a);
    eo.on_article_written = [&](std::size_t i) { release_body(*bodies[i]); };
    // Written into the stage as the zip is made: 100,000 articles' EPUB is never in memory.
    const std::string name = slug + ".epub";
    eo.output_name = output + "/" + name;
    NewFile file = stage.create(name);  // closed by its destructor when the writer throws
    eo.output_fd = file.fd();
    eo.scratch_dir_fd = stage.folder_fd();
    EpubResult r = write_epub(shown, *p.epub_assets, eo);
    file.finish();
    pages.finish();
    c.report.photos.downscaled = r.photos_downscaled;
    for (const auto& e : r.problems) {
      c.report.notes.push_back("EPUB: " + (e.file.empty() ? "" : e.file + ": ") + e.message);
    }
    // The report lists the EPUB's notes before the printed books', as it always has.
    auto& notes = c.report.notes;
    std::rotate(notes.begin() + static_cast<std::ptrdiff_t>(print_notes),
                notes.begin() + static_cast<std::ptrdiff_t>(epub_notes), notes.end());
    outputs.push_back({"epub", output + "/" + name, static_cast<long long>(r.size), 0});
  }
  if (pdf) outputs.push_back(*pdf);
  if (booklet) outputs.push_back(*booklet);
  stage_status("");
  return outputs;
}

}  // namespace

int run_build(const BuildOptions& o) {
  // One malloc arena, and blocks of 256 KB or more mapped on their own (a fixed threshold:
  // glibc would raise it as large blocks are freed): what the reading and deflating threads
  // free is then reused by the rest of the build or given back, rather than left in arenas
  // of their own (100,000 small articles, EPUB: 587 → 538 MB).
  mallopt(M_ARENA_MAX, 1);
  mallopt(M_MMAP_THRESHOLD, 256 << 10);
  Prepared p = prepare(o);
  // The raw files and parsed articles are dropped once the Book (which takes the articles
  // it keeps) exists: on a ten-year archive that halves the peak memory of rendering.
  std::vector<LearnedChrome> learned_chrome;  // for the report: what the reader dropped, why
  Compiled c = [&] {
    LoadedInputs in = load_inputs(p.inputs, o.encoding);
    set_aside_book_files(in, p.spec, o.output);
    learned_chrome = std::move(in.learned_chrome);
    check_filters(p.spec, in, o.strict);
    stage_status(tr(N_("planning the book")));
    return compile_book(p.spec, in.archive, std::move(in.articles));
  }();
  // What reading freed lies in the worker threads' malloc arenas, where the books' pages
  // would not reuse it: given back, so that it is not counted twice at the peak.
  malloc_trim(0);
  stage_status("");
  c.book.preface = std::move(p.preface);
  const Book& book = c.book;
  if (o.plan) {
    std::cout << (o.json ? plan_json(book) : plan_text(book));
    return 0;
  }
  std::optional<Presentation> shown(present(book, load_cover(book.meta)));
  OutputStage stage(o.output);  // the lock, and a private folder to write in
  ReportHeader header;
  header.tool_version = TUYENTAP_VERSION;
  header.period = p.spec.period;
  header.outputs = write_books(p, c, *shown, stage, o.output);
  shown.reset();  // the reports read the Book: the articles' views are let go before them
  stage.add("report.json", report_json(c.report, book, header));
  std::string report = report_text(c.report, book, vietnamese_sentence);
  report += learned_chrome_text(learned_chrome);
  stage.add("report.txt", report);
  stage.commit();  // every book and report complete: all of them into place together
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
