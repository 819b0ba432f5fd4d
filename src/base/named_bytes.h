// A small file a build names (a font, a template, a style), read once at the edge of the
// program and handed to the stages as bytes: below cli/ and load/, only archive/ reads the
// disk. Shared, because a font's bytes are used by layout, by the PDF writer and by HarfBuzz
// blobs that must not outlive them.
#pragma once

#include <memory>
#include <string>

namespace tuyentap {

struct NamedBytes {
  std::string name;                          // where it came from, for messages
  std::shared_ptr<const std::string> bytes;  // null when nothing was read

  bool empty() const { return !bytes || bytes->empty(); }
};

inline NamedBytes named_bytes(std::string name, std::string bytes) {
  return {std::move(name), std::make_shared<const std::string>(std::move(bytes))};
}

}  // namespace tuyentap
