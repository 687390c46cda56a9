// Value validators: pure functions over strings, no diagnostics, no model.
// Each `*_problem` function returns std::nullopt for a valid value, or a short
// lowercase phrase saying what is wrong ("has 11 digits; an account id has
// exactly 12"), ready to follow the value in a message. Sema may call these
// while resolving; check_model calls them on the resolved model (E03xx).
// Sources: S3 bucket naming rules, IAM/KMS/SNS/SQS/Lambda/CloudFront ARN
// formats, reference §1.9 and §4.2.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bslc::check {

// General purpose bucket names: 3-63 characters of a-z 0-9 . -, starting and
// ending with a letter or digit, no `..`, not an IPv4 address, no reserved
// prefix (xn--, sthree-, amzn-s3-demo-) or suffix (-s3alias, --ol-s3, .mrap,
// --x-s3, --table-s3).
std::optional<std::string> bucket_name_problem(std::string_view name);

// Glacier vault names: 1-255 characters of A-Z a-z 0-9 _ - .
std::optional<std::string> vault_name_problem(std::string_view name);

// Exactly 12 decimal digits.
std::optional<std::string> account_id_problem(std::string_view id);

// `o-` followed by 10-32 lowercase letters or digits.
std::optional<std::string> org_id_problem(std::string_view id);

// `vpc-` / `vpce-` followed by 8 or 17 lowercase hex digits.
std::optional<std::string> vpc_id_problem(std::string_view id);
std::optional<std::string> vpc_endpoint_id_problem(std::string_view id);

// `alias/NAME`: up to 256 characters of A-Z a-z 0-9 / _ -; `alias/aws/` is
// reserved for AWS managed keys.
std::optional<std::string> kms_alias_problem(std::string_view alias);

// Region shape (`us-east-1`, `us-gov-west-1`, `eusc-de-east-1`); whether the
// region exists is is_known_region's question.
std::optional<std::string> region_problem(std::string_view region);
bool is_known_region(std::string_view region);

// TLS versions S3 can negotiate: 1.0, 1.1, 1.2, 1.3 (as numbers: "1" is 1.0).
std::optional<std::string> tls_version_problem(std::string_view version);

// A service principal host such as `logging.s3.amazonaws.com`.
std::optional<std::string> service_principal_problem(std::string_view host);

// `prefix:Name`, e.g. `aws:SourceIp`, `s3:ExistingObjectTag/Classification`.
std::optional<std::string> condition_key_problem(std::string_view key);

// ARNs: the first five colons split partition, service, region, account; the
// resource keeps any further colons.
struct Arn {
  std::string partition, service, region, account, resource;
};
std::optional<Arn> parse_arn(std::string_view text);

enum class ArnKind { IamRole, IamUser, KmsKey, SnsTopic, SqsQueue, LambdaFunction, CloudFrontDistribution };
const char* describe(ArnKind kind);  // "an IAM role ARN"
std::optional<std::string> arn_problem(std::string_view text, ArnKind kind);
// `arn:aws:kms:REGION:ACCOUNT:alias/NAME`: valid for default encryption, but
// conditions and other accounts see key ARNs.
bool is_kms_alias_arn(std::string_view text);

// IPv4 or IPv6 CIDR; a bare address means /32 or /128.
struct Cidr {
  bool v6 = false;
  std::array<uint8_t, 16> bytes{};  // IPv4 uses the first 4
  int prefix = 0;
};
std::optional<Cidr> parse_cidr(std::string_view text);
std::optional<std::string> cidr_problem(std::string_view text);
// The name of the non-public range that wholly contains `cidr` ("RFC 1918
// private"), or nullopt for a public range. S3 never sees such addresses in
// aws:SourceIp: traffic from them arrives through a VPC endpoint or NAT.
std::optional<std::string> private_range(const Cidr& cidr);

}  // namespace bslc::check
