// The report step: every input accounted for from what the other steps decided.
#include "book/account.h"

#include <catch2/catch.hpp>

#include "helpers.h"

using namespace tuyentap;
using namespace tt_test;

TEST_CASE("report step: chapters and places, reasons, archive skips last, counts and notes") {
  Article a = make_article("a", "T", "Một", "2019-01-02");
  a.warnings = {"no byline"};
  Article b = make_article("b", "T", "Hai", "2019-01-03");
  Article c = make_article("c", "T", "Ba", "2019-01-04");
  book::Inputs in;
  in.files = {"x/a.txt", "x/b.txt", "x/c.txt", "x/empty.txt"};
  in.articles = {&a, &b, &c, nullptr};
  in.not_articles = {{}, {}, {}, {"empty file"}};

  book::Selection sel;
  sel.kept = {&a, &b, nullptr, nullptr};
  sel.named = {false, false, false, false};
  sel.left_out = {std::nullopt, std::nullopt,
                  LeftOut{.reason = Reason::Duplicate, .duplicate_of = "a"},
                  LeftOut{.reason = Reason::NotAnArticle, .reader_says = "empty file"}};
  sel.warnings = {{"undated but included by the spec"}, {}, {}, {}};
  sel.notes = {"selection note"};

  book::Drafting drafting;
  drafting.chapters = {{"Chương B", {1}}, {"Chương A", {0}}};
  drafting.also_matched = {{0, "Chương B"}};
  drafting.notes = {"drafting note"};

  BuildReport r = book::account_for_inputs(in, sel, drafting, {{"anh.png", "not text (PNG)"}});
  REQUIRE(r.inputs.size() == 5);
  CHECK(r.inputs[0].status == Fate::Included);
  CHECK(r.inputs[0].chapter == "Chương A");
  CHECK(r.inputs[0].position == 1);
  CHECK(r.inputs[0].also_matched == std::vector<std::string>{"Chương B"});
  CHECK(r.inputs[0].warnings ==
        std::vector<std::string>{"no byline", "undated but included by the spec"});
  CHECK(r.inputs[2].status == Fate::Excluded);
  CHECK(r.inputs[2].why().reason == Reason::Duplicate);
  CHECK(r.inputs[3].status == Fate::Skipped);
  CHECK(r.inputs[3].file == "x/empty.txt");
  CHECK(r.inputs[4].file == "anh.png");
  CHECK(r.inputs[4].why().reason == Reason::Unreadable);
  CHECK(r.chapter_titles == std::vector<std::string>{"Chương B", "Chương A"});
  CHECK(r.chapter_ids == std::vector<std::vector<std::string>>{{"b"}, {"a"}});
  CHECK(r.included == 2);
  CHECK(r.excluded == 1);
  CHECK(r.skipped == 2);
  CHECK(r.notes == std::vector<std::string>{"selection note", "drafting note"});
}
