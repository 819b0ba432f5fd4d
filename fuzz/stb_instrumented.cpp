// stb's image decoder, resizer and encoder compiled from Debian's headers into the fuzz build,
// so that libFuzzer's coverage and ASan see inside them. The program links Debian's prebuilt
// libstb.so, which is not instrumented; a harness linked with this object uses these
// definitions instead (the executable's symbols come first).
#define STB_IMAGE_IMPLEMENTATION
#define STB_IMAGE_RESIZE_IMPLEMENTATION
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image.h>
#include <stb/stb_image_resize.h>
#include <stb/stb_image_write.h>
