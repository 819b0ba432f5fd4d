// The forms of address: the words a Vietnamese text sets before a person's name to name them
// as a person, "Đồng chí Nguyễn Văn A", "Đ/c X" (as Party papers shorten đồng chí), "Ông Lê
// An", "Bà Y". An office's title names them by their post instead ("Bí thư …", word_lists.h
// kPersonTitles, which holds these as well). A form of address says that a capitalised name
// follows it; a caption names who its photo shows so, where a headline names the office first
// or leaves the form out (addressed_caption.h).
//
// One list, kFormsOfAddress, and what a reader adds to it, named here:
//  - addressed_caption.h: a line that opens with one, then the name, then a position;
//  - position_wrap.h: a line that ends on a name one opens, broken before the position's dash;
//  - scene_caption.h names_titled_person: one anywhere in a line, before a capitalised word,
//    the kin forms (kKinForms) added;
//  - word_lists.h kPersonTitles: these and the offices and roles that name a person;
//  - caption_score.cpp kMorePeople: the kin forms, as a caption's first words.
// Not from here: the fitted title scorer's `honorific` feature (title_patterns.h
// honorific_rx), which is bench/header_model/features.py's HONORIFIC_RE ("đ/c", "đc", "đồng
// chí", "ông", "bà", "các đồng chí", "lãnh đạo"): the weights were fitted to that list, so it
// follows features.py, and a change here must not move it.
//
// Words are fold_exact keys (lower case, diacritics kept); a form's words joined by one space.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <span>
#include <string_view>

namespace tuyentap {

inline constexpr std::array<std::string_view, 4> kFormsOfAddress = {"đồng chí", "đ/c", "ông", "bà"};

// The kin forms: "anh Nguyễn Văn A", "chị Lê Thị B" (a young man, a young woman). They are
// everyday words as well ("anh" a brother or "he", "Anh chị em …"), so a reader adds them only
// where a capitalised name must follow, or at a caption's opening.
inline constexpr std::array<std::string_view, 2> kKinForms = {"anh", "chị"};

// The teacher's forms: "Thầy Nguyễn Trọng Thắng – Phó Giám đốc Sở …", "Cô Lê Thị B" (a school's
// pages name teachers so). Everyday words as well ("cô gái", "thầy thuốc"), so a reader adds
// them only where a family name must follow (addressed_caption.h).
inline constexpr std::array<std::string_view, 2> kTeacherForms = {"thầy", "cô"};

// The titles of a profession or a degree a caption names a person with, as it would with a form
// of address: "Nhà báo Bắc Văn, Vụ trưởng …", "Tiến sỹ Phạm Quốc Chính - Giám đốc Sở …" (real-
// eval98/daotaobaochi-1, dosttn-1). A writer may sign under a pen name ("Bắc Văn"), which no
// family name opens. Everyday words too ("nhà báo" alone, "bác sĩ của bệnh viện"), so a reader
// adds them only where a name and a position must follow (addressed_caption.h).
inline constexpr std::array<std::string_view, 17> kProfessionForms = {
    "nhà báo", "nhà văn", "nhà thơ",   "tiến sĩ", "tiến sỹ",     "thạc sĩ",
    "thạc sỹ", "bác sĩ",  "bác sỹ",    "giáo sư", "phó giáo sư", "kỹ sư",
    "luật sư", "nghệ sĩ", "nghệ nhân", "ts.",     "ths."};

// The most words of a form of address (kFormsOfAddress): "đồng chí" is two.
inline constexpr std::size_t kMaxFormOfAddressWords = [] {
  std::size_t most = 0;
  for (std::string_view form : kFormsOfAddress)
    most = std::max(most, static_cast<std::size_t>(std::count(form.begin(), form.end(), ' ')) + 1);
  return most;
}();

// The most words the readers (addressed_caption.h, position_wrap.h) take for the name after a
// form of address: "Đ/c Huỳnh Thị Thùy Dung" has four.
inline constexpr std::size_t kMaxAddressedNameWords = 5;

// The words, as printed ("Đồng", "chí"; "Đ/C"), are one of kFormsOfAddress, word for word
// folded (fold_exact).
bool is_form_of_address(std::span<const std::string_view> words);

// The one word, as printed ("Thầy", "anh"), is a kin or a teacher's form (kKinForms,
// kTeacherForms).
bool is_kin_or_teacher_form(std::string_view word);

// Where the words of `line` after a profession's form (kProfessionForms, word for word folded:
// "Nhà báo Bắc Văn", "TS. Lê An") end, from `at`: the index past the form and the space after
// it; 0 when the line opens with none there (a form is followed by more words).
std::size_t profession_form_end(std::string_view line, std::size_t at = 0);

}  // namespace tuyentap
