// The one list of Vietnamese family names: see family_names.h.
//
// bench/header_model/features.py reads the entries of kFamilyNames below ({"key", kKind}),
// so keep each one on that form.
#include "article/family_names.h"

#include <algorithm>
#include <string>

#include "text/normalize.h"

namespace tuyentap {

namespace {

using enum FamilyNameKind;

constexpr FamilyName kFamilyNames[] = {
    // common, opening a person's name only
    {"nguyễn", kPersonOnly},
    {"trần", kPersonOnly},
    {"lê", kPersonOnly},
    {"phạm", kPersonOnly},
    {"huỳnh", kPersonOnly},
    {"vũ", kPersonOnly},
    {"võ", kPersonOnly},
    {"đặng", kPersonOnly},
    {"bùi", kPersonOnly},
    {"đỗ", kPersonOnly},
    {"hồ", kPersonOnly},
    {"ngô", kPersonOnly},
    {"dương", kPersonOnly},
    {"đinh", kPersonOnly},
    {"trương", kPersonOnly},
    {"lương", kPersonOnly},
    {"trịnh", kPersonOnly},
    {"lưu", kPersonOnly},
    {"tạ", kPersonOnly},
    {"vương", kPersonOnly},
    {"đào", kPersonOnly},
    {"phùng", kPersonOnly},
    {"kiều", kPersonOnly},
    {"triệu", kPersonOnly},
    {"quách", kPersonOnly},
    {"lại", kPersonOnly},
    {"mạc", kPersonOnly},
    {"khổng", kPersonOnly},
    {"hứa", kPersonOnly},
    // common, opening a place's, a paper's or a body's name too
    {"hoàng", kOpensPlace},  // Hoàng Sa
    {"phan", kOpensPlace},   // Phan Thiết
    {"lý", kOpensPlace},     // Lý Luận Chính Trị
    {"đoàn", kOpensPlace},   // Đoàn Thanh Niên
    {"nông", kOpensPlace},   // Nông Nghiệp Việt Nam
    {"hà", kOpensPlace},     // Hà Nội
    {"cao", kOpensPlace},    // Cao Bằng
    {"lâm", kOpensPlace},    // Lâm Đồng
    {"thái", kOpensPlace},   // Thái Bình
    {"châu", kOpensPlace},   // Châu Đốc
    {"mai", kOpensPlace},    // Mai Châu
    // rarer, and far more often another word at a line's head
    {"tô", kAlsoCommonWord},     // Tô điểm
    {"lò", kAlsoCommonWord},     // Lò gạch
    {"văn", kAlsoCommonWord},    // Văn nghệ; a middle name
    {"từ", kAlsoCommonWord},     // Từ ngày
    {"tăng", kAlsoCommonWord},   // Tăng cường
    {"thân", kAlsoCommonWord},   // Thân ái
    {"chu", kAlsoCommonWord},    // Chu đáo
    {"la", kAlsoCommonWord},     // La hét
    {"lục", kAlsoCommonWord},    // Lục quân
    {"diệp", kAlsoCommonWord},   // a given name: Ngọc Diệp
    {"âu", kAlsoCommonWord},     // Âu lo
    {"giang", kAlsoCommonWord},  // a given name: Thu Giang
    {"ninh", kAlsoCommonWord},   // Ninh Bình
    {"quan", kAlsoCommonWord},   // Quan tâm
    {"tống", kAlsoCommonWord},   // Tống tiền
    {"hầu", kAlsoCommonWord},    // Hầu hết
};

}  // namespace

std::span<const FamilyName> family_names() {
  return kFamilyNames;
}

std::optional<FamilyNameKind> family_name_kind(std::string_view key) {
  auto it = std::find_if(std::begin(kFamilyNames), std::end(kFamilyNames),
                         [&](const FamilyName& f) { return f.key == key; });
  if (it == std::end(kFamilyNames)) return std::nullopt;
  return it->kind;
}

bool is_family_name(std::string_view word) {
  return family_name_kind(fold_exact(word)) == kPersonOnly;
}

bool is_any_family_name(std::string_view word) {
  std::optional<FamilyNameKind> kind = family_name_kind(fold_exact(word));
  return kind == kPersonOnly || kind == kOpensPlace;
}

}  // namespace tuyentap
