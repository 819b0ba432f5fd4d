#include "pdf/page_streams.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>

#include "base/hash.h"
#include "pdf/content_stream.h"
#include "pdf/deflate.h"

namespace tuyentap::pdf {

std::vector<PageStream> build_page_streams(const LaidOutBook& book,
                                           const std::vector<std::unique_ptr<FontSource>>& fonts,
                                           const ImageNames& images) {
  std::vector<PageStream> out(book.pages.size());
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::atomic<bool> failed{false};
  auto work = [&] {
    try {
      // Small batches: pages differ in weight (a chapter opener vs a dense page).
      constexpr std::size_t kBatch = 16;
      for (std::size_t start; (start = next.fetch_add(kBatch)) < out.size() && !failed;) {
        std::size_t end = std::min(out.size(), start + kBatch);
        for (std::size_t p = start; p < end; ++p) {
          std::string content = page_content(book.pages[p], book.page_height, fonts, images);
          out[p].hash = hash128_hex(content);
          out[p].flate = deflate_stream(content);
        }
      }
    } catch (...) {
      if (!failed.exchange(true)) failure = std::current_exception();
    }
  };
  unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
  if (out.size() < 64) threads = 1;  // not worth a thread
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
  return out;
}

}  // namespace tuyentap::pdf
