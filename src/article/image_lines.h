// Lines a page's text keeps where a photo stood, which no writer types: an image's marker, its
// file's name or stem, its bare name, the alt text a social network writes for it (the image's
// markup, tags or markdown, is article/image_markup.h's). The plain-text reader blanks them
// with the other photo markers (text_prepare.h step 2), and the line of text under them learns a
// photo stood above it (a caption, when its shape is one).
#pragma once

#include <string_view>

namespace tuyentap {

// "dien luc", "dienluc", "dai-hoi-3", "anh_1": an image's name without its extension (its alt
// text or title, which a CMS fills with the file's name): one to three words of lower-case
// ASCII letters, digits, '_' and '-', with a letter, at most 40 bytes. In a Vietnamese text no
// line of the article is written so (the caller asks it only of a text with Vietnamese
// letters: a text typed without its marks is not one).
bool is_bare_image_name(std::string_view line);

// "Lễ kết nạp Đảng viên mới khoa Kinh tế và Quản trị" over "kinh doanh" with no blank line
// between: a line of Vietnamese (a letter with a mark) left open, its last character a letter
// (a date line ends in a digit), is a title or a sentence the copy wrapped, and a bare lower-case
// line glued under it is its tail, the words of Vietnamese typed without their marks ("kinh
// doanh"), not a photo's name: a CMS prints an image's name on a line of its own, under no open
// line of text.
bool wraps_onto_next_line(std::string_view above);

// "[img]", "[IMG]", "[logo]", "[1-7b5d7]" (a text browser shows an image by its alt text or
// file name in brackets), "(ảnh)", "[hình ảnh]"; "alt" alone (a theme's alt attribute holding
// its own name); "anh tin bai", "anh minh hoa" (ảnh tin bài, ảnh minh họa: a CMS's alt text from
// a slug, in ASCII lower case alone, as real-eval105/dongvangeopark-1 shows it over each caption).
bool is_image_marker(std::string_view line);

// "Đảng bộ … 65 năm tuổi Đảng .jpg", "IMG_2041.JPG", "Hình 1.jpg": the photo's file name,
// which a page's text shows where the photo stood (its alt text or title is the file's name):
// a word alone, words with the extension set apart by a space, or a few words (a name may hold
// spaces) with the extension glued to the last and nothing of a sentence (no punctuation
// inside but a dot within a word, as a video still's "24H.00_34_46_07.Still026.jpg" has; none
// of the body's reasoning words); or what a markdown image link leaves of it
// when the converter broke the line (".png)", "anh-1.jpg)"). A sentence naming a file ("… tên
// là anh.jpg") is neither.
bool is_image_file_name(std::string_view line);

// "z2910698030987 e3d405ccef78ab058df80d81cf7cab6e", "IMG_20210128_093012": a photo's file
// name without its extension, as phones and chat apps name photos, or a gallery's names on
// one line: words of Latin letters, digits, '_' and '-', each with a run of at least six
// digits or a hex string of at least 16 characters, or a camera's own name (a maker's prefix,
// IMG, DSC, DSCF, DSCN, DJI, PXL, then at least four digits: "IMG_1234", "DSC01234"; a site's
// numbering so shaped: one to five capitals, "_", four digits or more, "TT_00383"), and a
// letter among them. No word of a sentence is so written.
bool is_photo_file_stem(std::string_view line);

// "… phối hợp tổ chức. fac60bbdf7417fc2a20011d8b9b93e09 fca644fbe819e36a367d99c2421cb7c4":
// the names of the photos that stood after a paragraph, glued to its last sentence by a
// copy that lost the line between. Returns where the names start (0: none), only after a
// word that ends a sentence, so a name a sentence mentions stays.
std::size_t photo_file_stems_after_sentence(std::string_view line);

// The description a social network writes for a photo it cannot name, kept as the photo's
// alt text when a post is copied ("Có thể là hình ảnh về 3 người và trong nhà", "Không có
// mô tả ảnh."): machine text where a photo stood, said by the network's fixed opening. Or a
// CMS's stand-in for a photo never uploaded (names_missing_photo).
bool is_machine_alt_text(std::string_view line);

// "Description automatically generated", "… with high confidence", "… with medium confidence",
// "… with low confidence": the note a word processor writes under the alt text it made for a
// picture itself (real-eval99/sawaco-1, a page pasted from Word: "A group of women standing
// around a table" over it). The line whole, a stop allowed: a title may open with those words.
// The alt text over it names what the photo shows, and stands for the photo (text_prepare.cpp).
bool is_word_alt_text_note(std::string_view line);

// "Chưa có ảnh", "Không có ảnh", "Chưa có hình ảnh", "Không có hình ảnh" (no photo yet), the whole
// line, a stop allowed: a CMS's stand-in where the article's photo was never uploaded
// (real-eval86/vibm-1, between the date line and the lead). No photo stood there: the line
// under it is no caption.
bool names_missing_photo(std::string_view line);

// "image banner", "banner", "logo", "img logo": the alt text of the site's own banner or logo
// (words of "banner" or "logo" and "image", "img", "top", "header" only), which the text keeps
// over the title: the site's picture, no photo of the article, so no line under it is that
// photo's caption (real-eval87/thpt-budang-1, its title under "image banner"). The text reader
// asks it only above the text's first sentence: in the text, a "logo" line may stand for the
// article's own photo of a logo, its caption under it.
bool names_site_picture(std::string_view line);

// "congdoanBVDKKVT", "congdoanCucHaiQuanAG": an image's name in camel case (its words run
// together, each but the first opening with a capital), as a CMS keeps the alt text an editor
// typed from the file's name (real-eval97/bvkvcd-1): one word of 10 to 40 bytes of ASCII letters
// and digits, '_' and '-', opening with a lower-case letter, a capital after a lower-case letter
// inside it. A brand ("iPhone", "eKYC") is shorter; no word of Vietnamese is so written. The
// text reader asks it inside the text only (under a sentence), as of the bare names above.
bool is_camel_case_image_name(std::string_view line);

// A bare image name (above) of one word of at least 12 bytes ("leftcenterrightdel",
// "daihoidangbo"): longer than any abbreviation a site writes in lower case ("ubkt", "tw"), so
// it is machine text even in the header, where a short one may be a site's abbreviation.
bool is_long_machine_word(std::string_view line);

}  // namespace tuyentap
