#include "text/unicode.h"

#include <unicode/uchar.h>

namespace tuyentap {

bool is_combining_mark(char32_t c) {
  return (U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_M_MASK) != 0;
}

bool is_default_ignorable(char32_t c) {
  return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

bool needs_glyph(char32_t c) {
  return u_charType(static_cast<UChar32>(c)) != U_CONTROL_CHAR && !is_default_ignorable(c);
}

}  // namespace tuyentap
