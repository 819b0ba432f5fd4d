#include "article/input_text.h"

#include "archive/binary_format.h"
#include "text/sniff.h"

namespace tuyentap {

InputText decode_input(std::string_view bytes, std::optional<Encoding> forced) {
  InputText out;
  std::optional<std::string> why = binary_format_reason(bytes);
  if (!why && !forced) why = binary_data_reason(bytes);
  if (why)
    out.not_text = std::move(*why);
  else
    out.decoded = decode_text(bytes, forced);
  return out;
}

}  // namespace tuyentap
