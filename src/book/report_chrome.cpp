#include "book/report_chrome.h"

namespace tuyentap {

std::string learned_chrome_text(const std::vector<LearnedChrome>& learned) {
  if (learned.empty()) return {};
  std::string o = "\nDÒNG GIAO DIỆN TRANG WEB ĐÃ LƯỢC BỎ\n";
  o += "  (lặp lại ở hơn một phần ba số tệp của một thư mục: trình đơn, khung tin, chân trang)\n";
  for (const LearnedChrome& l : learned) {
    o += "  - thư mục «" + (l.group.empty() ? std::string(".") : l.group) + "» (" +
         std::to_string(l.files) + " tệp): " + std::to_string(l.lines) + " dòng, ví dụ:\n";
    for (const std::string& e : l.examples) o += "      «" + e + "»\n";
  }
  return o;
}

}  // namespace tuyentap
