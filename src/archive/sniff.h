// Is a file an article at all? Judged from its name (hidden and system files) and from its
// first bytes (magic numbers of images, PDFs, office documents, binaries). Each function
// returns a reason a clerk can act on, or an empty string when the file may be text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace tuyentap::archive_detail {

// By name: ".DS_Store", "Thumbs.db", "desktop.ini", "~$lock.doc", anything under
// "__MACOSX/" or a hidden folder. `path` uses '/' between components.
std::string hidden_or_system_reason(std::string_view path);

// By content: known binary formats by their magic numbers, then NUL bytes (text never has
// them, except UTF-16 which we accept only with its byte-order mark).
std::string not_text_reason(std::string_view bytes);

// "16 MB", "200 KB", "12 bytes": sizes the way a clerk reads them.
std::string human_size(std::uint64_t bytes);

}  // namespace tuyentap::archive_detail
