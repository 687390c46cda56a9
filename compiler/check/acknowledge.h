// In-spec acknowledgements: `acknowledge W0409 because "seven-year WORM is a
// legal requirement"` inside a bucket (or vault, or a profile the bucket uses)
// suppresses that code's diagnostics for that bucket only. The reason is
// mandatory, so every accepted risk is written down next to the setting.
//
// Which bucket a diagnostic is about is read from its locations: the primary
// span or a note pointing at the bucket's name or at a setting written in the
// bucket's own block (the checks add an "in bucket" note when the setting
// came from a profile), else the bucket's block containing the primary span.
//
// Use: after each stage, `acknowledger.apply(diagnostics)` (before deciding
// whether errors stop the pipeline, since E0416 may be acknowledged); after
// the last stage, append `acknowledger.unused()`. check_model itself reports
// malformed acknowledgements (E0419 unknown-to-suppress, E0420, E0421).
#pragma once
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "diag/diagnostic.h"
#include "ir/model.h"

namespace bslc::check {

// Every warning, and the one error that records a deliberate choice rather
// than a broken output: E0416 (a lockout perimeter the team decided to keep).
bool acknowledgeable(diag::Code code);

class Acknowledger {
 public:
  explicit Acknowledger(const ir::Model& model);

  // Removes the diagnostics an acknowledgement covers; returns how many.
  size_t apply(std::vector<diag::Diagnostic>& diagnostics);

  // W0415 for each valid acknowledgement that has suppressed nothing so far.
  std::vector<diag::Diagnostic> unused() const;

 private:
  // A bucket or vault: where its own text is, and what it acknowledges.
  struct Anchor {
    std::string file;
    Span span;
  };
  struct Subject {
    std::string id;
    std::vector<Anchor> anchors;  // its name and the settings written in its own block
    Anchor block;                 // from its name to the end of its last own setting
    const std::vector<ir::Acknowledgement>* acks = nullptr;
    size_t first_use = 0;  // index of its first entry in uses_
  };
  struct AckUse {
    const ir::Acknowledgement* ack = nullptr;
    std::optional<diag::Code> code;  // nullopt when the code is unknown or cannot be acknowledged
    bool used = false;
  };
  const Subject* subject_of(const diag::Diagnostic& d) const;
  const Subject* owner_of(const Location& loc) const;
  const Subject* block_containing(const Location& loc) const;

  const ir::Model& model_;
  std::vector<Subject> subjects_;
  std::vector<AckUse> uses_;
  // Indexes over subjects_, so that matching a diagnostic costs the same
  // however many buckets there are (the first subject in model order wins).
  struct AnchorKey {
    std::string file;
    uint32_t begin;
    uint32_t end;
    bool operator==(const AnchorKey&) const = default;
  };
  struct AnchorHash {
    size_t operator()(const AnchorKey& k) const;
  };
  std::unordered_map<AnchorKey, size_t, AnchorHash> anchor_owner_;
  struct Block {
    uint32_t begin, end;
    size_t subject;
  };
  std::map<std::string, std::vector<Block>, std::less<>> blocks_;  // per file, sorted by begin
  bool blocks_overlap_ = false;                                    // then fall back to a scan
};

// apply() and unused() in one call, for a complete list of diagnostics.
size_t apply_acknowledgements(const ir::Model& model, std::vector<diag::Diagnostic>& diagnostics);

}  // namespace bslc::check
