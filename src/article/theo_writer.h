// "Theo Phạm Trường": a byline that credits the text with "Theo" ("after", "by") is a source
// when it names a paper ("Theo Thanh Niên", "Theo báo Nhân Dân") and the author when it names
// a person, as re-posting sites print a writer's name after the word. A person's name is
// told from a paper's by its first word, a Vietnamese family name (Nguyễn, Trần, Phạm …):
// no paper's name opens with one, and nearly every writer's does.
#pragma once

#include <string_view>

namespace tuyentap {

// The person's name after "Theo " (any case), or the byline as it is. A name: 2 or 3 words,
// each opening with a capital, letters only (no digit, no "/", ".", "(" or ","), the first a
// family name that opens nothing else (family_names.h is_family_name: not Hà, Cao, Lâm, Thái,
// Châu, Mai, Hoàng, Phan, Lý, Đoàn, Nông: "Theo Hà Nội Mới", "Theo Lý Luận Chính Trị"), no two
// words a paper's or an organisation's noun ("Thanh Niên", "Nhân Dân", "Chính Trị" …), and not a
// hero's name that streets and schools bear ("Hồ Chí Minh", "Lê Hồng Phong", "Trần Hưng Đạo" …).
std::string_view writer_after_theo(std::string_view byline);

// "Phạm Trường", "Ngô Duy Bách": a person's name as the test above reads it after "Theo" (2 or
// 3 capitalised words of letters, a family name of the list first, no paper's noun, no hero's
// name), wherever a byline stands beside another field (a date glued to it: text_header.h).
bool is_person_name(std::string_view name);

// Two neighbouring words of `name` make a noun that papers', organisations' and places' names
// are made of and a person's is not ("Thanh Niên", "Nhân Dân", "Tuổi Trẻ", "Pháp Luật" …).
bool has_name_noun(std::string_view name);

// A common middle name (tên đệm: Văn, Thị, Viết, Đức, Hữu, Đình …; any case), the syllable
// that some sites type in lower case between the family and the given name ("Mai viết Tăng",
// "Nguyễn văn An").
bool is_middle_name(std::string_view word);

}  // namespace tuyentap
