// A bucket's settings as (name, value) facts in a fixed order, for a reader:
// `bslc diff` lists the facts that differ between two sides, and `bslc
// compile` records them in <bucket>/simulation.json so a compiled folder can
// be a side of a diff.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "ir/model.h"
#include "lower/lower.h"

namespace bslc::driver {

using BucketSummary = std::vector<std::pair<std::string, std::string>>;

BucketSummary bucket_summary(const ir::Bucket& bucket, const lower::BucketOutput& docs);

}  // namespace bslc::driver
