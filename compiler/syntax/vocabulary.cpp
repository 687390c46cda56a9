#include "syntax/vocabulary.h"

namespace bslc::syntax {

std::string quoted_list(const std::vector<std::string_view>& words) {
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i + 1 == words.size() ? " or " : ", ";
    out += '`';
    out += words[i];
    out += '`';
  }
  return out;
}

using ast::AccessLevel;
using ast::AuditScope;
using ast::BypassMode;
using ast::ConstKind;
using ast::EncryptionMode;
using ast::GranteeForm;
using ast::HttpMethod;
using ast::KeySource;
using ast::LockMode;
using ast::NotifyTarget;
using ast::Ownership;
using ast::PerimeterKind;
using ast::TimeUnit;
using ast::TransportMode;
using ast::VersioningState;

const WordTable<EncryptionMode> kEncryptionModes{"encryption mode",
                                                 {{"sse_s3", EncryptionMode::SseS3},
                                                  {"sse_kms", EncryptionMode::SseKms},
                                                  {"kms", EncryptionMode::SseKms},
                                                  {"dsse_kms", EncryptionMode::DsseKms},
                                                  {"sse_c", EncryptionMode::SseC},
                                                  {"client_side", EncryptionMode::ClientSide}}};

const WordTable<KeySource> kKeySources{
    "key source", {{"new", KeySource::New}, {"arn", KeySource::Arn}, {"aws_managed", KeySource::AwsManaged}}};

const WordTable<bool> kRequireHeader{"encryption requirement", {{"header", true}}};

const WordTable<bool> kSwitch{"switch value",
                              {{"on", true},
                               {"off", false},
                               {"true", true, false},
                               {"false", false, false},
                               {"enabled", true, false},
                               {"disabled", false, false}}};

const WordTable<TransportMode> kTransportModes{
    "transport mode", {{"tls_only", TransportMode::TlsOnly}, {"allow_http", TransportMode::AllowHttp}}};

const WordTable<PublicOpening> kPublicOpenings{"public access opening",
                                               {{"policy", PublicOpening::Policy},
                                                {"policies", PublicOpening::Policy, false},
                                                {"acls", PublicOpening::Acls},
                                                {"acl", PublicOpening::Acls, false}}};

const WordTable<Ownership> kOwnershipModes{"ownership mode",
                                           {{"bucket_owner_enforced", Ownership::BucketOwnerEnforced},
                                            {"bucket_owner_preferred", Ownership::BucketOwnerPreferred},
                                            {"object_writer", Ownership::ObjectWriter}}};

const WordTable<VersioningState> kVersioningStates{"versioning state",
                                                   {{"on", VersioningState::Enabled},
                                                    {"enabled", VersioningState::Enabled},
                                                    {"suspended", VersioningState::Suspended},
                                                    {"off", VersioningState::Disabled},
                                                    {"disabled", VersioningState::Disabled}}};

const WordTable<LockMode> kLockModes{
    "object lock mode",
    {{"governance", LockMode::Governance}, {"compliance", LockMode::Compliance}, {"on", LockMode::EnabledOnly}}};

const WordTable<BypassMode> kBypassModes{"bypass mode",
                                         {{"nobody", BypassMode::Nobody}, {"anyone", BypassMode::Anyone}}};

const WordTable<bool> kAuditKinds{"audit kind", {{"data_events", true}}};

const WordTable<AuditScope> kAuditScopes{
    "audit scope", {{"all", AuditScope::All}, {"read", AuditScope::Read}, {"write", AuditScope::Write}}};

const WordTable<PerimeterKind> kPerimeterKinds{"network perimeter",
                                               {{"vpce", PerimeterKind::VpcEndpoint},
                                                {"vpc", PerimeterKind::Vpc},
                                                {"source_ip", PerimeterKind::SourceIp},
                                                {"org", PerimeterKind::Org}}};

const WordTable<bool> kUploadTrigger{"tag requirement trigger", {{"upload", true}}};

const WordTable<GranteeForm> kGranteeQualifiers{"grantee qualifier",
                                                {{"org", GranteeForm::Org}, {"cloudfront", GranteeForm::CloudFront}}};

const WordTable<AccessLevel> kAccessLevels{"access level",
                                           {{"read", AccessLevel::Read},
                                            {"write", AccessLevel::Write},
                                            {"read_write", AccessLevel::ReadWrite},
                                            {"list", AccessLevel::List},
                                            {"delete", AccessLevel::Delete}}};

const WordTable<bool> kPresignedModes{"presigned URL mode", {{"forbid", true}}};

const WordTable<bool> kMfaTargets{"MFA target", {{"delete", true}}};

const WordTable<HttpMethod> kHttpMethods{"HTTP method",
                                         {{"GET", HttpMethod::Get},
                                          {"PUT", HttpMethod::Put},
                                          {"HEAD", HttpMethod::Head},
                                          {"POST", HttpMethod::Post},
                                          {"DELETE", HttpMethod::Delete}}};

const WordTable<std::string_view> kNotifyEvents{
    "event",
    {{"object_created", "s3:ObjectCreated:*"},
     {"object_created_put", "s3:ObjectCreated:Put", false},
     {"object_created_post", "s3:ObjectCreated:Post", false},
     {"object_created_copy", "s3:ObjectCreated:Copy", false},
     {"object_created_multipart", "s3:ObjectCreated:CompleteMultipartUpload", false},
     {"object_removed", "s3:ObjectRemoved:*"},
     {"object_removed_delete", "s3:ObjectRemoved:Delete", false},
     {"object_removed_marker", "s3:ObjectRemoved:DeleteMarkerCreated", false},
     {"object_restored", "s3:ObjectRestore:*"},
     {"object_restore_post", "s3:ObjectRestore:Post", false},
     {"object_restore_completed", "s3:ObjectRestore:Completed", false},
     {"object_restore_delete", "s3:ObjectRestore:Delete", false},
     {"object_tagging", "s3:ObjectTagging:*"},
     {"object_acl_put", "s3:ObjectAcl:Put"},
     {"replication", "s3:Replication:*"},
     {"lifecycle_expiration", "s3:LifecycleExpiration:*"},
     {"lifecycle_transition", "s3:LifecycleTransition"},
     {"intelligent_tiering", "s3:IntelligentTiering"},
     {"reduced_redundancy_lost_object", "s3:ReducedRedundancyLostObject", false}}};

const WordTable<NotifyTarget> kNotifyTargets{"notification target",
                                             {{"sqs", NotifyTarget::Sqs},
                                              {"sns", NotifyTarget::Sns},
                                              {"lambda", NotifyTarget::Lambda},
                                              {"eventbridge", NotifyTarget::EventBridge}}};

const WordTable<bool> kRateUnits{"rate unit", {{"rps", true}}};

const WordTable<bool> kVaultLockActions{"vault lock action", {{"delete", true}}};

const WordTable<bool> kVaultLockAges{"vault lock condition", {{"younger_than", true}}};

const WordTable<ConstKind> kConstKinds{"constant kind",
                                       {{"account", ConstKind::Account},
                                        {"org", ConstKind::Org},
                                        {"role", ConstKind::Role},
                                        {"user", ConstKind::User},
                                        {"key", ConstKind::Key},
                                        {"endpoint", ConstKind::Endpoint},
                                        {"vpc", ConstKind::Vpc},
                                        {"cidr", ConstKind::Cidr},
                                        {"distribution", ConstKind::Distribution}}};

const WordTable<TimeUnit> kTimeUnits{"duration unit",
                                     {{"s", TimeUnit::Seconds, false},
                                      {"sec", TimeUnit::Seconds, false},
                                      {"secs", TimeUnit::Seconds, false},
                                      {"second", TimeUnit::Seconds, false},
                                      {"seconds", TimeUnit::Seconds},
                                      {"m", TimeUnit::Minutes, false},
                                      {"min", TimeUnit::Minutes, false},
                                      {"mins", TimeUnit::Minutes, false},
                                      {"minute", TimeUnit::Minutes, false},
                                      {"minutes", TimeUnit::Minutes},
                                      {"h", TimeUnit::Hours, false},
                                      {"hour", TimeUnit::Hours, false},
                                      {"hours", TimeUnit::Hours},
                                      {"d", TimeUnit::Days, false},
                                      {"day", TimeUnit::Days, false},
                                      {"days", TimeUnit::Days},
                                      {"y", TimeUnit::Years, false},
                                      {"year", TimeUnit::Years, false},
                                      {"years", TimeUnit::Years}}};

}  // namespace bslc::syntax
