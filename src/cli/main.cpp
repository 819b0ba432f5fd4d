// The tuyentap command: scan an archive, build books from it, write a starter book.toml,
// print a shell completion script. Every word the user sees goes through tr() (cli/i18n.h).
#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <new>

#include "base/error.h"
#include "base/file_write.h"
#include "base/paths.h"
#include "book/choices.h"
#include "cli/commands.h"
#include "cli/error_words.h"
#include "cli/help_format.h"
#include "cli/i18n.h"
#include "cli/output_stage.h"
#include "cli/terminal.h"

using namespace tuyentap;

namespace {

// Exit codes (README): 0 done, 1 scan found unreadable files, 2 usage or spec error,
// 3 internal error, 4 out of memory, 5 the output folder is in use (kExitOutputBusy),
// 6 writing failed: disk full, quota, file-size limit (kExitCannotWrite); 128 + N killed by
// signal N (cli/output_stage.h).
constexpr int kExitOutOfMemory = 4;

// --lang must be known before the help texts are made: it is read from argv first
// (anywhere on the line), then declared to CLI11 so that help shows it.
std::string forced_language(int argc, char** argv) {
  for (int k = 1; k < argc; ++k) {
    std::string_view a = argv[k];
    if (a == "--lang" && k + 1 < argc) return argv[k + 1];
    if (a.starts_with("--lang=")) return std::string(a.substr(7));
  }
  return {};
}

// CLI11's own words (Usage, OPTIONS, …) in the user's language.
void translate_help(CLI::App& app) {
  app.formatter(std::make_shared<HelpFormatter>());  // before the subcommands, which copy it
  auto f = app.get_formatter();
  // TEXT and INT: CLI11's names of an option's value type, for an option name_values skips
  for (const char* label :
       {N_("Usage"), N_("OPTIONS"), N_("Positionals"), N_("SUBCOMMAND"), N_("SUBCOMMANDS"),
        N_("REQUIRED"), N_("Excludes"), N_("TEXT"), N_("INT")}) {
    f->label(label, tr(label));
  }
  app.option_defaults()->group(tr(N_("Options")));
  app.set_help_flag("-h,--help", tr(N_("Print this help and exit")));
}

// What each option's value is, in the help (`--spec FILE`), in the user's language and as the
// man pages name it; CLI11 would print its C++ type (TEXT, INT), in English.
struct ValueName {
  const char* option;  // a name of the option, as CLI11 knows it ("--spec", "archive")
  const char* value;   // N_(): translated when set
};
constexpr ValueName kValueNames[] = {
    {"archive", N_("PATH")},        {"dir", N_("FOLDER")},        {"--spec", N_("FILE")},
    {"--year", N_("YEAR")},         {"--quarter", N_("YEAR-Qn")}, {"--month", N_("YEAR-MM")},
    {"--from", N_("DATE")},         {"--to", N_("DATE")},         {"--topic", N_("TOPIC")},
    {"--keyword", N_("KEYWORD")},   {"--author", N_("AUTHOR")},   {"--by", N_("WAY")},
    {"--order", N_("ORDER")},       {"--title", N_("TITLE")},     {"--subtitle", N_("TITLE")},
    {"--publisher", N_("NAME")},    {"--format", N_("FORMATS")},  {"--output", N_("FOLDER")},
    {"--style", N_("STYLE")},       {"--impose", N_("WAY")},      {"--template-dir", N_("FOLDER")},
    {"--encoding", N_("ENCODING")}, {"--lang", "vi|en"},          {"shell", "bash|zsh"}};

// Names every option's value in `app` and its subcommands (kValueNames); one not listed keeps
// CLI11's type, whose label is translated (translate_help).
void name_values(CLI::App& app) {
  for (CLI::Option* opt : app.get_options()) {
    for (const ValueName& v : kValueNames) {
      if (!opt->check_name(v.option)) continue;
      const std::string_view value = v.value;
      opt->type_name(value.find('|') == std::string_view::npos ? tr(v.value) : v.value);
    }
  }
  for (CLI::App* sub : app.get_subcommands({})) name_values(*sub);
}

void add_scan(CLI::App& app, ScanOptions& scan) {
  auto* s = app.add_subcommand("scan", tr(N_("Show what an archive holds: topics by month, "
                                             "problems")));
  s->add_option("archive", scan.inputs, tr(N_("Files, folders or .zip archives")))->required();
  s->add_flag("--json", scan.json, tr(N_("Print the articles and skipped files as JSON")));
  s->add_option("--encoding", scan.encoding,
                tr(N_("Force an encoding: utf-8, windows-1258, tcvn3, vni, viscii")));
}

void add_build(CLI::App& app, BuildOptions& build) {
  auto* b = app.add_subcommand("build", tr(N_("Compile a digest (EPUB, PDF) from an archive")));
  b->add_option("archive", build.inputs,
                tr(N_("Files, folders or .zip archives (default: [archive] paths in the "
                      "spec)")));
  b->add_option("--spec", build.spec,
                tr(N_("The book spec (default: book.toml in the current folder; `tuyentap "
                      "init` writes one)")));
  auto* year = b->add_option("--year", build.year, tr(N_("Period: a year, e.g. 2019")));
  auto* quarter =
      b->add_option("--quarter", build.quarter, tr(N_("Period: a quarter, e.g. 2019-Q1")));
  auto* month = b->add_option("--month", build.month, tr(N_("Period: a month, e.g. 2019-01")));
  auto* from = b->add_option("--from", build.from, tr(N_("Period start, YYYY-MM-DD")));
  auto* to = b->add_option("--to", build.to, tr(N_("Period end, YYYY-MM-DD")));
  year->excludes(quarter, month, from, to);
  quarter->excludes(month, from, to);
  month->excludes(from, to);
  b->add_option("--topic", build.topics, tr(N_("Only these topics (repeatable)")));
  b->add_option("--keyword", build.keywords,
                tr(N_("Only articles with these keywords (repeatable)")));
  b->add_option("--author", build.authors, tr(N_("Only articles by these authors (repeatable)")));
  b->add_option("--by", build.by, tr(N_("Chapters: one of %s"), {choice_list(kChapterBy)}));
  b->add_option("--order", build.order,
                tr(N_("Order in a chapter: one of %s"), {choice_list(kOrders)}));
  b->add_option("--title", build.title, tr(N_("Book title")));
  b->add_option("--subtitle", build.subtitle, tr(N_("Book subtitle")));
  b->add_option("--publisher", build.publisher,
                tr(N_("Issuing body, e.g. 'Ban Tuyên giáo Thành ủy'")));
  b->add_option("--format", build.formats, tr(N_("epub, pdf or epub,pdf")))->capture_default_str();
  b->add_option("-o,--output", build.output, tr(N_("Folder for the books and the report")))
      ->capture_default_str();
  b->add_option("--style", build.style,
                tr(N_("PDF style: official, book, pocket (A5), or a style file")));
  b->add_option("--impose", build.impose,
                tr(N_("booklet: also write a PDF to print on A4 on both sides (flip on the short "
                      "edge), fold and staple into an A5 booklet")));
  b->add_flag("--fold-marks", build.fold_marks,
              tr(N_("With --impose: mark the fold on the sheets")));
  b->add_option("--template-dir", build.template_dir,
                tr(N_("EPUB templates (copy templates/epub)")));
  b->add_flag("--no-fonts", build.no_fonts, tr(N_("EPUB: embed no fonts")));
  // The range is told in the help's own words: CLI11 would add "INT:INT in [36 - 2400]".
  b->add_option("--image-dpi", build.image_dpi,
                tr(N_("PDF: downsample photos to at most N pixels per inch, from 36 to 2400 "
                      "(default 300)")))
      ->type_name("N")
      ->check(CLI::Range(36, 2400).description(""));
  b->add_flag("--plan", build.plan,
              tr(N_("Print the plan (chapters and articles) and write nothing")));
  b->add_flag("--json", build.json, tr(N_("With --plan: print the plan as JSON")));
  b->add_flag("--strict", build.strict, tr(N_("Treat every warning as an error")));
  b->add_option("--encoding", build.encoding, tr(N_("Force an encoding for every input file")));
}

void add_init_and_completion(CLI::App& app, InitOptions& init, std::string& shell) {
  auto* i = app.add_subcommand("init", tr(N_("Write a commented book.toml to start from")));
  i->add_option("dir", init.dir, tr(N_("Folder to write book.toml in")))->capture_default_str();
  i->add_flag("--force", init.force, tr(N_("Overwrite an existing book.toml")));
  auto* c = app.add_subcommand("completion", tr(N_("Print a shell completion script")));
  c->add_option("shell", shell, "bash, zsh")->required()->check(CLI::IsMember({"bash", "zsh"}));
}

int print_parse_error(CLI::App& app, const CLI::ParseError& e) {
  if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
  std::cerr << error_prefix() << translate_sentence(e.what()) << "\n  "
            << tr(N_("run `tuyentap --help` or `tuyentap COMMAND --help` for the options")) << "\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  // Past `ulimit -f` a write fails with EFBIG, which becomes a message (WriteError), instead
  // of SIGXFSZ killing the program without a word.
  std::signal(SIGXFSZ, SIG_IGN);
  try {
    set_language(choose_language(forced_language(argc, argv), std::getenv), locale_dir());
  } catch (const Error& e) {
    set_language(Language::Vietnamese, locale_dir());
    std::cerr << "tuyentap: " << describe_translated(e, false) << "\n";
    return 2;
  }
  CLI::App app{tr(N_("tuyentap: Vietnamese article archives → yearly digests (EPUB and PDF)")),
               "tuyentap"};
  translate_help(app);
  app.require_subcommand(1);
  app.fallthrough();
  bool version = false;  // handled before parsing: it needs no subcommand
  std::string lang, shell;
  app.add_flag("--version", version, tr(N_("Print the version, libraries and data folder")));
  app.add_option("--lang", lang, tr(N_("Language of messages: vi or en")));
  app.add_flag("-q,--quiet", voice().quiet, tr(N_("Print only errors and warnings")));
  app.add_flag("-v,--verbose", voice().verbose, tr(N_("Say more, with the libraries' own words")));
  ScanOptions scan;
  BuildOptions build;
  InitOptions init;
  add_scan(app, scan);
  add_build(app, build);
  add_init_and_completion(app, init, shell);
  name_values(app);
  for (auto* sub : app.get_subcommands({})) {
    sub->group(tr(N_("Commands")));
    sub->get_help_ptr()->group(tr(N_("Options")));
  }

  try {
    for (int k = 1; k < argc; ++k) {
      if (std::string_view(argv[k]) == "--version") return print_version();
    }
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return print_parse_error(app, e);
  }
  try {
    if (app.got_subcommand("scan")) return run_scan(scan);
    if (app.got_subcommand("build")) return run_build(build);
    if (app.got_subcommand("init")) return run_init(init);
    if (app.got_subcommand("completion")) return print_completion(shell);
  } catch (const OutputBusy& e) {
    std::cerr << error_prefix() << describe_translated(e, voice().verbose) << "\n";
    return kExitOutputBusy;
  } catch (const WriteError& e) {
    std::cerr << error_prefix() << describe_translated(e, voice().verbose) << "\n";
    return kExitCannotWrite;
  } catch (const Error& e) {
    std::cerr << error_prefix() << describe_translated(e, voice().verbose) << "\n";
    return 2;
  } catch (const std::bad_alloc&) {
    // Also from a worker thread: base/parallel.h carries its exception back here.
    std::cerr << error_prefix() << tr(N_("out of memory")) << "\n  "
              << tr(N_("build from fewer files at a time (a year, a topic), or on a machine "
                       "with more memory"))
              << "\n";
    return kExitOutOfMemory;
  } catch (const std::filesystem::filesystem_error& e) {
    // A path the system refuses (a name over 255 bytes, a loop of links) wherever a check
    // did not catch it first: the user's path, not a bug.
    std::cerr << error_prefix() << e.path1().string() << ": " << e.code().message() << "\n  "
              << tr(N_("check the path")) << "\n";
    return 2;
  } catch (const std::exception& e) {
    // A library's exception: its words only under --verbose.
    std::cerr << error_prefix() << tr(N_("internal error"))
              << (voice().verbose ? std::string(": ") + e.what() : std::string()) << "\n  "
              << tr(N_("please report this with the command you ran (run it again with "
                       "--verbose for the details)"))
              << "\n";
    return 3;
  }
  return 2;
}
