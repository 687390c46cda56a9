#include "policy/document.h"

#include <algorithm>
#include <utility>

namespace bslc::policy {

bool is_valid_sid(std::string_view sid) {
  return !sid.empty() && std::all_of(sid.begin(), sid.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  });
}

Principal everyone() {
  Principal p;
  p.star = true;
  return p;
}

Principal aws_principal(std::vector<std::string> arns_or_accounts) {
  Principal p;
  p.aws = std::move(arns_or_accounts);
  return p;
}

Principal service_principal(std::string service) {
  Principal p;
  p.service.push_back(std::move(service));
  return p;
}

}  // namespace bslc::policy
