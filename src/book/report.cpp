#include "book/report.h"

#include <string_view>
#include <utility>

#include "article/photo_pixels.h"
#include "article/photos.h"
#include "article/text_prepare.h"
#include "article/title_override.h"
#include "article/warning_codes.h"
#include "base/json.h"
#include "book/choices.h"
#include "book/note_codes.h"
#include "book/presentation.h"
#include "book/select.h"
#include "text/date.h"
#include "text/utf8.h"

namespace tuyentap {

namespace {

std::string date_or_blank(const Article& a) {
  return a.date ? vi_short_date(*a.date) : std::string("(không ngày)");
}

void write_header(JsonWriter& w, const Book& book, const ReportHeader& h) {
  w.key("schema").value(kReportSchema);
  w.key("tool").begin_object().key("name").value("tuyentap").key("version").value(h.tool_version);
  w.end_object();
  w.key("period").begin_object().key("label").value(book.meta.period_label);
  w.key("from");
  h.period.from ? w.value(h.period.from->iso()) : w.null();
  w.key("to");
  h.period.to ? w.value(h.period.to->iso()) : w.null();
  w.end_object();
  w.key("outputs").begin_array();
  for (const auto& o : h.outputs) {
    w.begin_object().key("format").value(o.format).key("path").value(o.path);
    w.key("bytes").value(o.bytes);
    if (o.format == "pdf") w.key("pages").value(static_cast<long long>(o.pages));
    w.end_object();
  }
  w.end_array();
}

// The stable code of one of an input's warnings: the reader's (article/warning_codes.h), or
// the compiler's own.
std::string_view input_warning_code(std::string_view warning) {
  if (warning.ends_with(book::kIncludedBySpec)) return kIncludedBySpecCode;
  return warning_code(warning);
}

std::string translated(const SentenceTranslator& t, const std::string& s) {
  return t ? t(s) : s;
}

// An article's problems, each with its stable code: the lines left out as a photo's leftovers
// or as site chrome, and the sentences kept as the body against the chrome rules (with their
// count), each photo its page shows that the archive lacks,
// and each one it holds that the books cannot show.
void write_problems(JsonWriter& w, const std::vector<std::string>& warnings) {
  static constexpr std::pair<std::string_view, const char*> kinds[] = {
      {kPhotoMissing, kPhotoMissingCode},
      {kPhotoUnreadable, kPhotoUnreadableCode},
      {kPhotoTooLarge, kPhotoTooLargeCode}};
  bool any = false;
  for (const auto& s : warnings) {
    // "photo leftovers left out: 3 lines (…)", "site chrome left out: 12 lines (…)"
    for (const auto& [start, code] :
         {std::pair{std::string_view(kPhotoLeftovers), kPhotoLeftoversCode},
          std::pair{std::string_view(kSiteChrome), kSiteChromeCode},
          std::pair{std::string_view(kBodyKept), kBodyKeptCode}}) {
      if (!s.starts_with(start)) continue;
      if (!any) w.key("problems").begin_array();
      any = true;
      std::string_view count = std::string_view(s).substr(start.size());
      count = count.substr(0, count.find(' '));
      w.begin_object().key("code").value(code);
      w.key("lines").value(std::stoll(std::string(count))).end_object();
    }
    // "title chosen by the title scorer over the header rules' line: …"
    if (s.starts_with(kTitleScored) || s == kTitleScoredUntitled) {
      if (!any) w.key("problems").begin_array();
      any = true;
      w.begin_object().key("code").value(kTitleScoredCode);
      if (s.starts_with(kTitleScored))
        w.key("rules_line").value(s.substr(std::string_view(kTitleScored).size()));
      w.end_object();
    }
    for (const auto& [start, code] : kinds) {
      if (!s.starts_with(start)) continue;
      if (!any) w.key("problems").begin_array();
      any = true;
      std::string ref = s.substr(start.size());
      ref = ref.substr(0, ref.rfind(" ("));
      w.begin_object().key("code").value(code).key("photo").value(ref).end_object();
    }
  }
  if (any) w.end_array();
}

// report.json's "photos": the book's photo figures.
void write_photo_figures(JsonWriter& w, const PhotoFigures& p) {
  const std::pair<const char*, int> figures[] = {{"embedded", p.embedded},
                                                 {"downscaled", p.downscaled},
                                                 {"downsampled_for_print", p.downsampled_for_print},
                                                 {"missing", p.missing},
                                                 {"unreadable", p.unreadable},
                                                 {"caption_notes", p.notes},
                                                 {"captions_dropped", p.dropped}};
  w.key("photos").begin_object();
  for (const auto& [name, n] : figures) w.key(name).value(n);
  w.end_object();
}

// The photo figures for the clerk; nothing when the book has no caption at all. Unreadable
// pictures (a Word document's) are named only when there are some.
std::string photo_figures_text(const PhotoFigures& p) {
  if (p.embedded + p.missing + p.unreadable + p.notes + p.dropped == 0) return {};
  return "\nẢNH\n  đưa vào sách: " + std::to_string(p.embedded) +
         " (thu nhỏ cho EPUB: " + std::to_string(p.downscaled) +
         ", giảm độ phân giải cho PDF: " + std::to_string(p.downsampled_for_print) +
         "), thiếu tệp ảnh: " + std::to_string(p.missing) +
         (p.unreadable ? ", ảnh không đọc được: " + std::to_string(p.unreadable) : "") +
         "\n  chú thích không có ảnh: " + std::to_string(p.notes) + " in thành ghi chú, " +
         std::to_string(p.dropped) + " bỏ đi\n";
}

}  // namespace

std::string report_json(const BuildReport& r, const Book& book, const ReportHeader& header) {
  JsonWriter w;
  w.begin_object();
  write_header(w, book, header);
  w.key("summary").begin_object();
  w.key("inputs").value(static_cast<long long>(r.inputs.size()));
  w.key("included").value(r.included).key("excluded").value(r.excluded);
  w.key("skipped")
      .value(r.skipped)
      .key("chapters")
      .value(static_cast<long long>(r.chapter_titles.size()));
  w.end_object();
  w.key("chapters").begin_array();
  for (size_t c = 0; c < r.chapter_titles.size(); ++c) {
    w.begin_object().key("title").value(r.chapter_titles[c]).key("ids").begin_array();
    if (c < r.chapter_ids.size()) {
      for (const auto& id : r.chapter_ids[c]) w.value(id);
    }
    w.end_array().end_object();
  }
  w.end_array();
  w.key("inputs").begin_array();
  for (const auto& f : r.inputs) {
    w.begin_object().key("file").value(f.file);
    if (!utf8::is_valid(f.file)) w.key("name_not_utf8").value(true);
    if (!f.id.empty()) w.key("id").value(f.id);
    if (!f.title.empty()) w.key("title").value(f.title);
    w.key("status").value(choice_word(kFates, f.status));
    if (f.status == Fate::Included) {
      w.key("chapter").value(f.chapter).key("position").value(f.position);
    } else {
      w.key("reason").value(reason_text(f.why())).key("code").value(reason_code(f.why().reason));
      if (!f.why().duplicate_of.empty()) w.key("duplicate_of").value(f.why().duplicate_of);
      if (!f.why().exclude_entry.empty()) w.key("exclude_entry").value(f.why().exclude_entry);
    }
    if (!f.also_matched.empty()) {
      w.key("also_matched").begin_array();
      for (const auto& s : f.also_matched) w.value(s);
      w.end_array();
    }
    if (!f.warnings.empty()) {
      w.key("warnings").begin_array();
      for (const auto& s : f.warnings) w.value(s);
      w.end_array();
      // the same warnings' stable codes, in their order, for a script to match on
      w.key("warning_codes").begin_array();
      for (const auto& s : f.warnings) w.value(input_warning_code(s));
      w.end_array();
    }
    if (f.photos > 0) w.key("photos").value(f.photos);
    write_problems(w, f.warnings);
    w.end_object();
  }
  w.end_array();
  w.key("notes").begin_array();
  for (const auto& s : r.notes) w.value(s);
  w.end_array();
  // the notes' stable codes, in their order (book/note_codes.h)
  w.key("note_codes").begin_array();
  for (const auto& s : r.notes) w.value(note_code(s));
  w.end_array();
  write_photo_figures(w, r.photos);
  w.end_object();
  return w.str();
}

namespace {

// How many inputs have each kind of warning, counted as `scan` counts them
// (article/warning_codes.h count_warning_kinds): what the archive lacks as a whole, before
// every file's warnings.
std::string warning_kinds_text(const BuildReport& r, const SentenceTranslator& translate) {
  std::vector<std::vector<std::string_view>> codes;
  for (const auto& f : r.inputs) {
    codes.emplace_back();
    for (const auto& w : f.warnings) codes.back().push_back(input_warning_code(w));
  }
  const std::vector<WarningKindCount> kinds = count_warning_kinds(codes);
  if (kinds.empty()) return {};
  std::string o = "\nLƯU Ý THEO LOẠI\n";
  for (const auto& [code, files] : kinds) {
    std::string count = std::to_string(files);
    if (count.size() < 5) count.insert(0, 5 - count.size(), ' ');
    o += count + " tệp: " + translated(translate, std::string(warning_summary(code))) + "\n";
  }
  return o;
}

}  // namespace

std::string report_text(const BuildReport& r, const Book& book,
                        const SentenceTranslator& translate) {
  std::string o;
  o += "BÁO CÁO BIÊN SOẠN: " + book.meta.title + "\n";
  if (!book.meta.period_label.empty()) o += "Khoảng thời gian: " + book.meta.period_label + "\n";
  o += "Tổng số tệp: " + std::to_string(r.inputs.size()) +
       " — đưa vào sách: " + std::to_string(r.included) +
       ", loại ra: " + std::to_string(r.excluded) + ", bỏ qua: " + std::to_string(r.skipped) + "\n";

  o += warning_kinds_text(r, translate);

  o += "\nCÁC CHƯƠNG\n";
  for (size_t c = 0; c < r.chapter_titles.size(); ++c) {
    size_t count = c < r.chapter_ids.size() ? r.chapter_ids[c].size() : 0;
    o += "  " + std::to_string(c + 1) + ". " + r.chapter_titles[c] + " — " + std::to_string(count) +
         " bài\n";
  }

  auto section = [&](Fate status, const char* heading) {
    bool any = false;
    for (const auto& f : r.inputs) {
      if (f.status != status) continue;
      if (!any) o += std::string("\n") + heading + "\n";
      any = true;
      o += "  - " + f.file;
      if (!f.title.empty()) o += " «" + f.title + "»";
      if (status == Fate::Included) {
        o += "\n      chương «" + f.chapter + "», bài thứ " + std::to_string(f.position) + "\n";
      } else {
        o += "\n      lý do: " + vi_reason_text(f.why(), translate) + "\n";
        if (auto remedy = vi_reason_remedy(f.why().reason); !remedy.empty())
          o += "      cách sửa: " + std::string(remedy) + "\n";
      }
      if (!f.also_matched.empty()) {
        o += "      cũng khớp các chương: ";
        for (size_t k = 0; k < f.also_matched.size(); ++k)
          o += (k ? ", «" : "«") + f.also_matched[k] + "»";
        o += "\n";
      }
      for (const auto& w : f.warnings) o += "      lưu ý: " + translated(translate, w) + "\n";
    }
  };
  section(Fate::Excluded, "BÀI BỊ LOẠI");
  section(Fate::Skipped, "TỆP BỎ QUA");
  section(Fate::Included, "BÀI ĐƯA VÀO SÁCH");

  o += photo_figures_text(r.photos);
  if (!r.notes.empty()) {
    o += "\nGHI CHÚ\n";
    for (const auto& n : r.notes) o += "  - " + translated(translate, n) + "\n";
  }
  return o;
}

std::string plan_text(const Book& book) {
  size_t total = 0;
  for (const auto& c : book.chapters) total += c.articles.size();
  std::string o = book.meta.title + "\n";
  if (!book.meta.subtitle.empty()) o += book.meta.subtitle + "\n";
  o += (book.meta.period_label.empty() ? std::string() : book.meta.period_label + " — ") +
       std::to_string(book.chapters.size()) + " chương, " + std::to_string(total) + " bài\n";
  if (!book.preface.empty())
    o += "\n" + std::string(label::kPreface) + " (" + std::to_string(book.preface.size()) +
         " đoạn)\n";
  for (size_t c = 0; c < book.chapters.size(); ++c) {
    const Chapter& ch = book.chapters[c];
    o += "\n" + chapter_number(c) + ". " + ch.title + " (" + std::to_string(ch.articles.size()) +
         " bài)\n";
    for (size_t k = 0; k < ch.articles.size(); ++k) {
      const Article& a = ch.articles[k];
      std::string num = std::to_string(k + 1);
      o += std::string(num.size() < 4 ? 4 - num.size() : 0, ' ') + num + ". " + date_or_blank(a) +
           "  " + a.title + "\n";
    }
  }
  if (!book.abbreviations.empty()) {
    o += "\nDanh mục chữ viết tắt (" + std::to_string(book.abbreviations.size()) + ")\n";
    for (const auto& ab : book.abbreviations)
      o += "  " + ab.short_form + ": " + ab.long_form + "\n";
  }
  return o;
}

std::string plan_json(const Book& book) {
  JsonWriter w;
  w.begin_object().key("schema").value("tuyentap-plan/1");
  w.key("title").value(book.meta.title).key("subtitle").value(book.meta.subtitle);
  w.key("period").value(book.meta.period_label);
  w.key("chapters").begin_array();
  for (size_t c = 0; c < book.chapters.size(); ++c) {
    const Chapter& ch = book.chapters[c];
    w.begin_object().key("number").value(chapter_number(c)).key("title").value(ch.title);
    w.key("articles").begin_array();
    for (const Article& a : ch.articles) {
      w.begin_object().key("id").value(a.id).key("file").value(a.file);
      if (!utf8::is_valid(a.file)) w.key("name_not_utf8").value(true);
      w.key("date");
      a.date ? w.value(a.date->iso()) : w.null();
      w.key("title").value(a.title).end_object();
    }
    w.end_array().end_object();
  }
  w.end_array().end_object();
  return w.str() + "\n";
}

}  // namespace tuyentap
