// The tuyentap command: scan an archive, build books from it, write a starter book.toml.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>
#include <new>

#include "base/error.h"
#include "book/choices.h"
#include "cli/commands.h"

using namespace tuyentap;

namespace {

// Exit codes (README): 0 done, 1 scan found unreadable files, 2 usage or spec error,
// 3 internal error, 4 out of memory.
constexpr int kExitOutOfMemory = 4;

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"tuyentap: Vietnamese article archives → yearly digests (EPUB and PDF)"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "tuyentap 0.1.0");

  ScanOptions scan;
  auto* s = app.add_subcommand("scan", "Show what an archive holds: topics by month, problems");
  s->add_option("archive", scan.inputs, "Files, folders or .zip archives")->required();
  s->add_flag("--json", scan.json, "Print the articles and skipped files as JSON");
  s->add_option("--encoding", scan.encoding,
                "Force an encoding: utf-8, windows-1258, tcvn3, vni, viscii");

  BuildOptions build;
  auto* b = app.add_subcommand("build", "Compile a digest (EPUB, PDF) from an archive");
  b->add_option("archive", build.inputs, "Files, folders or .zip archives")->required();
  b->add_option("--spec", build.spec, "The book spec (book.toml; `tuyentap init` writes one)");
  auto* year = b->add_option("--year", build.year, "Period: a year, e.g. 2019");
  auto* quarter = b->add_option("--quarter", build.quarter, "Period: a quarter, e.g. 2019-Q1");
  auto* month = b->add_option("--month", build.month, "Period: a month, e.g. 2019-01");
  auto* from = b->add_option("--from", build.from, "Period start, YYYY-MM-DD");
  auto* to = b->add_option("--to", build.to, "Period end, YYYY-MM-DD");
  year->excludes(quarter, month, from, to);
  quarter->excludes(month, from, to);
  month->excludes(from, to);
  b->add_option("--topic", build.topics, "Only these topics (repeatable)");
  b->add_option("--keyword", build.keywords, "Only articles with these keywords (repeatable)");
  b->add_option("--author", build.authors, "Only articles by these authors (repeatable)");
  b->add_option("--by", build.by, "Chapters: one of " + choice_list(kChapterBy));
  b->add_option("--order", build.order, "Order in a chapter: one of " + choice_list(kOrders));
  b->add_option("--title", build.title, "Book title");
  b->add_option("--subtitle", build.subtitle, "Book subtitle");
  b->add_option("--publisher", build.publisher, "Issuing body, e.g. 'Ban Tuyên giáo Thành ủy'");
  b->add_option("--format", build.formats, "epub, pdf or epub,pdf")->capture_default_str();
  b->add_option("--output", build.output, "Folder for the books and the report")
      ->capture_default_str();
  b->add_option("--style", build.style, "PDF style: official, book, or a style file");
  b->add_option("--template-dir", build.template_dir, "EPUB templates (copy templates/epub)");
  b->add_flag("--no-fonts", build.no_fonts, "EPUB: embed no fonts");
  b->add_flag("--plan", build.plan, "Print the plan (chapters and articles) without rendering");
  b->add_option("--encoding", build.encoding, "Force an encoding for every input file");

  InitOptions init;
  auto* i = app.add_subcommand("init", "Write a commented book.toml to start from");
  i->add_option("dir", init.dir, "Folder to write book.toml in")->capture_default_str();
  i->add_flag("--force", init.force, "Overwrite an existing book.toml");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  try {
    if (*s) return run_scan(scan);
    if (*b) return run_build(build);
    if (*i) return run_init(init);
  } catch (const Error& e) {
    std::cerr << "tuyentap: " << describe(e) << "\n";
    return 2;
  } catch (const std::bad_alloc&) {
    // Also from a worker thread: base/parallel.h carries its exception back here.
    std::cerr << "tuyentap: out of memory\n"
                 "  build from fewer files at a time (a year, a topic), or on a machine with "
                 "more memory\n";
    return kExitOutOfMemory;
  } catch (const std::filesystem::filesystem_error& e) {
    // A path the system refuses (a name over 255 bytes, a loop of links) wherever a check
    // did not catch it first: the user's path, not a bug.
    std::cerr << "tuyentap: " << e.path1().string() << ": " << e.code().message()
              << "\n  check the path\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "tuyentap: internal error: " << e.what()
              << "\n  please report this with the command you ran\n";
    return 3;
  }
  return 2;
}
