// Source text and byte-offset spans. Spans are stored as offsets; line and
// column are computed only when a location is printed.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace bslc {

// Half-open byte range [begin, end) in one Source.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool operator==(const Span&) const = default;
};

inline Span join(Span a, Span b) { return Span{a.begin < b.begin ? a.begin : b.begin, a.end > b.end ? a.end : b.end}; }

// 1-based line and column; the column counts Unicode code points, so a caret
// under a line with multi-byte characters lands where an editor shows it.
struct LineCol {
  uint32_t line = 1;
  uint32_t col = 1;
};

// One input file (or embedded stdlib file). Immutable after construction.
class Source {
 public:
  Source(std::string name, std::string text);

  const std::string& name() const { return name_; }
  const std::string& text() const { return text_; }

  LineCol line_col(uint32_t offset) const;
  // The text of the 1-based line, without its line terminator.
  std::string_view line_text(uint32_t line) const;
  uint32_t line_count() const { return static_cast<uint32_t>(line_starts_.size()); }
  std::string_view slice(Span span) const;

 private:
  std::string name_;
  std::string text_;
  std::vector<uint32_t> line_starts_;
};

using SourcePtr = std::shared_ptr<const Source>;

// A span together with the file it points into: what diagnostics and
// traceability (sources.json) need.
struct Location {
  SourcePtr source;
  Span span;
  bool valid() const { return source != nullptr; }
};

}  // namespace bslc
