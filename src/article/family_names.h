// The Vietnamese family names (họ) the readers know: one list, read by the byline rules
// (theo_writer.h's "Theo Phạm Trường", byline_name.h's names typed in lower case, text_end's
// writer in capitals) and by the fitted title scorer's `surname` feature (title_features.h;
// bench/header_model/features.py parses this file's list, so the Python twin counts the same
// names and parity.py holds).
//
// A family name's word may be something else too, and that is how far a rule that reads a
// word alone may trust it. Each name says which of three it is:
//
// - kPersonOnly: a common family name whose word opens nothing but a person's name (Nguyễn,
//   Trần, Phạm …): "Theo Phạm Trường" names a writer.
// - kOpensPlace: a common family name that also opens a place's, a paper's or a body's name
//   (Hà Nội, Hoàng Sa, Lý Luận Chính Trị, Đoàn Thanh Niên, Cao Bằng …): "Theo Hà Nội Mới"
//   names a paper, but "Mai viết Tăng" is still a person's name.
// - kAlsoCommonWord: a rarer family name whose word is, far more often, an everyday word
//   (Từ ngày, Tăng cường, Quan tâm, Hầu hết, Văn nghệ, Thân ái …), a given name (Giang, Diệp)
//   or a province's head (Ninh Bình): a rule on one word must not take it for a family name
//   ("Tăng cường" is no name typed in lower case), while the title scorer, whose weight is
//   fitted over every learning page, counts it.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace tuyentap {

enum class FamilyNameKind { kPersonOnly, kOpensPlace, kAlsoCommonWord };

struct FamilyName {
  std::string_view key;  // lower case, NFC, diacritics kept (a fold_exact key): "nguyễn"
  FamilyNameKind kind;
};

// Every family name of the list, in its order.
std::span<const FamilyName> family_names();

// The kind of the family name whose key is `key` exactly (lower case, NFC), if it is one.
std::optional<FamilyNameKind> family_name_kind(std::string_view key);

// A common family name that opens no place's or paper's name (kPersonOnly; any case).
bool is_family_name(std::string_view word);

// A common family name, whatever else it opens (kPersonOnly or kOpensPlace; any case).
bool is_any_family_name(std::string_view word);

}  // namespace tuyentap
