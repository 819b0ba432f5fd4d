// The words for every Reason, in one table: the code scripts match, the English of
// report.json and the Vietnamese of report.txt. The facts (a date, the copy kept, the
// reader's words) follow the words, the same in both languages.
#include <iterator>

#include "book/fate.h"
#include "text/date.h"

namespace tuyentap {

namespace {

struct ReasonWords {
  Reason reason;
  std::string_view code, english, vietnamese;
};

constexpr ReasonWords kReasonWords[] = {
    {Reason::Unreadable, "unreadable", "unreadable:", "không đọc được:"},
    {Reason::NotAnArticle, "not-an-article", "unreadable:", "không đọc được:"},
    {Reason::Excluded, "excluded", "excluded by the spec",
     "bị loại theo yêu cầu trong tệp cấu hình (exclude)"},
    {Reason::OutsidePeriod, "outside-period", "outside the period",
     "ngoài khoảng thời gian của sách"},
    {Reason::NoDate, "no-date", "no date: cannot place it in the period",
     "không có ngày đăng nên không xếp được vào khoảng thời gian"},
    {Reason::NotInTopics, "not-in-topics", "not in the topic filter",
     "không thuộc các chủ đề đã chọn"},
    {Reason::FilteredOut, "filtered-out", "does not match the spec's filter",
     "không khớp điều kiện chọn bài"},
    {Reason::Duplicate, "duplicate", "duplicate of", "trùng với bài được giữ lại:"},
    {Reason::NoChapter, "no-chapter", "no matching chapter", "không thuộc chương nào"},
    {Reason::PageResource, "page-resource", "skipped:", "bỏ qua:"},
    {Reason::LegacyWord, "legacy-word", "unreadable:", "không đọc được:"},
    {Reason::BookFile, "book-file", "skipped:", "bỏ qua:"},
};

const ReasonWords& words(Reason r) {
  for (const auto& w : kReasonWords) {
    if (w.reason == r) return w;
  }
  return kReasonWords[0];  // every Reason is in the table (reason tests check)
}

// What an article lacks, in the report's Vietnamese.
std::string vi_lacking(const std::string& lacking) {
  if (lacking == "topic") return "không có chủ đề";
  if (lacking == "date") return "không có ngày đăng";
  return "không có " + lacking;
}

// What follows the words: " (2018-12-31)", " abc (archive/abc.txt)", " empty file". The
// clerk reads a date as the books print it, "(31/12/2018)"; scripts read report.json's ISO.
std::string facts(const LeftOut& why, const SentenceTranslator& translate, bool vietnamese) {
  switch (why.reason) {
    case Reason::Unreadable:
    case Reason::NotAnArticle:
    case Reason::PageResource:
    case Reason::LegacyWord:
    case Reason::BookFile:
      return " " + (translate ? translate(why.reader_says) : why.reader_says);
    case Reason::OutsidePeriod:
      if (!why.date) return "";
      return " (" + (vietnamese ? vi_short_date(*why.date) : why.date->iso()) + ")";
    case Reason::Duplicate:
      // The clerk knows the copy kept by its file; its id is an aside for finding it in
      // report.json.
      if (vietnamese) return " " + why.duplicate_file + " (mã " + why.duplicate_of + ")";
      return " " + why.duplicate_of + " (" + why.duplicate_file + ")";
    case Reason::NoChapter:
      if (why.lacking.empty()) return "";
      return vietnamese ? " (" + vi_lacking(why.lacking) + ")" : " (no " + why.lacking + ")";
    case Reason::Excluded:
    case Reason::NoDate:
    case Reason::NotInTopics:
    case Reason::FilteredOut:
      return "";
  }
  return "";
}

}  // namespace

std::string_view reason_code(Reason r) {
  return words(r).code;
}

Reason not_article_reason(NotArticleKind kind) {
  switch (kind) {
    case NotArticleKind::PageResource:
      return Reason::PageResource;
    case NotArticleKind::LegacyWord:
      return Reason::LegacyWord;
    case NotArticleKind::BookFile:
      return Reason::BookFile;
    case NotArticleKind::Other:
      break;
  }
  return Reason::NotAnArticle;
}

std::string reason_text(const LeftOut& why) {
  return std::string(words(why.reason).english) + facts(why, nullptr, false);
}

const LeftOut& InputFate::why() const {
  static const LeftOut none;
  return left_out ? *left_out : none;
}

std::string vi_reason_text(const LeftOut& why, const SentenceTranslator& reader_words) {
  return std::string(words(why.reason).vietnamese) + facts(why, reader_words, true);
}

std::string_view vi_reason_remedy(Reason r) {
  // The reader dates an undated page by the day its lead opens with (article/lead_date.h);
  // what is left has neither, and the clerk knows the day or wants the article anyway.
  if (r == Reason::NoDate)
    return "muốn đưa bài vào sách: ghi ngày đăng thành một dòng riêng ngay dưới tiêu đề "
           "(ví dụ 14/10/2022), hoặc ghi tên tệp vào include ở mục [select] của tệp cấu hình";
  return {};
}

}  // namespace tuyentap
