#include "sim/batch.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "sim/detail/request_fast.h"
#include "sim/inputs_json.h"

namespace bslc::sim {
namespace {

using json = nlohmann::json;

bool context_scalar(const json& v, std::string& out) {
  if (v.is_string()) {
    out = v.get<std::string>();
  } else if (v.is_boolean()) {
    out = v.get<bool>() ? "true" : "false";
  } else if (v.is_number()) {
    out = v.dump();
  } else {
    return false;
  }
  return true;
}

std::optional<ContextValue> context_value(const json& v) {
  if (v.is_array()) {
    std::vector<std::string> items;
    for (const auto& item : v) {
      std::string s;
      if (!context_scalar(item, s)) return std::nullopt;
      items.push_back(std::move(s));
    }
    return ContextValue::list(std::move(items));
  }
  std::string text;
  if (!context_scalar(v, text)) return std::nullopt;
  if (v.is_boolean()) return ContextValue(v.get<bool>());
  if (v.is_number()) return ContextValue::number(std::move(text));
  return ContextValue(std::move(text));
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.back() == '\r' || s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

ParsedRequestLine failure(std::string message) { return ParsedRequestLine{std::nullopt, std::move(message)}; }

}  // namespace

ParsedRequestLine parse_request_line(std::string_view text) {
  if (auto fast = detail::read_request_fast(text)) return ParsedRequestLine{std::move(fast), {}};
  return detail::read_request_general(text);
}

ParsedRequestLine detail::read_request_general(std::string_view text) {
  json v;
  try {
    v = json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    return failure(fmt::format("invalid JSON at byte {}", e.byte > 0 ? e.byte - 1 : 0));
  } catch (const json::exception&) {
    return failure("invalid JSON");
  }
  if (!v.is_object()) return failure("a request must be a JSON object");
  RequestLine line;
  for (const auto& [name, value] : v.items()) {
    if (name == "id") {
      if (value.is_string()) {
        line.id = value.get<std::string>();
      } else if (value.is_number_integer()) {
        line.id = value.dump();
      } else {
        return failure("`id` must be a string");
      }
    } else if (name == "principal" || name == "action" || name == "resource") {
      if (!value.is_string()) return failure(fmt::format("`{}` must be a string", name));
      auto& field = name == "principal" ? line.request.principal
                    : name == "action"  ? line.request.action
                                        : line.request.resource;
      field = value.get<std::string>();
    } else if (name == "context") {
      if (!value.is_object()) return failure("`context` must be an object");
      for (const auto& [key, cv] : value.items()) {
        auto parsed = context_value(cv);
        if (!parsed)
          return failure(fmt::format("context `{}` must be a string, boolean, number or a list of them", key));
        line.request.set(key, std::move(*parsed));
      }
    } else if (name == "object") {
      std::vector<policy::ReadError> errors;
      line.request.object = read_object_state_value(value, "object", errors);
      if (!errors.empty()) return failure(fmt::format("{}: {}", errors.front().path, errors.front().message));
    } else {
      return failure(fmt::format("unknown member `{}`", name));
    }
  }
  if (!v.contains("id")) return failure("the request has no `id`");
  for (const char* required : {"principal", "action", "resource"}) {
    if (!v.contains(required)) return failure(fmt::format("the request has no `{}`", required));
  }
  std::string why;
  if (!parse_principal(line.request.principal, &why)) return failure(why);
  return ParsedRequestLine{std::move(line), {}};
}

namespace {

// The members in the order of the documented output line, written directly.
void append_result_line(std::string& out, std::string_view id, const Result& result) {
  out += "{\"id\":";
  detail::append_json_string(out, id);
  out += ",\"decision\":";
  detail::append_json_string(out, to_string(result.decision));
  out += ",\"statements\":[";
  for (size_t i = 0; i < result.statements.size(); ++i) {
    if (i) out += ',';
    detail::append_json_string(out, result.statements[i].label());
  }
  out += ']';
  if (result.reason != Reason::Policy) {
    out += ",\"reason\":";
    detail::append_json_string(out, to_string(result.reason));
  }
  if (result.encryption) {
    out += ",\"encryption\":";
    detail::append_json_string(out, to_string(result.encryption->algorithm));
  }
  if (!result.error.empty()) {
    out += ",\"error\":";
    detail::append_json_string(out, result.error);
  }
  out += '}';
}

}  // namespace

std::string format_result_line(std::string_view id, const Result& result) {
  std::string out;
  append_result_line(out, id, result);
  return out;
}

BatchReport run_batch(const BucketSimulator& simulator, std::istream& requests, std::ostream& out) {
  BatchReport report;
  Workspace workspace;
  Result result;
  std::string text, buffer;
  size_t number = 0;
  // Result lines go out in blocks: one stream write per ~64 KiB, not per line.
  auto flush = [&] {
    out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    buffer.clear();
  };
  while (std::getline(requests, text)) {
    ++number;
    const std::string_view line = trim(text);
    if (line.empty()) continue;
    auto parsed = parse_request_line(line);
    if (!parsed.line) {
      report.errors.push_back({number, std::move(parsed.error)});
      continue;
    }
    simulator.evaluate(parsed.line->request, workspace, result);
    ++report.evaluated;
    switch (result.decision) {
      case Decision::Allow: ++report.allowed; break;
      case Decision::ExplicitDeny: ++report.explicit_denies; break;
      case Decision::ImplicitDeny: ++report.implicit_denies; break;
    }
    append_result_line(buffer, parsed.line->id, result);
    buffer += '\n';
    if (buffer.size() >= 65536) flush();
  }
  flush();
  return report;
}

LoadedConfig load_bucket_config(const BatchInputs& inputs) {
  LoadedConfig loaded;
  auto add = [&](std::string_view input, const std::vector<policy::ReadError>& errors) {
    for (const auto& e : errors) loaded.errors.push_back({std::string(input), e});
  };
  if (inputs.bucket_policy_json) {
    auto r = policy::read_json(*inputs.bucket_policy_json);
    add("bucket policy", r.errors);
    loaded.config.bucket_policy = std::move(r.document);
  }
  if (inputs.identities_json) {
    auto r = read_identities(*inputs.identities_json);
    add("identities", r.errors);
    loaded.config.identities = std::move(r.identities);
  }
  if (inputs.kms_key_policy_json) {
    auto r = policy::read_json(*inputs.kms_key_policy_json);
    add("KMS key policy", r.errors);
    loaded.config.kms_key_policy = std::move(r.document);
  }
  if (inputs.settings_json) {
    auto r = read_bucket_settings(*inputs.settings_json);
    add("settings", r.errors);
    loaded.config.settings = std::move(r.settings);
  }
  loaded.config.resource_account = inputs.resource_account;
  return loaded;
}

}  // namespace bslc::sim
