// A font without Vietnamese, for the tests that must see one refused: a copy of a project
// font cut down by hb-subset to the printable ASCII characters.
#pragma once

#include <hb-subset.h>

#include <stdexcept>
#include <string>

namespace tt_test {

inline std::string ascii_only_font(const std::string& ttf) {
  hb_blob_t* blob = hb_blob_create(ttf.data(), static_cast<unsigned>(ttf.size()),
                                   HB_MEMORY_MODE_READONLY, nullptr, nullptr);
  hb_face_t* face = hb_face_create(blob, 0);
  hb_blob_destroy(blob);
  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  hb_set_t* unicodes = hb_subset_input_unicode_set(input);
  for (hb_codepoint_t c = 0x20; c < 0x7F; ++c) hb_set_add(unicodes, c);
  hb_face_t* subset = hb_subset_or_fail(face, input);
  hb_subset_input_destroy(input);
  hb_face_destroy(face);
  if (!subset) throw std::runtime_error("hb-subset failed");
  hb_blob_t* out = hb_face_reference_blob(subset);
  unsigned len = 0;
  const char* data = hb_blob_get_data(out, &len);
  std::string bytes(data, len);
  hb_blob_destroy(out);
  hb_face_destroy(subset);
  return bytes;
}

}  // namespace tt_test
