// The parts of a word processor's document (.docx, .odt: a zip), read in memory with libzip.
// Every part is bounded before it is inflated: its declared size, then the bytes that actually
// come out (a declared size can lie). All parts together are bounded too: the document may
// inflate to at most kOfficeZipRatio times its own size (at least kOfficeZipFloor), counted on
// the bytes that come out of every part read — the archive's budget per zip
// (docs/hostile-input.md).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct zip;  // libzip's zip_t

namespace tuyentap {

// A part of the document holds at most this much XML: an article's text is a few hundred KB
// of XML at most (16 MB is the limit of a whole text file; the document itself may be larger,
// ArchiveLimits::max_document_bytes, for its pictures). Past it: "too much text: PART unpacks
// to more than 16 MB (…)".
inline constexpr std::size_t kMaxOfficePartBytes = 16u << 20;
inline constexpr double kOfficeZipRatio = 200.0;
inline constexpr std::uint64_t kOfficeZipFloor = 64u << 10;

class OfficeZip {
 public:
  // `bytes` must outlive the OfficeZip. problem() says why it could not be opened.
  explicit OfficeZip(std::string_view bytes);
  ~OfficeZip();
  OfficeZip(const OfficeZip&) = delete;
  OfficeZip& operator=(const OfficeZip&) = delete;

  const std::string& problem() const { return problem_; }

  // The part's bytes; nullopt when the zip has no such part. A part that is damaged, over
  // kMaxOfficePartBytes or past the document's budget sets problem() and gives nullopt too.
  std::optional<std::string> part(const char* name);

  // What became of reading a part that is not the document's text (a picture).
  enum class Got { Read, Missing, OverLimit, Damaged, OverBudget };
  // The part, at most `max_bytes`, into `out`; problem() is left as it was.
  Got media(const char* name, std::size_t max_bytes, std::string& out);
  std::uint64_t budget() const { return budget_; }

 private:
  ::zip* za_ = nullptr;
  std::string problem_;
  std::uint64_t budget_ = 0;    // bytes all parts together may inflate to
  std::uint64_t inflated_ = 0;  // bytes inflated so far
};

}  // namespace tuyentap
