// Internal: a Z3 formula flattened once into a node list and evaluated on a
// concrete assignment of its variables. The differential tests judge
// thousands of concrete requests per bucket; asking Z3 to evaluate each would
// dominate the suite, while interpreting the very same formula term by term
// is exact and takes microseconds.
#pragma once
#include <z3++.h>

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace bslc::verify::detail {

class Formula {
 public:
  // `variables`: the uninterpreted constants (Booleans and bit-vectors), in
  // the order of the values passed to evaluate.
  Formula(const z3::expr& formula, const std::vector<z3::expr>& variables);
  bool evaluate(const std::vector<uint64_t>& values) const;

 private:
  enum class Op : uint8_t { Const, Var, And, Or, Not, Implies, Ite, Eq, Ult, Numeral };
  struct Node {
    Op op = Op::Const;
    uint64_t value = 0;  // Const (0/1), Var (index), Numeral
    std::vector<uint32_t> kids;
  };
  uint32_t add(const z3::expr& e);
  std::vector<Node> nodes_;
  std::unordered_map<unsigned, uint32_t> memo_;  // Z3 ast id -> node
  std::unordered_map<unsigned, uint32_t> vars_;  // Z3 ast id -> variable index
  uint32_t root_ = 0;
};

}  // namespace bslc::verify::detail
