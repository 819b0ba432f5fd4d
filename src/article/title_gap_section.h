// A section's name on the title's line, set apart from the title by white space alone: the copy
// of a page laid out in a table gives the breadcrumb's cell, then the title's ("Tin tức  Đảng ta
// là …", "XÂY DỰNG ĐẢNG<tab>Hội nghị …", "tin tức        Hội nghị …"). Cleaning folds the gap
// into one space and the label would be read as the title's first words, so the line is looked
// at as written, before cleaning; the reader then cuts the label off the title, tells it in the
// report and keeps it as the topic when the header has none (text_reader.h), as it does with a
// section before a " | " (title_site_name.h).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "article/article.h"

namespace tuyentap {

// The label `raw_line` (a line as written) opens with, cleaned, when:
//  - a gap follows it: two spaces or more, or a tab;
//  - it is a section's name: one to five words, no digit, no punctuation but a dash between two
//    words ("Tin tức - Sự kiện");
//  - the rest after the gap is a title's start: three words or more, not in lower case and not
//    opening with a dash, comma or colon (a capital, a digit, a quote, a bracket: "Tin tức  544
//    đảng viên …", "Tin tức  “Bữa cơm đoàn kết” …");
//  - and something says the label is no part of the title: it is in capitals over a title that
//    is not ("XÂY DỰNG ĐẢNG  Hội nghị …"), or in lower case (no title opens so), or a section
//    that names nothing ("Tin tức", "Tin", "News": source_names.h useful_topic), or a line of
//    its own elsewhere on the page (`lines`: its menu, its breadcrumb).
// The gap alone says nothing: a title typed with a double space inside ("Đảng bộ  xã Tân
// Thịnh", "Hội nghị  Ban chấp hành …"), or a tab where a space was ("Bình Xa sẵn sàng
// cho<tab>Đại hội điểm cấp xã", "CHUẨN BỊ KỸ LƯỠNG<tab>CHO NGÀY HỘI"), keeps it whole. Else
// nullopt.
std::optional<std::string> section_before_gap(std::string_view raw_line,
                                              std::span<const std::string> lines);

// The label (section_before_gap) on the title's line as the text wrote it: `lines` are the
// text's cleaned lines, numbered as its raw lines, `title` the header's title line (the first
// line that is it); empty when there is none.
std::string section_on_title_line(std::span<const std::string> lines, std::string_view title,
                                  std::string_view text);

// The title without the label the text's title line opened with (`label`, from
// section_on_title_line; nothing when the title does not open with it), the label told in the
// warnings and kept as the topic when the header found none and it names a section
// (source_names.h useful_topic: not "Tin tức").
void cut_title_section(std::string_view label, Article& a);

}  // namespace tuyentap
