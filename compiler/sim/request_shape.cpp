#include "sim/request_shape.h"

#include "catalog/catalog.h"
#include "catalog/operations.h"
#include "sim/detail/text.h"

namespace bslc::sim {
namespace {

bool s3_key(std::string_view key) { return key.size() > 3 && detail::iequals(key.substr(0, 3), "s3:"); }

}  // namespace

ActionShape shape_action(std::string_view action, bool with_catalog) {
  ActionShape shape;
  shape.action = action;
  if (const auto op = catalog::s3_operation(action)) {
    shape.operation = op->name;
    shape.parts_only = !op->sends_object_headers;
    shape.action = op->action;
  }
  if (with_catalog) shape.info = catalog::Catalog::aws().action(shape.action);
  return shape;
}

bool drops_key(const ActionShape& shape, std::string_view key) {
  if (!s3_key(key)) return false;
  if (shape.parts_only && catalog::set_only_when_upload_starts(key)) return true;
  if (!shape.info) return false;
  const auto& cat = catalog::Catalog::aws();
  const catalog::Key* k = cat.key(key);
  return k && !cat.carries(*shape.info, *k);
}

RequestShape shape_request(const Request& request, Request& shaped) {
  // Fast path: only S3 service keys can be dropped, and only then is the catalog read.
  bool any_s3 = false;
  for (const auto& e : request.context) any_s3 = any_s3 || s3_key(e.key);
  const ActionShape as = shape_action(request.action, any_s3);
  const bool op = !as.operation.empty();
  RequestShape shape;
  shape.operation = as.operation;
  shape.parts_only = as.parts_only;
  if (!op && !any_s3) return shape;

  auto drops = [&](const ContextEntry& e) { return drops_key(as, e.key); };
  bool any_drop = false;
  for (const auto& e : request.context) any_drop = any_drop || drops(e);
  if (!op && !any_drop) return shape;

  shape.changed = true;
  shaped.principal = request.principal;
  shaped.action.assign(as.action);
  shaped.resource = request.resource;
  shaped.object = request.object;
  // Copy-assign over earlier entries so a warm workspace reuses their buffers.
  size_t n = 0;
  for (const auto& e : request.context) {
    if (drops(e)) {
      if (shape.dropped_key.empty()) shape.dropped_key = e.key;
      continue;
    }
    if (n < shaped.context.size())
      shaped.context[n] = e;
    else
      shaped.context.push_back(e);
    ++n;
  }
  shaped.context.resize(n);
  return shape;
}

}  // namespace bslc::sim
