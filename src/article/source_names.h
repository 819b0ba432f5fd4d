// The names a page gives its publisher, and how they stick to titles and leads: the site's
// name after a title ("… - VnExpress", "… | Dân trí") and the agency before a lead
// ("(PL+) - …", "TTO - …", "ANTD.VN - …").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tuyentap {

// "https://www.dantri.com.vn/xa-hoi/x.htm" → "dantri.com.vn": lower case, without "www.",
// a port, a path. "" when the value is no absolute http(s) address.
std::string url_host(std::string_view url);

// "ZING.VN", "vnexpress.net": a name that is only a domain.
bool looks_like_domain(std::string_view name);

// Removes a trailing " - NAME", " | NAME", " – NAME" or " — NAME" when NAME is one of the
// site's names: equal to one, or holding a domain's first label ("Báo Dân trí" and
// "dantri.com.vn"), letters compared without case, marks, spaces or dots. Nothing is cut
// without such a match: a title's own dash stays.
std::string strip_site_suffix(std::string_view text, const std::vector<std::string>& site_names);

struct AgencyPrefix {
  std::string agency;      // "PL+", "Dân trí", "TTO", "ANTD.VN"
  std::size_t length = 0;  // bytes of the prefix with its dash and spaces
};

// The agency a lead starts with: "(X) - " / "(X) " (X at most four words; without a dash
// only an acronym or a domain), or one token with two capitals or a dot and a dash after it
// ("TTO - ", "GiadinhNet - ", "ANTD.VN - "; not "TP.HCM - ", a place). The rest must start
// with a capital letter, a digit or a quote.
std::optional<AgencyPrefix> agency_prefix(std::string_view lead);

// False for the section names that say nothing ("News", "Tin tức", "Trang chủ", "Home") and
// for anything over 8 words.
bool useful_topic(std::string_view topic);

}  // namespace tuyentap
