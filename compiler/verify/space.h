// Internal: the finite request space of one verification. Each dimension has
// representatives that together stand for every value the request could
// carry there:
//   principals — the principals the documents and claims name, plus in every
//                account they mention (and one unmentioned account) its root,
//                one unnamed user and one unnamed role, anonymous callers, the
//                services named and one unnamed service;
//   actions, resources, string keys — one witness per class of the patterns
//                they are compared with (string_classes.h);
//   numeric, date and IP keys — one value per region the constants cut;
//   the object version touched — its lock and stored encryption.
// `binding` is the program whose key table covers every key of every compiled
// program and claim, so a condition from any of them reads the same slots.
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sim/detail/bucket_state.h"
#include "sim/detail/program.h"
#include "verify/claim.h"
#include "verify/values.h"

namespace bslc::verify::detail {

namespace sd = sim::detail;

struct KeyDim {
  std::string name;      // as the key table spells it (lower case)
  std::string spelling;  // as first written (for requests and reports)
  std::vector<std::string> reps;
  bool multi = false;           // set-valued (read with ForAnyValue / ForAllValues)
  bool always_present = false;  // AWS sets it on every request
  enum class Carrier : unsigned char { Anyone, IamCallers, Services };
  Carrier carrier = Carrier::Anyone;  // who can carry the key (others never do)
  std::vector<bool> feature;          // reps the bucket checks read (kept even when policies do not tell them apart)
  bool read_by_conditions = false;    // some policy or claim condition reads the key (else only the bucket checks)
  // Parallel to reps: for an ordered key (numbers, dates), the regions of
  // values each representative stands for (values.h); empty for a literal.
  std::vector<std::vector<Region>> regions;
  // Parallel to reps: a value some condition writes (else a witness standing for values no document names).
  std::vector<bool> named;
};

// A claim's predicates compiled against the binding key table.
struct CompiledClaim {
  Claim claim;
  std::vector<sd::Pattern> actions;
  std::vector<sd::Condition> conditions;  // parallel to claim.where (Condition kinds)
  std::vector<std::string> limitations;   // what makes a proof of this claim alone incomplete
};

struct Space {
  std::shared_ptr<const sim::BucketSimulator::State> state;  // the last side: its binding covers every side
  std::unique_ptr<sd::Program> binding;
  std::string bucket_arn;

  std::vector<std::string> principal_texts;
  std::vector<sim::PrincipalInfo> principals;          // views into principal_texts
  std::vector<std::string> actions;                    // lower case, as the request names it
  std::vector<std::string> iam_actions;                // lower case, what AWS authorizes (request_shape.h)
  std::vector<bool> parts_only;                        // a multipart step: no creation headers, no checks
  std::map<std::string, std::string> action_spelling;  // lower case -> as first written
  std::vector<std::string> resources;
  // The object patterns the documents and claims compare resources with, as
  // object keys: `prefix*` patterns, exact keys, and whether any other shape
  // (a wildcard inside, a policy variable) occurs. They name the resource
  // classes for a reader (class_description.h).
  std::vector<std::string> object_prefixes, object_keys;
  bool other_object_patterns = false;
  std::vector<KeyDim> keys;
  std::map<uint32_t, int> key_dim;        // binding key id -> index in keys
  std::vector<sim::ObjectState> objects;  // [0]: no object state (bucket defaults)
  std::vector<CompiledClaim> claims;
  std::vector<std::string> limitations;  // what makes every proof incomplete (from the documents)

  int dim_of(std::string_view key) const;  // -1 when the key has no dimension
};

Space build_space(std::shared_ptr<const sim::BucketSimulator::State> state, const sim::BucketConfig& config,
                  std::string bucket_arn, const std::vector<Claim>& claims);

// One configuration of the bucket, for a space shared by several (a diff).
struct Side {
  std::shared_ptr<const sim::BucketSimulator::State> state;
  const sim::BucketConfig* config = nullptr;
};
// A space whose representatives tell apart everything any side's documents
// tell apart. Each later side's programs must be compiled with a key table
// seeded by the earlier ones' (build_bucket_state's `seed`): the last side's
// binding then serves them all.
Space build_space(const std::vector<Side>& sides, std::string bucket_arn, const std::vector<Claim>& claims);

// Keys the evaluator derives from the principal (never a request dimension).
bool is_principal_derived(const sd::Program& binding, uint32_t key);

}  // namespace bslc::verify::detail
