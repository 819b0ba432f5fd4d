// The folded word keys every rule is matched against.
#include "book/match.h"

#include <catch2/catch.hpp>

#include "text/normalize.h"

using namespace tuyentap;

TEST_CASE("match: folded keys are lower-case base-letter words with spaces around") {
  CHECK(book::match_key("Xây dựng Đảng", MatchMode::Folded) == " xay dung dang ");
  CHECK(book::match_key("“Chuẩn mực đạo đức” – (BTV), 2019!", MatchMode::Folded) ==
        " chuan muc dao duc btv 2019 ");
  CHECK(book::match_key("Ủy ban / UỶ BAN", MatchMode::Folded) == " uy ban uy ban ");
  CHECK(book::match_key("  ", MatchMode::Folded).empty());
  CHECK(book::match_key("Hoá đơn", MatchMode::Exact) ==
        book::match_key("hóa   ĐƠN", MatchMode::Exact));
  CHECK(book::match_key("Hoá đơn", MatchMode::Exact) !=
        book::match_key("Hòa đơn", MatchMode::Exact));
}

TEST_CASE("match: the fast folded key equals folding the whole text with the normaliser") {
  const char* texts[] = {
      "Công tác xây dựng Đảng của TP. Bạc Liêu: Đổi mới và bám sát thực tiễn",
      "ỨNG DỤNG CÔNG NGHỆ THÔNG TIN; Quý I/2019 — 15:27 | Thứ Hai",
      "Ðảng (eth) và Đảng, thuý và thúy, Ưu tiên ươm mầm, Ỹ ỷ ỳ ý ỵ",
      "Москва Ελλάδα ﬁ ½ 北京 ß – «quote» … done",
  };
  for (const char* t : texts) {
    std::string nfc = to_nfc(t);
    CHECK(book::match_key(nfc, MatchMode::Folded) == book::slow_match_key(nfc));
  }
}
