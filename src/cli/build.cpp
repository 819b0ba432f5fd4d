// `tuyentap build`: archive + spec (+ command-line overrides) → EPUB, PDF, report.
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>

#include "base/error.h"
#include "base/paths.h"
#include "book/choices.h"
#include "book/compile.h"
#include "book/presentation.h"
#include "book/report.h"
#include "book/spec.h"
#include "cli/commands.h"
#include "cli/load.h"
#include "epub/epub.h"
#include "layout/layout.h"
#include "load/load.h"
#include "pdf/pdf.h"

namespace tuyentap {

namespace {

// Command-line options override the spec file, one field at a time.
void apply_overrides(BookSpec& spec, const BuildOptions& o) {
  if (o.year) spec.period = period_year(*o.year);
  if (!o.quarter.empty()) spec.period = period_quarter(o.quarter);
  if (!o.month.empty()) spec.period = period_month(o.month);
  if (!o.from.empty() || !o.to.empty()) {
    if (o.from.empty() || o.to.empty()) {
      throw Error("--from and --to go together", "", 0, "e.g. --from 2019-01-01 --to 2019-06-30");
    }
    spec.period = period_range(o.from, o.to);
  }
  if (!o.topics.empty()) spec.topics = o.topics;
  if (!o.keywords.empty()) spec.keywords = o.keywords;
  if (!o.authors.empty()) spec.authors = o.authors;
  if (!o.by.empty()) {
    spec.by = parse_choice(kChapterBy, o.by, "--by");
    spec.chapters.clear();  // --by asks for automatic chapters
  }
  if (!o.order.empty()) spec.order = parse_choice(kOrders, o.order, "--order");
  if (!o.title.empty()) spec.title = o.title;
  if (!o.subtitle.empty()) spec.subtitle = o.subtitle;
  if (!o.publisher.empty()) spec.publisher = o.publisher;
}

struct Formats {
  bool epub = false, pdf = false;
};

Formats parse_formats(const std::string& list) {
  Formats f;
  std::stringstream ss(list);
  for (std::string item; std::getline(ss, item, ',');) {
    if (item == "epub") {
      f.epub = true;
    } else if (item == "pdf") {
      f.pdf = true;
    } else if (!item.empty()) {
      throw Error("unknown format '" + item + "'", "", 0, "use --format epub, pdf or epub,pdf");
    }
  }
  if (!f.epub && !f.pdf) throw Error("no output format given", "", 0, "use --format epub,pdf");
  return f;
}

// SOURCE_DATE_EPOCH when set (reproducible builds); else the newest article's date, so
// that the same archive gives the same book whatever the clock says.
long long book_epoch(const Book& book) {
  if (const char* env = std::getenv("SOURCE_DATE_EPOCH"); env && *env) {
    char* end = nullptr;
    long long v = std::strtoll(env, &end, 10);
    if (end && *end == '\0' && v >= 0) return v;
    throw Error("SOURCE_DATE_EPOCH is not a number of seconds: '" + std::string(env) + "'");
  }
  long days = 0;
  for (const auto& ch : book.chapters) {
    for (const auto& a : ch.articles) {
      if (a.date && a.date->days() > days) days = a.date->days();
    }
  }
  return static_cast<long long>(days) * 86400;
}

std::size_t article_count(const Book& book) {
  std::size_t n = 0;
  for (const auto& ch : book.chapters) n += ch.articles.size();
  return n;
}

}  // namespace

int run_build(const BuildOptions& o) {
  BookSpec spec = o.spec.empty() ? BookSpec{} : load_spec(o.spec);
  apply_overrides(spec, o);
  Formats formats = parse_formats(o.formats);
  std::vector<std::string> preface = load_preface(spec);

  // The raw files and parsed articles are dropped once the Book (which copies what it
  // keeps) exists: on a ten-year archive that halves the peak memory of rendering.
  Compiled c = [&] {
    LoadedInputs in = load_inputs(o.inputs, o.encoding);
    return compile_book(spec, in.archive, in.articles);
  }();
  c.book.preface = std::move(preface);
  const Book& book = c.book;
  const Presentation shown = present(book, load_cover(book.meta));
  // Read and check the style before anything is written: a bad style leaves no half output.
  std::optional<PrintStyle> style;
  if (formats.pdf && !o.plan) style = load_print_style(o.style.empty() ? "official" : o.style);
  std::optional<EpubAssets> epub_assets;
  if (formats.epub && !o.plan) epub_assets = load_epub_assets(o.template_dir, !o.no_fonts);

  std::error_code ec;
  std::filesystem::create_directories(o.output, ec);
  if (ec) throw Error("cannot create the output folder: " + ec.message(), o.output);
  std::string stem = o.output + "/" + book.meta.slug;

  if (o.plan) {
    std::cout << plan_text(book);
  } else {
    long long epoch = book_epoch(book);
    if (formats.epub) {
      EpubOptions eo;
      eo.date_epoch = epoch;
      EpubResult r = write_epub(shown, *epub_assets, eo);
      write_file_bytes(stem + ".epub", r.bytes);
      for (const auto& p : r.problems) {
        c.report.notes.push_back("EPUB: " + (p.file.empty() ? "" : p.file + ": ") + p.message);
      }
      std::cout << "EPUB: " << stem << ".epub (" << r.bytes.size() / 1024 << " KB)\n";
    }
    if (formats.pdf) {
      LayoutResult laid = layout_book(shown, *style, epoch);
      for (const auto& p : laid.problems) {
        c.report.notes.push_back("PDF: " + (p.file.empty() ? "" : p.file + ": ") + p.message);
      }
      std::string pdf = write_pdf(laid.book);
      write_file_bytes(stem + ".pdf", pdf);
      std::cout << "PDF:  " << stem << ".pdf (" << laid.book.pages.size() << " pages, "
                << pdf.size() / 1024 << " KB, style " << style->name << ")\n";
    }
  }

  write_file_bytes(o.output + "/report.json", report_json(c.report));
  write_file_bytes(o.output + "/report.txt", report_text(c.report, book));
  const BuildReport& r = c.report;
  std::cout << "Book: " << book.meta.title << " — " << book.chapters.size() << " chapters, "
            << article_count(book) << " articles\n"
            << "Inputs: " << r.included << " included, " << r.excluded << " left out, " << r.skipped
            << " skipped (reasons in " << o.output << "/report.txt)\n";
  for (const auto& note : r.notes) std::cout << "Note: " << note << "\n";
  return 0;
}

int run_init(const InitOptions& o) {
  std::string path = o.dir + "/book.toml";
  std::error_code ec;
  if (std::filesystem::exists(path, ec) && !o.force) {
    throw Error("book.toml already exists", path, 0,
                "edit it, or run `tuyentap init --force` to start again");
  }
  std::filesystem::create_directories(o.dir, ec);
  if (ec) throw Error("cannot create the folder: " + ec.message(), o.dir);
  write_file_bytes(path, sample_spec_text());
  std::cout << "Wrote " << path << ": edit it, then run\n  tuyentap build ARCHIVE --spec " << path
            << "\n";
  return 0;
}

}  // namespace tuyentap
