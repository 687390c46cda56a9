#include "syntax/keywords.h"

#include <antlr4-runtime.h>

#include <cctype>
#include <set>
#include <string>

#include "syntax/antlr_lock.h"
#include "syntax/generated.h"

namespace bslc::syntax {

bool is_keyword(std::string_view word) {
  static const std::set<std::string, std::less<>> kKeywords = [] {
    std::set<std::string, std::less<>> out;
    const std::lock_guard<std::mutex> one_lexer_at_a_time(antlr_mutex());
    antlr4::ANTLRInputStream empty("");
    bslcgen::BslLexer lexer(&empty);
    const antlr4::dfa::Vocabulary& v = lexer.getVocabulary();
    for (size_t t = 0; t <= v.getMaxTokenType(); ++t) {
      const std::string literal = v.getLiteralName(t);  // "'import'" for keywords
      if (literal.size() > 2 && literal.front() == '\'' && std::isalpha(static_cast<unsigned char>(literal[1])))
        out.insert(literal.substr(1, literal.size() - 2));
    }
    return out;
  }();
  return kKeywords.count(word) > 0;
}

}  // namespace bslc::syntax
