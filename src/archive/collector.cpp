#include "archive/collector.h"

#include <cctype>
#include <utility>

#include "archive/binary_format.h"
#include "archive/sniff.h"
#include "base/ascii.h"

namespace tuyentap::archive_detail {

void Collector::skip(std::string shown, std::string reason) {
  out_.skipped.push_back({std::move(shown), std::move(reason)});
}

bool Collector::first_time(const std::string& key, const std::string& shown) {
  auto [it, inserted] = seen_.emplace(key, shown);
  if (!inserted) skip(shown, "duplicate: the same file as " + it->second + ", read once");
  return inserted;
}

namespace {

// ".jpg" for "a/b.JPG"; "" when the name has none.
std::string lower_extension(const std::string& name) {
  return lower_ascii(name.substr(
      name.find_last_of("./!") == std::string::npos ? name.size() : name.find_last_of("./!")));
}

// Does the name say Word or OpenDocument document (".docx", ".odt", any case)?
bool has_document_extension(const std::string& name) {
  std::string ext = lower_extension(name);
  return ext == ".docx" || ext == ".odt";
}

}  // namespace

bool has_image_extension(const std::string& name) {
  std::string ext = lower_extension(name);
  return ext == ".jpg" || ext == ".jpeg" || ext == ".png";
}

Collector::Kind Collector::kind_by_name(const std::string& shown) {
  return has_image_extension(shown)      ? Kind::Photo
         : has_document_extension(shown) ? Kind::Document
                                         : Kind::Text;
}

std::string Collector::size_problem(std::uint64_t size, const std::string& shown) const {
  return size_problem(size, kind_by_name(shown));
}

std::uint64_t Collector::max_bytes_by_name(const std::string& shown) const {
  switch (kind_by_name(shown)) {
    case Kind::Photo:
      return limits_.max_image_bytes;
    case Kind::Document:
      return limits_.max_document_bytes;
    case Kind::Text:
      break;
  }
  return limits_.max_file_bytes;
}

std::string Collector::size_problem(std::uint64_t size, Kind kind) const {
  if (kind == Kind::Photo) {
    if (size > limits_.max_image_bytes) {
      return "over the size limit (" + human_size(size) + ", the limit is " +
             human_size(limits_.max_image_bytes) + " per photo)";
    }
    return {};  // the photos' total is checked when one is kept
  }
  if (kind == Kind::Document && size > limits_.max_document_bytes) {
    return "over the size limit (" + human_size(size) + ", the limit is " +
           human_size(limits_.max_document_bytes) +
           " per Word or OpenDocument document); split the document";
  }
  if (kind == Kind::Text && size > limits_.max_file_bytes) {
    return "over the size limit (" + human_size(size) + ", the limit is " +
           human_size(limits_.max_file_bytes) + " per file); an article is never this big";
  }
  if (size > remaining_total()) {
    return "over the total size limit (" + human_size(limits_.max_total_bytes) +
           " for all files together); give fewer or smaller inputs";
  }
  return {};
}

bool Collector::name_ok(const std::string& shown, const std::string& rel) {
  std::string why = hidden_or_system_reason(rel);
  if (why.empty()) return true;
  skip(shown, std::move(why));
  return false;
}

void Collector::add(std::string shown, std::string bytes, FileOrigin origin) {
  if (bytes.empty()) {
    skip(std::move(shown), "empty file");
    return;
  }
  // A .docx or .odt is known by its content, whatever its name (one renamed .zip, say).
  const WordFormat word = word_format(bytes);
  const bool document = word == WordFormat::Docx || word == WordFormat::Odt;
  if (std::string why =
          document ? size_problem(bytes.size(), Kind::Document) : size_problem(bytes.size(), shown);
      !why.empty()) {
    skip(std::move(shown), std::move(why));
    return;
  }
  if (auto why = binary_format_reason(bytes); why && word == WordFormat::None) {
    bool photo = *why == "not text (JPEG image)" || *why == "not text (PNG image)";
    // Kept in the photos' budget for an article to show; past it, skipped as before.
    if (photo && bytes.size() <= limits_.max_image_total_bytes - image_total_) {
      image_total_ += bytes.size();
      out_.images.push_back({shown, std::move(bytes), out_.skipped.size()});
    } else if (bytes.size() > limits_.max_file_bytes) {
      skip(std::move(shown), size_problem(bytes.size(), Kind::Text));  // big, not a photo
      return;
    }
    skip(std::move(shown), std::move(*why));
    return;
  }
  if (!document && bytes.size() > limits_.max_file_bytes) {  // named as a photo, but is none
    skip(std::move(shown), size_problem(bytes.size(), Kind::Text));
    return;
  }
  total_ += bytes.size();
  origin.size = bytes.size();
  if (!origin.disk_path.empty() && held_ + bytes.size() > limits_.max_held_bytes) {
    std::string().swap(bytes);  // read again when its turn comes ("" would keep the buffer)
  } else {
    held_ += bytes.size();
  }
  out_.files.push_back({std::move(shown), std::move(bytes), std::move(origin)});
}

}  // namespace tuyentap::archive_detail
