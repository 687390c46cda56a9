#include "driver/unified_diff.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace bslc::driver {
namespace {

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    const size_t end = text.find('\n');
    lines.push_back(text.substr(0, end == std::string_view::npos ? text.size() : end + 1));
    text.remove_prefix(lines.back().size());
  }
  return lines;
}

enum class Op : char { Keep = ' ', Remove = '-', Add = '+' };
struct Edit {
  Op op;
  size_t a, b;  // line indexes in before / after (the one the op reads)
};

// The lines the two sides share at both ends are kept as they are; the rest
// is aligned by longest common subsequence (dynamic programming), or, when
// that table would be too large for memory, replaced as one block.
std::vector<Edit> edits(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  constexpr size_t kMaxTable = 4'000'000;  // cells: 16 MB
  size_t head = 0, tail = 0;
  while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
  while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) ++tail;
  const size_t n = a.size() - tail, m = b.size() - tail;  // the middle is [head, n) and [head, m)
  std::vector<Edit> out;
  for (size_t k = 0; k < head; ++k) out.push_back({Op::Keep, k, k});
  const size_t rows = n - head + 1, cols = m - head + 1;
  std::vector<uint32_t> lcs(rows * cols <= kMaxTable ? rows * cols : 0);
  auto at = [&](size_t i, size_t j) -> uint32_t& { return lcs[(i - head) * cols + (j - head)]; };
  if (!lcs.empty()) {
    for (size_t i = n; i-- > head;)
      for (size_t j = m; j-- > head;)
        at(i, j) = a[i] == b[j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
  }
  size_t i = head, j = head;
  while (i < n || j < m) {
    if (!lcs.empty() && i < n && j < m && a[i] == b[j]) {
      out.push_back({Op::Keep, i++, j++});
    } else if (i < n && (j == m || lcs.empty() || at(i + 1, j) >= at(i, j + 1))) {
      out.push_back({Op::Remove, i++, j});  // removals first, as diff -u prints them
    } else {
      out.push_back({Op::Add, i, j++});
    }
  }
  for (size_t k = 0; k < tail; ++k) out.push_back({Op::Keep, n + k, m + k});
  return out;
}

}  // namespace

std::string unified_diff(std::string_view before, std::string_view after, const std::string& before_name,
                         const std::string& after_name) {
  if (before == after) return "";
  const auto a = split_lines(before), b = split_lines(after);
  const auto e = edits(a, b);
  constexpr size_t kContext = 3;
  std::string out = fmt::format("--- {}\n+++ {}\n", before_name, after_name);
  for (size_t k = 0; k < e.size();) {
    if (e[k].op == Op::Keep) {
      ++k;
      continue;
    }
    // One hunk: the changes no more than 2 * kContext unchanged lines apart, with kContext lines around them.
    const size_t start = k >= kContext ? k - kContext : 0;
    size_t last = k;
    for (size_t x = k + 1; x < e.size();) {
      if (e[x].op != Op::Keep) {
        last = x++;
        continue;
      }
      size_t run_end = x;
      while (run_end < e.size() && e[run_end].op == Op::Keep) ++run_end;
      if (run_end == e.size() || run_end - x > 2 * kContext) break;
      x = run_end;
    }
    const size_t end = std::min(e.size(), last + 1 + kContext);
    size_t a_count = 0, b_count = 0;
    for (size_t x = start; x < end; ++x) {
      a_count += e[x].op != Op::Add;
      b_count += e[x].op != Op::Remove;
    }
    out += fmt::format("@@ -{},{} +{},{} @@\n", a_count ? e[start].a + 1 : e[start].a, a_count,
                       b_count ? e[start].b + 1 : e[start].b, b_count);
    for (size_t x = start; x < end; ++x) {
      const std::string_view line = e[x].op == Op::Add ? b[e[x].b] : a[e[x].a];
      out += static_cast<char>(e[x].op);
      out += line;
      if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
    }
    k = end;
  }
  return out;
}

}  // namespace bslc::driver
