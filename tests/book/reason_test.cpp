// Reasons: a stable code each, and the English and Vietnamese sentences made from one table.
#include <catch2/catch.hpp>
#include <set>

#include "book/fate.h"

using namespace tuyentap;

TEST_CASE("reason: every reason has its own code") {
  const Reason all[] = {Reason::Unreadable,    Reason::NotAnArticle, Reason::Excluded,
                        Reason::OutsidePeriod, Reason::NoDate,       Reason::NotInTopics,
                        Reason::FilteredOut,   Reason::Duplicate,    Reason::NoChapter,
                        Reason::PageResource,  Reason::LegacyWord};
  std::set<std::string_view> codes;
  for (Reason r : all) codes.insert(reason_code(r));
  CHECK(codes.size() == std::size(all));
  CHECK(reason_code(Reason::OutsidePeriod) == "outside-period");
  CHECK(reason_code(Reason::NoChapter) == "no-chapter");
  CHECK(reason_code(Reason::Duplicate) == "duplicate");
  CHECK(reason_code(Reason::Excluded) == "excluded");
  CHECK(reason_code(Reason::Unreadable) == "unreadable");
  CHECK(reason_code(Reason::NotAnArticle) == "not-an-article");
  CHECK(reason_code(Reason::PageResource) == "page-resource");
  CHECK(reason_code(Reason::LegacyWord) == "legacy-word");
}

TEST_CASE("reason: the sentences carry the facts, in English and in Vietnamese") {
  LeftOut outside{.reason = Reason::OutsidePeriod, .date = Date{2018, 12, 31}};
  CHECK(reason_text(outside) == "outside the period (2018-12-31)");
  // the clerk reads the date as the books print it, not as ISO
  CHECK(vi_reason_text(outside) == "ngoài khoảng thời gian của sách (31/12/2018)");

  LeftOut dup{.reason = Reason::Duplicate, .duplicate_of = "abc", .duplicate_file = "a/abc.txt"};
  CHECK(reason_text(dup) == "duplicate of abc (a/abc.txt)");
  // the clerk finds the copy kept by its file; the id (a hash) comes after, as an aside
  CHECK(vi_reason_text(dup) == "trùng với bài được giữ lại: a/abc.txt (mã abc)");

  LeftOut unread{.reason = Reason::NotAnArticle, .reader_says = "empty file"};
  CHECK(reason_text(unread) == "unreadable: empty file");
  CHECK(vi_reason_text(unread) == "không đọc được: empty file");

  LeftOut no_topic{.reason = Reason::NoChapter, .lacking = "topic"};
  CHECK(reason_text(no_topic) == "no matching chapter (no topic)");
  CHECK(reason_text(LeftOut{.reason = Reason::NoChapter}) == "no matching chapter");
  CHECK(vi_reason_text(no_topic) == "không thuộc chương nào (không có chủ đề)");

  LeftOut excluded{.reason = Reason::Excluded, .exclude_entry = "b"};
  CHECK(reason_text(excluded) == "excluded by the spec");
  CHECK(vi_reason_text(LeftOut{.reason = Reason::NoDate}) ==
        "không có ngày đăng nên không xếp được vào khoảng thời gian");
  CHECK(reason_text(LeftOut{.reason = Reason::NotInTopics}) == "not in the topic filter");
  CHECK(reason_text(LeftOut{.reason = Reason::FilteredOut}) == "does not match the spec's filter");
}

TEST_CASE("reason: a saved page's resource and a .doc say what they are, once") {
  LeftOut frame{.reason = Reason::PageResource,
                .reader_says =
                    "a file of a saved page's folder (an ad frame, a script), not an "
                    "article"};
  CHECK(reason_text(frame) ==
        "skipped: a file of a saved page's folder (an ad frame, a script), not an article");
  CHECK(vi_reason_text(frame).starts_with("bỏ qua: "));
  LeftOut doc{.reason = Reason::LegacyWord,
              .reader_says = "a Word 97-2003 document (.doc): save it as .docx"};
  CHECK(reason_text(doc) == "unreadable: a Word 97-2003 document (.doc): save it as .docx");
}
