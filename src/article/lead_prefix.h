// The agency or site that news sites print at the start of a lead: "(BĐ) - ", "(Dân trí) - ",
// "(binhdinh.gov.vn) - ", "(TNO) ", "TTO - ", "GiadinhNet - ". It is not part of the lead's
// sentence; the reader strips it and keeps it as the article's source when nothing better is
// known (a place name alone on the line before the lead, "Hòa Bình:", is the other form).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tuyentap {

struct LeadPrefix {
  std::string site;       // "Dân trí", "TTO", "binhdinh.gov.vn"
  std::string_view rest;  // the lead after the prefix
};

// The prefix, when the lead starts with one:
//  - a short bracketed name (1–5 words, at most 40 bytes) and then " - ", " – ", " — ", "- "
//    or just a space before a capital letter or a digit;
//  - a one-word short name (2–15 characters of letters, digits, "." and "+", with at least two
//    capitals: "TTO", "ANTD.VN", "GiadinhNet"; not a Vietnamese syllable in capitals, "HUẾ",
//    a dateline's place) and then " - ", " – " or " — ".
std::optional<LeadPrefix> lead_prefix(std::string_view lead);

// " - Trong 2 ngày …" → "Trong 2 ngày …": a lead that opens with a dash and a space before a
// capital letter or a digit, where the page set its agency as a picture (a logo) that the
// text lost, keeping only the dash after it. Any other lead is returned as it is.
std::string_view without_orphan_dash(std::string_view lead);

// "Hòa Bình:" — a paragraph of 1–4 capitalised words ending in ":", standing alone before the
// lead: the place or paper the article comes from. The name without the colon, or nullopt.
// Likewise the lead's agency alone on its line, the text broken after its dash ("HQ Online -",
// "(QNO) -", "TTO –": a prefix lead_prefix reads, or 1–4 capitalised words before the dash, one
// of them a word Vietnamese does not spell: initials, a brand, "Online"); or in brackets with no
// dash, one word that is a site's address or an agency's initials ("(kiemsat.vn)", "(TTXVN)"),
// never a writer's name ("(Thanh Huyền)").
std::optional<std::string> source_line(std::string_view paragraph);

// "HÀ NỘI -", "TP Hồ Chí Minh -", "Nguyễn Văn An -": 1–4 capitalised words, all Vietnamese
// syllables ("TP" may open them), closed by a dash, alone on the line before the lead: a
// dateline's place or a writer's name broken off the lead, not an agency (source_line gives
// none). The words before the dash, or nullopt.
std::optional<std::string_view> dateline_alone(std::string_view paragraph);

}  // namespace tuyentap
