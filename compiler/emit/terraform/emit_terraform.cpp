// emit_terraform: a module (main.tf: variables, resources, outputs; versions.tf:
// the provider requirement, no provider block) plus root/main.tf, which
// configures the providers and deploys it, and README.md; .tf.json with
// Format::Json.
#include "emit/cloudfront_steps.h"
#include "emit/emit.h"
#include "emit/terraform/config.h"

namespace bslc::emit {
namespace {

Readme terraform_readme(const tf::Config& c) {
  Readme readme;
  readme.title = "Terraform";
  readme.deploy = {"cd root", "terraform init", "terraform plan -out=tfplan", "terraform apply tfplan"};
  readme.notes.push_back(
      "This folder is a module without provider blocks: call it from your own configuration (`module \"buckets\" "
      "{ source = \"./terraform\" }`, with `count` or `for_each` if you like), or deploy it as is from `root/`, "
      "which configures the AWS provider for the spec's regions and accounts.");
  if (c.regions.size() > 1) {
    std::string regions;
    for (const auto& r : c.regions) regions += (regions.empty() ? "`" : ", `") + r + "`";
    readme.notes.push_back("Resources span regions " + regions +
                           ": the first is the default provider's region, the others are aliased providers the "
                           "module expects from its caller (`root/` passes them).");
  }
  for (const auto& b : c.model.buckets) {
    if (!b.notifications.empty()) {
      readme.notes.push_back("S3 checks that the notification destinations of `" + b.name +
                             "` allow it to publish: their queue, topic or function policies must allow "
                             "`s3.amazonaws.com` before the apply.");
    }
    if (b.audit && b.audit->trail_bucket_id.empty() && !b.audit->trail_bucket_name.empty()) {
      readme.notes.push_back("The trail of `" + b.name + "` delivers to `" + b.audit->trail_bucket_name +
                             "`, which this spec does not manage: its bucket policy must allow "
                             "`cloudtrail.amazonaws.com` to write.");
    }
  }
  readme.notes.insert(readme.notes.end(), c.notes.begin(), c.notes.end());
  readme.steps = c.steps;
  for (auto& step : cloudfront_https_steps(c.model)) readme.steps.push_back(std::move(step));
  return readme;
}

}  // namespace

Files emit_terraform(const ir::Model& model, const lower::Output& docs, Format format, diag::DiagnosticSink& sink) {
  tf::Config c(model, docs, sink);
  for (const auto& b : model.buckets) {
    tf::add_kms_key(c, b);
    tf::add_bucket_resources(c, b);
    tf::add_bucket_policy(c, b);
    tf::add_trail(c, b);
  }
  for (const auto& v : model.vaults) tf::add_vault(c, v);
  tf::add_outputs(c);
  tf::guard_bucket_owner(c);
  tf::report_limits(c);

  const std::vector<tf::Block> root = tf::root_blocks(c);
  const std::vector<tf::Block> versions = tf::versions_blocks(c);
  std::vector<tf::Block> main;
  for (auto* group : {&c.variables, &c.resources, &c.outputs})
    for (auto& block : *group) main.push_back(std::move(block));

  Files files;
  if (format == Format::Json) {
    files["main.tf.json"] = tf::write_tf_json(main);
    files["versions.tf.json"] = tf::write_tf_json(versions);
    files["root/main.tf.json"] = tf::write_tf_json(root);
  } else {
    files["main.tf"] = tf::write_hcl(main);
    files["versions.tf"] = tf::write_hcl(versions);
    files["root/main.tf"] = tf::write_hcl(root);
  }
  files["README.md"] = render_readme(terraform_readme(c));
  return files;
}

}  // namespace bslc::emit
