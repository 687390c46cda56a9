// Internal: names a class of access for a reader — where it holds (the
// resources, in the words of the patterns the documents use) and under
// which key values — from the representatives found in it.
#pragma once
#include <string>
#include <vector>

#include "verify/space.h"

namespace bslc::verify::detail {

// `in_class[r]`: resource representative r belongs to the class. Each entry
// is "the bucket", "every object", "exports/*", "exports/* except
// exports/public/*", "key report.csv", or, where pattern shapes other than
// prefixes and exact keys split a description, "some keys in exports/*
// (e.g. exports/a.csv)": a description is never wider than the class.
std::vector<std::string> describe_resources(const Space& space, const std::vector<bool>& in_class);

// One value slot per representative of the key, then one for "absent" (a
// set-valued key has two slots: present, absent). `possible`: the values that
// occur in the class; `feasible`: those any request of the same caller,
// action and resources may carry. "" when the class does not narrow the key.
std::string describe_key(const KeyDim& key, const std::vector<bool>& possible, const std::vector<bool>& feasible);

}  // namespace bslc::verify::detail
