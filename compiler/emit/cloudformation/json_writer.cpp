#include <nlohmann/json.hpp>

#include "emit/cloudformation/intrinsics.h"
#include "emit/cloudformation/writers.h"

namespace bslc::emit::cfn {
namespace {

using ojson = nlohmann::ordered_json;

ojson to_json(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Null: return nullptr;
    case Value::Kind::Bool: return v.as_bool();
    case Value::Kind::Int: return v.as_int();
    case Value::Kind::Text: {
      const Intrinsic fn = intrinsic(v);
      switch (fn.kind) {
        case Intrinsic::Kind::Plain: return fn.argument;
        case Intrinsic::Kind::Ref: return ojson{{"Ref", fn.argument}};
        case Intrinsic::Kind::GetAtt: {
          const auto dot = fn.argument.find('.');
          return ojson{{"Fn::GetAtt", ojson::array({fn.argument.substr(0, dot), fn.argument.substr(dot + 1)})}};
        }
        case Intrinsic::Kind::Sub: return ojson{{"Fn::Sub", fn.argument}};
      }
      return nullptr;
    }
    case Value::Kind::List: {
      ojson list = ojson::array();
      for (const auto& item : v.items()) list.push_back(to_json(item));
      return list;
    }
    case Value::Kind::Map: {
      // Value keys are unique: append without ordered_json's linear key search.
      ojson map = ojson::object();
      auto& members = map.get_ref<ojson::object_t&>();
      members.reserve(v.members().size());
      for (const auto& [key, member] : v.members()) members.emplace_back(key, to_json(member));
      return map;
    }
    case Value::Kind::Call: return nullptr;
    case Value::Kind::Keyword: return v.function();
  }
  return nullptr;
}

}  // namespace

std::string write_json(const Value& tmpl) {
  return to_json(tmpl).dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
}

}  // namespace bslc::emit::cfn
