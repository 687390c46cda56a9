// Applies a bucket's settings, and the profiles it uses, onto an ir::Bucket.
// Later settings override earlier ones; a value that contradicts one a
// profile set needs `override` (E0208 names both places); an own setting
// given twice is E0206. Weakening a secure default needs a reason (E0207).
#pragma once
#include <map>
#include <string>
#include <vector>

#include "ast/ast.h"
#include "ir/model.h"
#include "sema/resolver.h"

namespace bslc::sema {

class BucketBuilder {
 public:
  BucketBuilder(Resolver& resolver, ir::Bucket& out) : r_(resolver), b_(out) {}

  // Applies `body` (a bucket, or a profile when `profile` is non-empty).
  void apply_body(const ast::BucketDecl& body, const SourcePtr& src, const std::string& profile, bool override_all);

  // Fills every setting nobody wrote with its secure default.
  void finish();

 private:
  struct Context {
    const SourcePtr& src;
    const std::string& profile;
    bool override_all;
  };
  struct Written {
    ir::Origin origin;
    std::string value;
  };

  void apply(const ast::Setting& setting, const Context& ctx);
  // Records that `field` is set to `value` by `origin`. Returns false (and
  // reports) when the write must not happen.
  bool write(const std::string& field, const std::string& value, const ir::Origin& origin, bool is_override);
  ir::Origin origin(const Context& ctx, Span span) const;
  std::string require_reason(const std::optional<ast::Reason>& reason, const Context& ctx, Span span,
                             const std::string& what);

  Resolver& r_;
  ir::Bucket& b_;
  std::map<std::string, Written> ledger_;
  std::vector<std::string> profile_stack_;
  friend struct SettingApplier;
};

}  // namespace bslc::sema
