#include "emit/value.h"

#include <stdexcept>

#include "source/work_counter.h"

namespace bslc::emit {

Value Value::text(std::string literal) { return parts({TextPart{std::move(literal), std::nullopt}}); }

Value Value::reference(Ref ref) { return parts({TextPart{"", std::move(ref)}}); }

Value Value::parts(std::vector<TextPart> pieces) {
  Value v;
  v.kind_ = Kind::Text;
  for (auto& piece : pieces) {
    if (!piece.ref && piece.literal.empty()) continue;
    // Adjacent literals are merged so that equal texts compare equal.
    if (!piece.ref && !v.parts_.empty() && !v.parts_.back().ref) {
      v.parts_.back().literal += piece.literal;
      continue;
    }
    if (piece.ref) piece.literal.clear();
    v.parts_.push_back(std::move(piece));
  }
  return v;
}

Value Value::boolean(bool b) {
  Value v;
  v.kind_ = Kind::Bool;
  v.bool_ = b;
  return v;
}

Value Value::integer(int64_t i) {
  Value v;
  v.kind_ = Kind::Int;
  v.int_ = i;
  return v;
}

Value Value::list(std::vector<Value> items) {
  Value v;
  v.kind_ = Kind::List;
  v.items_ = std::move(items);
  return v;
}

Value Value::map() {
  Value v;
  v.kind_ = Kind::Map;
  return v;
}

Value Value::string_list(const std::vector<std::string>& items) {
  Value v = list();
  for (const auto& s : items) v.items_.push_back(text(s));
  return v;
}

Value Value::call(std::string function, std::vector<Value> args) {
  Value v;
  v.kind_ = Kind::Call;
  v.function_ = std::move(function);
  v.items_ = std::move(args);
  return v;
}

Value Value::keyword(std::string word) {
  Value v;
  v.kind_ = Kind::Keyword;
  v.function_ = std::move(word);
  return v;
}

const Ref* Value::as_reference() const {
  if (kind_ != Kind::Text || parts_.size() != 1 || !parts_.front().ref) return nullptr;
  return &*parts_.front().ref;
}

std::optional<std::string> Value::as_literal() const {
  if (kind_ != Kind::Text) return std::nullopt;
  std::string out;
  for (const auto& p : parts_) {
    if (p.ref) return std::nullopt;
    out += p.literal;
  }
  return out;
}

bool Value::has_references() const {
  for (const auto& p : parts_)
    if (p.ref) return true;
  return false;
}

bool Value::operator==(const Value& other) const {
  return kind_ == other.kind_ && bool_ == other.bool_ && int_ == other.int_ && parts_ == other.parts_ &&
         items_ == other.items_ && members_ == other.members_ && function_ == other.function_;
}

Value& Value::set(std::string key, Value value) {
  if (kind_ != Kind::Map) throw std::logic_error("Value::set on a non-map");
  if (const Value* existing = find(key)) {
    Value& slot = const_cast<Value&>(*existing);
    slot = std::move(value);
    return slot;
  }
  if (index_.map) index_.map->emplace(key, members_.size());
  members_.emplace_back(std::move(key), std::move(value));
  if (!index_.map && members_.size() > kIndexFrom) {
    index_.map = std::make_unique<std::unordered_map<std::string, size_t>>();
    for (size_t i = 0; i < members_.size(); ++i) index_.map->emplace(members_[i].first, i);
  }
  return members_.back().second;
}

const Value* Value::find(const std::string& key) const {
  if (index_.map) {
    work::count();
    const auto it = index_.map->find(key);
    return it == index_.map->end() ? nullptr : &members_[it->second].second;
  }
  work::count(members_.size());
  for (const auto& [k, v] : members_)
    if (k == key) return &v;
  return nullptr;
}

Value& Value::push(Value value) {
  if (kind_ != Kind::List) throw std::logic_error("Value::push on a non-list");
  items_.push_back(std::move(value));
  return items_.back();
}

}  // namespace bslc::emit
