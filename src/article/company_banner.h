// An advertiser's banner printed where a kicker would stand: "Công ty Phân lân nung chảy Văn
// Điển" over a magazine's article. A site's sections name subjects (Kinh tế, Doanh nghiệp,
// Nông thôn mới), never one business: a line that opens with a company's kind and goes on
// with its name is no topic.
#pragma once

#include <string_view>

namespace tuyentap {

// The line, at most 12 words with no sentence punctuation at its end, opens with a company's
// kind ("Công ty", "Tổng công ty", "Tập đoàn", "Doanh nghiệp tư nhân", "Hợp tác xã") and a
// word after it, and names its legal form ("CP", "Cổ phần", "TNHH", "JSC": "Công ty CP Sữa
// …"), as a banner prints the registered name; "Doanh nghiệp" alone, a section, is none, nor
// is a member company that names a section of an enterprise Party committee's site
// ("Tổng công ty Điện lực miền Bắc", "Công ty Than Vàng Danh").
bool names_a_company(std::string_view line);

}  // namespace tuyentap
