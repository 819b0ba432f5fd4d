// The labels of the counters a page prints beside an article and its date: its views, reads,
// visits, comments, ratings, votes and likes ("Lượt xem: 776", "- 35 bình luận", "Tổng lượt truy
// cập: 1.204", "Lượt đánh giá:", "1.204 views"). The one list of them: the date line's parser
// (date_line.h) leaves such counters closing a date line off the date, and the page's widgets
// (article/page_widgets.h) read a line of such labels and counts as no article's text.
#pragma once

#include <array>
#include <string_view>

namespace tuyentap {

struct CounterLabel {
  std::string_view words;  // folded (fold_for_match): "luot xem"
  // A counter of the page's comments: its label alone ("Bình luận:") is also the title of the
  // comment box, which ends the article (templates/chrome-markers.txt), no widget's line.
  bool comments = false;
};

inline constexpr std::array<CounterLabel, 16> kCounterLabels = {{
    {"luot xem"},
    {"luot doc"},
    {"truy cap"},
    {"danh gia"},
    {"binh chon"},
    {"trung binh"},
    {"luot thich"},
    {"online"},
    {"dang online"},
    {"view"},
    {"views"},
    {"count"},
    {"hits"},
    {"binh luan", true},
    {"comment", true},
    {"comments", true},
}};

// A word of one of the labels ("luot", "xem", "binh", "views"), folded.
bool is_counter_word(std::string_view folded_word);

}  // namespace tuyentap
