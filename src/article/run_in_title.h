// A title printed again with the page's words run in before it: "null <title>", "Trang chủ
// Tin tức <title>" near "<title>" (a template's empty field, a breadcrumb on the title's
// line). Both lines are the header's, never the body's first sentence, however long the
// run-in one is. Internal to the text reader's header (text_header.cpp).
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

namespace tuyentap {

// Whether paras[i] is another paragraph among the three either side (of three words or more)
// with words run in before it, or that other is paras[i] so.
bool printed_run_into(std::span<const std::string_view> paras, std::size_t i);

}  // namespace tuyentap
