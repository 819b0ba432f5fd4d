// A photo's caption that names the event the article reports, as the lead names it, and
// nothing more: "Đại hội đại biểu MTTQ Việt Nam huyện lần thứ XVI, nhiệm kỳ 2019 - 2024.",
// "Hội nghị quán triệt Nghị quyết của Đảng ủy … năm 2015." under a lead that tells of that
// congress or conference. The body's sentences that open with the event go on to tell what
// it did (and then most hold a reasoning word, or are long); a caption under the photo of
// the hall only names it. Seen on several sites (tests/fixtures/real*/: a district portal, an
// army command's site), between paragraphs far longer than it.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>

#include "article/text_lines.h"

namespace tuyentap {

// Every run of four words of an article's lead and of its title, as fold_exact keys joined by
// one space (quotation marks and punctuation around words ignored): what a line naming the
// event must open with. Folded when a line first asks (most articles have no line that opens
// with an event's name), then kept for the article's other lines: asking each line costs the
// line, not the lead again (a long lead times many lines was minutes). `lead` and `title` must
// outlive it.
class LeadEventRuns {
 public:
  LeadEventRuns(std::string_view lead, std::string_view title) : lead_(lead), title_(title) {}
  // `run`: four keys joined by one space
  bool contains(const std::string& run) const;

 private:
  std::string_view lead_, title_;
  mutable std::optional<std::unordered_set<std::string>> runs_;
};

// `line` stands between `before` and `after` (the paragraphs around it; `after` must be body
// text). It names the lead's event when it opens with an event's name (Đại hội, Hội nghị,
// Lễ), its first four words stand in that order in the lead or the title (`runs`), it ends
// with its one stop (a subheading has none), nothing of the caption score's "never" list
// rules it out (caption_score.h is_caption_shaped: a reasoning word, two clauses, a sentence
// inside …), past the words the lead or title echo it only goes on naming the event (a
// capital, a number, "nhiệm kỳ", "năm", a place noun …; "bầu Ban Chấp hành …" tells what the
// event did: a sentence), and it has fewer words than `before` and than `after` (the event's full
// name may be long: the echo, not the length, tells it from the text).
bool names_lead_event(std::string_view line, std::string_view before, std::string_view after,
                      const LeadEventRuns& runs);

// "Ngày hội thể thao" right under a lead that tells of "ngày hội thể thao năm học 2023-2024":
// the lead's event named alone with no stop (four to eight words, an event's noun first, each
// run of four of its words in the lead or the title: the name is the lead's own), over a text
// that has no part's heading (`below`, the paragraphs under the line): the hall's photo, no
// part's heading, as a lone heading heads no parts (real-eval82/mnbinhminh-hadong-1). The
// reader asks it of the line right under the lead only.
bool names_lead_event_alone(std::string_view line, std::span<const Paragraph> below,
                            const LeadEventRuns& runs);

// A congress or a Party committee named with its term and nothing after it, no stop: "Đại hội
// Chi bộ … nhiệm kỳ 2017- 2020", "Ban chấp hành Đảng bộ Công ty … nhiệm kỳ 2015-2020", "…
// chào mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX". The photo of the hall, or of the
// committee just elected, is captioned with the name; a subheading says what of the congress
// it heads ("Phương hướng, nhiệm vụ …"), and the body's sentences tell what it did. Holds an
// event's or a committee's name (đại hội, hội nghị, ban chấp hành, ban thường vụ), ends with
// the term ("nhiệm kỳ" and two years, or "lần thứ" and a numeral), at most 25 words, nothing
// of the caption score's "never" list (caption_score.h is_caption_shaped). The reader asks it
// after the lead, for a line with fewer words than the paragraph before it and than the body
// text after it, if any. Seen on four learning sites' pages, never a subheading there.
bool names_termed_event(std::string_view line);

}  // namespace tuyentap
