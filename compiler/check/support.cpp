#include "check/support.h"

#include <fmt/format.h>

namespace bslc::check::detail {

Location where(const ir::Origin& origin, const ir::Bucket& bucket) {
  return origin.loc.valid() ? origin.loc : bucket.loc;
}

diag::Diagnostic& report(diag::DiagnosticSink& sink, diag::Code code, const ir::Bucket& bucket, const ir::Origin& at,
                         std::string message, std::string help) {
  diag::Diagnostic& d = sink.report(code, where(at, bucket), std::move(message), std::move(help));
  if (!at.profile.empty())
    d.note(bucket.loc, fmt::format("in bucket `{}`, which uses profile `{}`", bucket.id, at.profile));
  return d;
}

void note_setting(diag::Diagnostic& d, const ir::Origin& origin, const ir::Bucket& bucket, const std::string& text,
                  const std::string& default_text) {
  if (origin.loc.valid() && !origin.defaulted)
    d.note(origin.loc, text);
  else if (!default_text.empty())
    d.note(bucket.loc, default_text);
}

bool is_kms(ir::EncryptionMode mode) {
  return mode == ir::EncryptionMode::SseKms || mode == ir::EncryptionMode::DsseKms;
}

bool uses_aws_managed_key(const ir::Encryption& e) {
  return is_kms(e.mode) && (e.key == ir::KeyKind::None || e.key == ir::KeyKind::AwsManaged);
}

bool is_cross_account(const ir::Principal& p, const ir::Bucket& bucket) {
  switch (p.kind) {
    case ir::PrincipalKind::Org:
    case ir::PrincipalKind::CloudFront: return true;
    case ir::PrincipalKind::Service:
    case ir::PrincipalKind::Public: return false;
    case ir::PrincipalKind::Account:
    case ir::PrincipalKind::Role:
    case ir::PrincipalKind::User:
      // Without the bucket's account, a grant to a whole account is assumed to
      // be another account's (nobody grants their own account by number).
      if (bucket.account.empty()) return p.kind == ir::PrincipalKind::Account;
      return !p.account.empty() && p.account != bucket.account;
  }
  return false;
}

bool reads_objects(ir::AccessLevel level) {
  return level == ir::AccessLevel::Read || level == ir::AccessLevel::ReadWrite;
}

bool writes_objects(ir::AccessLevel level) {
  return level == ir::AccessLevel::Write || level == ir::AccessLevel::ReadWrite;
}

std::string describe(const ir::Principal& p) {
  switch (p.kind) {
    case ir::PrincipalKind::Public: return "everyone";
    case ir::PrincipalKind::Account:
      return p.name.starts_with("account_") ? fmt::format("account `{}`", p.value)
                                            : fmt::format("account `{}` ({})", p.name, p.value);
    default: return fmt::format("{} `{}`", ir::to_string(p.kind), p.name);
  }
}

const char* header_value(ir::EncryptionMode mode) {
  switch (mode) {
    case ir::EncryptionMode::SseKms: return "aws:kms";
    case ir::EncryptionMode::DsseKms: return "aws:kms:dsse";
    default: return "AES256";
  }
}

const char* keyword(ir::EncryptionMode mode) {
  switch (mode) {
    case ir::EncryptionMode::SseS3: return "sse_s3";
    case ir::EncryptionMode::SseKms: return "sse_kms";
    case ir::EncryptionMode::DsseKms: return "dsse_kms";
    case ir::EncryptionMode::SseC: return "sse_c";
    case ir::EncryptionMode::ClientSide: return "client_side";
  }
  return "?";
}

std::string human_duration(int64_t seconds) {
  struct Unit {
    int64_t size;
    const char* name;
  };
  static constexpr Unit units[] = {{86400, "day"}, {3600, "hour"}, {60, "minute"}, {1, "second"}};
  for (const Unit& u : units) {
    if (seconds != 0 && seconds % u.size == 0) {
      const int64_t n = seconds / u.size;
      return fmt::format("{} {}{}", n, u.name, n == 1 ? "" : "s");
    }
  }
  return fmt::format("{} seconds", seconds);
}

}  // namespace bslc::check::detail
