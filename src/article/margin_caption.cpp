// A caption set apart by its place: see margin_caption.h.
#include "article/margin_caption.h"

#include <algorithm>

#include "article/byline.h"
#include "article/caption_score.h"
#include "article/office_byline.h"
#include "article/scene_caption.h"

namespace tuyentap {

namespace {

// A signature pushed right as pages set them ("Thanh Tâm", "CTV- Nguyễn Thơm", "Hoàng Uyên
// (tổng hợp)"): a byline's shape and at most two words in lower case. A caption's clause says
// what is done, in lower-case words ("CB, GV nghe giảng về tư tưởng Hồ Chí Minh" has five,
// though a role and a comma open it as a byline may).
// The words counted are the name's, before a spaced dash: the writer's office after it runs on
// in lower case ("Đỗ Thuần – Bí thư Chi bộ các cơ quan Đảng", "Lữ Nhiên Hương - Đảng ủy Khối
// CCQ và DN tỉnh"); after a comma every word counts, as a role may open a caption ("CB, GV
// …"). An office signs too ("Ban Bạn đọc", "Cơ quan Ủy ban kiểm tra Đảng ủy Công an tỉnh":
// office_byline.h).
bool signs_as_byline(std::string_view line) {
  constexpr int kMaxLowerWords = 2;
  if (signs_as_office(line) || names_organisation(line)) return true;
  if (!looks_like_byline(line)) return false;
  std::size_t cut = line.size();
  for (std::string_view sep : {" - ", " – ", " — "}) cut = std::min(cut, line.find(sep));
  int lower = 0;
  each_word(line.substr(0, cut),
            [&](std::string_view w) { lower += starts_with_lower(w) ? 1 : 0; });
  return lower <= kMaxLowerWords;
}

}  // namespace

void hint_off_margin_lines(const std::vector<std::string>& lines,
                           const std::vector<std::size_t>& indents, std::vector<PhotoHint>& hints) {
  if (indents.size() != lines.size() || hints.size() != lines.size()) return;
  // the body's margin: the least indent of its sentences (body text, text_lines.h)
  std::size_t first_body = lines.size(), last_body = 0, margin = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].empty() || !is_body_text(lines[i])) continue;
    margin = first_body == lines.size() ? indents[i] : std::min(margin, indents[i]);
    first_body = std::min(first_body, i);
    last_body = i;
  }
  if (first_body == lines.size()) return;
  const bool indented = margin >= kIndentedMargin;
  std::size_t end = lines.size();  // one past the file's last line of text
  while (end > 0 && lines[end - 1].empty()) --end;
  for (std::size_t i = first_body + 1; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    if (line.empty() || (hints[i] != PhotoHint::None && hints[i] != PhotoHint::Spacer)) continue;
    bool far_right = indents[i] >= kFarColumns && indents[i] >= margin + kFarColumns;
    // At the page's edge past the text's last sentence stand the page's own boxes ("Tin mới
    // đăng", "Xem nhiều nhất"), as at the edge as a caption under indented paragraphs: there, a
    // caption names what a photo shows (scene_caption.h names_scene_words), a box's title not.
    bool left_of_body =
        indented && indents[i] < margin && (i < last_body || names_scene_words(line));
    // A unit of writer_unit.h's list pushed right as the file's last line, under the text's last
    // sentence, signs it as the body issuing a notice does ("Hội đồng họ Tô Việt Nam" under
    // "Trân trọng cám ơn !", real-eval62/hotovietnam-1); higher up, a unit's name alone may be
    // its photo's caption.
    bool unit_signs = i + 1 == end && i > last_body && signs_as_unit(line);
    if ((far_right || left_of_body) && is_caption_shaped(line) && !signs_as_byline(line) &&
        !unit_signs && !opens_with_part_number(line))
      hints[i] = PhotoHint::OffMargin;
  }
}

}  // namespace tuyentap
