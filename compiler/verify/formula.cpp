#include "verify/formula.h"

#include <stdexcept>

namespace bslc::verify::detail {

Formula::Formula(const z3::expr& formula, const std::vector<z3::expr>& variables) {
  for (uint32_t i = 0; i < variables.size(); ++i) vars_.emplace(variables[i].id(), i);
  root_ = add(formula);
}

uint32_t Formula::add(const z3::expr& e) {
  const unsigned id = e.id();
  if (const auto memo = memo_.find(id); memo != memo_.end()) return memo->second;
  Node n;
  if (e.is_numeral()) {
    n.op = Op::Numeral;
    n.value = e.get_numeral_uint64();
  } else if (e.is_true() || e.is_false()) {
    n.op = Op::Const;
    n.value = e.is_true();
  } else if (e.is_const() && e.decl().decl_kind() == Z3_OP_UNINTERPRETED) {
    const auto v = vars_.find(id);
    if (v == vars_.end()) throw std::logic_error("formula: unknown variable " + e.to_string());
    n.op = Op::Var;
    n.value = v->second;
  } else {
    switch (e.decl().decl_kind()) {
      case Z3_OP_AND: n.op = Op::And; break;
      case Z3_OP_OR: n.op = Op::Or; break;
      case Z3_OP_NOT: n.op = Op::Not; break;
      case Z3_OP_IMPLIES: n.op = Op::Implies; break;
      case Z3_OP_ITE: n.op = Op::Ite; break;
      case Z3_OP_EQ:
      case Z3_OP_IFF: n.op = Op::Eq; break;
      case Z3_OP_ULT: n.op = Op::Ult; break;
      default: throw std::logic_error("formula: unexpected term " + e.decl().name().str());
    }
    for (unsigned i = 0; i < e.num_args(); ++i) n.kids.push_back(add(e.arg(i)));
  }
  const auto index = static_cast<uint32_t>(nodes_.size());
  nodes_.push_back(std::move(n));
  memo_.emplace(id, index);
  return index;
}

bool Formula::evaluate(const std::vector<uint64_t>& values) const {
  // Nodes are in post-order: every child precedes its parent.
  std::vector<uint64_t> v(nodes_.size());
  for (size_t i = 0; i < nodes_.size(); ++i) {
    const Node& n = nodes_[i];
    auto kid = [&](size_t k) { return v[n.kids[k]]; };
    switch (n.op) {
      case Op::Const:
      case Op::Numeral: v[i] = n.value; break;
      case Op::Var: v[i] = values[n.value]; break;
      case Op::And: {
        uint64_t r = 1;
        for (size_t k = 0; k < n.kids.size(); ++k) r = r && kid(k);
        v[i] = r;
        break;
      }
      case Op::Or: {
        uint64_t r = 0;
        for (size_t k = 0; k < n.kids.size(); ++k) r = r || kid(k);
        v[i] = r;
        break;
      }
      case Op::Not: v[i] = !kid(0); break;
      case Op::Implies: v[i] = !kid(0) || kid(1); break;
      case Op::Ite: v[i] = kid(0) ? kid(1) : kid(2); break;
      case Op::Eq: v[i] = kid(0) == kid(1); break;
      case Op::Ult: v[i] = kid(0) < kid(1); break;
    }
  }
  return v[root_] != 0;
}

}  // namespace bslc::verify::detail
