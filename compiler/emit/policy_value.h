// Policy documents inside IaC: the same JSON shape that policy/json.h writes
// (so the three targets cannot disagree), with the ARNs of resources that the
// same template creates replaced by references to those resources.
#pragma once
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "emit/value.h"
#include "policy/document.h"

namespace bslc::emit {

// ARN -> reference to the ARN attribute of the resource that owns it.
class ArnReferences {
 public:
  ArnReferences() = default;
  // A layer over `base` (which must outlive it): its own ARNs count as added
  // after all of base's. Adding one ARN for one bucket costs O(1), where a
  // copy of the whole map would make N buckets cost O(N^2).
  static ArnReferences over(const ArnReferences& base);

  void add(std::string arn, Ref arn_attribute);

  // "arn:aws:s3:::b" -> the reference alone; "arn:aws:s3:::b/exports/*" ->
  // reference + "/exports/*"; anything else stays literal text. Only whole
  // ARNs match: "arn:aws:s3:::b-2" does not refer to bucket "b". When several
  // ARNs match, the one added first wins. Looked up by hash: one probe per
  // '/' in the text, however many ARNs there are.
  Value resolve(const std::string& text) const;

 private:
  struct Entry {
    size_t order;  // when it was added
    Ref ref;
  };
  size_t size() const { return (base_ ? base_->size() : 0) + arns_.size(); }
  const Entry* find(const std::string& arn) const;

  const ArnReferences* base_ = nullptr;
  std::unordered_map<std::string, Entry> arns_;
};

// The document as a Value (member order of policy::write_json), every string
// value passed through `refs`.
Value policy_value(const policy::Document& doc, const ArnReferences& refs);

}  // namespace bslc::emit
