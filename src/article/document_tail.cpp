// The documents an article points to at its end: see document_tail.h.
#include "article/document_tail.h"

#include <string>

#include "article/article_tail.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

// "21-NQ/TW", "05/2022/NĐ-CP", "99/QĐ-TU": a document's number opens with its digits and holds
// the issuer's initials in capitals (a date, "16/6/2022", has none; "COVID-19" opens with
// letters).
bool document_number(std::string_view word) {
  return !word.empty() && word[0] >= '0' && word[0] <= '9' &&
         word.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string_view::npos;
}

}  // namespace

bool names_document(std::string_view line) {
  constexpr std::size_t kMaxDocumentWords = 80;
  line = without_bullet(line);
  if (line.empty() || !at_most_words(line, kMaxDocumentWords) || stops_a_sentence_inside(line))
    return false;
  std::string key = fold_for_match(line);
  static constexpr std::string_view kKinds[] = {
      "nghi quyet", "chi thi",  "quyet dinh", "ket luan",  "quy dinh",  "huong dan",
      "nghi dinh",  "thong tu", "luat",       "ke hoach",  "cong van",  "thong bao",
      "quy che",    "van kien", "dieu le",    "phap lenh", "hien phap", "thong tri"};
  bool kind = false;
  for (std::string_view k : kKinds) kind = kind || opens_with_words(key, k);
  if (!kind) return false;
  bool numbered = false, after_so = false;
  each_word(line, [&](std::string_view w) {
    bool digits = !w.empty() && w[0] >= '0' && w[0] <= '9';
    numbered = numbered || document_number(w) || (after_so && digits);
    after_so = w == "số" || w == "Số";
  });
  return numbered;
}

bool points_to_full_text(std::string_view line) {
  constexpr std::size_t kMaxPointerWords = 30;
  line = without_bullet(line);
  if (line.empty() || !at_most_words(line, kMaxPointerWords) || is_body_text(line)) return false;
  std::string key = fold_for_match(line);
  for (std::string_view lead : {"toan van", "xem toan van", "doc toan van", "tai toan van"})
    if (key.starts_with(lead) && key.size() > lead.size() + 1 &&
        (key[lead.size()] == ' ' || key[lead.size()] == ':'))
      return true;
  return false;
}

DocumentRun document_run(const std::vector<Paragraph>& body, std::size_t from) {
  auto documents_box = [&](std::size_t i) {
    return names_page_box(body[i].text) && i + 1 < body.size() && names_document(body[i + 1].text);
  };
  auto in_run = [&](std::size_t i) {
    return names_document(body[i].text) || points_to_full_text(body[i].text) || documents_box(i);
  };
  for (std::size_t i = from; i < body.size(); ++i) {
    if (!documents_box(i) && !points_to_full_text(body[i].text)) continue;
    std::size_t end = i + 1;
    while (end < body.size() && in_run(end)) ++end;
    for (std::size_t k = end; k < body.size(); ++k)
      if (is_prose(body[k].text)) return {};
    return {i, end};
  }
  return {};
}

}  // namespace tuyentap
