// The readers' Vietnamese word lists, one home for each kind: the titles that name a person,
// the events and views a photo shows, the words that set a sentence's time (the forms of
// address, with the test that reads them, are address_words.h's). A reader takes a
// list as it is, or joins it with its own members (joined_words) and says there why they are
// its own. Words are fold_exact keys (lower case, diacritics kept); a phrase's words are
// joined by one space.
//
// These are the language's words, measured on the fixture sets, so they live in code, not in
// a data file under templates/: a user's edited chrome-markers.txt names a site's chrome and
// must not change how a sentence or a caption is told.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>

#include "article/address_words.h"

namespace tuyentap {

// The lists one after the other, as one list.
template <std::size_t... N>
constexpr auto joined_words(const std::array<std::string_view, N>&... lists) {
  std::array<std::string_view, (N + ...)> out{};
  auto at = out.begin();
  ((at = std::copy(lists.begin(), lists.end(), at)), ...);
  return out;
}

// A person's title or a role in a scene: the forms of address (address_words.h: "Đồng chí X
// …", "Đ/c X", "Ông X"), and the offices, ranks and roles that name a person by their post:
// "Bí thư …", "Đại tá …", "Đại diện Chi đoàn …".
inline constexpr auto kPersonTitles =
    joined_words(kFormsOfAddress,
                 std::array<std::string_view, 12>{
                     "bí thư", "chủ tịch", "giám đốc", "hiệu trưởng", "đại tướng", "thượng tướng",
                     "trung tướng", "thiếu tướng", "đại tá", "lãnh đạo", "đại biểu", "đại diện"});

// The events a photo shows most: the congress, the conference, the ceremony.
inline constexpr std::array<std::string_view, 3> kEventNames = {"đại hội", "hội nghị", "lễ"};

// An event's name, anywhere in a line ("Quang cảnh hội nghị", "Tiết mục văn nghệ tại Đại
// hội"): the events above, talks, a session, a meeting ("Toàn cảnh cuộc họp"), a festival or
// a show.
inline constexpr auto kEvents = joined_words(
    kEventNames, std::array<std::string_view, 7>{"hội thảo", "tọa đàm", "buổi", "phiên", "cuộc họp",
                                                 "ngày hội", "hội diễn"});

// The view a photo shows of a meeting: "Quang cảnh hội nghị", "Toàn cảnh buổi lễ".
inline constexpr std::array<std::string_view, 2> kViews = {"quang cảnh", "toàn cảnh"};

// A sentence's first word that sets its time: "Sáng 20/7, …", "Ngày 12-3 …", "Trong 3 ngày
// (từ 29 - 31/12/2022) …", "Đầu năm 2024, …".
inline constexpr std::array<std::string_view, 10> kTimeSettingWords = {
    "trong", "sáng", "chiều", "tối", "trưa", "đêm", "ngày", "hôm", "đầu", "cuối"};

}  // namespace tuyentap
