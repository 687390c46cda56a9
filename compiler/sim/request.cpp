#include "sim/request.h"

#include <fmt/format.h>

#include "sim/detail/arn.h"
#include "sim/detail/text.h"

namespace bslc::sim {
namespace {

bool is_account_id(std::string_view s) {
  if (s.size() != 12) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool fail(std::string* error, std::string message) {
  if (error) *error = std::move(message);
  return false;
}

// "path/.../name" after the resource type: splits off the last segment.
bool split_path_name(std::string_view rest, std::string_view& path, std::string_view& name) {
  const size_t slash = rest.rfind('/');
  if (slash == std::string_view::npos) {
    path = "/";
    name = rest;
  } else {
    path = rest.substr(0, slash + 1);
    name = rest.substr(slash + 1);
  }
  return !name.empty();
}

bool parse_arn_principal(std::string_view text, PrincipalInfo& p, std::string* error) {
  const detail::ArnFields f = detail::split_arn(text);
  if (f.count != 6 || f.field[0] != "arn" || f.field[1].empty()) {
    return fail(error, fmt::format("`{}` is not an ARN, `anonymous`, a service principal or an account id", text));
  }
  const std::string_view service = f.field[2], region = f.field[3], account = f.field[4], resource = f.field[5];
  if (!region.empty()) return fail(error, fmt::format("principal ARN `{}` must not have a region", text));
  if (!is_account_id(account)) return fail(error, fmt::format("principal ARN `{}` needs a 12-digit account id", text));
  p.partition = f.field[1];
  p.account = account;
  if (service == "iam") {
    if (resource == "root") {
      p.kind = PrincipalKind::Root;
      return true;
    }
    if (resource.starts_with("user/") && split_path_name(resource.substr(4), p.path, p.name)) {
      p.kind = PrincipalKind::User;
      return true;
    }
    if (resource.starts_with("role/") && split_path_name(resource.substr(4), p.path, p.name)) {
      p.kind = PrincipalKind::Role;
      return true;
    }
  } else if (service == "sts") {
    if (resource.starts_with("assumed-role/")) {
      const std::string_view rest = resource.substr(13);
      const size_t slash = rest.find('/');
      if (slash != std::string_view::npos && slash > 0 && slash + 1 < rest.size() &&
          rest.find('/', slash + 1) == std::string_view::npos) {
        p.kind = PrincipalKind::AssumedRole;
        p.name = rest.substr(0, slash);
        p.session = rest.substr(slash + 1);
        p.path = "/";
        return true;
      }
    } else if (resource.starts_with("federated-user/") && resource.size() > 15) {
      p.kind = PrincipalKind::FederatedUser;
      p.name = resource.substr(15);
      return true;
    }
  }
  return fail(error, fmt::format("`{}` is not a user, role, assumed-role session, federated user or root ARN", text));
}

}  // namespace

ContextValue::ContextValue(double d) : kind(Kind::Number), text(fmt::format("{}", d)) {}

ContextValue ContextValue::number(std::string text) {
  ContextValue v(std::move(text));
  v.kind = Kind::Number;
  return v;
}

ContextValue ContextValue::list(std::vector<std::string> items) {
  ContextValue v;
  v.kind = Kind::List;
  v.items = std::move(items);
  return v;
}

void Request::set(std::string key, ContextValue value) {
  for (auto& e : context) {
    if (detail::iequals(e.key, key)) {
      e.value = std::move(value);
      return;
    }
  }
  context.push_back({std::move(key), std::move(value)});
}

const ContextValue* Request::find(std::string_view key) const {
  // Later entries win, as in evaluation.
  for (auto it = context.rbegin(); it != context.rend(); ++it) {
    if (detail::iequals(it->key, key)) return &it->value;
  }
  return nullptr;
}

std::string_view to_string(PrincipalKind k) {
  switch (k) {
    case PrincipalKind::Anonymous: return "anonymous";
    case PrincipalKind::Service: return "service principal";
    case PrincipalKind::Root: return "account root user";
    case PrincipalKind::User: return "IAM user";
    case PrincipalKind::Role: return "IAM role";
    case PrincipalKind::AssumedRole: return "assumed-role session";
    case PrincipalKind::FederatedUser: return "federated user";
  }
  return "principal";
}

std::optional<PrincipalInfo> parse_principal(std::string_view text, std::string* error) {
  PrincipalInfo p;
  p.text = text;
  if (text == "anonymous") {
    p.kind = PrincipalKind::Anonymous;
    return p;
  }
  if (is_account_id(text)) {
    p.kind = PrincipalKind::Root;
    p.partition = "aws";
    p.account = text;
    return p;
  }
  if (text.find(':') == std::string_view::npos &&
      (detail::iends_with(text, ".amazonaws.com") || detail::iends_with(text, ".amazonaws.com.cn"))) {
    p.kind = PrincipalKind::Service;
    p.name = text;
    return p;
  }
  if (text.empty()) {
    fail(error, "the request has no principal");
    return std::nullopt;
  }
  if (!parse_arn_principal(text, p, error)) return std::nullopt;
  return p;
}

}  // namespace bslc::sim
