// The PDF writer knows a picture by its address, and writes pages a batch at a time, letting
// each batch go. A picture made for one page only (a photo made smaller for the page) is let
// go with its batch unless the writer holds it: a later picture may then be given its
// address, and must still be drawn as itself, not as the earlier one (nor left out as the
// earlier one was, when that one could not be decoded).
#include <catch2/catch.hpp>
#include <cstddef>
#include <map>
#include <memory>
#include <sstream>
#include <string>

#include "base/picture.h"
#include "pdf/pdf.h"
#include "pdf_test_support.h"

using namespace tuyentap;
using namespace tuyentap::test;

namespace {

// One slot of memory handed out whenever it is free, else the heap: a picture made after the
// slot's picture is let go gets that picture's address, every time (malloc may or may not).
struct Slot {
  alignas(std::max_align_t) unsigned char bytes[1024];
  bool busy = false;
};

template <class T>
struct SlotAllocator {
  using value_type = T;
  explicit SlotAllocator(Slot* s) : slot(s) {}
  template <class U>
  SlotAllocator(const SlotAllocator<U>& other) : slot(other.slot) {}
  T* allocate(std::size_t n) {
    if (!slot->busy && n * sizeof(T) <= sizeof slot->bytes) {
      slot->busy = true;
      return reinterpret_cast<T*>(slot->bytes);
    }
    return static_cast<T*>(::operator new(n * sizeof(T)));
  }
  void deallocate(T* p, std::size_t) {
    if (reinterpret_cast<unsigned char*>(p) == slot->bytes) {
      slot->busy = false;
    } else {
      ::operator delete(p);
    }
  }
  template <class U>
  bool operator==(const SlotAllocator<U>& other) const {
    return slot == other.slot;
  }
  Slot* slot;
};

// More pages than the writer's batches (64 pages), so that the first batches are let go.
constexpr int kPages = 150;

// A photo `width` pixels wide and 1 high, the only owner of it the page it is drawn on; in the
// slot when that is free.
std::shared_ptr<const Picture> photo(Slot& slot, int width, bool decodable = true) {
  std::string png = solid_png(width, 1, 200, 30, 30);
  if (!decodable) png.replace(png.find("IDAT") + 4, 8, "ruined!!");  // pixels that do not inflate
  return std::allocate_shared<const Picture>(SlotAllocator<Picture>(&slot),
                                             read_picture("photo.png", png).value());
}

// Writes kPages pages through the page sink, page p drawing photo(p + 1) (page 0's first
// undecodable when `first_broken`), each made just before its page is given; returns the
// PDF's file name in `tmp`.
std::string write_pages(Scratch& tmp, Slot& slot, bool first_broken) {
  std::string pdf;
  std::size_t size = 0;
  PageSink sink = pdf_page_sink([&](std::string_view piece) { pdf.append(piece); }, size);
  LaidOutBook frame;
  sink.begin(std::move(frame));
  for (int p = 0; p < kPages; ++p) {
    Page page;
    page.images.push_back({photo(slot, p + 1, !(first_broken && p == 0)), 100, 100, 200, 20});
    page.images.back().photo = true;
    sink.add_page(std::move(page));
  }
  sink.finish();
  write_file(tmp.path("p.pdf"), pdf);
  return tmp.path("p.pdf");
}

// Each page's drawn pictures' widths, from `pdfimages -list` (page numbers from 1).
std::map<int, std::vector<int>> widths_by_page(const std::string& pdf) {
  CommandResult list = run_command("pdfimages -list " + pdf);
  std::map<int, std::vector<int>> out;
  std::istringstream lines(list.output);
  std::string line;
  while (std::getline(lines, line)) {
    std::istringstream fields(line);
    int page = 0, number = 0, width = 0;
    std::string type;
    if (fields >> page >> number >> type >> width && type == "image") out[page].push_back(width);
  }
  return out;
}

}  // namespace

TEST_CASE("a picture given the address of one drawn pages before is drawn as itself") {
  Slot slot;  // outlives the writer, which holds the pictures to its end
  Scratch tmp;
  const std::string pdf = write_pages(tmp, slot, false);
  REQUIRE(run_command("qpdf --check " + pdf).exit_code == 0);
  const std::map<int, std::vector<int>> widths = widths_by_page(pdf);
  REQUIRE(widths.size() == static_cast<std::size_t>(kPages));
  for (const auto& [page, drawn] : widths) {
    INFO("page " << page);
    CHECK(drawn == std::vector<int>{page});
  }
}

TEST_CASE("a photo given the address of one that could not be decoded is still drawn") {
  Slot slot;
  Scratch tmp;
  const std::string pdf = write_pages(tmp, slot, true);
  REQUIRE(run_command("qpdf --check " + pdf).exit_code == 0);
  const std::map<int, std::vector<int>> widths = widths_by_page(pdf);
  CHECK(widths.count(1) == 0);  // the broken photo's box stays empty
  for (int page = 2; page <= kPages; ++page) {
    INFO("page " << page);
    CHECK(widths.count(page) == 1);
    if (widths.count(page)) CHECK(widths.at(page) == std::vector<int>{page});
  }
}
