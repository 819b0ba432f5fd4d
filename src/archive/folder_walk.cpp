#include "archive/folder_walk.h"

#include <sys/stat.h>

#include <algorithm>
#include <set>
#include <utility>

namespace tuyentap::archive_detail {

namespace fs = std::filesystem;

namespace {

class Walker {
 public:
  Walker(const std::string& shown_root, Collector& c) : shown_root_(shown_root), c_(c) {}

  void walk(const fs::path& dir, const std::string& rel_dir) {
    // A folder is known by (device, inode) of its target: the same folder reached again
    // through a link is not walked twice, which is also what stops link loops.
    struct stat st;
    if (::stat(dir.c_str(), &st) != 0) return;
    if (!visited_.insert({st.st_dev, st.st_ino}).second) {
      c_.skip(shown(rel_dir) + "/",
              "link to a folder already read (a loop or a second link), not read again");
      return;
    }
    std::error_code ec;
    std::vector<std::string> names;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
      names.push_back(it->path().filename().string());
    if (ec) {
      c_.skip(shown(rel_dir) + "/", "folder cannot be read (" + ec.message() + ")");
      return;
    }
    std::sort(names.begin(), names.end());  // the walk's own skips come in a stable order too
    for (const std::string& name : names) {
      std::string rel = rel_dir.empty() ? name : rel_dir + "/" + name;
      fs::path path = dir / name;
      fs::file_status status = fs::status(path, ec);  // follows links
      if (ec && !fs::is_symlink(fs::symlink_status(path, ec))) {
        c_.skip(shown(rel), "cannot be read (" + ec.message() + ")");
      } else if (!fs::exists(status)) {
        c_.skip(shown(rel), "broken link: points to nothing");
      } else if (fs::is_directory(status)) {
        if (name == "__MACOSX")
          c_.skip(shown(rel) + "/", "macOS resource data (__MACOSX folder), not read");
        else if (name[0] == '.')
          c_.skip(shown(rel) + "/", "hidden folder, not read");
        else
          walk(path, rel);
      } else {
        found_.push_back({shown(rel), rel, path});
      }
    }
  }

  std::vector<FoundFile> take() {
    std::sort(found_.begin(), found_.end(),
              [](const FoundFile& a, const FoundFile& b) { return a.rel < b.rel; });
    return std::move(found_);
  }

 private:
  std::string shown(const std::string& rel) const {
    if (rel.empty()) return shown_root_;
    if (!shown_root_.empty() && shown_root_.back() == '/') return shown_root_ + rel;
    return shown_root_ + "/" + rel;
  }

  const std::string& shown_root_;
  Collector& c_;
  std::set<std::pair<dev_t, ino_t>> visited_;
  std::vector<FoundFile> found_;
};

}  // namespace

std::vector<FoundFile> walk_folder(const fs::path& root, const std::string& shown_root,
                                   Collector& collector) {
  Walker walker(shown_root, collector);
  walker.walk(root, "");
  return walker.take();
}

}  // namespace tuyentap::archive_detail
