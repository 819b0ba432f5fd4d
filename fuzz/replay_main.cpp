// The normal build's main for a harness (fuzz/CMakeLists.txt, without TUYENTAP_FUZZ): runs
// LLVMFuzzerTestOneInput once over each file named, or over every file of each folder named
// (in name order), as libFuzzer replays a corpus, so that every harness compiles in every
// build and the reproducers of past findings (tests/fixtures/fuzz/<harness>/) run as CTest
// tests, under ASan and UBSan in the sanitizer build. A finding crashes or aborts the test as
// it would the fuzzer. A path that does not exist, or no input at all, fails: a test that
// replays nothing could not fail.
//   <harness> FILE_OR_FOLDER...
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

// The files `path` names: itself, or a folder's regular files sorted by name.
std::vector<fs::path> inputs_of(const fs::path& path) {
  if (!fs::is_directory(path)) return {path};
  std::vector<fs::path> files;
  for (const fs::directory_entry& e : fs::directory_iterator(path))
    if (e.is_regular_file()) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t replayed = 0;
  for (int k = 1; k < argc; ++k) {
    if (!fs::exists(argv[k])) {
      std::cerr << argv[k] << ": no such file or folder\n";
      return 1;
    }
    for (const fs::path& file : inputs_of(argv[k])) {
      std::ifstream in(file, std::ios::binary);
      const std::string bytes((std::istreambuf_iterator<char>(in)),
                              std::istreambuf_iterator<char>());
      if (!in.good() && !in.eof()) {
        std::cerr << file.string() << ": cannot read\n";
        return 1;
      }
      std::cout << "replay: " << file.string() << " (" << bytes.size() << " bytes)\n";
      LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
      ++replayed;
    }
  }
  if (replayed == 0) {
    std::cerr << "replay: no input given\n";
    return 1;
  }
  std::cout << "replay: " << replayed << " inputs, no finding\n";
  return 0;
}
