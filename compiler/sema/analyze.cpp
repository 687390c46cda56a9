#include "sema/analyze.h"

#include <fmt/format.h>

#include <filesystem>

#include "sema/bucket_builder.h"
#include "sema/loader.h"
#include "sema/resolver.h"
#include "sema/symbols.h"
#include "sema/tests_builder.h"

namespace bslc::sema {
namespace {

ir::Vault build_vault(const ast::VaultDecl& v, const SourcePtr& src, Resolver& r) {
  ir::Vault out;
  out.id = v.name.name;
  out.loc = Location{src, v.name.span};
  out.name = v.physical_name ? v.physical_name->value : v.name.name;
  if (v.region) out.region = v.region->value;
  if (v.account)
    if (auto a = r.value(*v.account, src, {ast::ConstKind::Account}, "an account constant")) out.account = *a;
  if (v.lock) {
    out.lock_origin = ir::Origin{Location{src, v.lock->span}, false, ""};
    int64_t days = 0;
    for (const auto& p : v.lock->min_age.parts) {
      if (p.unit == ast::TimeUnit::Days) days += p.amount;
      else if (p.unit == ast::TimeUnit::Years) days += p.amount * 365;
      else
        r.sink().report(diag::Code::E0211, Location{src, p.span},
                        fmt::format("a vault lock age cannot be given in {}", ast::to_string(p.unit)),
                        "give the age in days or years, e.g. `365 days`");
    }
    out.lock_min_age_days = days;
  }
  for (const auto& a : v.acknowledgements)
    out.acknowledgements.push_back(
        ir::Acknowledgement{a.code.value, a.reason.text.value, ir::Origin{Location{src, a.code.span}, false, ""}});
  return out;
}

// Logging and audit targets named by BSL id get their physical names once every bucket is built.
void link_bucket_targets(ir::Model& model) {
  for (auto& b : model.buckets) {
    if (b.logging && !b.logging->target_id.empty())
      if (const ir::Bucket* t = model.find_bucket(b.logging->target_id)) b.logging->target_name = t->name;
    if (b.audit && !b.audit->trail_bucket_id.empty())
      if (const ir::Bucket* t = model.find_bucket(b.audit->trail_bucket_id)) b.audit->trail_bucket_name = t->name;
  }
}

Analysis resolve(std::vector<LoadedFile> loaded, diag::DiagnosticSink& sink) {
  Analysis out;
  SymbolTable symbols(sink);
  for (const auto& f : loaded) symbols.declare_file(f.ast);
  Resolver resolver(symbols, sink);

  // Buckets, vaults, tests and properties of user files, in load order
  // (imports before importers); the stdlib declares profiles only.
  for (const auto& f : loaded) {
    const SourcePtr& src = f.ast.source;
    for (const auto& decl : f.ast.buckets) {
      ir::Bucket bucket;
      bucket.id = decl.name.name;
      bucket.loc = Location{src, decl.name.span};
      BucketBuilder builder(resolver, bucket);
      builder.apply_body(decl, src, "", false);
      builder.finish();
      out.model.buckets.push_back(std::move(bucket));
    }
    for (const auto& v : f.ast.vaults) out.model.vaults.push_back(build_vault(v, src, resolver));
  }
  link_bucket_targets(out.model);
  for (const auto& f : loaded) {
    for (const auto& t : f.ast.tests) out.model.tests.push_back(build_test(t, f.ast.source, resolver, out.model));
    for (const auto& p : f.ast.properties)
      out.model.properties.push_back(build_property(p, f.ast.source, resolver, out.model));
  }
  for (auto& f : loaded) out.files.push_back(std::move(f.ast));
  return out;
}

}  // namespace

Analysis analyze(const std::vector<std::string>& root_paths, diag::DiagnosticSink& sink, const Options& options) {
  Loader loader(sink, options.limits);
  for (const auto& path : root_paths) loader.add_root_path(path);
  return resolve(loader.take(), sink);
}

Analysis analyze_sources(const std::vector<SourcePtr>& roots, const std::string& base_dir, diag::DiagnosticSink& sink,
                         const Options& options) {
  Loader loader(sink, options.limits);
  for (const auto& src : roots) {
    const std::string key = (std::filesystem::path(base_dir) / src->name()).lexically_normal().string();
    loader.add_root(src, key, base_dir);
  }
  return resolve(loader.take(), sink);
}

}  // namespace bslc::sema
