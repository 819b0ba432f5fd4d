#include "text/normalize.h"

#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/stringpiece.h>
#include <unicode/uchar.h>

#include <catch2/catch.hpp>
#include <string>

#include "text/utf8.h"

using namespace tuyentap;

TEST_CASE("decomposed text comes out composed") {
  // "Đảng" with the hook as a combining mark, "Việt" with circumflex and dot below apart.
  CHECK(to_nfc("\xC4\x90\x61\xCC\x89ng") == "Đảng");
  CHECK(to_nfc("Vie\xCC\xA3\xCC\x82t Nam") == "Việt Nam");
  CHECK(to_nfc("Công tác xây dựng Đảng") == "Công tác xây dựng Đảng");
  CHECK(to_nfc("ASCII only") == "ASCII only");
}

TEST_CASE("invalid UTF-8 becomes U+FFFD instead of vanishing") {
  CHECK(to_nfc("ch\xFFt") == "ch\xEF\xBF\xBDt");
  CHECK(to_nfc("a\xE1\xBA") == "a\xEF\xBF\xBD");  // a truncated sequence at the end
}

TEST_CASE("white space runs fold to one space, NBSP and tabs included") {
  CHECK(fold_whitespace("  Thứ Hai,\t28/01/2019\xC2\xA0\xC2\xA0| 15:27 \r\n") ==
        "Thứ Hai, 28/01/2019 | 15:27");
  CHECK(fold_whitespace("") == "");
  CHECK(fold_whitespace(" \t ") == "");
}

TEST_CASE("case mapping knows the Vietnamese letters") {
  CHECK(to_lower_vi("ĐẢNG CỘNG SẢN VIỆT NAM") == "đảng cộng sản việt nam");
  CHECK(to_upper_vi("ủy ban nhân dân") == "ỦY BAN NHÂN DÂN");
  CHECK(to_upper_vi("đường") == "ĐƯỜNG");
}

TEST_CASE("lower case looked up letter by letter is ICU's, whatever stands around the letter") {
  // Every letter of Latin-1 to IPA and of Latin Extended Additional (Vietnamese's precomposed
  // letters), alone and between others, as ICU lowers the whole text; one beyond the table
  // (Greek, whose capital sigma ICU lowers by its place), a combining mark or a bad byte sends
  // the text to ICU, whose lower case it is too.
  auto icu_lower = [](const std::string& s) {
    std::string out;
    icu::StringByteSink<std::string> sink(&out);
    UErrorCode status = U_ZERO_ERROR;
    icu::CaseMap::utf8ToLower("vi", 0, icu::StringPiece(s), sink, nullptr, status);
    return out;
  };
  std::string all;
  for (char32_t c = 0x80; c < 0x300; ++c) utf8::append(all, c);
  for (char32_t c = 0x1E00; c < 0x1F00; ++c) utf8::append(all, c);
  for (std::size_t i = 0; i < all.size();) {
    std::size_t start = i;
    utf8::next(all, i);
    std::string one = all.substr(start, i - start);
    CHECK(to_lower_vi(one) == icu_lower(one));
    CHECK(to_lower_vi("X" + one + "Ư") == icu_lower("X" + one + "Ư"));
  }
  CHECK(to_lower_vi(all) == icu_lower(all));
  CHECK(to_lower_vi("ĐẢNG \u0130") == icu_lower("ĐẢNG \u0130"));  // İ: two code points
  CHECK(to_lower_vi("ĐẢNG ΟΔΟΣ") == "đảng οδο\u03C2");            // ICU's final sigma
  CHECK(to_lower_vi("VIE\xCC\xA3\xCC\x82T") == "vie\xCC\xA3\xCC\x82t");
  CHECK(to_lower_vi("ĐẢNG\xFF") == "đảng\xEF\xBF\xBD");
}

TEST_CASE("new tone placement is rewritten to the old one in open oa oe uy syllables") {
  CHECK(unify_tone_placement("hoá") == "hóa");
  CHECK(unify_tone_placement("uỷ") == "ủy");
  CHECK(unify_tone_placement("thuý") == "thúy");
  CHECK(unify_tone_placement("khoẻ") == "khỏe");
  CHECK(unify_tone_placement("HOÁ") == "HÓA");
  CHECK(unify_tone_placement("Uỷ ban") == "Ủy ban");
  // qu and gi are consonants: the tone is on the vowel already.
  CHECK(unify_tone_placement("quý") == "quý");
  CHECK(unify_tone_placement("giá") == "giá");
  // With a final consonant or a three-vowel nucleus both styles agree: untouched.
  CHECK(unify_tone_placement("hoàn thành") == "hoàn thành");
  CHECK(unify_tone_placement("thuyền") == "thuyền");
  CHECK(unify_tone_placement("hoạch") == "hoạch");
}

TEST_CASE("exact keys ignore case, tone placement and spacing but keep the diacritics") {
  CHECK(fold_exact("hoá") == fold_exact("hóa"));
  CHECK(fold_exact("uỷ") == fold_exact("ủy"));
  CHECK(fold_exact("thuý") == fold_exact("thúy"));
  CHECK(fold_exact("Công tác  Hoá") == fold_exact("công tác hóa"));
  CHECK(fold_exact("Công tác Hoá") == "công tác hóa");
  CHECK(fold_exact("quý") == "quý");
  CHECK(fold_exact("giá") == "giá");
  CHECK(fold_exact("hoa") != fold_exact("hòa"));
  CHECK(fold_exact("Vie\xCC\xA3\xCC\x82t") == "việt");  // NFD input
}

TEST_CASE("match keys drop every diacritic and fold đ to d") {
  CHECK(fold_for_match("Xây dựng Đảng") == "xay dung dang");
  CHECK(fold_for_match("  Ủy ban\tKiểm tra  ") == "uy ban kiem tra");
  CHECK(fold_for_match("hoá") == fold_for_match("hóa"));
  CHECK(fold_for_match("Thành ủy") == fold_for_match("THANH UY"));
  CHECK(fold_for_match("Café Noël") == "cafe noel");
  CHECK(fold_for_match("ĐƯỜNG") == "duong");
  CHECK(fold_for_match("\xC3\x90\xE1\xBA\xA3ng") == "dang");  // Ð (U+00D0) typed for Đ
}

TEST_CASE("NFC keeps runs of combining marks to 30, so that a hostile run stays linear") {
  // ICU orders a run of marks by insertion: 100,000 alternating marks took 6 s before the
  // run was cut by a combining grapheme joiner (U+034F) after every 30th mark.
  std::string marks;
  for (int i = 0; i < 50000; ++i) marks += "\xCC\x81\xCC\xA3";  // U+0301 (230), U+0323 (220)
  std::string nfc = to_nfc("a" + marks);
  const std::string cgj = "\xCD\x8F";
  std::size_t joiners = 0;
  for (std::size_t at = nfc.find(cgj); at != std::string::npos; at = nfc.find(cgj, at + 1))
    ++joiners;
  CHECK(joiners == 99999 / 30);
  // Each stretch between joiners is in canonical order: dots below (220) before acutes (230).
  const std::string first = nfc.substr(0, nfc.find(cgj));
  CHECK(first.starts_with("\xE1\xBA\xA1"));  // ạ: a with its dot below composed
  CHECK(to_nfc("Xây dựng Đảng") == "Xây dựng Đảng");
  CHECK(to_nfc("a\xCC\x81\xCC\xA3") == "\xE1\xBA\xA1\xCC\x81");  // ạ + acute, two marks untouched
}

TEST_CASE("NFC's hostile-run check takes the letters below U+0300 and Vietnamese's as starters") {
  // stream_safe (normalize.cpp) tells these code points without ICU: each is a starter there
  for (UChar32 c = 0; c < 0x300; ++c) REQUIRE(u_getCombiningClass(c) == 0);
  for (UChar32 c = 0x1E00; c <= 0x1EFF; ++c) REQUIRE(u_getCombiningClass(c) == 0);
  CHECK(u_getCombiningClass(0x300) != 0);  // the first mark, which ICU is asked about
  // 31 marks after a Vietnamese letter are still cut after the 30th
  std::string marks;
  for (int i = 0; i < 31; ++i) marks += "\xCC\x81";
  CHECK(to_nfc("\xE1\xBB\x87" + marks).find("\xCD\x8F") != std::string::npos);
  CHECK(to_nfc("\xE1\xBB\x87" + marks.substr(2)).find("\xCD\x8F") == std::string::npos);
}
