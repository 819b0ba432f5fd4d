// The tuyentap command: scan, build, init.
#include <iostream>

int main() {
  std::cout << "tuyentap: under construction\n";
  return 0;
}
