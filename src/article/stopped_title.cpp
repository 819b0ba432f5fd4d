// A title that ends with a full stop: see stopped_title.h.
#include "article/stopped_title.h"

#include <algorithm>
#include <string>
#include <vector>

#include "article/text_lines.h"
#include "article/untitled_page.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

// "Thực hiện Công văn số …", "Căn cứ …": a notice's grounds, set before what it announces
// (real-eval62/hotovietnam-1: three of them, then "… thông báo : Dừng tổ chức Lễ kỷ niệm …"):
// they retell no title and are no photo's caption. The grounds alone, no comma: a lead that
// opens so goes on to its own clause ("Thực hiện Chương trình công tác Đoàn năm 2020, nhằm …,
// Ban thường vụ Quận đoàn đã chỉ đạo …", real-eval44/thanhdoandanang-1) and retells the title
bool states_grounds(std::string_view text) {
  if (text.find(',') != std::string_view::npos) return false;
  std::size_t second = text.find(' ', text.find(' ') + 1);  // two words and their space
  if (second == std::string_view::npos) return false;
  std::string folded = fold_exact(text.substr(0, second));
  return folded == "thực hiện" || folded == "căn cứ";
}

// "Cuộc họp đã có sự nhất trí cao và … sẽ sớm ra nghị quyết …": a sentence with a tense, as a
// report's text tells its acts (real-eval60/hodovietnam-1's last paragraph); a photo's caption
// shows its scene with none ("Quang cảnh Đại hội.", "Các đại biểu dự Đại hội.")
bool has_tense(std::string_view text) {
  std::string folded = fold_exact(text);
  bool found = false;
  each_word(folded, [&](std::string_view w) {
    while (!w.empty() && std::string_view(".,;:!?").find(w.back()) != std::string_view::npos)
      w.remove_suffix(1);
    found = found || w == "đã" || w == "sẽ";
  });
  return found;
}

// How many words open both lines alike (case aside).
std::size_t shared_opening_words(std::string_view a, std::string_view b) {
  std::vector<std::string> wa, wb;
  each_word(fold_exact(a), [&](std::string_view w) { wa.emplace_back(w); });
  each_word(fold_exact(b), [&](std::string_view w) { wb.emplace_back(w); });
  std::size_t n = 0;
  while (n < wa.size() && n < wb.size() && wa[n] == wb[n]) ++n;
  return n;
}

}  // namespace

void stopped_title_over_date(std::span<const std::string_view> paras, HeaderLayout& h) {
  constexpr std::size_t kMaxWords = 30;
  constexpr std::size_t kNone = HeaderLayout::kNone;
  if (h.title_over_date || h.no_title || h.title == kNone || !h.title_text.empty() ||
      h.date != h.title + 1 || h.title >= paras.size())
    return;
  std::string_view t = paras[h.title];
  h.title_over_date = t.ends_with('.') && !t.ends_with("..") && at_most_words(t, kMaxWords);
}

bool is_stopped_title(std::string_view title, std::span<const Paragraph> body) {
  constexpr std::size_t kRetoldWithin = 3;
  if (body.empty()) return false;
  // the first paragraph of body text among the first three, a notice's grounds passed over
  const Paragraph* retelling = nullptr;
  const Paragraph* first = nullptr;
  std::size_t looked = 0;
  for (const Paragraph& p : body) {
    if (states_grounds(p.text)) continue;
    if (first == nullptr) first = &p;
    if (is_body_text(p.text)) {
      retelling = &p;
      break;
    }
    if (++looked == kRetoldWithin) break;
  }
  if (retelling == nullptr) retelling = first != nullptr ? first : &body.front();
  // or the page prints the line again below, its words the same (its case and spaces aside):
  // the title set again under the lead or over the photo (real-eval47/tpdienbienphu-1)
  const std::string key = fold_exact(title);
  auto printed_again = [&](const Paragraph& p) {
    // about the title's length, its spaces aside: folding every paragraph would cost too much
    return p.text.size() + 8 >= title.size() && p.text.size() <= 2 * title.size() + 8 &&
           fold_exact(p.text) == key;
  };
  // or a paragraph of the text holds the title's sentence word for word after a sentence of its
  // own (its stop, then a space: a colon sets a quotation) and the title has eight words at
  // least and no tense: the page's headline is the report's own sentence ("Nhân dịp … "ngày chủ
  // nhật xanh". Đoàn cơ sở công ty kết hợp … Huyện Cưkuin.", real-eval85/thuyloi-daklak-1, under a
  // lead that retells none of it). Opening the paragraph, it is the page's summary set over the
  // text it starts (real-eval84/tuoitrehaiduong-1, real-eval45/trungcapytend-1): no title. A short
  // sentence ("Hội thi đã thành công tốt đẹp.") or one telling a past act may close a report twice;
  // a quotation after a colon is no sentence of its own.
  constexpr std::size_t kMinHeldWords = 8;
  const bool may_be_held = !at_most_words(title, kMinHeldWords - 1) && !has_tense(title);
  auto held_within = [&](const Paragraph& p) {
    if (!may_be_held) return false;
    std::size_t at = p.text.find(title);
    if (at == std::string::npos || at < 2 || p.text[at - 1] != ' ') return false;
    const std::string_view before = std::string_view(p.text).substr(0, at - 1);
    for (std::string_view end : {".", "!", "?", "…", "\"", "”"})
      if (before.ends_with(end)) return true;
    return false;
  };
  // A report's sentence printed twice is no title: twenty words or more, a clause set off by a
  // comma, an act told in the past ("Vào tối ngày 16/03 qua, tại Hội trường lớn …, Vòng sơ loại
  // … đã chính thức diễn ra.", over a slideshow's hint and again under it: the lead of a page
  // that shows no title, real-eval102/hub-qtkd-1); a headline leaves the tense out.
  constexpr std::size_t kMinReportWords = 20;
  auto report_sentence = [&] {
    return !at_most_words(title, kMinReportWords - 1) &&
           title.find(", ") != std::string_view::npos && tells_past_act(title);
  };
  const bool again = (std::any_of(body.begin(), body.end(), printed_again) ||
                      std::any_of(body.begin(), body.end(), held_within)) &&
                     !report_sentence();
  if (!again && !is_title_retold_below(title, retelling->text)) return false;
  // a caption like the title further down: one clause with no tense, no colon ("… thông báo :
  // Dừng tổ chức …", an announcement), no notice's grounds. The lead right under the title that
  // retells it is the lead, one clause or not ("Chi bộ trường THPT Bù Đăng luôn hoàn thành chỉ
  // tiêu kết nạp …" under "Chi bộ trường THPT Bù Đăng nơi rèn luyện …", real-eval87/
  // thpt-budang-1): a photo story's first caption is told by a caption like it further down.
  // A second caption retelling the first ("Lãnh đạo huyện thăm hỏi … tại xã Tân Phú." over "…
  // tại xã Long Hựu.") opens with most of its words: a lead retells a few (the subject) and goes
  // on in its own.
  const bool lead_retells = !again && retelling == &body.front() &&
                            2 * shared_opening_words(title, retelling->text) < word_count(title);
  for (std::size_t i = lead_retells ? 1 : 0; i < body.size(); ++i)
    if (!printed_again(body[i]) && !held_within(body[i]) && is_one_clause_sentence(body[i].text) &&
        body[i].text.find(':') == std::string::npos && !states_grounds(body[i].text) &&
        !has_tense(body[i].text) && (i == 0 || ends_with_sentence_punct(body[i - 1].text)))
      return false;
  return true;
}

}  // namespace tuyentap
