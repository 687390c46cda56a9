#include "sim/request_shape.h"

#include "catalog/catalog.h"
#include "catalog/operations.h"
#include "sim/detail/text.h"

namespace bslc::sim {
namespace {

bool s3_key(std::string_view key) { return key.size() > 3 && detail::iequals(key.substr(0, 3), "s3:"); }

}  // namespace

RequestShape shape_request(const Request& request, Request& shaped) {
  RequestShape shape;
  const auto op = catalog::s3_operation(request.action);
  std::string_view action = request.action;
  if (op) {
    shape.operation = op->name;
    shape.parts_only = !op->sends_object_headers;
    action = op->action;
  }
  // Fast path: only S3 service keys can be dropped.
  bool any_s3 = false;
  for (const auto& e : request.context) any_s3 = any_s3 || s3_key(e.key);
  if (!op && !any_s3) return shape;

  const auto& cat = catalog::Catalog::aws();
  const catalog::Action* info = any_s3 ? cat.action(action) : nullptr;
  auto drops = [&](const ContextEntry& e) {
    if (!s3_key(e.key)) return false;
    if (shape.parts_only && catalog::set_only_when_upload_starts(e.key)) return true;
    if (!info) return false;
    const catalog::Key* key = cat.key(e.key);
    return key && !cat.carries(*info, *key);
  };
  bool any_drop = false;
  for (const auto& e : request.context) any_drop = any_drop || drops(e);
  if (!op && !any_drop) return shape;

  shape.changed = true;
  shaped.principal = request.principal;
  shaped.action.assign(action);
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
