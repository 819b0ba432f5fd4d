// CMS exports: JSON front matter (title, category, date, description) and an editor-HTML body.
#pragma once

#include <string_view>
#include <variant>

#include "article/chrome.h"
#include "article/reader.h"

namespace tuyentap {

// True for "---json" front matter, or a fragment of the editor's HTML: text whose first tag is
// one an editor writes (<p>, <div>, <article>, <table>, <span>, <h2> …). A whole page
// (<html>, <!DOCTYPE html>) is no export: html_page.h reads it.
bool looks_like_cms_export(std::string_view text);

// Reads decoded NFC text; fills everything but id, file and encoding.
std::variant<Article, NotAnArticle> read_cms_export(std::string_view text,
                                                    const ChromeMatcher& chrome);

}  // namespace tuyentap
