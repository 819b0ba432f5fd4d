// The parts of a word processor's document (.docx, .odt: a zip), read in memory with libzip.
// Every part is bounded before it is inflated: its declared size, then the bytes that actually
// come out (a declared size can lie).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

struct zip;  // libzip's zip_t

namespace tuyentap {

// A part of the document holds at most this much XML: an article's text is a few hundred KB
// of XML at most (16 MB is the limit of a whole article file).
inline constexpr std::size_t kMaxOfficePartBytes = 16u << 20;

class OfficeZip {
 public:
  // `bytes` must outlive the OfficeZip. problem() says why it could not be opened.
  explicit OfficeZip(std::string_view bytes);
  ~OfficeZip();
  OfficeZip(const OfficeZip&) = delete;
  OfficeZip& operator=(const OfficeZip&) = delete;

  const std::string& problem() const { return problem_; }

  // The part's bytes; nullopt when the zip has no such part. A part that is damaged or over
  // kMaxOfficePartBytes sets problem() and gives nullopt too.
  std::optional<std::string> part(const char* name);

 private:
  ::zip* za_ = nullptr;
  std::string problem_;
};

}  // namespace tuyentap
