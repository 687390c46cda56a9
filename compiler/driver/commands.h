// The subcommands, as the CLI calls them. Each returns a process exit code
// (driver/exit_codes.h) and writes only to the given streams. Internal faults
// (exceptions) are caught here, reported as `internal error`, exit code 3.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "driver/compile_outputs.h"
#include "driver/diag_options.h"
#include "driver/streams.h"

namespace bslc::driver {

// bslc check FILE...: every stage up to the lints on lowered documents.
struct CheckOptions {
  std::vector<std::string> files;
  DiagOptions diag;
  unsigned jobs = 0;                          // files checked at once (-j); 0: the machine's cores
  std::optional<std::string> baseline;        // hide the findings recorded there (baseline.h)
  std::optional<std::string> write_baseline;  // record the current findings there first
};
int run_check(const CheckOptions& options, Streams streams);

// bslc dump-ast FILE: the parse tree in its stable text form (syntax errors fail).
struct DumpAstOptions {
  std::string file;
  DiagOptions diag;
};
int run_dump_ast(const DumpAstOptions& options, Streams streams);

// bslc compile FILE... -o DIR: every output, written atomically.
struct CompileOptions {
  std::vector<std::string> files;
  std::string out_dir;
  TargetFormats formats;
  DiagOptions diag;
  bool quiet = false;  // no per-file listing on stdout
};
int run_compile(const CompileOptions& options, Streams streams);

// bslc simulate: one request (--principal/--action/--key) or a batch (--requests).
struct SimulateOptions {
  std::optional<std::string> spec;      // SPEC.bsl (with --bucket)
  std::optional<std::string> bucket;    // BSL id of the bucket in SPEC
  std::optional<std::string> policy;    // bucket-policy.json instead of a spec
  std::optional<std::string> identity;  // identities.json
  std::optional<std::string> kms_key_policy;
  std::optional<std::string> settings;  // settings.json: Block Public Access, encryption, object lock...
  std::optional<std::string> resource_account;
  // Single request.
  std::optional<std::string> principal;
  std::optional<std::string> action;
  std::optional<std::string> key;       // object key inside the bucket
  std::optional<std::string> resource;  // full ARN, instead of --key
  std::vector<std::string> context;     // key=value; a key given twice becomes a list
  // Batch.
  std::optional<std::string> requests;  // requests.jsonl, "-" for stdin
  enum class Format { Text, Jsonl } format = Format::Text;
  DiagOptions diag;
};
int run_simulate(const SimulateOptions& options, Streams streams);

// bslc test FILE...: every `test` block, evaluated on the emitted documents.
struct TestOptions {
  std::vector<std::string> files;
  DiagOptions diag;
  unsigned jobs = 0;  // files tested at once (-j); 0: the machine's cores
};
int run_test(const TestOptions& options, Streams streams);

// bslc fmt FILE...: each spec rewritten in the canonical layout (syntax/format.h).
struct FmtOptions {
  std::vector<std::string> files;  // "-": stdin to stdout
  bool check = false;              // write nothing; list and diff what would change; exit 1 if anything would
  bool diff = false;               // write nothing; print the diff of what would change
  DiagOptions diag;
};
int run_fmt(const FmtOptions& options, Streams streams);

// bslc import POLICY.json: a bucket policy as a BSL spec, proved to allow the same requests.
struct ImportOptions {
  std::string policy;
  std::optional<std::string> bucket_name;  // default: the bucket the policy's ARNs name
  std::string account;                     // the bucket owner
  std::optional<std::string> settings;     // bucket settings (simulate --settings form); default: a new bucket's
  std::optional<std::string> output;       // the spec; default stdout
  double timeout_seconds = 10;
};
int run_import(const ImportOptions& options, Streams streams);

// bslc init [DIR]: a starter project (spec, config, pre-commit, CI); never overwrites.
struct InitOptions {
  std::string dir;  // empty: the current folder
};
int run_init(const InitOptions& options, Streams streams);

// bslc verify FILE...: every property (written and built-in) proved or refuted
// on the emitted documents; or --policy FILE with --property claims.
struct VerifyCommandOptions {
  std::vector<std::string> files;
  std::optional<std::string> policy, identity, kms_key_policy, settings, resource_account, bucket_name;
  std::vector<std::string> properties;  // BSL claims, for --policy
  double timeout_seconds = 10;
  bool open_world = false;
  enum class Format { Text, Json } format = Format::Text;
  DiagOptions diag;
};
int run_verify(const VerifyCommandOptions& options, Streams streams);

// bslc diff OLD NEW (or --git-base REV FILE...): access added and removed per
// bucket, proved, with simulator-confirmed examples, and the settings changed.
struct DiffOptions {
  std::vector<std::string> old_files, new_files;  // with --git-base: new_files only
  std::optional<std::string> git_base;
  std::optional<std::string> resource_account, bucket_name;  // OLD and NEW as bucket policy JSON files
  double timeout_seconds = 10;
  bool fail_on_widen = false;  // exit 1 when access widens (or the diff is not exact)
  enum class Format { Text, Json, Markdown, Sarif } format = Format::Text;
  DiagOptions diag;
};
int run_diff(const DiffOptions& options, Streams streams);

// bslc access FILE...: every class of request each bucket's documents allow, as a matrix.
struct AccessOptions {
  std::vector<std::string> files;
  double timeout_seconds = 10;
  enum class Format { Text, Json, Markdown, Html } format = Format::Text;
  DiagOptions diag;
};
int run_access(const AccessOptions& options, Streams streams);

// bslc explain CODE: the long explanation of a diagnostic code.
int run_explain(const std::string& code, Streams streams);

}  // namespace bslc::driver
