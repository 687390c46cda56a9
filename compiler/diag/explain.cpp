// The explanation of every diagnostic code. Entries are keyed by the code's
// id so this table may run ahead of codes.def during development; the diag
// unit test fails when a code in codes.def has no entry here.
#include "diag/explain.h"

#include <map>
#include <sstream>

namespace bslc::diag {

namespace {

using E = Explanation;

// clang-format off
const std::map<std::string_view, Explanation>& table() {
  static const std::map<std::string_view, Explanation> entries = {

// ---------------------------------------------------------------- E01xx input and syntax
{"E0101", E{
"The parser met a token it did not expect at this point of a declaration or setting. bslc recovers and keeps reading, "
"so later problems in the same file are reported too; fix the first error first, because one missing brace or "
"keyword often explains the ones after it.",
R"bsl(bucket records
  name "acme-patient-records"
})bsl",
R"bsl(bucket records {
  name "acme-patient-records"
})bsl"}},

{"E0102", E{
"A string opened with `\"` has no closing quote on the same line. Strings cannot span lines, so bslc stops the string "
"at the end of the line instead of swallowing the settings that follow.",
R"bsl(bucket records {
  name "acme-patient-records
})bsl",
R"bsl(bucket records {
  name "acme-patient-records"
})bsl"}},

{"E0103", E{
"A `/*` comment is never closed, so everything after it, to the end of the file, would be a comment and every "
"setting there would be silently ignored.",
R"bsl(/* temporarily disabled
bucket scratch { name "acme-scratch" }
bucket records { name "acme-patient-records" })bsl",
R"bsl(/* temporarily disabled
bucket scratch { name "acme-scratch" }
*/
bucket records { name "acme-patient-records" })bsl"}},

{"E0104", E{
"A character that cannot start any BSL token: often a typographic quote pasted from a document or chat, or a `;` "
"from another language. BSL strings use plain ASCII double quotes and settings need no terminator.",
R"bsl(bucket records {
  name “acme-patient-records”;
})bsl",
R"bsl(bucket records {
  name "acme-patient-records"
})bsl"}},

{"E0105", E{
"Inside strings the escapes are `\\\"`, `\\\\`, `\\n`, `\\t`, `\\r` and `\\u{...}`. Any other backslash sequence, such as "
"the `\\d` of a Windows path, is refused rather than guessed, because a guessed key prefix or ARN would silently "
"differ from the one meant.",
R"bsl(bucket logs { }
bucket records {
  logging to logs prefix "records\daily/"
})bsl",
R"bsl(bucket logs { }
bucket records {
  logging to logs prefix "records/daily/"
})bsl"}},

{"E0106", E{
"BSL files are UTF-8. Bytes that are not valid UTF-8, typically from a file saved as Latin-1 or UTF-16, cannot be "
"shown in messages or compared reliably with names in other files, so bslc stops at the first one. Save the file as "
"UTF-8 (without a byte order mark).",
R"bsl(// saved as Latin-1: the "é" below is the single byte 0xE9
test "café exports stay private" { })bsl",
R"bsl(// saved as UTF-8: "é" is the two bytes 0xC3 0xA9
test "café exports stay private" { })bsl"}},

{"E0107", E{
"A NUL byte never occurs in a text spec. It usually means a binary file, or a UTF-16 file in which every other byte is "
"zero, was passed to bslc. Convert the file to UTF-8 text.",
R"bsl(// records.bsl saved as UTF-16: b\0u\0c\0k\0e\0t\0 ...
bucket records { })bsl",
R"bsl(// records.bsl saved as UTF-8
bucket records { })bsl"}},

{"E0108", E{
"bslc refuses input above its size limit (2 MiB by default) before reading it, so a wrong argument such as a log file "
"or an archive cannot stall a build. Specs are small; split large ones into files joined with `import`.",
R"bsl(// everything.bsl: 3 MB of generated bucket blocks in one file
bucket b0001 { name "acme-b0001" }
// ... thousands more)bsl",
R"bsl(// main.bsl
import "./buckets/finance.bsl"
import "./buckets/research.bsl")bsl"}},

{"E0109", E{
"Brackets and braces may nest only to a fixed depth (32 levels by default). Real specs nest two or three levels; "
"deeper input is generated or corrupted, and the limit keeps the parser's work bounded on any input.",
R"bsl(bucket web {
  cors { allow origins [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["https://app.example.com"]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]] methods [GET] }
})bsl",
R"bsl(bucket web {
  cors { allow origins ["https://app.example.com"] methods [GET] }
})bsl"}},

{"E0110", E{
"After a number of syntax errors in one file (20 by default), bslc stops reporting: later errors are usually "
"consequences of earlier ones. Fix the errors shown and run bslc again.",
R"bsl(bucket records {
  name "acme-patient-records
  versioning on {
  grant partner read prefix
  // ... and many more broken lines)bsl",
R"bsl(account partner = "444455556666"
bucket records {
  name "acme-patient-records"
  versioning on
  grant partner read prefix "exports/"
})bsl"}},

{"E0111", E{
"A number that is malformed or too large to represent. Rates, durations and versions are plain decimal numbers.",
R"bsl(bucket records {
  expected_rate 90000000000000000000000 rps
  transport tls_only { min_version 1.2.3 }
})bsl",
R"bsl(bucket records {
  expected_rate 9000 rps
  transport tls_only { min_version 1.2 }
})bsl"}},

{"E0112", E{
"Durations take the units `s`, `m`, `h`, `d` and `y`, or their long forms (`seconds`, `minutes`, `hours`, `days`, "
"`years`). Weeks and months are not units because their length in seconds is ambiguous in AWS settings.",
R"bsl(bucket records {
  presigned max_age 1 week
})bsl",
R"bsl(bucket records {
  presigned max_age 7 days
})bsl"}},

{"E0113", E{
"bslc could not read an input file: it does not exist, is a directory, or is not readable by the current user. "
"Check the path; relative paths are resolved from the current directory.",
R"bsl(bslc check specs/recrods.bsl)bsl",
R"bsl(bslc check specs/records.bsl)bsl", "sh"}},

{"E0114", E{
"A word stands where one of a fixed set of words is expected (an encryption mode, a versioning state, an access "
"level, a unit), usually a misspelling. The message lists the words accepted there; `docs/language.md` describes "
"every setting.",
R"bsl(bucket records {
  encryption sse-kms
})bsl",
R"bsl(bucket records {
  encryption sse_kms
})bsl"}},

// ---------------------------------------------------------------- E02xx names and imports
{"E0201", E{
"A name is used but never declared. Accounts, roles, users, organizations, buckets and profiles must be declared in "
"this file or in an imported one; a typo and a missing `import` are the usual causes.",
R"bsl(role admin = "arn:aws:iam::111122223333:role/SecurityAdmin"
bucket records { grant admn read })bsl",
R"bsl(role admin = "arn:aws:iam::111122223333:role/SecurityAdmin"
bucket records { grant admin read })bsl"}},

{"E0202", E{
"Two declarations share one name, possibly in different files. A reference could then mean either, so bslc refuses "
"both; the notes show each definition.",
R"bsl(account partner = "444455556666"
account partner = "777788889999")bsl",
R"bsl(account partner    = "444455556666"
account auditor_co = "777788889999")bsl"}},

{"E0203", E{
"Files import each other in a loop. Imports must form a tree so that every name has one place of definition and "
"resolution terminates.",
R"bsl(// common.bsl
import "./records.bsl"
// records.bsl
import "./common.bsl")bsl",
R"bsl(// accounts.bsl holds the shared constants; both files import it
// common.bsl
import "./accounts.bsl"
// records.bsl
import "./accounts.bsl")bsl"}},

{"E0204", E{
"An imported file cannot be found. A path starting with `./` or `../` is resolved relative to the importing file; a "
"bare name refers to a standard library profile (`baseline`, `hipaa`, `pci_dss`, `log_destination`, "
"`cloudfront_origin`, `vpc_only`, `worm_archive`).",
R"bsl(import "hipa"
import "common.bsl")bsl",
R"bsl(import "hipaa"
import "./common.bsl")bsl"}},

{"E0205", E{
"A name is used where a different kind of thing is required, for example a role where a bucket is expected. The note "
"shows what the name is.",
R"bsl(role admin = "arn:aws:iam::111122223333:role/SecurityAdmin"
bucket records { logging to admin })bsl",
R"bsl(import "log_destination"
bucket logs { use log_destination }
bucket records { logging to logs })bsl"}},

{"E0206", E{
"One bucket sets the same setting twice. The second would silently replace the first, which hides mistakes in "
"review; write it once.",
R"bsl(bucket records {
  versioning on
  versioning suspended
})bsl",
R"bsl(bucket records {
  versioning on
})bsl"}},

{"E0207", E{
"Weakening one of the risky secure defaults (public access, plain HTTP, ACLs) needs a written reason, so reviewers and "
"auditors see why this bucket is an exception.",
R"bsl(bucket legacy {
  transport allow_http
})bsl",
R"bsl(bucket legacy {
  transport allow_http because "embedded devices without TLS; data is public firmware"
})bsl"}},

{"E0208", E{
"A bucket setting contradicts a profile the bucket uses. Profiles encode a standard (HIPAA, PCI DSS); a silent "
"deviation would defeat them, so changing a profile's value needs an explicit `override`, which reviewers can find. "
"The notes point at the profile's line and at the bucket's line.",
R"bsl(import "hipaa"
account owner = "111122223333"
bucket records {
  use hipaa
  account owner
  presigned max_age 10m
})bsl",
R"bsl(import "hipaa"
account owner = "111122223333"
bucket records {
  use hipaa
  account owner
  override presigned max_age 10m   // stricter than the profile's 1h
})bsl"}},

{"E0209", E{
"Profiles use each other in a loop, so applying one would never finish.",
R"bsl(profile strict { use extra }
profile extra { use strict }
bucket records { use strict })bsl",
R"bsl(profile base { transport tls_only { min_version 1.2 } }
profile strict { use base presigned forbid }
bucket records { use strict })bsl"}},

{"E0210", E{
"A test expectation or property names a bucket that is not declared. Resources in tests are written "
"`\"<bucket id>/<key>\"`, with the bucket's BSL name, not its physical name.",
R"bsl(account partner = "444455556666"
bucket records { name "acme-patient-records" }
test "partner reads exports" {
  expect allow partner s3:GetObject "acme-patient-records/exports/a.csv"
})bsl",
R"bsl(account partner = "444455556666"
bucket records { name "acme-patient-records" }
test "partner reads exports" {
  expect allow partner s3:GetObject "records/exports/a.csv"
})bsl"}},

{"E0211", E{
"This setting does not accept the duration unit given. Object lock retention is kept by S3 in days or years, so hours "
"or minutes cannot be expressed there.",
R"bsl(role admin = "arn:aws:iam::111122223333:role/Admin"
bucket archive {
  versioning on
  object_lock governance 48 hours { bypass only admin }
})bsl",
R"bsl(role admin = "arn:aws:iam::111122223333:role/Admin"
bucket archive {
  versioning on
  object_lock governance 2 days { bypass only admin }
})bsl"}},

// ---------------------------------------------------------------- E03xx values
{"E0301", E{
"S3 refuses bucket names outside its rules when the bucket is created, so the deploy would fail. A name has 3 to 63 "
"characters of lowercase letters, digits, `.` and `-`, begins and ends with a letter or digit, has no `..`, is not "
"an IP address, does not start with `xn--`, `sthree-` or `amzn-s3-demo-`, and does not end with `-s3alias`, "
"`--ol-s3`, `.mrap`, `--x-s3` or `--table-s3`. A bucket without `name` uses its BSL name, with `_` turned into `-`.",
R"bsl(bucket records {
  name "Acme_Patient_Records"
})bsl",
R"bsl(bucket records {
  name "acme-patient-records"
})bsl"}},

{"E0302", E{
"AWS account ids are exactly 12 digits. A mistyped id in a principal either makes AWS reject the policy or, worse, "
"grants access to a stranger's account.",
R"bsl(account partner = "44445555666"
bucket exports { grant partner read prefix "exports/" })bsl",
R"bsl(account partner = "444455556666"
bucket exports { grant partner read prefix "exports/" })bsl"}},

{"E0303", E{
"An ARN does not have the shape its service uses, or names the wrong service for where it is used (an SQS queue as an "
"SNS target, a user where a role is declared). AWS rejects such policies and configurations at deploy time (\"Invalid "
"principal\"), or the statement names nobody. Roles are `arn:aws:iam::ACCOUNT:role/NAME`, users "
"`arn:aws:iam::ACCOUNT:user/NAME`, KMS keys `arn:aws:kms:REGION:ACCOUNT:key/KEY-ID`, queues "
"`arn:aws:sqs:REGION:ACCOUNT:NAME`, topics `arn:aws:sns:REGION:ACCOUNT:NAME`, functions "
"`arn:aws:lambda:REGION:ACCOUNT:function:NAME`, distributions `arn:aws:cloudfront::ACCOUNT:distribution/ID`.",
R"bsl(role admin = "arn:aws:iam:111122223333:role/SecurityAdmin"
bucket records {
  notify object_created to sns "arn:aws:sqs:us-east-1:111122223333:ingest"
})bsl",
R"bsl(role admin = "arn:aws:iam::111122223333:role/SecurityAdmin"
bucket records {
  notify object_created to sqs "arn:aws:sqs:us-east-1:111122223333:ingest"
})bsl"}},

{"E0304", E{
"An address range is not a valid IPv4 or IPv6 CIDR (a bare address means /32 or /128). AWS refuses the policy, or the "
"perimeter would not mean what was written.",
R"bsl(role admin = "arn:aws:iam::111122223333:role/Admin"
bucket records {
  only_via source_ip "203.0.113.0/33" except admin
})bsl",
R"bsl(role admin = "arn:aws:iam::111122223333:role/Admin"
bucket records {
  only_via source_ip "203.0.113.0/24" except admin
})bsl"}},

{"E0305", E{
"VPC ids are `vpc-` followed by 8 or 17 lowercase hexadecimal digits. A malformed id never matches `aws:SourceVpc`, "
"so a perimeter built on it denies everyone.",
R"bsl(role admin = "arn:aws:iam::111122223333:role/Admin"
bucket training {
  only_via vpc "vpc-12345" except admin
})bsl",
R"bsl(role admin = "arn:aws:iam::111122223333:role/Admin"
bucket training {
  only_via vpc "vpc-0a1b2c3d" except admin
})bsl"}},

{"E0306", E{
"VPC endpoint ids are `vpce-` followed by 8 or 17 lowercase hexadecimal digits. Writing the VPC's id instead of the "
"endpoint's is a common slip; `aws:SourceVpce` would never match and the perimeter would deny everyone.",
R"bsl(role admin = "arn:aws:iam::111122223333:role/Admin"
bucket training {
  only_via vpce "vpc-1a2b3c4d" except admin
})bsl",
R"bsl(role admin = "arn:aws:iam::111122223333:role/Admin"
bucket training {
  only_via vpce "vpce-1a2b3c4d" except admin
})bsl"}},

{"E0307", E{
"Organization ids are `o-` followed by 10 to 32 lowercase letters or digits. A malformed id in `aws:PrincipalOrgID` "
"never matches, so an organization grant would grant nothing.",
R"bsl(org acme = "a1b2c3d4e5"
bucket shared { grant org acme list })bsl",
R"bsl(org acme = "o-a1b2c3d4e5"
bucket shared { grant org acme list })bsl"}},

{"E0308", E{
"KMS aliases are `alias/` followed by letters, digits, `/`, `_` and `-`, up to 256 characters. The prefix "
"`alias/aws/` is reserved for AWS managed keys, so KMS refuses to create such an alias.",
R"bsl(account owner = "111122223333"
bucket records {
  account owner
  encryption sse_kms { key new "alias/aws/patient-records" }
})bsl",
R"bsl(account owner = "111122223333"
bucket records {
  account owner
  encryption sse_kms { key new "alias/patient-records" }
})bsl"}},

{"E0309", E{
"A region code has the shape `us-east-1`: an area, one or more words and a number. Anything else cannot be a region, "
"and every region-specific ARN, endpoint and quota would be wrong.",
R"bsl(bucket records {
  region "us-east"
})bsl",
R"bsl(bucket records {
  region "us-east-1"
})bsl"}},

{"E0310", E{
"S3 negotiates TLS 1.0 to 1.3 only. A minimum above 1.3 becomes `NumericLessThan s3:TlsVersion` on a higher number, "
"which refuses every connection and makes the bucket unusable (aws-cdk#30226); a value below 1.0 protects nothing.",
R"bsl(bucket records {
  transport tls_only { min_version 1.4 }
})bsl",
R"bsl(bucket records {
  transport tls_only { min_version 1.2 }
})bsl"}},

{"E0311", E{
"Service principals are host names of AWS services such as `logging.s3.amazonaws.com` or "
"`cloudfront.amazonaws.com`. A misspelt one makes AWS reject the policy, or grants a name that no service uses.",
R"bsl(bucket logs {
  grant "logging_s3.amazonaws.com" write
})bsl",
R"bsl(bucket logs {
  account "111122223333"
  grant "logging.s3.amazonaws.com" write
})bsl"}},

{"E0312", E{
"Condition keys have the form `service:Key`, for example `aws:SourceVpce` or `s3:ExistingObjectTag/Classification`. "
"A key without its service prefix is not a key AWS sets, so a condition on it never holds.",
R"bsl(bucket training {
  deny everyone s3:DeleteObject unless SourceVpce = "vpce-1a2b3c4d"
})bsl",
R"bsl(bucket training {
  deny everyone s3:DeleteObject unless aws:SourceVpce = "vpce-1a2b3c4d"
})bsl"}},

{"E0313", E{
"Glacier vault names have 1 to 255 characters of letters, digits, `_`, `-` and `.`; the vault could not be created "
"with any other name.",
R"bsl(vault archive {
  name "acme claims archive"
})bsl",
R"bsl(vault archive {
  name "acme-claims-archive"
})bsl"}},

{"W0301", E{
"The region is well formed but not in bslc's list of AWS regions, which is usually a typo. If AWS has opened the region "
"after this release of bslc, acknowledge the warning; quotas for unknown regions use the default KMS quota.",
R"bsl(bucket records {
  region "eu-west-4"
})bsl",
R"bsl(bucket records {
  region "eu-west-2"
})bsl"}},

// ---------------------------------------------------------------- AWS catalog (issue 12)
{"E0314", E{
"Every action a spec, test or property names is looked up in bslc's catalog of AWS actions (S3, KMS, IAM, STS, "
"Glacier), generated from AWS's Service Authorization Reference. IAM accepts a misspelt action in a policy without "
"complaint and simply never matches it, so `deny everyone s3:DeleteObjct` protects nothing and a test on it "
"\"passes\" for the wrong reason. A wildcard pattern must match at least one action.",
R"bsl(bucket records {
  deny everyone s3:DeleteObjct
})bsl",
R"bsl(bucket records {
  deny everyone s3:DeleteObject
})bsl"}},

{"E0315", E{
"Condition keys are looked up in bslc's catalog of global keys and the keys of S3, KMS, IAM, STS and Glacier. A "
"request never carries a misspelt key, so a condition on it is always false (or, under a negated operator, always "
"true): the guard silently does nothing.",
R"bsl(bucket records {
  deny everyone s3:DeleteObject unless aws:SecureTransprt = true
})bsl",
R"bsl(bucket records {
  deny everyone s3:DeleteObject unless aws:SecureTransport = true
})bsl"}},

{"E0316", E{
"Each condition key has a value type in AWS's Service Authorization Reference. Bool keys compare with `true` or "
"`false`; Numeric keys with numbers; Date keys with ISO 8601 dates or epoch seconds; IPAddress keys with an address "
"or CIDR; ARN keys with ARNs; String keys that hold ids (accounts, organizations, VPCs) never with an ARN, and keys "
"with a fixed set of values (`s3:x-amz-server-side-encryption`: `AES256`, `aws:kms`, `aws:kms:dsse`; "
"`s3:object-lock-mode`: `GOVERNANCE`, `COMPLIANCE`) only with one of them. A value of another type never matches.",
R"bsl(bucket records {
  deny everyone s3:PutObject unless s3:x-amz-server-side-encryption = "kms"
})bsl",
R"bsl(bucket records {
  deny everyone s3:GetObject unless s3:ExistingObjectTag/Classification = "Public"
})bsl"}},

{"W0302", E{
"A service condition key is present only on the requests whose action AWS documents it for: "
"`s3:x-amz-server-side-encryption` comes with `s3:PutObject`, never with `s3:GetObject`. On any other action the key "
"is absent, so the condition decides the same way for every request: a deny `unless` it holds always applies, and a "
"test that sets it does not describe a request AWS can send (the simulator leaves such keys out).",
R"bsl(bucket records {
  deny everyone s3:GetObject unless s3:x-amz-server-side-encryption = "aws:kms"
})bsl",
R"bsl(bucket records {
  deny everyone s3:PutObject unless s3:x-amz-server-side-encryption = "aws:kms"
})bsl"}},

{"W0303", E{
"S3 authorizes every step of a multipart upload as `s3:PutObject`, but only CreateMultipartUpload sends the "
"`x-amz-tagging` and `x-amz-object-lock-*` headers; UploadPart and CompleteMultipartUpload send none of them, and "
"SDKs switch to multipart above a few MiB. A bucket policy that denied uploads without a tag would refuse every large "
"upload, so bslc denies only a tag (or header) that is present with a value outside the list. A missing tag cannot "
"be refused by a bucket policy; check for it downstream and acknowledge the warning.",
R"bsl(bucket records {
  require tag Classification in ["PHI", "Internal"] on upload
})bsl",
R"bsl(bucket records {
  require tag Classification in ["PHI", "Internal"] on upload
  acknowledge W0303 because "the ingest job tags every object and an S3 event flags untagged ones"
})bsl"}},

{"W0304", E{
"CloudFront fetches from an S3 (non-website) origin with the protocol the viewer used. A bucket that accepts only "
"HTTPS (the default `transport tls_only`) therefore answers 403 to every cache miss of a viewer on plain HTTP, unless "
"the distribution redirects HTTP viewers to HTTPS (`redirect-to-https`) or refuses them (`https-only`). The "
"distribution is not managed by the spec, so the generated READMEs carry the step; acknowledge the warning once the "
"distribution is set.",
R"bsl(distribution site = "arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE"
bucket web {
  account "111122223333"
  grant cloudfront site read
})bsl",
R"bsl(distribution site = "arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE"
bucket web {
  account "111122223333"
  grant cloudfront site read
  acknowledge W0304 because "the distribution's viewer protocol policy is redirect-to-https"
})bsl"}},

{"W0305", E{
"The standalone S3 Glacier service (vaults and vault lock) no longer accepts new customers. New archives belong in an "
"S3 bucket with an archive storage class (S3 Glacier Flexible Retrieval or Deep Archive), where Object Lock in "
"compliance mode gives the same write-once retention as a vault lock. Keep a `vault` only for an existing vault, and "
"acknowledge the warning there.",
R"bsl(vault archive {
  name "acme-claims-archive"
  account "111122223333"
  lock deny delete younger_than 365 days
})bsl",
R"bsl(bucket archive {
  versioning on
  object_lock compliance 1 year
})bsl"}},

{"W0306", E{
"A custom deny that refuses every principal outside an organization (`deny everyone ... unless aws:PrincipalOrgID = "
"...`) also refuses AWS service principals, which act for the bucket but carry no organization id: server access log "
"delivery, CloudTrail, CloudFront. `only_via org <org>` writes the same perimeter with the service-principal "
"exemption (`aws:PrincipalIsAWSService`) and takes `except <names>`.",
R"bsl(org acme = "o-a1b2c3d4e5"
bucket logs {
  account "111122223333"
  deny everyone s3:* unless aws:PrincipalOrgID = acme
}
bucket records {
  account "111122223333"
  logging to logs
})bsl",
R"bsl(org acme = "o-a1b2c3d4e5"
bucket logs {
  account "111122223333"
  only_via org acme
}
bucket records {
  account "111122223333"
  logging to logs
})bsl"}},

{"W0506", E{
"S3 blocks SSE-C uploads by default on buckets created since April 2026 (`BlockedEncryptionTypes`). A bucket that "
"uses `sse_c` must unblock it in its default-encryption rule, which the Terraform AWS provider supports from 6.22 "
"(`blocked_encryption_types`, without a perpetual diff from 6.40). The generated configuration targets provider "
"`~> 5.0`, so terraform/README.md has the `aws s3api put-bucket-encryption` step that unblocks it.",
R"bsl(bucket uploads {
  encryption sse_c
})bsl",
R"bsl(bucket uploads {
  encryption sse_c
  acknowledge W0506 because "the README step runs in the deploy pipeline after terraform apply"
})bsl"}},

// ---------------------------------------------------------------- E04xx settings and semantics
{"E0401", E{
"With SSE-C every request carries the customer's encryption key in a header. S3 rejects SSE-C requests over plain "
"HTTP, and the key must never travel unencrypted, so a bucket that uses SSE-C and accepts HTTP contradicts itself.",
R"bsl(bucket uploads {
  encryption sse_c
  transport allow_http because "legacy scanner"
})bsl",
R"bsl(bucket uploads {
  encryption sse_c   // TLS-only is the default
})bsl"}},

{"E0402", E{
"MFA delete is part of a bucket's versioning configuration: it guards the permanent deletion of versions and changes "
"of the versioning state. Without versioning there is nothing to guard, and S3 refuses the configuration.",
R"bsl(bucket records {
  versioning suspended { mfa_delete on }
})bsl",
R"bsl(bucket records {
  versioning on { mfa_delete on }
})bsl"}},

{"E0403", E{
"Object lock protects object versions, so S3 requires versioning to be enabled; once object lock is on, versioning can "
"never be suspended again.",
R"bsl(role admin = "arn:aws:iam::111122223333:role/Admin"
bucket archive {
  object_lock governance 30 days { bypass only admin }
})bsl",
R"bsl(role admin = "arn:aws:iam::111122223333:role/Admin"
bucket archive {
  versioning on
  object_lock governance 30 days { bypass only admin }
})bsl"}},

{"E0404", E{
"A default retention is one mode and one period, given in days or in years, never both; S3 rejects a rule with both or "
"with neither. For object lock without a default retention write `object_lock on`.",
R"bsl(role admin = "arn:aws:iam::111122223333:role/Admin"
bucket archive {
  versioning on
  object_lock governance 1 years 30 days { bypass only admin }
})bsl",
R"bsl(role admin = "arn:aws:iam::111122223333:role/Admin"
bucket archive {
  versioning on
  object_lock governance 395 days { bypass only admin }
})bsl"}},

{"E0405", E{
"S3 accepts default retention periods from 1 day to 100 years (36,500 days); a vault lock's minimum archive age must "
"be at least 1 day. Outside these ranges the configuration is rejected.",
R"bsl(role admin = "arn:aws:iam::111122223333:role/Admin"
bucket archive {
  versioning on
  object_lock governance 150 years { bypass only admin }
})bsl",
R"bsl(role admin = "arn:aws:iam::111122223333:role/Admin"
bucket archive {
  versioning on
  object_lock governance 10 years { bypass only admin }
})bsl"}},

{"E0406", E{
"All four Block Public Access settings are on by default. With `BlockPublicPolicy` on, S3 rejects any bucket policy "
"that grants public access, so the deploy would fail. Either open the bucket explicitly, with a reason, or serve the "
"files through CloudFront, which needs no public access.",
R"bsl(bucket site {
  grant public read because "marketing site"
})bsl",
R"bsl(import "cloudfront_origin"
distribution cdn = "arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE"
bucket site {
  use cloudfront_origin
  grant cloudfront cdn read
})bsl"}},

{"E0407", E{
"S3 writes a log record for every log delivery, and when a bucket logs into itself those deliveries are logged too: an "
"endless stream of logs about logs that grows the bill and buries the records that matter. Log to a separate bucket.",
R"bsl(bucket records {
  logging to records prefix "logs/"
})bsl",
R"bsl(import "log_destination"
bucket logs { use log_destination }
bucket records {
  logging to logs prefix "records/"
})bsl"}},

{"E0408", E{
"Server access log delivery writes only to target buckets whose default encryption is SSE-S3. With SSE-KMS or DSSE-KMS "
"on the target, logs are simply not delivered, and the source bucket reports no error.",
R"bsl(account owner = "111122223333"
bucket logs {
  account owner
  encryption sse_kms { key new "alias/logs" }
}
bucket records { logging to logs })bsl",
R"bsl(import "log_destination"
bucket logs { use log_destination }   // SSE-S3
bucket records { logging to logs })bsl"}},

{"E0409", E{
"S3 does not deliver server access logs to a bucket with an object lock default retention, so no log would ever "
"arrive. Keep the log target free of default retention.",
R"bsl(bucket logs {
  versioning on
  object_lock compliance 1 years
}
bucket records { logging to logs })bsl",
R"bsl(import "log_destination"
bucket logs { use log_destination }
bucket records { logging to logs })bsl"}},

{"E0410", E{
"Log delivery writes log objects without encryption headers and relies on the target's default encryption. A target "
"that uses SSE-C refuses uploads without SSE-C headers, so it refuses every log object, silently.",
R"bsl(bucket logs {
  encryption sse_c
}
bucket records { logging to logs })bsl",
R"bsl(bucket logs {
  encryption sse_s3
}
bucket records { logging to logs })bsl"}},

{"E0411", E{
"S3 delivers server access logs only to a target bucket in the same region and owned by the same account as the "
"source bucket; any other target never receives a log.",
R"bsl(bucket logs { region "eu-west-1" }
bucket records {
  region "us-east-1"
  logging to logs
})bsl",
R"bsl(bucket logs { region "us-east-1" }
bucket records {
  region "us-east-1"
  logging to logs
})bsl"}},

{"E0412", E{
"Objects encrypted with the AWS managed key `aws/s3` can only be decrypted by principals of the key's own account: "
"its key policy is fixed and cannot name another account. A grant to another account (or to CloudFront) then passes "
"the bucket policy and still fails every read with AccessDenied (aws-cdk#14934). Use a customer managed key, whose "
"key policy bslc extends with the grantees.",
R"bsl(account owner   = "111122223333"
account partner = "444455556666"
bucket exports {
  account owner
  encryption sse_kms        // no key: the AWS managed aws/s3 key
  grant partner read
})bsl",
R"bsl(account owner   = "111122223333"
account partner = "444455556666"
bucket exports {
  account owner
  encryption sse_kms { key new "alias/exports" bucket_key on }
  grant partner read
})bsl"}},

{"E0413", E{
"Requests for SSE-KMS and DSSE-KMS objects must be signed, because S3 calls KMS on the caller's behalf; anonymous "
"requests can never be authorized to use a KMS key. A public read grant on such a bucket therefore fails for every "
"object.",
R"bsl(account owner = "111122223333"
bucket site {
  account owner
  public_access allow policy because "public downloads"
  encryption sse_kms { key new "alias/site" }
  grant public read because "public downloads"
})bsl",
R"bsl(bucket site {
  public_access allow policy because "public downloads"
  encryption sse_s3
  grant public read because "public downloads"
})bsl"}},

{"E0414", E{
"A SigV4 pre-signed URL is valid for at most 7 days, so a policy limit above 7 days never applies and suggests a "
"protection that does not exist; a limit of zero or less forbids every pre-signed URL, which `presigned forbid` says "
"plainly. Leaked URLs are bearer credentials: keep the limit short.",
R"bsl(bucket records {
  presigned max_age 30 days
})bsl",
R"bsl(bucket records {
  presigned max_age 1h
})bsl"}},

{"E0415", E{
"Bucket names are unique across all AWS accounts of a partition. Two buckets of one spec with the same physical name "
"would be one bucket: the second deploy fails or overwrites the first bucket's configuration.",
R"bsl(bucket raw     { name "acme-data" }
bucket curated { name "acme-data" })bsl",
R"bsl(bucket raw     { name "acme-data-raw" }
bucket curated { name "acme-data-curated" })bsl"}},

{"E0416", E{
"A deny on `s3:PutBucketPolicy` or `s3:DeleteBucketPolicy` for every principal, under conditions an administrator's "
"ordinary session cannot meet (outside a VPC endpoint or an address range, without MFA), leaves only the account's "
"root user able to change or delete the bucket policy; deploys from CI fail as well. This is the most common way "
"teams lock themselves out (peers: analytical-platform#10629, opg-digideps#2920). Exempt the role that deploys the "
"bucket. If a root-user break-glass procedure is the intended way, acknowledge the error with the reason.",
R"bsl(bucket training {
  only_via vpce "vpce-1a2b3c4d"
})bsl",
R"bsl(role admin = "arn:aws:iam::111122223333:role/PlatformDeploy"
bucket training {
  only_via vpce "vpce-1a2b3c4d" except admin
})bsl"}},

{"E0417", E{
"S3 Bucket Keys are supported for SSE-KMS only; DSSE-KMS applies two layers of encryption per object and cannot use "
"them, so S3 rejects the configuration.",
R"bsl(account owner = "111122223333"
bucket records {
  account owner
  encryption dsse_kms { key new "alias/records" bucket_key on }
})bsl",
R"bsl(account owner = "111122223333"
bucket records {
  account owner
  encryption dsse_kms { key new "alias/records" }
})bsl"}},

{"E0418", E{
"S3 event notifications deliver only to SNS topics, SQS queues and Lambda functions in the bucket's own region; the "
"notification configuration is rejected otherwise. Route events across regions with EventBridge.",
R"bsl(bucket records {
  region "us-east-1"
  notify object_created to sqs "arn:aws:sqs:eu-west-1:111122223333:ingest"
})bsl",
R"bsl(bucket records {
  region "us-east-1"
  notify object_created to sqs "arn:aws:sqs:us-east-1:111122223333:ingest"
})bsl"}},

{"E0419", E{
"An acknowledgement records an accepted risk. Errors describe output that AWS would reject or that would not do what "
"the spec says, so they cannot be acknowledged, with one exception: the lockout error E0416, which can be a deliberate "
"choice. Fix the setting instead.",
R"bsl(bucket uploads {
  encryption sse_c
  transport allow_http because "legacy scanner"
  acknowledge E0401 because "scanner cannot do TLS"
})bsl",
R"bsl(bucket uploads {
  encryption sse_c
})bsl"}},

{"E0420", E{
"The acknowledged code is not one bslc reports, usually a typo. Such an acknowledgement would suppress nothing while "
"looking as if it did.",
R"bsl(bucket archive {
  acknowledge W409 because "SEC 17a-4 retention"
})bsl",
R"bsl(bucket archive {
  acknowledge W0409 because "SEC 17a-4 retention"
})bsl"}},

{"E0421", E{
"An acknowledgement must say why the risk is accepted; an empty reason leaves the next reviewer guessing.",
R"bsl(bucket archive {
  acknowledge W0409 because ""
})bsl",
R"bsl(bucket archive {
  acknowledge W0409 because "SEC 17a-4 requires seven years of WORM retention"
})bsl"}},

{"E0422", E{
"S3 can only encrypt with a KMS key from the bucket's own region; a key elsewhere makes the encryption configuration "
"and every upload fail.",
R"bsl(bucket records {
  region "us-east-1"
  encryption sse_kms { key arn "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" }
})bsl",
R"bsl(bucket records {
  region "us-east-1"
  encryption sse_kms { key arn "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" }
})bsl"}},

{"E0423", E{
"With client-side encryption the client encrypts objects before uploading them; S3 receives ciphertext and no "
"encryption header, so there is nothing a bucket policy could require. `require header` would look like a control "
"while doing nothing.",
R"bsl(bucket vault_data {
  encryption client_side { require header }
})bsl",
R"bsl(bucket vault_data {
  encryption client_side
})bsl"}},

{"W0401", E{
"S3 never sees private addresses in `aws:SourceIp`. Traffic from a VPC arrives either through a VPC endpoint, where the "
"key is absent, or through a NAT gateway, where S3 sees the gateway's public address. A perimeter on 10.0.0.0/8 "
"therefore matches nothing and, as an allow-list, shuts the VPC out. Use a VPC endpoint or VPC perimeter instead.",
R"bsl(role admin = "arn:aws:iam::111122223333:role/Admin"
bucket training {
  only_via source_ip "10.0.0.0/8" except admin
})bsl",
R"bsl(role admin = "arn:aws:iam::111122223333:role/Admin"
bucket training {
  only_via vpce "vpce-1a2b3c4d" except admin
})bsl"}},

{"W0402", E{
"`require header` asks that every upload name the bucket's encryption, but AWS cannot enforce that: multipart uploads "
"send the `x-amz-server-side-encryption` headers only with CreateMultipartUpload, never with UploadPart or "
"CompleteMultipartUpload, and SDKs switch to multipart above a few MiB, so a deny on a missing header makes large "
"uploads impossible. bslc therefore denies only a header that is present and names another algorithm or key (it does "
"that for every SSE-KMS and DSSE-KMS bucket anyway); uploads without the header get default encryption, which applies "
"the same algorithm and key. The same holds for a custom `deny ... unless s3:x-amz-server-side-encryption...`: its "
"statements get a `Null: false` guard. Acknowledge the warning once you rely on default encryption, or remove "
"`require header`.",
R"bsl(account owner = "111122223333"
bucket records {
  account owner
  encryption sse_kms { key new "alias/records" require header }
})bsl",
R"bsl(account owner = "111122223333"
bucket records {
  account owner
  encryption sse_kms { key new "alias/records" }   // default encryption covers every upload
})bsl"}},

{"W0403", E{
"Conditions on `s3:x-amz-server-side-encryption-aws-kms-key-id` see the key's ARN, so a condition pinned to an alias "
"never matches; a deny on a different key then refuses every upload. Aliases also resolve in the caller's account, "
"so other accounts cannot use them. Name the key by its ARN.",
R"bsl(bucket records {
  encryption sse_kms { key arn "arn:aws:kms:us-east-1:111122223333:alias/records" }
})bsl",
R"bsl(bucket records {
  encryption sse_kms { key arn "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" }
})bsl"}},

{"W0404", E{
"Every SSE-KMS upload calls KMS `GenerateDataKey` and every download calls `Decrypt`. These calls share the account's "
"\"Cryptographic operations (symmetric) request rate\" quota in the region: 100,000 requests per second in "
"us-east-1, us-west-2 and eu-west-1, 20,000 in us-east-2, ap-southeast-1, ap-southeast-2, ap-northeast-1, "
"eu-central-1 and eu-west-2, and 10,000 elsewhere (adjustable on request; configurable in bslc). Above it, requests "
"are throttled. A bucket key lets S3 reuse a bucket-level key and cuts KMS calls by up to 99%.",
R"bsl(account owner = "111122223333"
bucket clicks {
  account owner
  region "eu-west-2"
  encryption sse_kms { key new "alias/clicks" }
  expected_rate 30000 rps
})bsl",
R"bsl(account owner = "111122223333"
bucket clicks {
  account owner
  region "eu-west-2"
  encryption sse_kms { key new "alias/clicks" bucket_key on }
  expected_rate 30000 rps
})bsl"}},

{"W0405", E{
"CORS tells browsers which websites' scripts may call the bucket. An origin of `*` with PUT, POST or DELETE lets a "
"script on any web page send writes with whatever pre-signed URL or credentials it gets hold of. List the origins "
"that need to write.",
R"bsl(bucket uploads {
  cors { allow origins ["*"] methods [GET, PUT] }
})bsl",
R"bsl(bucket uploads {
  cors { allow origins ["https://portal.example.com"] methods [GET, PUT] }
})bsl"}},

{"W0406", E{
"With ACLs enabled (`object_writer`, or `bucket_owner_preferred` when the uploader omits `bucket-owner-full-control`), "
"an object uploaded by another account belongs to that account. The bucket owner's policy cannot grant access to it, "
"and the owner may not even be able to read it. `bucket_owner_enforced`, the default, makes the bucket owner own "
"every object.",
R"bsl(account partner = "444455556666"
bucket drop {
  ownership object_writer because "legacy uploader sets ACLs"
  grant partner write prefix "incoming/"
})bsl",
R"bsl(account partner = "444455556666"
bucket drop {
  grant partner write prefix "incoming/"
})bsl"}},

{"W0407", E{
"In governance mode, any principal allowed `s3:BypassGovernanceRetention` (which `s3:*` includes) who sends the bypass "
"header can delete locked versions or shorten their retention. With `bypass anyone`, every administrator role can; "
"name who may bypass.",
R"bsl(bucket backups {
  versioning on
  object_lock governance 30 days { bypass anyone }
})bsl",
R"bsl(role admin = "arn:aws:iam::111122223333:role/BackupAdmin"
bucket backups {
  versioning on
  object_lock governance 30 days { bypass only admin }
})bsl"}},

{"W0408", E{
"With nobody allowed to bypass (`bypass nobody`, or no `bypass` clause: the bucket policy then denies "
"`s3:BypassGovernanceRetention` to everyone), governance mode behaves like compliance mode for everyone but the root "
"user, who can still delete the bucket policy that forbids the bypass. If nobody should ever delete early, compliance mode says so "
"and holds even against the root user; otherwise name an administrator.",
R"bsl(bucket backups {
  versioning on
  object_lock governance 30 days { bypass nobody }
})bsl",
R"bsl(role admin = "arn:aws:iam::111122223333:role/BackupAdmin"
bucket backups {
  versioning on
  object_lock governance 30 days { bypass only admin }
})bsl"}},

{"W0409", E{
"Compliance mode cannot be undone: until the retention ends, nobody, not even the root user, can delete a locked "
"version or shorten its retention, and the storage is billed all that time. A completed Glacier vault lock is "
"likewise permanent. A wrong period, or personal data that must be erased, cannot be fixed. When this is the intent, "
"acknowledge it with the regulation that requires it.",
R"bsl(bucket archive {
  versioning on
  object_lock compliance 10 years
})bsl",
R"bsl(bucket archive {
  versioning on
  object_lock compliance 7 years
  acknowledge W0409 because "SEC 17a-4 requires seven years of WORM retention"
})bsl"}},

{"W0410", E{
"CloudFormation's `VersioningConfiguration` has only a status, so no template can turn MFA delete on; only the bucket "
"owner's root user can, through the CLI or API with its MFA device. The help line gives the exact command. Run it "
"after deploying, and acknowledge the warning once the step is in your runbook.",
R"bsl(bucket records {
  versioning on { mfa_delete on }
})bsl",
R"bsl(bucket records {
  versioning on { mfa_delete on }
  acknowledge W0410 because "runbook RB-12: root enables MFA delete after each new deploy"
})bsl"}},

{"W0411", E{
"A restriction on objects tagged K=V is only as strong as the tag: a principal allowed to tag objects can rewrite K "
"and then read the object. Protect the tag so that only named principals can change it.",
R"bsl(role admin = "arn:aws:iam::111122223333:role/SecurityAdmin"
bucket records {
  restrict tag Classification = "PHI" to principal_tag Clearance = "PHI"
})bsl",
R"bsl(role admin = "arn:aws:iam::111122223333:role/SecurityAdmin"
bucket records {
  restrict tag Classification = "PHI" to principal_tag Clearance = "PHI"
  protect tag Classification except admin
})bsl"}},

{"W0412", E{
"Compliance mode cannot be bypassed by anyone, so a `bypass` setting has no effect and suggests a safety valve that "
"does not exist.",
R"bsl(role admin = "arn:aws:iam::111122223333:role/Admin"
bucket archive {
  versioning on
  object_lock compliance 7 years { bypass only admin }
})bsl",
R"bsl(bucket archive {
  versioning on
  object_lock compliance 7 years
})bsl"}},

{"W0413", E{
"Bucket keys reduce the KMS calls of SSE-KMS. With SSE-S3, SSE-C or client-side encryption there are no KMS calls to "
"reduce, so the setting does nothing.",
R"bsl(bucket records {
  encryption sse_s3 { bucket_key on }
})bsl",
R"bsl(bucket records {
  encryption sse_s3
})bsl"}},

{"W0414", E{
"When a bucket policy is public and `RestrictPublicBuckets` is on, S3 lets only AWS services and principals of the "
"bucket owner's account in: the public grant has no effect, and every cross-account grant of the same policy stops "
"working too. This arises when `BlockPublicPolicy` is off but `RestrictPublicBuckets` is not; "
"`public_access allow policy` turns both off.",
R"bsl(// a profile or import that lifts only BlockPublicPolicy
bucket site {
  grant public read because "public downloads"
})bsl",
R"bsl(bucket site {
  public_access allow policy because "public downloads"
  grant public read because "public downloads"
})bsl"}},

{"W0415", E{
"An acknowledgement that suppresses nothing is stale: the risk went away or the setting changed. Left in place, it "
"would silently hide the warning if the risk came back.",
R"bsl(role admin = "arn:aws:iam::111122223333:role/BackupAdmin"
bucket backups {
  versioning on
  object_lock governance 30 days { bypass only admin }
  acknowledge W0409 because "seven-year retention"
})bsl",
R"bsl(role admin = "arn:aws:iam::111122223333:role/BackupAdmin"
bucket backups {
  versioning on
  object_lock governance 30 days { bypass only admin }
})bsl"}},

// `statement "Sid" { ... }`: the escape hatch.
{"E0480", E{
"A policy statement written out with `statement` must say what it does: `allow` or `deny` once, who (`principal`, "
"`everyone` for every caller) and what (`action`), and its resources at most once (`prefix` or `resource`; the "
"bucket and its objects when neither). AWS rejects a bucket policy statement without a Principal or an Action, so "
"bslc refuses it before the deploy does.",
R"bsl(role auditor = "arn:aws:iam::111122223333:role/Auditor"
bucket records {
  statement "LegacyAuditRead" {
    principal auditor
    action s3:GetObject
  }
})bsl",
R"bsl(role auditor = "arn:aws:iam::111122223333:role/Auditor"
bucket records {
  statement "LegacyAuditRead" {
    allow
    principal auditor
    action s3:GetObject
    prefix "audit/"
  }
})bsl"}},

{"E0481", E{
"A `statement` has the fields of an IAM policy statement, spelled as BSL words: `principal`, `action`, `resource` "
"and their negated forms `not_principal`, `not_action`, `not_resource`, plus `prefix`, `condition` and `allow` or "
"`deny`. Any other word would be dropped from the statement, so it is an error.",
R"bsl(role auditor = "arn:aws:iam::111122223333:role/Auditor"
bucket records {
  statement "LegacyAuditRead" {
    allow
    principals auditor
    action s3:GetObject
  }
})bsl",
R"bsl(role auditor = "arn:aws:iam::111122223333:role/Auditor"
bucket records {
  statement "LegacyAuditRead" {
    allow
    principal auditor
    action s3:GetObject
  }
})bsl"}},

{"E0482", E{
"IAM accepts only ASCII letters and digits in a statement id (Sid); S3 rejects a bucket policy with any other "
"character. bslc emits the Sid of a written statement exactly as given, so it must already be valid.",
R"bsl(role auditor = "arn:aws:iam::111122223333:role/Auditor"
bucket records {
  statement "legacy audit read" {
    allow
    principal auditor
    action s3:GetObject
  }
})bsl",
R"bsl(role auditor = "arn:aws:iam::111122223333:role/Auditor"
bucket records {
  statement "LegacyAuditRead" {
    allow
    principal auditor
    action s3:GetObject
  }
})bsl"}},

{"E0483", E{
"A `condition` in a written statement names an IAM condition operator, such as `StringEquals`, `ArnLike`, "
"`NumericLessThan`, `Bool`, `IpAddress` or `Null`, optionally with the `ForAnyValue:` / `ForAllValues:` set "
"qualifiers and the `IfExists` suffix. AWS rejects a policy with any other operator.",
R"bsl(role auditor = "arn:aws:iam::111122223333:role/Auditor"
bucket records {
  statement "LegacyAuditRead" {
    allow
    principal auditor
    action s3:GetObject
    condition StringEqual aws:PrincipalTag/team ["audit"]
  }
})bsl",
R"bsl(role auditor = "arn:aws:iam::111122223333:role/Auditor"
bucket records {
  statement "LegacyAuditRead" {
    allow
    principal auditor
    action s3:GetObject
    condition StringEquals aws:PrincipalTag/team ["audit"]
  }
})bsl"}},

{"E0484", E{
"A written statement keeps its Sid, and Sids are unique within a policy. This one is already taken, by another "
"written statement or by one bslc generates (`bslc compile` lists them in <bucket>/sources.json); renaming either "
"silently would break whoever refers to it.",
R"bsl(role auditor = "arn:aws:iam::111122223333:role/Auditor"
bucket records {
  statement "DenyInsecureTransport" {
    deny
    principal everyone
    action s3:*
    condition Bool aws:SecureTransport false
  }
})bsl",
R"bsl(role auditor = "arn:aws:iam::111122223333:role/Auditor"
bucket records {
  statement "LegacyDenyPlainHttp" {
    deny
    principal everyone
    action s3:*
    condition Bool aws:SecureTransport false
  }
})bsl"}},

{"E0485", E{
"A Principal element names accounts, roles, users, services or everyone, never an organization or a CloudFront "
"distribution: those are conditions on `aws:PrincipalOrgID` and `aws:SourceArn`. Write the condition out, or use "
"`grant org` / `grant cloudfront`, which do it for you.",
R"bsl(org acme = "o-a1b2c3d4e5"
bucket records {
  statement "OrgRead" {
    allow
    principal acme
    action s3:GetObject
  }
})bsl",
R"bsl(org acme = "o-a1b2c3d4e5"
bucket records {
  statement "OrgRead" {
    allow
    principal everyone
    action s3:GetObject
    condition StringEquals aws:PrincipalOrgID acme
  }
})bsl"}},

// ---------------------------------------------------------------- E05xx outputs, W05xx targets
{"E0501", E{
"S3 limits a bucket policy to 20 KB. bslc refuses to write a policy that AWS would reject; many grants to single "
"principals usually collapse into fewer statements with an organization grant or shared prefixes.",
R"bsl(bucket shared {
  grant team001 read prefix "team001/"
  grant team002 read prefix "team002/"
  // ... 300 more per-team grants
})bsl",
R"bsl(org acme = "o-a1b2c3d4e5"
bucket shared {
  grant org acme read prefix "teams/"
})bsl"}},

{"E0502", E{
"An IAM identity policy may hold at most 6,144 characters, not counting whitespace. The identity policy bslc writes for "
"a cross-account grantee would exceed it; combine that grantee's grants, for example under one prefix.",
R"bsl(bucket data {
  grant partner read prefix "exports/2024-01/"
  grant partner read prefix "exports/2024-02/"
  // ... one grant per month for years
})bsl",
R"bsl(account partner = "444455556666"
bucket data {
  grant partner read prefix "exports/"
})bsl"}},

{"E0503", E{
"A KMS key policy may hold at most 32 KB. The key policy bslc writes for a bucket's new key grows with each "
"cross-account grantee; group grantees by organization or account.",
R"bsl(account owner = "111122223333"
bucket data {
  account owner
  encryption sse_kms { key new "alias/data" }
  grant partner001 read
  // ... hundreds of grantees in other accounts
})bsl",
R"bsl(account owner = "111122223333"
org partners = "o-a1b2c3d4e5"
bucket data {
  account owner
  encryption sse_kms { key new "alias/data" }
  grant org partners read
})bsl"}},

{"E0504", E{
"A Glacier vault lock policy may hold at most 20 KB; a larger one cannot be installed.",
R"bsl(// a vault whose generated lock policy grew beyond 20 KB, e.g. from statements added
// by a future setting; today's single-statement lock policy stays far below the limit
vault archive {
  name    "acme-archive"
  account "111122223333"
  lock deny delete younger_than 365 days
})bsl",
R"bsl(vault archive {
  name    "acme-archive"
  account "111122223333"
  lock deny delete younger_than 365 days
})bsl"}},

// ---------------------------------------------------------------- E08xx configuration and baselines
{"E0801", E{
"The project configuration file `.bslc.yaml` (found from each spec's folder upwards, up to the repository root) "
"has a key bslc does not know, a value of the wrong type, or a code that cannot be disabled. bslc stops rather than "
"guess, because a misspelt `werror` or `disable` would silently change what CI enforces.",
R"yaml(werror: yes please
disabel: [W0401])yaml",
R"yaml(werror: true
disable: [W0401])yaml", "yaml"}},

{"E0802", E{
"The baseline file named by `--baseline` or by `baseline:` in `.bslc.yaml` is not a baseline bslc wrote: it must be "
"a JSON object with `version` 1 and a `findings` list of `{file, scope, code, count}`. Rewrite it from the current "
"findings with `bslc check --write-baseline FILE SPEC...`.",
R"json({"findings": "W0401"})json",
R"json({
  "version": 1,
  "findings": [
    {"file": "specs/records.bsl", "scope": "bucket records", "code": "W0401", "count": 1}
  ]
})json", "json"}},

{"W0801", E{
"A baseline entry hides up to `count` findings with its file, scope and code; fewer exist now, so the finding was "
"fixed (or moved to another bucket). Remove the entry so a regression is not hidden by it in the future: rewrite the "
"baseline with `--write-baseline`, or delete the line.",
R"json({"file": "specs/records.bsl", "scope": "bucket records", "code": "W0401", "count": 2})json",
R"json({"file": "specs/records.bsl", "scope": "bucket records", "code": "W0401", "count": 1})json", "json"}},

{"E0505", E{
"Some documents cannot be written without the owner's account id: the policy of a new KMS key names the account root "
"as administrator, a vault's ARN contains its account, and statements for AWS services (CloudTrail delivery, a grant "
"to a service principal) are pinned to the owner with `aws:SourceAccount` so the service cannot act here for another "
"account. Add `account` to the bucket or vault.",
R"bsl(bucket records {
  encryption sse_kms { key new "alias/records" }
})bsl",
R"bsl(account owner = "111122223333"
bucket records {
  account owner
  encryption sse_kms { key new "alias/records" }
})bsl"}},

{"W0501", E{
"Retired: bslc no longer reports W0501. The warning that CloudFormation cannot turn on MFA delete is W0410, which "
"`bslc check` reports too; the generated cloudformation/README.md still lists the CLI step the root user runs.",
R"bsl(bucket records {
  versioning on { mfa_delete on }
})bsl",
R"bsl(bucket records {
  versioning on { mfa_delete on }
  acknowledge W0410 because "root runs the README step after each new deploy"
})bsl"}},

{"W0502", E{
"CloudFormation has no vault lock resource, so the Glacier vault lock is installed and completed with the CLI steps in "
"cloudformation/README.md. The lock stays in progress for 24 hours, time to test it, before completion makes it "
"permanent.",
R"bsl(vault archive {
  account "111122223333"
  lock deny delete younger_than 365 days
})bsl",
R"bsl(vault archive {
  account "111122223333"
  lock deny delete younger_than 365 days
  acknowledge W0502 because "vault lock is completed by the README steps"
})bsl"}},

{"W0503", E{
"CloudFormation turns object lock on only when it creates a bucket; for an existing bucket a stack update would mean "
"replacing it, which fails for a named bucket. cloudformation/README.md shows how to enable object lock in place "
"and import the bucket. For a new bucket, nothing needs doing.",
R"bsl(bucket archive {         // already exists in the account
  versioning on
  object_lock compliance 7 years
})bsl",
R"bsl(bucket archive {
  versioning on
  object_lock compliance 7 years
  acknowledge W0503 because "new bucket, created by this stack"
})bsl"}},

{"W0504", E{
"Terraform can turn MFA delete on, but only with the root user's credentials and a current code of its MFA device "
"(the `mfa` argument). terraform/README.md shows how to apply with them.",
R"bsl(bucket records {
  versioning on { mfa_delete on }
})bsl",
R"bsl(bucket records {
  versioning on { mfa_delete on }
  acknowledge W0504 because "MFA delete is applied once by the root user"
})bsl"}},

{"W0505", E{
"A CloudFormation stack creates all its resources in the region it is deployed to, so one template cannot hold buckets "
"of several regions. Compile each region's buckets from a separate spec, or use the Terraform target.",
R"bsl(bucket us_data { region "us-east-1" }
bucket eu_data { region "eu-west-1" })bsl",
R"bsl(// us.bsl
bucket us_data { region "us-east-1" }
// eu.bsl
bucket eu_data { region "eu-west-1" })bsl"}},

// ---------------------------------------------------------------- E06xx/W06xx policy document lints
{"E0601", E{
"`Bool` compares a key with \"true\" or \"false\". Any other value never matches, so the statement never applies: a "
"deny that never denies.",
R"json({"Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
 "Resource": ["arn:aws:s3:::acme-data", "arn:aws:s3:::acme-data/*"],
 "Condition": {"Bool": {"aws:SecureTransport": "no"}}})json",
R"json({"Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
 "Resource": ["arn:aws:s3:::acme-data", "arn:aws:s3:::acme-data/*"],
 "Condition": {"Bool": {"aws:SecureTransport": "false"}}})json", "json"}},

{"E0602", E{
"`Numeric*` operators compare numbers; a value with units or words never matches, so the statement never applies. "
"Note that `s3:signatureAge` counts milliseconds.",
R"json({"Sid": "PresignMax10Min", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
 "Resource": "arn:aws:s3:::acme-data/*",
 "Condition": {"StringEquals": {"s3:authType": "REST-QUERY-STRING"},
               "NumericGreaterThan": {"s3:signatureAge": "10 minutes"}}})json",
R"json({"Sid": "PresignMax10Min", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
 "Resource": "arn:aws:s3:::acme-data/*",
 "Condition": {"StringEquals": {"s3:authType": "REST-QUERY-STRING"},
               "NumericGreaterThan": {"s3:signatureAge": "600000"}}})json", "json"}},

{"E0603", E{
"S3 negotiates TLS 1.0 to 1.3. `NumericLessThan` on a value above 1.3 in a deny refuses every connection and makes "
"the bucket unusable (aws-cdk#30226); a value below 1.0 never matches.",
R"json({"Sid": "DenyOutdatedTls", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
 "Resource": ["arn:aws:s3:::acme-data", "arn:aws:s3:::acme-data/*"],
 "Condition": {"NumericLessThan": {"s3:TlsVersion": "1.4"}}})json",
R"json({"Sid": "DenyOutdatedTls", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
 "Resource": ["arn:aws:s3:::acme-data", "arn:aws:s3:::acme-data/*"],
 "Condition": {"NumericLessThan": {"s3:TlsVersion": "1.2"}}})json", "json"}},

{"E0604", E{
"IAM requires each Sid to be unique within a policy, and reviews, explanations and bslc's trace from statements to "
"spec lines rely on it.",
R"json({"Statement": [
  {"Sid": "Read", "Effect": "Allow", "Principal": {"AWS": "444455556666"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::acme-data/*"},
  {"Sid": "Read", "Effect": "Allow", "Principal": {"AWS": "444455556666"}, "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::acme-data"}]})json",
R"json({"Statement": [
  {"Sid": "ReadObjects", "Effect": "Allow", "Principal": {"AWS": "444455556666"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::acme-data/*"},
  {"Sid": "ListBucket", "Effect": "Allow", "Principal": {"AWS": "444455556666"}, "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::acme-data"}]})json",
"json"}},

{"W0601", E{
"An S3 action matches only resources of its own level: object actions such as `s3:GetObject` need "
"`arn:aws:s3:::bucket/key`, bucket actions such as `s3:ListBucket` need `arn:aws:s3:::bucket`, and account actions "
"such as `s3:ListAllMyBuckets` need `\"*\"`. A statement naming the wrong level grants, or denies, nothing for that "
"action.",
R"json({"Sid": "PartnerRead", "Effect": "Allow", "Principal": {"AWS": "444455556666"},
 "Action": ["s3:GetObject", "s3:ListBucket"], "Resource": "arn:aws:s3:::acme-data"})json",
R"json({"Sid": "PartnerRead", "Effect": "Allow", "Principal": {"AWS": "444455556666"},
 "Action": ["s3:GetObject", "s3:ListBucket"],
 "Resource": ["arn:aws:s3:::acme-data", "arn:aws:s3:::acme-data/*"]})json", "json"}},

{"W0602", E{
"Negated operators (`StringNotEquals`, `ArnNotLike`, `NotIpAddress`, ...) are true when the key is absent from the "
"request. In an Allow, requests without the key are allowed: anonymous requests carry no `aws:PrincipalOrgID`. In a "
"Deny, they are denied: uploads that rely on default encryption carry no `s3:x-amz-server-side-encryption`, and "
"traffic through a VPC endpoint carries no `aws:SourceIp`. The message names who lacks the key. Add a `Null` "
"condition when absent keys should not count.",
R"json({"Sid": "DenyWrongSse", "Effect": "Deny", "Principal": "*", "Action": "s3:PutObject",
 "Resource": "arn:aws:s3:::acme-data/*",
 "Condition": {"StringNotEquals": {"s3:x-amz-server-side-encryption": "aws:kms"}}})json",
R"json({"Sid": "DenyWrongSse", "Effect": "Deny", "Principal": "*", "Action": "s3:PutObject",
 "Resource": "arn:aws:s3:::acme-data/*",
 "Condition": {"StringNotEquals": {"s3:x-amz-server-side-encryption": "aws:kms"},
               "Null": {"s3:x-amz-server-side-encryption": "false"}}})json", "json"}},

{"W0603", E{
"`ForAnyValue` and `ForAllValues` are meant for multivalued keys such as `aws:TagKeys`. On a single-valued key AWS "
"advises against them: `ForAllValues` is true when the key is absent, so an Allow also admits requests without it.",
R"json({"Sid": "AllowLogDelivery", "Effect": "Allow", "Principal": {"Service": "logging.s3.amazonaws.com"},
 "Action": "s3:PutObject", "Resource": "arn:aws:s3:::acme-logs/*",
 "Condition": {"ForAnyValue:ArnLike": {"aws:SourceArn": "arn:aws:s3:::acme-data"}}})json",
R"json({"Sid": "AllowLogDelivery", "Effect": "Allow", "Principal": {"Service": "logging.s3.amazonaws.com"},
 "Action": "s3:PutObject", "Resource": "arn:aws:s3:::acme-logs/*",
 "Condition": {"ArnLike": {"aws:SourceArn": "arn:aws:s3:::acme-data"}}})json", "json"}},

{"W0604", E{
"S3 fills `s3:x-amz-server-side-encryption-aws-kms-key-id` with the key's ARN, so a comparison with an alias never "
"matches; a deny on \"any other key\" then refuses every SSE-KMS upload. Compare with the key ARN.",
R"json({"Sid": "DenyWrongKey", "Effect": "Deny", "Principal": "*", "Action": "s3:PutObject",
 "Resource": "arn:aws:s3:::acme-data/*",
 "Condition": {"StringNotEquals": {"s3:x-amz-server-side-encryption-aws-kms-key-id": "alias/records"}}})json",
R"json({"Sid": "DenyWrongKey", "Effect": "Deny", "Principal": "*", "Action": "s3:PutObject",
 "Resource": "arn:aws:s3:::acme-data/*",
 "Condition": {"ArnNotEqualsIfExists": {"s3:x-amz-server-side-encryption-aws-kms-key-id":
   "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"}}})json", "json"}},

{"W0605", E{
"Two statements are identical apart from their Sid. The copy changes nothing, but reviewers must compare them to know "
"that, and an edit to one later leaves the other behind.",
R"json({"Statement": [
  {"Sid": "ReadA", "Effect": "Allow", "Principal": {"AWS": "444455556666"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::acme-data/*"},
  {"Sid": "ReadB", "Effect": "Allow", "Principal": {"AWS": "444455556666"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::acme-data/*"}]})json",
R"json({"Statement": [
  {"Sid": "PartnerRead", "Effect": "Allow", "Principal": {"AWS": "444455556666"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::acme-data/*"}]})json",
"json"}},

{"W0606", E{
"A statement has no effect of its own: a broader statement with the same principal and conditions already covers "
"its actions and resources, or an unconditional deny overrides everything it allows. Usually the narrow statement "
"was meant to be the only grant, and the broad one is a leftover.",
R"json({"Statement": [
  {"Sid": "PartnerReadAll", "Effect": "Allow", "Principal": {"AWS": "444455556666"}, "Action": "s3:Get*", "Resource": "arn:aws:s3:::acme-data/*"},
  {"Sid": "PartnerReadExports", "Effect": "Allow", "Principal": {"AWS": "444455556666"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::acme-data/exports/*"}]})json",
R"json({"Statement": [
  {"Sid": "PartnerReadExports", "Effect": "Allow", "Principal": {"AWS": "444455556666"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::acme-data/exports/*"}]})json",
"json"}},

{"W0607", E{
"`aws:MultiFactorAuthPresent` exists only in requests made with temporary credentials. Requests signed with long-term "
"access keys lack it, so a deny on `Bool ... \"false\"` never applies to them, the very callers MFA should stop. Use "
"`BoolIfExists`.",
R"json({"Sid": "DenyDeleteWithoutMfa", "Effect": "Deny", "Principal": "*", "Action": "s3:DeleteObject",
 "Resource": "arn:aws:s3:::acme-data/*",
 "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "false"}}})json",
R"json({"Sid": "DenyDeleteWithoutMfa", "Effect": "Deny", "Principal": "*", "Action": "s3:DeleteObject",
 "Resource": "arn:aws:s3:::acme-data/*",
 "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}})json", "json"}},

{"W0608", E{
"A deny for every principal covers `s3:PutBucketPolicy` or `s3:DeleteBucketPolicy`, and its conditions all hold for an "
"administrator working from the console or CI (over TLS, outside any VPC endpoint, without MFA). Once applied, only "
"the account's root user can change or delete the policy. Exempt the administrator's role.",
R"json({"Sid": "DenyOutsideVpce", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
 "Resource": ["arn:aws:s3:::acme-data", "arn:aws:s3:::acme-data/*"],
 "Condition": {"StringNotEquals": {"aws:SourceVpce": "vpce-1a2b3c4d"}}})json",
R"json({"Sid": "DenyOutsideVpce", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
 "Resource": ["arn:aws:s3:::acme-data", "arn:aws:s3:::acme-data/*"],
 "Condition": {"StringNotEquals": {"aws:SourceVpce": "vpce-1a2b3c4d"},
               "ArnNotEquals": {"aws:PrincipalArn": "arn:aws:iam::111122223333:role/PlatformDeploy"}}})json",
"json"}},

// ---------------------------------------------------------------- E07xx/W07xx the verifier
{"E0701", E{
"A `property` is a claim about every request, proved by an SMT solver over the documents exactly as emitted. This "
"one is false: the verifier found a request inside the claim's scope that the documents allow (for `never allow`) "
"or refuse (for `always allow`). The diagnostic shows that request, the statements that decide it with their spec "
"lines, and `bslc verify` prints a `bslc simulate` command that replays it. Either the spec grants more than meant, "
"or the property claims more than the spec says.",
R"bsl(account partner = "444455556666"
bucket records {
  name "acme-patient-records"
  account "111122223333"
  grant partner read
}
property "the partner reads exports only" {
  never allow s3:GetObject on records by partner where not prefix "exports/"
})bsl",
R"bsl(account partner = "444455556666"
bucket records {
  name "acme-patient-records"
  account "111122223333"
  grant partner read prefix "exports/"
}
property "the partner reads exports only" {
  never allow s3:GetObject on records by partner where not prefix "exports/"
})bsl"}},

{"E0702", E{
"The verifier could neither prove the property nor find a counterexample: the solver ran out of time (`bslc verify "
"--timeout`), or the property or the documents use a construct whose meaning the verifier does not encode exactly "
"(a policy variable such as `${aws:username}` inside a pattern, or a key compared as two different types, whose "
"values are then only sampled). An unproved property fails like a violated one: a claim nobody checked is no "
"guarantee. The message names the reason.",
R"bsl(bucket data {
  name    "acme-data"
  account "111122223333"
}
property "no anonymous reads by old clients" {
  never allow s3:GetObject on data by anonymous where aws:UserAgent like "curl/*" and aws:UserAgent < 8
})bsl",
R"bsl(bucket data {
  name    "acme-data"
  account "111122223333"
}
property "no anonymous reads by old clients" {
  never allow s3:GetObject on data by anonymous where aws:UserAgent like "curl/7*"
})bsl"}},

{"E0703", E{
"Each predicate of a property becomes a policy comparison: `=`/`in` compare text (or booleans, numbers, addresses), "
"`like` matches wildcards, and `<`, `<=`, `>`, `>=` compare numbers or ISO 8601 dates. Ordering a word has no "
"meaning, so the property cannot be checked as written.",
R"bsl(bucket data {
  name "acme-data"
}
property "no reads by old clients" {
  never allow s3:GetObject on data where aws:UserAgent < "curl/8"
})bsl",
R"bsl(bucket data {
  name "acme-data"
}
property "no reads by old clients" {
  never allow s3:GetObject on data where aws:UserAgent like "curl/7*"
})bsl"}},

{"W0701", E{
"Built-in property: unless a spec grants public access, no unsigned (anonymous) request may be allowed. bslc's own "
"statements satisfy it; it guards documents edited or imported by hand, where one `Principal: \"*\"` statement "
"without a condition lets anyone in (Block Public Access then decides whether it counts).",
R"json({"Sid": "ShareReports", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
 "Resource": "arn:aws:s3:::acme-data/reports/*"})json",
R"json({"Sid": "ShareReports", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:root"},
 "Action": "s3:GetObject", "Resource": "arn:aws:s3:::acme-data/reports/*"})json", "json"}},

{"W0702", E{
"Built-in property of TLS-only buckets: no request with `aws:SecureTransport = false` is allowed. It fails when the "
"deny on plain HTTP is missing or narrowed (to some actions or some resources) in the documents.",
R"json({"Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": "*", "Action": "s3:GetObject",
 "Resource": "arn:aws:s3:::acme-data/*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}})json",
R"json({"Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
 "Resource": ["arn:aws:s3:::acme-data", "arn:aws:s3:::acme-data/*"],
 "Condition": {"Bool": {"aws:SecureTransport": "false"}}})json", "json"}},

{"W0703", E{
"Built-in property of buckets with `min_version`: no request over an older TLS version (`s3:TlsVersion` below the "
"minimum) is allowed.",
R"json({"Sid": "DenyOutdatedTls", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
 "Resource": ["arn:aws:s3:::acme-data", "arn:aws:s3:::acme-data/*"],
 "Condition": {"NumericLessThan": {"s3:TlsVersion": "1.1"}}})json",
R"json({"Sid": "DenyOutdatedTls", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
 "Resource": ["arn:aws:s3:::acme-data", "arn:aws:s3:::acme-data/*"],
 "Condition": {"NumericLessThan": {"s3:TlsVersion": "1.2"}}})json", "json"}},

{"W0704", E{
"Built-in property: nobody outside the bucket's own account and the principals the spec grants to (accounts, roles, "
"users, organizations, CloudFront, log delivery for log targets, CloudTrail for trail buckets) is allowed anything. "
"A statement for another account, or an open principal with too weak a condition, fails it; the counterexample "
"names the stranger.",
R"json({"Sid": "OrgRead", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
 "Resource": "arn:aws:s3:::acme-data/*", "Condition": {"StringLike": {"aws:PrincipalOrgID": "o-*"}}})json",
R"json({"Sid": "OrgRead", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
 "Resource": "arn:aws:s3:::acme-data/*", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}})json",
"json"}},

{"W0705", E{
"Built-in property of buckets with `require header`: every upload the documents allow is stored with the required "
"encryption and key. The verifier follows S3: a request that sends its own encryption header gets it, one that "
"sends none gets the bucket default. It fails when some permitted upload could choose another algorithm or key.",
R"json({"Sid": "DenyWrongKey", "Effect": "Deny", "Principal": "*", "Action": "s3:PutObject",
 "Resource": "arn:aws:s3:::acme-data/*",
 "Condition": {"StringNotEquals": {"s3:x-amz-server-side-encryption": "aws:kms"}}})json",
R"json({"Sid": "DenyWrongKey", "Effect": "Deny", "Principal": "*", "Action": "s3:PutObject",
 "Resource": "arn:aws:s3:::acme-data/*",
 "Condition": {"StringNotEquals": {"s3:x-amz-server-side-encryption-aws-kms-key-id":
   "arn:aws:kms:us-east-1:111122223333:key/1a2b3c4d-1111-2222-3333-444455556666"},
   "Null": {"s3:x-amz-server-side-encryption-aws-kms-key-id": "false"}}})json", "json"}},

{"W0706", E{
"Built-in property of tag restrictions: an object tagged `K = V` is never readable by a principal without the "
"principal tag the restriction names. It fails when the deny is missing, or when a grant reaches such objects "
"another way.",
R"json({"Sid": "DenyUncleared", "Effect": "Deny", "Principal": "*", "Action": "s3:GetObject",
 "Resource": "arn:aws:s3:::acme-records/charts/*",
 "Condition": {"StringEquals": {"s3:ExistingObjectTag/Classification": "PHI"},
               "StringNotEquals": {"aws:PrincipalTag/Clearance": "PHI"}}})json",
R"json({"Sid": "DenyUncleared", "Effect": "Deny", "Principal": "*", "Action": ["s3:GetObject", "s3:GetObjectVersion"],
 "Resource": "arn:aws:s3:::acme-records/*",
 "Condition": {"StringEquals": {"s3:ExistingObjectTag/Classification": "PHI"},
               "StringNotEquals": {"aws:PrincipalTag/Clearance": "PHI"}}})json", "json"}},

{"W0707", E{
"Built-in property: some principal of the bucket's account other than its root user can still call "
"`s3:PutBucketPolicy` and `s3:DeleteBucketPolicy` (given an identity policy that allows it). A deny that covers every "
"such principal locks the account out: only the root user, which S3 always lets manage the bucket policy, could "
"repair it.",
R"bsl(bucket data {
  name "acme-data"
  account "111122223333"
  deny everyone [s3:PutBucketPolicy, s3:DeleteBucketPolicy]
})bsl",
R"bsl(role admin = "arn:aws:iam::111122223333:role/PlatformAdmin"
bucket data {
  name "acme-data"
  account "111122223333"
  deny everyone [s3:PutBucketPolicy, s3:DeleteBucketPolicy] unless principal = admin
})bsl"}},

{"W0708", E{
"A built-in property could be neither proved nor refuted: the solver ran out of time, or the documents use a "
"construct the verifier does not encode exactly (a policy variable such as `${aws:username}` in a pattern, or a key "
"compared as two types). The message names it; acknowledge the warning if the construct is intended.",
R"json({"Sid": "HomeDirectories", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"},
 "Action": "s3:GetObject", "Resource": "arn:aws:s3:::acme-home/${aws:username}/*"})json",
R"json({"Sid": "HomeDirectories", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"},
 "Action": "s3:GetObject", "Resource": "arn:aws:s3:::acme-home/*"})json", "json"}},

  };
  return entries;
}
// clang-format on

// Wraps a paragraph at `width` columns, indenting every line.
std::string wrap(std::string_view text, size_t width, std::string_view indent) {
  std::string out, line;
  std::istringstream words{std::string(text)};
  std::string word;
  while (words >> word) {
    if (!line.empty() && indent.size() + line.size() + 1 + word.size() > width) {
      out += std::string(indent) + line + "\n";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
  }
  if (!line.empty()) out += std::string(indent) + line + "\n";
  return out;
}

std::string indent_block(std::string_view code, std::string_view indent) {
  std::string out;
  size_t start = 0;
  while (start <= code.size()) {
    size_t end = code.find('\n', start);
    if (end == std::string_view::npos) end = code.size();
    out += std::string(indent) + std::string(code.substr(start, end - start)) + "\n";
    start = end + 1;
  }
  return out;
}

std::string lowercase_anchor(std::string_view id) {
  std::string out(id);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::optional<Explanation> explanation(Code code) {
  const auto& t = table();
  const auto it = t.find(info(code).id);
  if (it == t.end()) return std::nullopt;
  return it->second;
}

std::string render_explanation(Code code) {
  const CodeInfo& ci = info(code);
  std::string out = std::string(ci.id) + ": " + std::string(ci.title) + " (" +
                    std::string(severity_name(ci.default_severity)) + ")\n";
  const auto e = explanation(code);
  if (!e) return out + "\nNo long explanation has been written for this code yet.\n";
  out += "\nWhy it matters:\n" + wrap(e->why, 80, "  ");
  out += "\nExample that triggers it:\n" + indent_block(e->bad, "    ");
  out += "\nFixed:\n" + indent_block(e->good, "    ");
  return out;
}

std::string render_markdown() {
  std::string out =
      "# Diagnostics\n\n"
      "<!-- Generated from compiler/diag/explain.cpp; refresh with BSLC_UPDATE_GOLDEN=1 and the diag unit tests. "
      "Do not edit by hand. -->\n\n"
      "Every diagnostic bslc reports has a stable code; `bslc explain CODE` prints the text below. Errors (`E`) stop "
      "compilation and nothing is written. Warnings (`W`) do not, unless `--werror` is given; `--disable CODE` hides "
      "a warning for one run. A bucket or vault can accept a warning's risk, and the lockout error E0416, in the "
      "spec: `acknowledge CODE because \"reason\"`. An acknowledgement that no longer matches anything is itself "
      "reported (W0415).\n\n"
      "| Code | Severity | Title |\n|---|---|---|\n";
  for (const CodeInfo& ci : all_codes())
    out += "| [" + std::string(ci.id) + "](#" + lowercase_anchor(ci.id) + ") | " +
           std::string(severity_name(ci.default_severity)) + " | " + std::string(ci.title) + " |\n";
  for (const CodeInfo& ci : all_codes()) {
    out += "\n<a id=\"" + lowercase_anchor(ci.id) + "\"></a>\n## " + std::string(ci.id) + ": " + std::string(ci.title) +
           "\n\nSeverity: " + std::string(severity_name(ci.default_severity)) + "\n\n";
    const auto e = explanation(ci.code);
    if (!e) {
      out += "No long explanation has been written for this code yet.\n";
      continue;
    }
    out += std::string(e->why) + "\n\nExample that triggers it:\n\n```" + std::string(e->language) + "\n" +
           std::string(e->bad) + "\n```\n\nFixed:\n\n```" + std::string(e->language) + "\n" + std::string(e->good) +
           "\n```\n";
  }
  return out;
}

}  // namespace bslc::diag
