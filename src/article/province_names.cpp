// Vietnam's provinces by name: see province_names.h.
#include "article/province_names.h"

#include <algorithm>
#include <array>
#include <string>

#include "text/normalize.h"

namespace tuyentap {

namespace {

// fold_for_match keys (no case, no marks, "đ" as "d"), without "TP"; no name of one syllable
// ("Vinh", "Huế" are given names too: "Vinh -" may be a writer).
constexpr std::array<std::string_view, 74> kProvinces = {"an giang",      "ba ria vung tau",
                                                         "bac giang",     "bac kan",
                                                         "bac lieu",      "bac ninh",
                                                         "ben tre",       "bien hoa",
                                                         "binh dinh",     "binh duong",
                                                         "binh phuoc",    "binh thuan",
                                                         "buon ma thuot", "ca mau",
                                                         "can tho",       "cao bang",
                                                         "da lat",        "da nang",
                                                         "dak lak",       "dak nong",
                                                         "dien bien",     "dong nai",
                                                         "dong thap",     "gia lai",
                                                         "ha giang",      "ha nam",
                                                         "ha noi",        "ha tinh",
                                                         "hai duong",     "hai phong",
                                                         "hau giang",     "ho chi minh",
                                                         "hoa binh",      "hcm",
                                                         "hung yen",      "khanh hoa",
                                                         "kien giang",    "kon tum",
                                                         "lai chau",      "lam dong",
                                                         "lang son",      "lao cai",
                                                         "long an",       "nam dinh",
                                                         "nghe an",       "nha trang",
                                                         "ninh binh",     "ninh thuan",
                                                         "phu tho",       "phu yen",
                                                         "quang binh",    "quang nam",
                                                         "quang ngai",    "quang ninh",
                                                         "quang tri",     "quy nhon",
                                                         "sai gon",       "soc trang",
                                                         "son la",        "tay ninh",
                                                         "thai binh",     "thai nguyen",
                                                         "thanh hoa",     "thua thien hue",
                                                         "tien giang",    "tphcm",
                                                         "tra vinh",      "tuyen quang",
                                                         "vinh long",     "vinh phuc",
                                                         "vung tau",      "yen bai",
                                                         "dac lac",       "dak lac"};

std::string key_of(std::string_view words) {
  std::string key = fold_for_match(words);
  std::erase(key, '.');
  for (std::string_view city : {"tp ", "thanh pho "})
    if (key.starts_with(city)) key.erase(0, city.size());
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

}  // namespace

bool is_province_name(std::string_view words) {
  const std::string key = key_of(words);
  return std::find(kProvinces.begin(), kProvinces.end(), key) != kProvinces.end();
}

}  // namespace tuyentap
