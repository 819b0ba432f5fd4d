// Vietnamese order from ICU's CLDR "vi" collator. Opening a collator costs far more than
// comparing, so one is built once and each thread works on its own clone (ICU collators
// are not safe to share for writing, and clones are cheap).
#include "text/collate.h"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/stringpiece.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <numeric>

#include "base/error.h"
#include "text/utf8.h"

namespace tuyentap {
namespace {

const icu::Collator& prototype() {
  static const std::unique_ptr<icu::Collator> instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(icu::Locale("vi"), status));
    if (U_FAILURE(status) || !c)
      throw Error("ICU: cannot open the Vietnamese collator", {}, 0, u_errorName(status));
    // Decomposed input (NFD from old files) must sort like its NFC form.
    c->setAttribute(UCOL_NORMALIZATION_MODE, UCOL_ON, status);
    return c;
  }();
  return *instance;
}

icu::Collator& collator() {
  thread_local std::unique_ptr<icu::Collator> mine(prototype().clone());
  return *mine;
}

icu::UnicodeString to_unicode(std::string_view s) {
  std::string clean;
  if (!utf8::is_valid(s)) {
    clean = utf8::sanitize(s);
    s = clean;
  }
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

}  // namespace

std::string vi_sort_key(std::string_view s) {
  icu::Collator& c = collator();
  icu::UnicodeString u = to_unicode(s);
  std::string key(64, '\0');
  int32_t len =
      c.getSortKey(u, reinterpret_cast<uint8_t*>(key.data()), static_cast<int32_t>(key.size()));
  if (len > static_cast<int32_t>(key.size())) {
    key.resize(static_cast<std::size_t>(len));
    len = c.getSortKey(u, reinterpret_cast<uint8_t*>(key.data()), len);
  }
  // ICU ends the key with a 0 byte; drop it so that a prefix sorts first with operator<.
  key.resize(len > 0 ? static_cast<std::size_t>(len - 1) : 0);
  return key;
}

bool vi_less(std::string_view a, std::string_view b) {
  UErrorCode status = U_ZERO_ERROR;
  std::string ca, cb;
  if (!utf8::is_valid(a)) a = ca = utf8::sanitize(a);
  if (!utf8::is_valid(b)) b = cb = utf8::sanitize(b);
  UCollationResult r =
      collator().compareUTF8(icu::StringPiece(a.data(), static_cast<int32_t>(a.size())),
                             icu::StringPiece(b.data(), static_cast<int32_t>(b.size())), status);
  if (U_FAILURE(status)) return vi_sort_key(a) < vi_sort_key(b);
  return r == UCOL_LESS;
}

void vi_sort(std::vector<std::string>& items) {
  // Keys once per item, then a stable sort on the keys: n keys instead of n log n compares.
  std::vector<std::string> keys;
  keys.reserve(items.size());
  for (const std::string& s : items) keys.push_back(vi_sort_key(s));
  std::vector<std::size_t> order(items.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t x, std::size_t y) { return keys[x] < keys[y]; });
  std::vector<std::string> sorted;
  sorted.reserve(items.size());
  for (std::size_t k : order) sorted.push_back(std::move(items[k]));
  items = std::move(sorted);
}

}  // namespace tuyentap
