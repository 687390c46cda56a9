#include "syntax/usage.h"

#include <array>
#include <utility>

namespace bslc::syntax {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 37> kUsage{{
    {"import", "`import \"<profile or ./file.bsl>\"`"},
    {"bucket", "`bucket <name> { <settings> }`"},
    {"profile", "`profile <name> { <settings> }`"},
    {"vault", "`vault <name> { name \"...\"  lock deny delete younger_than <duration> }`"},
    {"test",
     "`test \"<description>\" { expect allow|deny <who> <action> \"<bucket/key>\" [with { <key> = <value> }] }`"},
    {"property",
     "`property \"<description>\" { never|always allow <actions> on <bucket> [prefix \"...\"] [by <who>] [where "
     "<predicate> [and ...]] }`"},
    {"account", "`account <constant or \"<account id>\">`"},
    {"constant",
     "`<kind> <name> = \"<value>\"` or `<kind> <name> = [\"<value>\", ...]`, with a kind such as `account` or `role`"},
    {"name", "`name \"<physical name>\"`"},
    {"region", "`region \"<aws region>\"`"},
    {"use", "`use <profile>`"},
    {"encryption",
     "`encryption <mode> [{ key new|arn|aws_managed|<key name> [\"...\"]  bucket_key on|off  require header }]`"},
    {"transport", "`transport tls_only [{ min_version 1.2 }]` or `transport allow_http because \"<reason>\"`"},
    {"public_access", "`public_access block all` or `public_access allow [policy] [acls] because \"<reason>\"`"},
    {"ownership", "`ownership bucket_owner_enforced|bucket_owner_preferred|object_writer [because \"<reason>\"]`"},
    {"versioning", "`versioning on|off|suspended [{ mfa_delete on|off }]`"},
    {"object_lock",
     "`object_lock governance|compliance|on [<duration>] [{ bypass only <names>  legal_hold only <names> }]`"},
    {"logging", "`logging to <bucket> [prefix \"...\"]` or `logging off`"},
    {"audit", "`audit data_events [all|read|write] [to <bucket>]`"},
    {"only_via", "`only_via vpce|vpc|source_ip|org <value or [values]> [except <names>]`"},
    {"restrict", "`restrict tag <Key> = \"<value>\" to principal_tag <Key> = \"<value>\"`"},
    {"require", "`require tag <Key> [in [\"<value>\", ...]] on upload`"},
    {"protect", "`protect tag <Key> [except <names>]`"},
    {"grant", "`grant [org|cloudfront] <who> <level> [prefix \"...\"] [because \"<reason>\"]`"},
    {"deny", "`deny <who or [who, ...]> <action or [actions]> [prefix \"...\"] [unless <condition> [and ...]]`"},
    {"presigned", "`presigned max_age <duration>` or `presigned forbid`"},
    {"mfa", "`mfa required for delete` or `mfa required for <action or [actions]>`"},
    {"cors",
     "`cors { allow origins [\"...\"] methods [GET, PUT] [headers [...]] [expose [...]] [max_age <seconds>] }`"},
    {"notify", "`notify <event> [prefix \"...\"] [suffix \"...\"] to sqs|sns|lambda|eventbridge [<destination>]`"},
    {"expected_rate", "`expected_rate <number> rps`"},
    {"acknowledge", "`acknowledge <code> because \"<reason>\"`"},
    {"allow", "`allow origins [\"...\"] methods [GET, PUT] [headers [...]] [expose [...]] [max_age <seconds>]`"},
    {"lock", "`lock deny delete younger_than <duration>`"},
    {"expect", "`expect allow|deny <who> <action> \"<bucket/key>\" [with { <key> = <value>, ... }]`"},
    {"never",
     "`never allow <action or [actions]> on <bucket> [prefix \"...\"] [by <who> | by anyone outside <names>] [where "
     "<predicate> [and ...]]`"},
    {"always",
     "`always allow <action or [actions]> on <bucket> [prefix \"...\"] [by <who> | by anyone outside <names>] [where "
     "<predicate> [and ...]]`"},
    {"with", "`with { <key> = <value>, ... }`"},
}};

}  // namespace

std::optional<std::string_view> usage_of(std::string_view keyword) {
  for (const auto& [word, usage] : kUsage)
    if (word == keyword) return usage;
  return std::nullopt;
}

}  // namespace bslc::syntax
