#include "article/chrome.h"
#include "base/paths.h"
#include "load/file_rules.h"
#include "load/load.h"

namespace tuyentap {

ChromeMarkers load_chrome_markers(const std::string& path) {
  return parse_chrome_markers(read_regular_file(path, kMaxTextFileBytes), path);
}

ChromeMarkers load_chrome_markers() {
  return load_chrome_markers(data_path("templates/chrome-markers.txt"));
}

}  // namespace tuyentap
