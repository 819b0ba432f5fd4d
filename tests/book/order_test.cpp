// The order step: the reading order inside each chapter.
#include "book/order.h"

#include <catch2/catch.hpp>

#include "helpers.h"

using namespace tuyentap;
using namespace tt_test;

namespace {

std::vector<std::string> order_ids(Order order, const std::vector<Article>& arts) {
  std::vector<const Article*> art;
  book::ChapterDraft chapter{"T", {}};
  for (const Article& a : arts) {
    chapter.members.push_back(static_cast<int>(art.size()));
    art.push_back(&a);
  }
  std::vector<book::ChapterDraft> chapters = {chapter};
  book::order_chapters(chapters, order, art);
  std::vector<std::string> ids;
  for (int i : chapters[0].members) ids.push_back(arts[static_cast<size_t>(i)].id);
  return ids;
}

}  // namespace

TEST_CASE("order step: by date then time, undated last, ties in input order") {
  Article morning = make_article("morning", "T", "Sáng", "2019-05-02");
  morning.time = "08:00";
  Article evening = make_article("evening", "T", "Tối", "2019-05-02");
  evening.time = "19:30";
  std::vector<Article> arts = {make_article("undated", "T", "Không ngày", ""), evening,
                               make_article("tie2", "T", "Hai", "2019-01-01"), morning,
                               make_article("tie1", "T", "Một", "2019-01-01")};
  using Ids = std::vector<std::string>;
  CHECK(order_ids(Order::DateAsc, arts) == Ids{"tie2", "tie1", "morning", "evening", "undated"});
  CHECK(order_ids(Order::DateDesc, arts) == Ids{"evening", "morning", "tie2", "tie1", "undated"});
}

TEST_CASE("order step: by title in Vietnamese order, equal titles by date") {
  std::vector<Article> arts = {make_article("dd", "T", "Đảng viên", "2019-01-01"),
                               make_article("d2", "T", "Dân chủ", "2019-03-01"),
                               make_article("d1", "T", "Dân chủ", "2019-02-01"),
                               make_article("a", "T", "Ấp mới", "2019-04-01")};
  CHECK(order_ids(Order::Title, arts) == std::vector<std::string>{"a", "d1", "d2", "dd"});
}
