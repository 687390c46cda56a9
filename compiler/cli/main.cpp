// Placeholder until the CLI lands.
#include <cstdio>
int main() {
  std::puts("bslc " BSLC_VERSION);
  return 0;
}
