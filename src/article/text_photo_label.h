// The label before a byline's name that credits the text and its photos to the writer: "Tin,
// ảnh:", "Bài và ảnh:", "Tin - ảnh -", "Ảnh, tin;", "TIN ẢNH". Sites spell it every way (the
// comma with or without its space, a space, a dash, a slash, "và" or "&" between the words; a
// colon, a semicolon, a full stop, a dash or nothing after them; any case), so it is read by
// its grammar, not from a list of spellings: the words "tin" (news), "bài" (article) and
// "ảnh" (photos), each at most once, "ảnh" among them, in any order ("Tin, bài, ảnh:"), then
// what closes the label. "Tin bài:" credits the text by both its words, no photo: the same
// label (photos_only false), only when a colon or a semicolon closes it.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace tuyentap {

// The labels that credit the text to its writer by name, not as news, article or photos:
// "Tác giả:", "Tác giả bài viết:", "Thực hiện:", "Bút danh:", "Người viết:". One list for the
// readers of a byline's label: with_label_colons below, article_tail.h's is_byline_label_alone
// and labelled_byline.h, each adding its own. fold_exact keys, the longest first where one
// opens another ("tác giả bài viết" before "tác giả"): a reader may take the first that opens
// a line.
inline constexpr std::array<std::string_view, 5> kWriterLabels = {
    "tác giả bài viết", "tác giả", "thực hiện", "bút danh", "người viết"};

struct TextPhotoLabel {
  std::size_t size = 0;      // bytes of the label, its closing mark and the spaces after it
  bool photos_only = false;  // "Ảnh:" / "Ảnh;": the photo's credit alone, no writer's
  bool colon = false;        // closed by a colon: whatever follows is what it credits
  bool words = false;  // the line opens with the label's words, a label or not ("Tin, ảnh và …")
};

// The label opening `line`, or size 0 when it opens with none (`words` tells a line that opens
// with the label's words all the same): the label's words must be
// followed by a name (an upper-case letter or a digit first), unless a colon closes them
// ("Tin ảnh về hội nghị", "Bài và ảnh được cập nhật" are sentences, no label). A photo's credit
// alone ("Ảnh: Hồng Hà", "Ảnh; Hồng Hà") is one only when a colon or a semicolon closes it.
TextPhotoLabel text_photo_label(std::string_view line);

// "Tác giả; Lê Minh Toàn" → "Tác giả: Lê Minh Toàn", "Tin; Tuyết Mai – Ảnh; Xuân Vũ" → "Tin:
// Tuyết Mai – Ảnh: Xuân Vũ": a byline's label whose colon was typed as a semicolon (the key
// beside it), the semicolon a colon, so that one reading of the label serves both. A label: the
// words from the line's start or a dash up to the semicolon, one of the credits a byline opens
// with (tin, bài, ảnh, tin và ảnh …, tác giả, thực hiện, bút danh, nguồn, nguồn tin; any case,
// "ảnh" with its mark: "Minh Anh; Thu Hà" names two writers). A writer's label whose colon was
// left out ("Tác giả Minh Kiên", "Tác giả bài viết …", "Thực hiện …", "Bút danh …", "Người viết
// …", any case) gets it in place of the space after it, when a writer's name or unit follows,
// not a sentence ("Thực hiện Nghị quyết …") nor a line wholly in capitals. The same length as
// `line`, each byte where it was.
std::string with_label_colons(std::string_view line);

}  // namespace tuyentap
