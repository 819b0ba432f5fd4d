#include "book/order.h"

#include <algorithm>

#include "text/collate.h"

namespace tuyentap::book {

namespace {

// <0, 0, >0 as x comes before, with, or after y in date order.
int date_order(const Article& x, const Article& y, bool newest_first) {
  if (x.date.has_value() != y.date.has_value()) return x.date.has_value() ? -1 : 1;
  if (x.date && *x.date != *y.date) return (*x.date < *y.date) != newest_first ? -1 : 1;
  std::string tx = x.time.value_or(""), ty = y.time.value_or("");
  if (tx != ty) return (tx < ty) != newest_first ? -1 : 1;
  return 0;
}

}  // namespace

void order_chapters(std::vector<ChapterDraft>& chapters, Order order,
                    const std::vector<const Article*>& art) {
  std::vector<std::string> title_keys;  // made once, and only when titles decide
  if (order == Order::Title) {
    title_keys.resize(art.size());
    for (size_t i = 0; i < art.size(); ++i) {
      if (art[i]) title_keys[i] = vi_sort_key(art[i]->title);
    }
  }
  auto before = [&](int a, int b) {
    const Article& x = *art[static_cast<size_t>(a)];
    const Article& y = *art[static_cast<size_t>(b)];
    if (order == Order::Title) {
      const auto& ka = title_keys[static_cast<size_t>(a)];
      const auto& kb = title_keys[static_cast<size_t>(b)];
      if (ka != kb) return ka < kb;
      return date_order(x, y, false) < 0;
    }
    return date_order(x, y, order == Order::DateDesc) < 0;
  };
  for (auto& chapter : chapters) {
    std::stable_sort(chapter.members.begin(), chapter.members.end(), before);
  }
}

}  // namespace tuyentap::book
