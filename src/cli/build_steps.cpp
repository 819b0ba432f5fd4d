#include "cli/build_steps.h"

#include <unistd.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <sstream>

#include "base/error.h"
#include "book/choices.h"
#include "cli/error_words.h"
#include "cli/i18n.h"
#include "cli/terminal.h"
#include "load/load.h"

namespace tuyentap {

namespace fs = std::filesystem;

BookSpec load_build_spec(const BuildOptions& o) {
  if (!o.spec.empty()) return load_spec(o.spec);
  std::error_code ec;
  if (fs::is_regular_file("book.toml", ec)) {
    say(tr(N_("Using book.toml in the current folder (--spec to name another)")));
    return load_spec("book.toml");
  }
  return BookSpec{};
}

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

std::vector<std::string> archive_inputs(const BuildOptions& o, const BookSpec& spec) {
  std::vector<std::string> inputs = o.inputs;
  if (inputs.empty()) {
    for (const auto& p : spec.archive_paths) inputs.push_back(spec_relative_path(spec, p));
  }
  if (inputs.empty()) {
    throw Error(tr(N_("no archive given")), "", 0,
                tr(N_("name it: tuyentap build FOLDER, or write [archive] paths = [\"FOLDER\"] "
                      "in book.toml")));
  }
  for (const auto& path : inputs) {
    std::error_code ec;
    if (!fs::exists(path, ec)) {
      throw Error(tr(N_("the archive '%s' does not exist"), {path}), "", 0,
                  tr(N_("check the spelling of the folder or file; nothing was written")));
    }
  }
  return inputs;
}

void check_output_folder(const std::string& dir) {
  // The folder is made only when the books are written; here its nearest existing
  // ancestor must let us write.
  std::error_code ec;
  fs::path existing = fs::absolute(dir, ec);
  while (!existing.empty() && !fs::exists(existing, ec) && existing != existing.parent_path()) {
    existing = existing.parent_path();
  }
  if ((fs::exists(dir, ec) && !fs::is_directory(dir, ec)) || access(existing.c_str(), W_OK) != 0) {
    throw Error(tr(N_("cannot write in the output folder")), dir, 0,
                tr(N_("choose another folder with -o FOLDER; nothing was written")));
  }
}

std::string check_style_name(const std::string& style) {
  if (style.empty()) return "official";
  std::error_code ec;
  if (style == "official" || style == "book" || style == "pocket" || fs::exists(style, ec))
    return style;
  std::string hint = style.find('/') == std::string::npos && style.size() > 3
                         ? tr(N_("did you mean \"%s\"? The styles are \"official\", "
                                 "\"book\" and \"pocket\", or the path to a style file"),
                              {closest_word(style, {"official", "book", "pocket"})})
                         : tr(N_("the styles are \"official\", \"book\" and \"pocket\", or the "
                                 "path to a style file"));
  throw Error(tr(N_("there is no print style '%s'"), {style}), "", 0, hint);
}

PrintStyle booklet_style(const std::string& impose, const std::optional<PrintStyle>& pdf_style) {
  if (impose != "booklet")
    throw Error(tr(N_("there is no imposition '%s'"), {impose}), "", 0,
                tr(N_("use --impose booklet")));
  auto near = [](float a, float b) { return a > b - 0.5f && a < b + 0.5f; };
  if (pdf_style && near(pdf_style->page_width_mm, 148) && near(pdf_style->page_height_mm, 210))
    return *pdf_style;
  return load_print_style("pocket");
}

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

std::string unmatched_sentence(const UnmatchedFilter& u) {
  std::string option = "--" + u.kind;
  std::string s = tr(N_("%s \"%s\" matches no article of the archive"), {option, u.value});
  if (!u.closest.empty()) {
    std::string list;
    for (const auto& t : u.closest) list += (list.empty() ? "\"" : ", \"") + t + "\"";
    s += "; " + tr(N_("closest topics: %s"), {list});
  }
  return s;
}

void print_summary(const Compiled& c, const ReportHeader& header, const std::string& output) {
  for (const auto& f : header.outputs) {
    if (f.format == "epub") {
      say(tr(N_("EPUB: %s (%s KB)"), {shown(f.path), std::to_string(f.bytes / 1024)}));
    } else if (f.format == "booklet") {
      say(tr(N_("Booklet: %s (%s A4 sheets printed on both sides, %s KB)"),
             {shown(f.path), std::to_string(f.pages / 2), std::to_string(f.bytes / 1024)}));
    } else {
      say(tr(N_("PDF: %s (%s pages, %s KB)"),
             {shown(f.path), std::to_string(f.pages), std::to_string(f.bytes / 1024)}));
    }
  }
  std::size_t articles = 0;
  for (const auto& ch : c.book.chapters) articles += ch.articles.size();
  const BuildReport& r = c.report;
  say(tr(N_("Book: %s — chapters: %s, articles: %s"),
         {shown(c.book.meta.title), std::to_string(c.book.chapters.size()),
          std::to_string(articles)}));
  say(tr(N_("Inputs: %s included, %s left out, %s skipped (reasons in %s)"),
         {std::to_string(r.included), std::to_string(r.excluded), std::to_string(r.skipped),
          shown(output + "/report.txt")}));
  const PhotoFigures& ph = r.photos;
  if (ph.embedded + ph.missing + ph.unreadable == 0 && ph.notes + ph.dropped > 0) {
    // A text archive has captions but no photos: "0 photos, 0 missing" would only puzzle.
    say(tr(N_("Captions without a photo: %s as notes, %s left out"),
           {std::to_string(ph.notes), std::to_string(ph.dropped)}));
  } else if (ph.embedded + ph.missing + ph.unreadable + ph.notes + ph.dropped > 0) {
    say(tr(N_("Photos: %s in the book (%s made smaller), %s missing, %s unreadable; captions "
              "without a photo: %s as notes, %s left out"),
           {std::to_string(ph.embedded), std::to_string(ph.downscaled + ph.downsampled_for_print),
            std::to_string(ph.missing), std::to_string(ph.unreadable), std::to_string(ph.notes),
            std::to_string(ph.dropped)}));
  }
  for (const auto& note : r.notes) say(tr(N_("Note: %s"), {shown(translate_sentence(note))}));
}

std::string sample_spec_for_this_year() {
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  std::string year = std::to_string(utc.tm_year + 1900);
  std::string text = sample_spec_text();
  for (std::size_t at = 0; (at = text.find("2019", at)) != std::string::npos; at += 4) {
    text.replace(at, 4, year);
  }
  return text;
}

}  // namespace tuyentap
