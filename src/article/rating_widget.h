// A rating box, as a portal engine prints it under an article (Liferay's, which many provincial
// and union portals run): "Trung bình (0 Bình chọn)" over "Tỷ lệ trung bình là 0.0 ngôi sao
// trên mức cao nhất 5 sao.", its stars lost in the copy. Chrome wherever it stands
// (page_widgets.h): on a page whose header the reader could not place, its first line stood
// where a title would and was read as one (real-eval49/congdoandetmay-1).
#pragma once

#include <string_view>

namespace tuyentap {

// One of:
//  - the average and its count of votes: "Trung bình (0 Bình chọn)", "Trung bình (12 phiếu)",
//    "Average (3 Votes)": the word, then brackets holding a count and the votes' word alone;
//  - the stars' sentence: "Tỷ lệ trung bình là 4.5 ngôi sao trên mức cao nhất 5 sao.", which
//    opens with "Tỷ lệ trung bình là" and speaks of stars ("sao") — no writer's sentence names
//    an average rate so.
bool is_rating_widget_line(std::string_view line);

}  // namespace tuyentap
