// The archive's plain-text article format (domain.md): kicker, title, date line, lead,
// paragraphs, captions, byline, trailing site chrome.
#pragma once

#include <string_view>
#include <variant>

#include "article/chrome.h"
#include "article/reader.h"

namespace tuyentap {

// Reads decoded NFC text. Fills topic, title, date, time, lead, blocks, author and the
// warnings about them; the caller sets id, file and encoding.
std::variant<Article, NotAnArticle> read_plain_text(std::string_view text,
                                                    const ChromeMatcher& chrome);

}  // namespace tuyentap
