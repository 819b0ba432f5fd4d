#include "text/letters.h"

#include <array>
#include <string_view>

#include "text/utf8.h"

namespace tuyentap::vn {
namespace {

// Each row: one vowel in the six tones, in Tone order.
constexpr std::string_view kLower[kVowels] = {"aàảãáạ", "ăằẳẵắặ", "âầẩẫấậ", "eèẻẽéẹ",
                                              "êềểễếệ", "iìỉĩíị", "oòỏõóọ", "ôồổỗốộ",
                                              "ơờởỡớợ", "uùủũúụ", "ưừửữứự", "yỳỷỹýỵ"};
constexpr std::string_view kUpper[kVowels] = {"AÀẢÃÁẠ", "ĂẰẲẴẮẶ", "ÂẦẨẪẤẬ", "EÈẺẼÉẸ",
                                              "ÊỀỂỄẾỆ", "IÌỈĨÍỊ", "OÒỎÕÓỌ", "ÔỒỔỖỐỘ",
                                              "ƠỜỞỠỚỢ", "UÙỦŨÚỤ", "ƯỪỬỮỨỰ", "YỲỶỸÝỴ"};

// The Vietnamese vowels live in two blocks: Latin-1/Latin Extended-A/B and U+1EA0..U+1EF9.
constexpr char32_t kLowBlockEnd = 0x0250, kHighBlock = 0x1EA0, kHighBlockEnd = 0x1F00;

struct Tables {
  std::array<char32_t, kVowels * kTones * 2> composed{};
  // 0 = not a vowel; otherwise 1 + index into composed.
  std::array<unsigned short, kLowBlockEnd> low{};
  std::array<unsigned short, kHighBlockEnd - kHighBlock> high{};

  Tables() {
    for (int upper = 0; upper < 2; ++upper) {
      for (int v = 0; v < kVowels; ++v) {
        std::string_view row = upper ? kUpper[v] : kLower[v];
        std::size_t pos = 0;
        for (int t = 0; t < kTones; ++t) {
          char32_t c = utf8::next(row, pos);
          int idx = (upper * kVowels + v) * kTones + t;
          composed[idx] = c;
          if (c < kLowBlockEnd)
            low[c] = static_cast<unsigned short>(idx + 1);
          else
            high[c - kHighBlock] = static_cast<unsigned short>(idx + 1);
        }
      }
    }
  }
};

// Inlined: vowel_of, asked of every letter folded, would otherwise call here for each.
[[gnu::always_inline]] inline const Tables& tables() {
  static const Tables t;
  return t;
}

}  // namespace

std::optional<VowelLetter> vowel_of(char32_t c) {
  const Tables& t = tables();
  unsigned idx = 0;
  if (c < kLowBlockEnd)
    idx = t.low[c];
  else if (c >= kHighBlock && c < kHighBlockEnd)
    idx = t.high[c - kHighBlock];
  if (idx == 0) return std::nullopt;
  --idx;
  return VowelLetter{static_cast<Vowel>((idx / kTones) % kVowels), static_cast<Tone>(idx % kTones),
                     idx >= static_cast<unsigned>(kVowels * kTones)};
}

char32_t compose(Vowel v, Tone t, bool upper) {
  return tables().composed[((upper ? kVowels : 0) + v) * kTones + t];
}

char base_ascii(Vowel v) {
  static constexpr char kBase[kVowels] = {'a', 'a', 'a', 'e', 'e', 'i',
                                          'o', 'o', 'o', 'u', 'u', 'y'};
  return kBase[v];
}

}  // namespace tuyentap::vn
