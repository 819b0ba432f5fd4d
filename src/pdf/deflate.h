// Flate compression of content streams at a fast level.
//
// PoDoFo compresses at zlib's default level 6, which on a 7,000-page book is most of the
// writer's time; level 3 is about three times faster for streams about 14% larger.
#pragma once

#include <string>

namespace tuyentap::pdf {

// The zlib (RFC 1950) stream /FlateDecode expects. Deterministic for a given zlib.
// Throws Error if zlib fails (only out of memory).
std::string deflate_stream(const std::string& data);

}  // namespace tuyentap::pdf
