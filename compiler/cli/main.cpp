// bslc's command line: parses arguments with CLI11 and calls the driver.
// Exit codes: 0 clean, 1 findings / failed tests / bad input, 2 usage errors,
// 3 internal errors (driver/exit_codes.h). Nothing else lives here: every
// behaviour is in compiler/driver so tests can call it directly.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "cli/usage.h"
#include "driver/commands.h"
#include "driver/exit_codes.h"
#include "driver/version.h"

namespace {

using namespace bslc::driver;

const std::vector<std::string> kFindingFormats = {"text", "json", "sarif", "github"};
const char* const kFindingFormatHelp =
    "Diagnostics as `text` (stderr), or on stdout as `json`, `sarif` (SARIF 2.1.0) or `github` (annotations)";

// --format, --werror, --disable CODE, --color for every command that reports
// diagnostics; `formats` lists the report formats that command offers.
void add_diag_options(CLI::App& cmd, DiagOptions& diag, std::string& format, std::string& color,
                      const std::vector<std::string>& formats, const std::string& format_help) {
  cmd.add_option("--format", format, format_help)->check(CLI::IsMember(formats))->capture_default_str();
  cmd.add_flag("--werror", diag.werror, "Treat warnings as errors");
  cmd.add_option("--disable", diag.disabled, "Silence a warning code, e.g. W0401 (repeatable)")
      ->type_name("CODE")
      ->allow_extra_args(false)
      ->take_all();
  cmd.add_flag("--no-config{false}", diag.use_config, "Ignore .bslc.yaml files");
  cmd.add_option("--color", color, "Colour diagnostics: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
}

// Turns the strings CLI11 filled in into the driver's enums.
void finish_diag_options(DiagOptions& diag, const std::string& format, const std::string& color) {
  diag.format = parse_diag_format(format).value_or(DiagFormat::Text);
  const bool tty = ::isatty(STDERR_FILENO) != 0 && std::getenv("NO_COLOR") == nullptr;
  diag.color = color == "always" || (color == "auto" && tty);
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  Streams streams{std::cout, std::cerr};

  CLI::App app{"bslc: compiles BSL (Bucket Security Language) specs into AWS policies, CloudFormation and Terraform",
               "bslc"};
  app.set_version_flag("--version", "bslc " + version_string(), "Print the version and git revision, and exit");
  app.require_subcommand(1);
  app.fallthrough(false);

  std::string format = "text";
  std::string color = "auto";

  CheckOptions check;
  auto* check_cmd = app.add_subcommand("check", "Check specs for errors and risky settings (writes nothing)");
  check_cmd->add_option("files", check.files, "BSL spec files")->required()->type_name("FILE");
  add_diag_options(*check_cmd, check.diag, format, color, kFindingFormats, kFindingFormatHelp);
  check_cmd->add_option("-j,--jobs", check.jobs, "Files checked at once (default: the machine's cores)")
      ->check(CLI::Range(1u, 1024u))
      ->type_name("N");
  check_cmd->add_option("--baseline", check.baseline, "Hide the findings recorded in this baseline file")
      ->type_name("FILE");
  check_cmd->add_option("--write-baseline", check.write_baseline, "Record the current findings as the baseline")
      ->type_name("FILE");

  DumpAstOptions dump;
  auto* dump_cmd = app.add_subcommand("dump-ast", "Print the syntax tree of one spec file");
  dump_cmd->add_option("file", dump.file, "BSL spec file")->required()->type_name("FILE");

  CompileOptions compile;
  std::string cfn_format = "yaml";
  std::string tf_format = "hcl";
  auto* compile_cmd =
      app.add_subcommand("compile", "Compile specs into policy JSON, CloudFormation and Terraform (atomically)");
  compile_cmd->add_option("files", compile.files, "BSL spec files")->required()->type_name("FILE");
  compile_cmd->add_option("-o,--output", compile.out_dir, "Output folder")->required()->type_name("DIR");
  compile_cmd->add_option("--cfn-format", cfn_format, "CloudFormation template as yaml or json")
      ->check(CLI::IsMember({"yaml", "json"}))
      ->capture_default_str();
  compile_cmd->add_option("--tf-format", tf_format, "Terraform as hcl (main.tf) or json (main.tf.json)")
      ->check(CLI::IsMember({"hcl", "json"}))
      ->capture_default_str();
  compile_cmd->add_flag("-q,--quiet", compile.quiet, "Print only the closing line, not every file");
  add_diag_options(*compile_cmd, compile.diag, format, color, kFindingFormats, kFindingFormatHelp);

  SimulateOptions sim;
  std::string spec;
  std::string sim_format = "text";
  auto* sim_cmd = app.add_subcommand("simulate", "Evaluate requests against the emitted (or given) policy documents");
  sim_cmd->add_option("spec", spec, "BSL spec to compile first (with --bucket)")->type_name("SPEC.bsl");
  sim_cmd->add_option("--bucket", sim.bucket, "BSL name of the bucket in SPEC")->type_name("ID");
  sim_cmd->add_option("--policy", sim.policy, "A bucket policy JSON file instead of a spec")->type_name("FILE");
  sim_cmd->add_option("--identity", sim.identity, "identities.json: principal ARN -> identity policies")
      ->type_name("FILE");
  sim_cmd->add_option("--kms-key-policy", sim.kms_key_policy, "The bucket's KMS key policy JSON")->type_name("FILE");
  sim_cmd->add_option("--settings", sim.settings, "Bucket settings JSON (Block Public Access, encryption, lock)")
      ->type_name("FILE");
  sim_cmd->add_option("--resource-account", sim.resource_account, "Account that owns the bucket (with --policy)")
      ->type_name("ID");
  sim_cmd->add_option("--principal", sim.principal, "Caller: an ARN, `anonymous` or a service principal")
      ->type_name("ARN");
  sim_cmd->add_option("--action", sim.action, "Action, e.g. s3:GetObject")->type_name("ACTION");
  sim_cmd->add_option("--key", sim.key, "Object key in the bucket (omit for bucket-level actions)")->type_name("PATH");
  sim_cmd->add_option("--resource", sim.resource, "Full resource ARN instead of --key")->type_name("ARN");
  sim_cmd->add_option("--context", sim.context, "Request context key=value (repeat a key for a list)")
      ->type_name("KEY=VALUE")
      ->allow_extra_args(false)
      ->take_all();
  sim_cmd->add_option("--requests", sim.requests, "Batch: a JSON Lines file of requests (`-` for stdin)")
      ->type_name("FILE");
  sim_cmd->add_option("--format", sim_format, "Results as text or jsonl")
      ->check(CLI::IsMember({"text", "jsonl"}))
      ->capture_default_str();

  TestOptions test;
  auto* test_cmd = app.add_subcommand("test", "Run the specs' `test` blocks against the emitted documents");
  test_cmd->add_option("files", test.files, "BSL spec files")->required()->type_name("FILE");
  add_diag_options(*test_cmd, test.diag, format, color, {"text", "json", "junit", "github"},
                   "Results as `text`, or on stdout as `json`, `junit` (XML) or `github` (annotations)");
  test_cmd->add_option("-j,--jobs", test.jobs, "Files tested at once (default: the machine's cores)")
      ->check(CLI::Range(1u, 1024u))
      ->type_name("N");

  FmtOptions fmt_options;
  std::string fmt_color = "auto";
  auto* fmt_cmd = app.add_subcommand("fmt", "Rewrite specs in the canonical layout (whitespace only)");
  fmt_cmd->add_option("files", fmt_options.files, "BSL spec files; `-` formats stdin to stdout")
      ->required()
      ->type_name("FILE");
  fmt_cmd->add_flag("--check", fmt_options.check,
                    "Write nothing; list and diff the files that are not formatted; exit 1 if any");
  fmt_cmd->add_flag("--diff", fmt_options.diff, "Write nothing; print the diff formatting would make");
  fmt_cmd->add_option("--color", fmt_color, "Colour diagnostics: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();

  ImportOptions import_options;
  auto* import_cmd =
      app.add_subcommand("import", "Write a bucket policy as a BSL spec, proved to allow exactly the same requests");
  import_cmd->add_option("policy", import_options.policy, "The bucket policy (JSON)")->required()->type_name("FILE");
  import_cmd->add_option("--account", import_options.account, "The bucket owner's account id")
      ->required()
      ->type_name("ID");
  import_cmd->add_option("--bucket-name", import_options.bucket_name, "The bucket (default: the one the policy names)")
      ->type_name("NAME");
  import_cmd
      ->add_option("--settings", import_options.settings,
                   "The bucket's settings, as `bslc simulate --settings` reads them (default: a new bucket's)")
      ->type_name("FILE");
  import_cmd->add_option("-o,--output", import_options.output, "Write the spec here (default: stdout)")
      ->type_name("FILE");
  import_cmd->add_option("--timeout", import_options.timeout_seconds, "Seconds per solver call")->capture_default_str();

  InitOptions init;
  auto* init_cmd = app.add_subcommand("init", "Start a project: starter spec, .bslc.yaml, pre-commit and CI configs");
  init_cmd->add_option("dir", init.dir, "Project folder (default: the current one)")->type_name("DIR");

  VerifyCommandOptions verify;
  std::string verify_format = "text";
  auto* verify_cmd =
      app.add_subcommand("verify", "Prove or refute every property (written and built-in) on the emitted documents");
  verify_cmd->add_option("files", verify.files, "BSL spec files")->type_name("FILE");
  verify_cmd->add_option("--policy", verify.policy, "A bucket policy JSON file to verify instead of a spec")
      ->type_name("FILE");
  verify_cmd
      ->add_option("--property", verify.properties,
                   "With --policy: a claim in BSL syntax, e.g. 'never allow s3:GetObject where "
                   "aws:SecureTransport = false' (repeatable)")
      ->type_name("CLAIM");
  verify_cmd->add_option("--identity", verify.identity, "With --policy: identities.json")->type_name("FILE");
  verify_cmd->add_option("--kms-key-policy", verify.kms_key_policy, "With --policy: the KMS key policy")
      ->type_name("FILE");
  verify_cmd->add_option("--settings", verify.settings, "With --policy: bucket settings JSON")->type_name("FILE");
  verify_cmd->add_option("--resource-account", verify.resource_account, "With --policy: the bucket owner's account")
      ->type_name("ID");
  verify_cmd->add_option("--bucket-name", verify.bucket_name, "With --policy: the bucket the policy guards")
      ->type_name("NAME");
  verify_cmd->add_option("--timeout", verify.timeout_seconds, "Seconds per property")->capture_default_str();
  verify_cmd->add_flag("--open-world", verify.open_world,
                       "Written properties must hold whatever identity policies the callers' accounts attach");
  add_diag_options(*verify_cmd, verify.diag, verify_format, color, {"text", "json"},
                   "Results as text or json (a JSON array of property outcomes)");

  DiffOptions diff;
  std::vector<std::string> diff_files;
  std::string diff_format = "text";
  auto* diff_cmd = app.add_subcommand(
      "diff",
      "What access a change adds or removes, proved, and the settings it changes: OLD NEW, or --git-base REV FILE...");
  diff_cmd
      ->add_option("files", diff_files,
                   "OLD NEW, each a spec, a folder of specs, a compiled output folder or (both) a bucket policy "
                   "JSON file; with --git-base, the spec files")
      ->type_name("PATH");
  diff_cmd->add_option("--git-base", diff.git_base, "Compare FILE... at this git revision with the working tree")
      ->type_name("REV");
  diff_cmd
      ->add_option("--resource-account", diff.resource_account,
                   "With OLD.json NEW.json (bucket policies): the bucket owner's account")
      ->type_name("ID");
  diff_cmd->add_option("--bucket-name", diff.bucket_name, "With OLD.json NEW.json: the bucket the policies guard")
      ->type_name("NAME");
  diff_cmd->add_option("--timeout", diff.timeout_seconds, "Seconds per solver call")->capture_default_str();
  diff_cmd->add_flag("--fail-on-widen", diff.fail_on_widen, "Exit 1 when access widens (or the diff is not exact)");
  add_diag_options(*diff_cmd, diff.diag, diff_format, color, {"text", "json", "markdown", "sarif"},
                   "Results as text, json, markdown (a pull-request comment) or sarif (code scanning)");

  AccessOptions access;
  std::string access_format = "text";
  auto* access_cmd =
      app.add_subcommand("access", "Who can do what on each bucket: every allowed class of request, proved");
  access_cmd->add_option("files", access.files, "BSL spec files")->required()->type_name("FILE");
  access_cmd->add_option("--timeout", access.timeout_seconds, "Seconds per solver call")->capture_default_str();
  add_diag_options(*access_cmd, access.diag, access_format, color, {"text", "json", "markdown", "html"},
                   "Results as text, json, markdown, or html (a self-contained page)");

  std::string code;
  auto* explain_cmd = app.add_subcommand("explain", "Explain a diagnostic code, e.g. `bslc explain E0201`");
  explain_cmd->add_option("code", code, "Diagnostic code")->required()->type_name("CODE");

  app.footer(bslc::cli::main_footer());
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; }))
    sub->footer(bslc::cli::subcommand_footer(sub->get_name()));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e, std::cout, std::cerr);
    if (rc == 0) return kExitOk;  // --help and --version are successes; all else is usage
    if (auto hint = bslc::cli::did_you_mean(app, argc, argv)) std::cerr << "bslc: " << *hint << "\n";
    return kExitUsage;
  }

  if (*check_cmd) {
    finish_diag_options(check.diag, format, color);
    return run_check(check, streams);
  }
  if (*dump_cmd) {
    finish_diag_options(dump.diag, "text", color);
    return run_dump_ast(dump, streams);
  }
  if (*compile_cmd) {
    finish_diag_options(compile.diag, format, color);
    compile.formats.cloudformation = cfn_format == "json" ? bslc::emit::Format::Json : bslc::emit::Format::Native;
    compile.formats.terraform = tf_format == "json" ? bslc::emit::Format::Json : bslc::emit::Format::Native;
    return run_compile(compile, streams);
  }
  if (*sim_cmd) {
    if (!spec.empty()) sim.spec = spec;
    sim.format = sim_format == "jsonl" ? SimulateOptions::Format::Jsonl : SimulateOptions::Format::Text;
    finish_diag_options(sim.diag, "text", color);
    return run_simulate(sim, streams);
  }
  if (*test_cmd) {
    finish_diag_options(test.diag, format, color);
    return run_test(test, streams);
  }
  if (*verify_cmd) {
    finish_diag_options(verify.diag, "text", color);
    verify.format = verify_format == "json" ? VerifyCommandOptions::Format::Json : VerifyCommandOptions::Format::Text;
    return run_verify(verify, streams);
  }
  if (*diff_cmd) {
    finish_diag_options(diff.diag, "text", color);
    diff.format = diff_format == "json"       ? DiffOptions::Format::Json
                  : diff_format == "markdown" ? DiffOptions::Format::Markdown
                  : diff_format == "sarif"    ? DiffOptions::Format::Sarif
                                              : DiffOptions::Format::Text;
    if (diff.git_base) {
      diff.new_files = diff_files;
    } else if (diff_files.size() == 2) {
      diff.old_files = {diff_files[0]};
      diff.new_files = {diff_files[1]};
    } else {
      std::cerr << "bslc: error: name the old and the new side: `bslc diff OLD NEW`\n";
      return kExitUsage;
    }
    return run_diff(diff, streams);
  }
  if (*access_cmd) {
    finish_diag_options(access.diag, "text", color);
    access.format = access_format == "json"       ? AccessOptions::Format::Json
                    : access_format == "markdown" ? AccessOptions::Format::Markdown
                    : access_format == "html"     ? AccessOptions::Format::Html
                                                  : AccessOptions::Format::Text;
    return run_access(access, streams);
  }
  if (*explain_cmd) return run_explain(code, streams);
  if (*fmt_cmd) {
    finish_diag_options(fmt_options.diag, "text", fmt_color);
    return run_fmt(fmt_options, streams);
  }
  if (*import_cmd) return run_import(import_options, streams);
  if (*init_cmd) return run_init(init, streams);
  return kExitUsage;  // unreachable: require_subcommand(1)
}
