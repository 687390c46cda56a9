#include "driver/sim_support.h"

#include <algorithm>
#include <cctype>

namespace bslc::driver {
namespace {

bool is_decimal(const std::string& s) {
  if (s.empty()) return false;
  size_t i = (s[0] == '-') ? 1 : 0;
  bool digits = false, dot = false;
  for (; i < s.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(s[i]))) {
      digits = true;
    } else if (s[i] == '.' && !dot) {
      dot = true;
    } else {
      return false;
    }
  }
  return digits;
}

sim::ContextValue scalar(const std::string& text) {
  if (text == "true") return sim::ContextValue(true);
  if (text == "false") return sim::ContextValue(false);
  if (is_decimal(text)) return sim::ContextValue::number(text);
  return sim::ContextValue(text);
}

}  // namespace

bool parse_context_args(const std::vector<std::string>& args, std::vector<sim::ContextEntry>& out, std::string& error) {
  for (const auto& arg : args) {
    const size_t eq = arg.find('=');
    if (eq == std::string::npos || eq == 0) {
      error = "--context `" + arg + "`: expected KEY=VALUE, e.g. aws:SecureTransport=false";
      return false;
    }
    std::string key = arg.substr(0, eq);
    std::string value = arg.substr(eq + 1);
    auto same_key = std::find_if(out.begin(), out.end(), [&](const sim::ContextEntry& e) { return e.key == key; });
    if (same_key == out.end()) {
      out.push_back(sim::ContextEntry{std::move(key), scalar(value)});
    } else if (same_key->value.kind == sim::ContextValue::Kind::List) {
      same_key->value.items.push_back(std::move(value));
    } else {
      same_key->value = sim::ContextValue::list({same_key->value.text, std::move(value)});
    }
  }
  return true;
}

sim::ContextValue to_sim_value(const ir::ContextValue& value) {
  switch (value.kind) {
    case ir::ContextValue::Kind::String: return sim::ContextValue(value.text);
    case ir::ContextValue::Kind::Bool: return sim::ContextValue(value.text == "true");
    case ir::ContextValue::Kind::Number: return sim::ContextValue::number(value.text);
    case ir::ContextValue::Kind::List: return sim::ContextValue::list(value.items);
  }
  return sim::ContextValue(value.text);
}

SidLines sid_lines(const std::map<std::string, Location>& sources) {
  SidLines out;
  for (const auto& [sid, loc] : sources) {
    if (!loc.valid()) continue;
    out[sid] = loc.source->name() + ":" + std::to_string(loc.source->line_col(loc.span.begin).line);
  }
  return out;
}

std::string explain_with_sources(const sim::Result& result, const SidLines& lines) {
  std::string out = sim::explain(result);
  std::string traced;
  for (const auto& s : result.statements) {
    const auto it = lines.find(std::string(s.sid));
    if (it != lines.end()) traced += "  " + std::string(s.sid) + ": " + it->second + "\n";
  }
  if (traced.empty()) return out;
  // Right after the "decided by:" block, where a reader looks for the why.
  size_t at = out.find("decided by:\n");
  if (at == std::string::npos) return out + "from the spec:\n" + traced;
  auto next_line = [&](size_t from) {
    const size_t nl = out.find('\n', from);
    return nl == std::string::npos ? out.size() : nl + 1;
  };
  at = next_line(at);
  while (at < out.size() && out.compare(at, 2, "  ") == 0) at = next_line(at);
  out.insert(at, "from the spec:\n" + traced);
  return out;
}

}  // namespace bslc::driver
