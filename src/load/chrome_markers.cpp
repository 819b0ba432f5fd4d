#include "article/chrome.h"
#include "base/paths.h"
#include "load/load.h"

namespace tuyentap {

ChromeMarkers load_chrome_markers(const std::string& path) {
  return parse_chrome_markers(read_file_bytes(path), path);
}

ChromeMarkers load_chrome_markers() {
  return load_chrome_markers(data_path("templates/chrome-markers.txt"));
}

}  // namespace tuyentap
