// gumbo_floor FILE...: parses every file with gumbo (the parser tuyentap's HTML readers use,
// with the same options: no parse errors kept) on as many threads as the machine has, and
// nothing else — the floor that `tuyentap scan` of saved pages is measured against.
#include <gumbo.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

int main(int argc, char** argv) {
  std::vector<std::string> files(argv + 1, argv + argc);
  std::atomic<std::size_t> next{0}, nodes{0};
  auto work = [&] {
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;
    for (std::size_t i; (i = next++) < files.size();) {
      std::ifstream in(files[i], std::ios::binary);
      std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      GumboOutput* out = gumbo_parse_with_options(&options, html.data(), html.size());
      nodes += out->root->v.element.children.length;
      gumbo_destroy_output(&options, out);
    }
  };
  unsigned n = std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < n; ++t) pool.emplace_back(work);
  for (auto& t : pool) t.join();
  std::printf("gumbo_floor: %zu files parsed on %u threads\n", files.size(), n);
  return nodes.load() == 0 && !files.empty();
}
