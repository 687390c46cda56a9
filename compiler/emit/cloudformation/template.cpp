#include "emit/cloudformation/template.h"

namespace bslc::emit::cfn {

Template::Template(const ir::Model& m, const lower::Output& d, diag::DiagnosticSink& s)
    : model(m), docs(d), sink(s), names(m) {
  for (const auto& b : model.buckets) arns.add(b.arn(), {names.logical_id(b.id, Role::Bucket), "Arn"});
}

Value& Template::add_resource(const std::string& logical_id, const std::string& type, Value properties,
                              const std::vector<std::string>& depends_on, bool retain) {
  Value resource = Value::map();
  resource.set("Type", Value::text(type));
  if (!depends_on.empty()) resource.set("DependsOn", Value::string_list(depends_on));
  if (retain) {
    // Data and keys outlive the stack: deleting the stack or replacing the
    // resource must never delete objects or make them undecryptable.
    resource.set("DeletionPolicy", Value::text("Retain"));
    resource.set("UpdateReplacePolicy", Value::text("Retain"));
  }
  resource.set("Properties", std::move(properties));
  return resources.set(logical_id, std::move(resource));
}

}  // namespace bslc::emit::cfn
