// The simulator's view of one compiled bucket: the documents exactly as
// emitted (written to JSON and read back, so the simulator judges the
// artifact, not the in-memory model), plus the bucket settings that
// CloudFormation/Terraform configure (Block Public Access, ownership,
// default encryption, versioning, object lock) taken from the model.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "ir/model.h"
#include "lower/lower.h"
#include "sim/bucket.h"
#include "source/source.h"

namespace bslc::driver {

struct SimulatedBucket {
  sim::BucketConfig config;
  // Identity policies an account grantee's principals attach ({account id,
  // document}); an organization grantee's apply to every other account ("").
  std::vector<std::pair<std::string, policy::Document>> attached_by_account;
  // Sid -> spec location, over every document of the bucket (for explanations).
  std::map<std::string, Location> sources;
  std::vector<std::string> problems;  // emitted JSON the reader refused (a bslc bug if ever non-empty)
};

// Whom the identity policy emitted for `grantee` applies to: its ARN
// (`holder`, empty for an organization: it is no caller), and the account
// whose principals attach it (`account`: an account grantee's id, "" for
// every account but the bucket's for an organization, nullopt otherwise).
struct IdentityAttachment {
  std::string holder;
  std::optional<std::string> account;
};
std::optional<IdentityAttachment> identity_attachment(const ir::Bucket& bucket, const std::string& grantee);

// The bucket settings CloudFormation and Terraform configure, as the simulator reads them.
sim::BucketSettings simulated_settings(const ir::Bucket& bucket);

// Identity policies emitted for a grantee apply to that grantee's ARN. For an
// account grantee, "the policy their account must attach" is attached, in the
// simulation, to every principal of that account listed in `principals` (the
// callers about to be simulated), as the account's administrators would; an
// organization grantee's, to every caller from another account.
SimulatedBucket simulated_bucket(const ir::Bucket& bucket, const lower::BucketOutput& docs,
                                 const std::vector<std::string>& principals = {});

// The ARN the simulator uses for a key that `key new` asks CloudFormation or
// Terraform to create: its real id exists only after deployment.
std::string placeholder_key_arn(const ir::Bucket& bucket);

}  // namespace bslc::driver
