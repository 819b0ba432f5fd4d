// A writer's name as a byline writes it, the one test byline.h's rules share: the name alone,
// before any role, unit or second part the byline rules cut off.
#pragma once

#include <optional>
#include <string_view>

#include "text/date_line.h"

namespace tuyentap {

// "Hoàng Uyên", "TS. Nguyễn Văn An", "Minh Anh và Thu Hà", "H.T": 1 to 6 words, each opening
// with a capital; a middle name in lower case between a family name and a given name ("Mai
// viết Tăng", theo_writer.h is_middle_name).
bool is_writer_name(std::string_view s);

// A name in capitals ("MINH TÂM", "TS. NGUYỄN VĂN AN", "NGỌC ANH VÀ VŨ HÀ"), not a heading
// in capitals ("ĐẶT VẤN ĐỀ", "I. MỞ ĐẦU", "TÀI LIỆU THAM KHẢO"), which has a byline's shape:
// each writer's name at most four syllables, none of them a word no name is made of.
bool is_capitals_name(std::string_view name);

// "D.Q", "N.A.", "T.H.L": a writer's initials, capitals each followed by a dot (the last dot
// may be left out). A section's name has no dot inside a word.
bool is_initials(std::string_view word);

// "N. H", "T. T. H.": two to four capitals, each but the last followed by a dot and a space (the
// last dot may be left out), as a sports site signs its writer (real-eval96/tdtt-1). One
// capital a word: "A. Sơn" is a name.
bool is_spaced_initials(std::string_view line);

// "AP-LQ": two or three writers' initials joined by dashes, each group one to three capitals
// (ASCII or "Đ"), as a university's news signs its writers (real-eval85/huemed-1).
bool is_dashed_initials(std::string_view word);

// A common Vietnamese given name (tên: Minh, Hiếu, Hà, Tâm …; any case, either tone placement),
// the syllable a name ends with.
bool is_given_name(std::string_view word);

// "Minh hiếu", "Thu hà", "Nguyễn văn an": a writer's name typed with a later syllable in lower
// case, as a hurried editor signs. Two or three words of letters alone, the first in title case
// (a capital, then lower case), at least one later word in lower case; each a name's syllable
// (a family name, a middle name, a given name: theo_writer.h and the list above), the last a
// given name. A closing formula is made of words no name is ("Trân trọng", "Xin cảm ơn", "Thân
// ái", "Hết"), and so are most pairs of ordinary words ("Xem thêm", "Bình thường"); a pair of
// given names that is an ordinary word too ("Thành công") the caller tells by the page, where
// such a word stands in the text and a writer's name hardly ever does.
// Also a full name of three or four syllables, a family name first (family_names.h, a common
// one), every syllable in title case but one between the first and the last ("Lữ nhiên Hương",
// "Mai viết Tăng"): the family name tells it, whatever the lowered syllable is.
bool is_name_typed_lower(std::string_view line);

// "Ý KIẾN ĐỘC GIẢ", "BÌNH LUẬN CỦA BẠN ĐỌC": a box's heading in capitals, no writer's name:
// no label, no digit, and a name of more syllables than a pen name has (two: "TUYẾT MAI",
// "PHI CÔNG" sign in capitals with no family name) whose first is no family name
// (family_names.h, any kind) and some word no name's syllable (a given, middle or family
// name); every part so when a dash or "VÀ" joins two ("THẾ HIỆP – HUYỆN ĐOÀN PHÙ MỸ": a
// writer and a unit).
bool is_capitals_of_common_words(std::string_view line);

// "Bá Sơn08:08, 19/08/2014", "Như HoàngThứ 6, 04/01/2019 | 15:21", "Thu Hường – Minh
// Dũng14/09/2021": the writer's name run into the date line with no space, as a CMS prints its
// author and date fields side by side in a text copy. `rest` is what stands before the date
// (text/date_line.h split_date_line), a weekday glued to its end ("HoàngThứ 6") taken off. The
// name: one writer's name or two joined by a dash, each a writer's name (is_writer_name: a pen
// name with no family name too, "Văn Quân"; or one typed lower, "Minh hiếu"), two to four words,
// no digit; "" otherwise. The glue (a letter right against the date or the weekday) is what tells a
// CMS's field from a section written beside the date ("Thời Sự | 12/3/2020", "Tin Tức 12/3/2020"),
// which a space, a bar or a dash sets apart.
std::string_view writer_glued_before_date(std::string_view line, std::string_view rest);

// "Văn Quân31/10/2023", "Minh hiếu 30/06/2018": text, then a date line from the line's first
// digit to its end, which text/date_line.h split_date_line leaves whole (a date alone after a
// space may be a title's own: "Kỷ niệm ngày 30/4/1975"). The text before the date (trimmed),
// the date, and whether the two are glued (no space between); nullopt when no date line ends
// the line or nothing stands before it. The callers ask whether that text is a writer's name.
struct TextThenDate {
  std::string_view text;
  DateTime when;
  bool glued = false;
};
std::optional<TextThenDate> text_then_date(std::string_view line);

}  // namespace tuyentap
