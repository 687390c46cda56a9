// What `bslc diff` found, per bucket, and its renderings: text for a
// terminal, markdown for a pull-request comment, JSON, and SARIF 2.1.0 for
// code scanning (one result per changed class of access and per changed
// setting, located at the spec line that decides it).
#pragma once
#include <array>
#include <ostream>
#include <string>
#include <vector>

#include "driver/sim_support.h"
#include "verify/diff.h"

namespace bslc::driver {

struct BucketDiff {
  std::string name;    // the S3 bucket name: what AWS knows, whatever the spec calls it
  std::string status;  // "changed", "added", "removed"
  verify::AccessDiff access;
  std::vector<std::array<std::string, 3>> settings;  // name, before, after
  SidLines lines_before, lines_after;                // Sid -> "file:line" of the spec that wrote it
  std::string declared_at;                           // "file:line" of the bucket (the new side's when it has one)
};

// "widens access: 2 (caller, action) classes added" / "no access change (proved)".
std::string diff_headline(const std::vector<BucketDiff>& diffs);
bool widens(const std::vector<BucketDiff>& diffs);
bool exact(const std::vector<BucketDiff>& diffs);

void print_diff_text(const std::vector<BucketDiff>& diffs, std::ostream& out);
void print_diff_markdown(const std::vector<BucketDiff>& diffs, std::ostream& out);
void print_diff_json(const std::vector<BucketDiff>& diffs, std::ostream& out);
void print_diff_sarif(const std::vector<BucketDiff>& diffs, std::ostream& out);

}  // namespace bslc::driver
