// An official document posted as a page: a notice, a resolution, a plan, a letter of a Party
// committee, a state office or a church's or a Sangha's board, set out as such documents are
// (the state's and the Party's rules for documents: Nghị định 30/2020/NĐ-CP, Hướng dẫn
// 36-HD/VPTW) and flattened into lines by the page's text:
//
//   GIÁO HỘI PHẬT GIÁO VIỆT NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM     the issuer, the motto
//   TỈNH LONG AN Độc lập – Tự do – Hạnh phúc
//   BAN TRỊ SỰ
//   Số :076/TB-BTS Long An, ngày 03 tháng 12 năm 2020                   number, place and day
//   THÔNG BÁO                                                           the document's kind
//   Về việc tạm hoãn Hội nghị Sơ kết …                                  its subject
//   và Khóa tập huấn trụ trì – Hành chánh Giáo hội năm 2020.
//   Kính gửi:                                                           the addressees
//   – Ban Thường trực Hội đồng Trị sự GHPGVN;
//   Kính thưa quí Ban !                                                 the salutation
//   <the text>
//   Nơi nhận : TM. BAN THƯỜNG TRỰC                                      the recipients and the
//   – Như trên; TRƯỞNG BAN                                              signature, two columns
//   – TB, các Phó TB; ( Đã ký)                                          read line by line
//   – UBND, BDV, UBMTTQ, BTG Hòa thượng Thích Minh Thiện
//   – Lưu: VP,K.
//
// The header rules would take the number's line for the title and a recipients' line for the
// byline (tests/fixtures/real-eval55/phatgiaolongan-1). The document's own parts say what
// each line is: its kind and subject are the title, the day in the letterhead its date, the
// name under the signature its author; the letterhead, the addressees, the salutation, the
// recipients and the signature's roles are the document's frame, told, in no block.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "article/text_lines.h"

namespace tuyentap {

struct DocumentFrame {
  std::string title;  // "THÔNG BÁO Về việc … năm 2020.": the kind and the subject, as printed
  std::string signer;  // "Hòa thượng Thích Minh Thiện": the name under the signature, or ""
  std::size_t lines = 0;  // the frame's lines left out (the file's lines, as the clerk counts)
};

// The document's kind in capitals alone on its line ("THÔNG BÁO", "NGHỊ QUYẾT", "KẾ HOẠCH",
// "QUYẾT ĐỊNH", "BÁO CÁO", "CÔNG VĂN", "GIẤY MỜI", "THƯ NGỎ" …), as the documents' rules set it.
bool names_document_kind(std::string_view line);

// "Kính gửi: Quý Khách hàng sử dụng dịch vụ cấp nước": a letter's or a notice's addressees, the
// frame's, never the page's section nor its title (real-eval74/thawaco-1, its first line).
bool addresses_readers(std::string_view line);

// "Đà Nẵng, ngày 10 tháng 03 năm 2023": the place and day a document is signed, set over its
// signature (a letter with no letterhead, a school's report closing on "Trác Văn, ngày 25 tháng
// 4 năm 2015."): a place of one to four capitalised words, a comma, then a date line opening
// with "ngày"; at most 12 words and no colon. The day, the line's part from "ngày", or "".
std::string place_and_day(std::string_view line);

// Reads `paras` as an official document when it opens with one: among its first ten
// paragraphs, the national motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh
// phúc") or the Party's name ("ĐẢNG CỘNG SẢN VIỆT NAM"), and under it the document's kind alone
// on its line; or a letterhead with no motto (a parish's, a union's), its place and day ("Thái
// Bình, ngày 20 tháng 7 năm 2025") right over the kind and the kind over its subject. Then `paras`
// is rewritten in the archive's own layout: the title (the kind and its subject: the lines under
// the kind opening with "Về" or "V/v", or in lower case, up to three, the last of them ending the
// subject with its stop), the letterhead's day as its date line ("ngày 03 tháng 12 năm 2020"), and
// the text, without the addressees ("Kính gửi:" and the lines under it led by a dash, or on its own
// line) and the salutation ("Kính thưa quí Ban !") and without the recipients' list and signature
// from "Nơi nhận" to the end. The signer is the last person's name standing at the end of one of
// those lines (a family name or a clergy's title opening it: "Nguyễn Văn An", "Hòa thượng Thích
// Minh Thiện"), after the roles in capitals. A notice with no letterhead is read so too: its kind
// first, perhaps its number, then a subject ("V/v …", "Về việc …"); or under the page's own title
// (and its date line), its kind and a subject retelling the title (four words in a row of it): the
// page's title stays the title, the kind and the subject are the frame. Returns nothing, and leaves
// `paras` alone, for any other text.
std::optional<DocumentFrame> read_document_frame(std::vector<Paragraph>& paras);

// A notice posted with no letterhead that closes as a signed document does: the signer's
// role in capitals (one or two lines, at most 8 words each: "GIÁM ĐỐC", "KT. GIÁM ĐỐC" /
// "PHÓ GIÁM ĐỐC"), the mark where the signature stood ("Đã ký", "(Đã ký)", "Ký tên") and the
// signer's name alone last (a family name opening it), under two paragraphs of text at least
// (real-eval56/mcve-1, a museum's notice). The three go from `paras`, the name is the signer
// (`title` stays empty); nothing for any other text, `paras` left alone.
std::optional<DocumentFrame> read_closing_signature(std::vector<Paragraph>& paras);

}  // namespace tuyentap
