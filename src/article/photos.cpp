#include "article/photos.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>

#include "article/photo_pixels.h"
#include "base/ascii.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// "anh%201.jpg?v=2#x" → "anh 1.jpg"; backslashes (old Windows pages) → '/'.
std::string plain_ref(std::string_view ref) {
  ref = ref.substr(0, std::min(ref.find('?'), ref.find('#')));
  std::string out;
  for (std::size_t i = 0; i < ref.size(); ++i) {
    int hi = 0, lo = 0;
    if (ref[i] == '%' && i + 2 < ref.size() && (hi = hex_value(ref[i + 1])) >= 0 &&
        (lo = hex_value(ref[i + 2])) >= 0) {
      out += static_cast<char>(hi * 16 + lo);
      i += 2;
    } else {
      out += ref[i] == '\\' ? '/' : ref[i];
    }
  }
  return out;
}

// The root a page's site-root paths start from: the zip it lies in ("x.zip!"), else the input
// it came from ("archive/"), else its own folder.
std::string root_of(const std::string& page, const std::vector<std::string>& roots) {
  if (auto bang = page.rfind('!'); bang != std::string::npos) return page.substr(0, bang + 1);
  std::string best;
  for (const std::string& r : roots) {
    if (r.size() > best.size() && page.size() > r.size() && page.starts_with(r) &&
        page[r.size()] == '/')
      best = r + "/";
  }
  if (!best.empty()) return best;
  auto slash = page.rfind('/');
  return slash == std::string::npos ? std::string() : page.substr(0, slash + 1);
}

// The key a name is matched by when the exact name is not found: NFC (a zip made on a Mac
// writes names decomposed), lower case ASCII (pages written on Windows).
std::string loose_key(const std::string& path) {
  return lower_ascii(to_nfc(path));
}

// Word documents' pictures share the photos' budget for all (ArchiveLimits::
// max_image_total_bytes) across the documents; one past it is let go with a warning.
void keep_within_budget(Block& b, std::uint64_t& used, Article& a) {
  const std::uint64_t limit = ArchiveLimits{}.max_image_total_bytes;
  if (used + b.photo.picture->bytes.size() <= limit) {
    used += b.photo.picture->bytes.size();
    return;
  }
  a.warnings.push_back(kPhotoUnreadable + b.photo.ref + " (the photos together pass " +
                       std::to_string(limit >> 30) + " GB)");
  b.photo = Photo{};
}

}  // namespace

bool resolve_dots(const std::string& rel, std::string& out) {
  std::vector<std::string> parts;
  std::size_t at = 0;
  while (at <= rel.size()) {
    std::size_t end = std::min(rel.find('/', at), rel.size());
    std::string part = rel.substr(at, end - at);
    if (part == "..") {
      if (parts.empty()) return false;
      parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(std::move(part));
    }
    at = end + 1;
  }
  out.clear();
  for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
  return !out.empty();
}

std::string photo_path(const std::string& page, const std::string& ref,
                       const std::vector<std::string>& roots) {
  std::string r = plain_ref(fold_whitespace(ref));
  if (r.empty() || r.starts_with("data:") || r.starts_with("file:")) return {};
  if (auto scheme = r.find("://"); scheme != std::string::npos && scheme < 8) {
    auto path = r.find('/', scheme + 3);
    if (path == std::string::npos) return {};
    r = r.substr(path);
  } else if (r.starts_with("//")) {
    auto path = r.find('/', 2);
    if (path == std::string::npos) return {};
    r = r.substr(path);
  }
  std::string root = root_of(page, roots);
  std::string rel;
  if (r.starts_with('/')) {
    rel = r;
  } else {
    std::string dir = page.substr(root.size());
    auto slash = dir.rfind('/');
    dir = slash == std::string::npos ? std::string() : dir.substr(0, slash + 1);
    rel = dir + r;
  }
  std::string resolved;
  if (!resolve_dots(rel, resolved)) return {};
  return root + resolved;
}

PhotoAttacher::PhotoAttacher(ArchiveContents& archive)
    : archive_(archive), pictures_(archive.images.size()) {
  for (std::size_t i = 0; i < archive.images.size(); ++i) {
    exact_.emplace(archive.images[i].path, i);
    loose_.emplace(loose_key(archive.images[i].path), i);
  }
}

void PhotoAttacher::attach(Article& a) {
  for (Block& b : a.blocks) {
    if (b.type != BlockType::Caption || b.photo.ref.empty()) continue;
    if (b.photo.picture) {  // a Word document's own picture (word_pictures.h)
      keep_within_budget(b, word_bytes_, a);
      if (b.photo.picture) pixels_.keep_or_refuse(b, a);
      continue;
    }
    std::string path = photo_path(a.file, b.photo.ref, archive_.roots);
    std::size_t found = archive_.images.size();
    if (auto it = exact_.find(path); it != exact_.end()) {
      found = it->second;
    } else if (auto lit = loose_.find(loose_key(path)); !path.empty() && lit != loose_.end()) {
      found = lit->second;
    }
    if (found < archive_.images.size()) {
      ImageFile& file = archive_.images[found];
      auto& picture = pictures_[found];
      if (!picture) {
        if (auto p = read_picture(file.path, file.bytes)) {
          picture = std::make_shared<const Picture>(std::move(*p));
        }
      }
      if (picture) {
        b.photo.picture = picture;
        pixels_.keep_or_refuse(b, a);  // over the pixel limits: a warning, no photo
        if (!b.photo.picture) continue;
        used_skips_.insert(file.skipped_index);
        ++counts_.found;
        continue;
      }
    }
    ++counts_.missing;
    a.warnings.push_back(kPhotoMissing + b.photo.ref +
                         " (not in the archive, or not a JPEG or PNG)");
  }
}

PhotoCounts PhotoAttacher::finish() {
  for (auto i = used_skips_.rbegin(); i != used_skips_.rend(); ++i) {
    archive_.skipped.erase(archive_.skipped.begin() + static_cast<std::ptrdiff_t>(*i));
  }
  used_skips_.clear();
  archive_.images.clear();
  archive_.images.shrink_to_fit();
  return counts_;
}

PhotoCounts attach_photos(ArchiveContents& archive,
                          std::vector<std::variant<Article, NotAnArticle>>& articles) {
  PhotoAttacher photos(archive);
  for (auto& item : articles) {
    if (auto* a = std::get_if<Article>(&item)) photos.attach(*a);
  }
  return photos.finish();
}

}  // namespace tuyentap
