// An article signed by an office, not a person: "Ban Tổ chức", "Văn phòng Huyện ủy", "Ban
// Tuyên giáo" alone on the last line, as unions' and Party committees' portals sign the
// reports their departments write. The byline rules (byline.h) look for a person's name and
// leave it as a paragraph. Seen on a provincial Farmers' Union's page
// (tests/fixtures/real-eval12/).
#pragma once

#include <string_view>

namespace tuyentap {

// From 2 to 6 words with no punctuation (a final "." aside), not in capitals, opening with an
// office's noun (Ban, Văn phòng, Phòng, Khoa, Bộ phận, Tổ, Vụ, Cục) and a word with a capital after
// it ("Ban Tổ chức", "Văn phòng Huyện ủy"; never "Ban hành …", a sentence's verb); or a board's
// initials
// ("BTT", "BBT": Ban Truyền thông, Ban Biên tập) and whose board it is, a capital among its
// words ("BTT giáo xứ Phù Lỗ"); or a school's subject group, "Tổ" and the subjects it teaches
// in any case ("Tổ sinh hóa địa", "Tổ toán tin").
bool signs_as_office(std::string_view line);

// The board's initials and whose board it is, as signs_as_office takes them ("BTT giáo xứ Phù
// Lỗ"), in capitals too ("BTT HOCVIEN OFMVN"), and nothing else of signs_as_office: between a title
// and its date line, where an office's or a unit's name may be the site's masthead, a board signs
// the page (real-eval95/hocvienofm-1).
bool signs_as_board(std::string_view line);

// The line opens with an office's noun (as above: Ban, Văn phòng, Phòng, Khoa, Bộ phận, Tổ, Cơ
// quan, Vụ, Cục: a ministry's department and agency, "Vụ Thi đua khen thưởng"; any case) and a
// capitalised word after it: "Khoa Kiểm soát bệnh tật …", whatever follows.
bool opens_with_office(std::string_view line);

// A unit of the Party, the state or a mass organisation named alone (writer_unit.h's list:
// "Huyện đoàn Bình Liêu", "Hội Nông dân xã Tân Phú", "Trung tâm Văn hóa huyện Tân Phú"), as
// signs_as_office: 2 to 6 words with no punctuation (a final "." aside), not in capitals, the
// last opening with a capital (a unit's name ends on its place's or its own name; a caption
// that names one runs on in lower case: "Huyện đoàn trao quà cho các em"). A mark in brackets
// may close it, as under a person's name ("Đoàn trường THPT Số 2 Đakrông (MT)", the writer's
// initials: byline_outlet.h writer_without_outlet).
bool signs_as_unit(std::string_view line);

// "BAN QUẢN LÝ KHU DI TÍCH CỔ LOA", "HUYỆN ĐOÀN BÌNH LIÊU": an office or a unit signing in
// capitals (its noun first, as above: Ban, Phòng, Khoa …, or writer_unit.h's units), 2 to 10
// words, no punctuation but a final stop. A heading in capitals reads so too: the reader asks
// it only of the text's last line, where no heading stands.
bool signs_in_capitals(std::string_view line);

// The longest run of words in lower case (a dash or another mark alone is no word). An
// organisation's name capitalises each unit it is made of, and a unit's name takes at most
// three words after its capital ("Ủy ban kiểm tra", "Hội Doanh nhân trẻ", "Công an tỉnh"); a
// sentence runs on in lower case ("… Huyện ủy tặng hoa chúc mừng …", "Ban Tổ chức trao giải cho
// các thí sinh").
std::size_t longest_lower_run(std::string_view line);

// An organisation's full name signing the text, up to 12 words, as a department of a body
// signs what it wrote ("Cơ quan Ủy ban kiểm tra Đảng ủy Công an tỉnh", "Ban Truyền thông Hội
// Doanh nhân trẻ Đồng Nai (T/h)", a newsroom's mark after it): an office's noun and a capital,
// no punctuation, not in capitals, and no more than three words in lower case in a row — each
// unit of the name opens with a capital, where a sentence or a caption runs on in lower case
// ("Ban Tổ chức trao giải cho các thí sinh"). A spaced dash (-, –, —) or a comma between two parts
// that open with a capital joins them ("Phòng Công tác chính trị - Sinh viên", a university's
// office; "Ban Đào tạo, Hợp tác quốc tế", an academy's board); a
// management board names what it manages in lower case, then a name with a capital ("Ban quản
// lý rừng PHĐN hồ Sông Trâu").
bool names_organisation(std::string_view line);

// A unit of writer_unit.h's list by its full name, up to 12 words, as names_organisation reads
// an office's: no punctuation, not in capitals, at most three words in lower case in a row,
// the word after the unit's with a capital and half of its words capitalised at least
// ("Trung tâm Thông tin Phát triển Nông nghiệp Nông thôn"; never "Trung tâm xã tổ chức …" nor
// "Trường ĐHTN đạt giải Ba Hội diễn văn nghệ", sentences).
bool names_unit_in_full(std::string_view line);

// A desk's line over the writer's name ("Ban biên tập Website X" / "Dương Văn Long", as a site
// signs with its editorial board and the writer): an office's noun first, at most 8 words, no
// punctuation, at most two words in lower case in a row.
bool names_desk(std::string_view line);

// "Ban Biên tập", "Ban biên tập Website X", "BBT": an editorial board. Alone at the end it
// signs as a newsroom does (byline.h is_newsroom_role); over a person's name it is the desk the
// writer signs for, no byline: the name under it is the author.
bool is_editorial_board(std::string_view line);

}  // namespace tuyentap
