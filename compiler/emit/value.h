// A small, target-neutral value tree that every emitter builds before it
// writes text: scalars, lists, maps that keep insertion order (so output is
// deterministic and reads in the order AWS documents it), and text that may
// contain references to other resources. The writers (CloudFormation YAML and
// JSON, HCL, Terraform JSON) decide how a reference is spelled:
//   CloudFormation: !Ref X / !GetAtt X.Arn / !Sub "${X.Arn}/exports/*"
//   Terraform:      aws_s3_bucket.x.arn / "${aws_s3_bucket.x.arn}/exports/*"
// Invariant: literal text is stored unescaped; only writers escape.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace bslc::emit {

// A reference to an attribute of another resource in the same output.
// CloudFormation: target = logical id, attribute "" means `Ref`.
// Terraform: target = resource address ("aws_s3_bucket.records"), attribute
// "" means the address itself (only meaningful in depends_on).
struct Ref {
  std::string target;
  std::string attribute;
  bool operator==(const Ref&) const = default;
};

// One piece of a text value: literal characters, or a reference.
struct TextPart {
  std::string literal;
  std::optional<Ref> ref;
  bool operator==(const TextPart&) const = default;
};

class Value {
 public:
  enum class Kind { Null, Bool, Int, Text, List, Map, Call, Keyword };

  Value() = default;
  static Value text(std::string literal);
  static Value reference(Ref ref);
  static Value parts(std::vector<TextPart> parts);  // merges adjacent literals
  static Value boolean(bool b);
  static Value integer(int64_t i);
  static Value list(std::vector<Value> items = {});
  static Value map();
  static Value string_list(const std::vector<std::string>& items);
  // A function call expression; only the Terraform writers support it
  // (`jsonencode({...})`).
  static Value call(std::string function, std::vector<Value> args);
  // A bare word that is not a reference: Terraform type constraints such as
  // `string` (HCL writes it bare, Terraform JSON as a plain string).
  static Value keyword(std::string word);

  Kind kind() const { return kind_; }
  bool as_bool() const { return bool_; }
  int64_t as_int() const { return int_; }
  const std::vector<TextPart>& text_parts() const { return parts_; }
  const std::vector<Value>& items() const { return items_; }
  const std::vector<std::pair<std::string, Value>>& members() const { return members_; }
  const std::string& function() const { return function_; }  // Call: name; Keyword: the word

  // Text that is a single reference and nothing else.
  const Ref* as_reference() const;
  // Text without references: its literal characters.
  std::optional<std::string> as_literal() const;
  bool has_references() const;

  // Map: appends (or replaces, keeping the position) a member; returns it.
  Value& set(std::string key, Value value);
  const Value* find(const std::string& key) const;
  // List: appends.
  Value& push(Value value);

  // Equal kind and content (the lookup index is derived and not compared).
  bool operator==(const Value& other) const;

 private:
  // Big maps (a template's Resources holds a few entries per bucket) find
  // keys through a hash index, so building a template stays linear.
  static constexpr size_t kIndexFrom = 8;
  Kind kind_ = Kind::Null;
  bool bool_ = false;
  int64_t int_ = 0;
  std::vector<TextPart> parts_;
  std::vector<Value> items_;
  std::vector<std::pair<std::string, Value>> members_;
  std::string function_;
  // key -> position in members_, once big. Held by pointer: most Values are
  // small, and a template has millions of them.
  struct MemberIndex {
    std::unique_ptr<std::unordered_map<std::string, size_t>> map;
    MemberIndex() = default;
    MemberIndex(const MemberIndex& other)
        : map(other.map ? std::make_unique<std::unordered_map<std::string, size_t>>(*other.map) : nullptr) {}
    MemberIndex& operator=(const MemberIndex& other) {
      if (this != &other) *this = MemberIndex(other);
      return *this;
    }
    MemberIndex(MemberIndex&&) noexcept = default;
    MemberIndex& operator=(MemberIndex&&) noexcept = default;
  };
  MemberIndex index_;
};

}  // namespace bslc::emit
