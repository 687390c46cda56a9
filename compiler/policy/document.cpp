#include "policy/document.h"

#include <utility>

namespace bslc::policy {

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
