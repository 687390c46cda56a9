// ANTLR's default error handling with three changes:
//  - every report becomes an E0101 diagnostic worded in the user's terms
//    (error_messages.h), never ANTLR's "mismatched input ... expecting T__12";
//  - recovery skips to the next setting, item or declaration, stepping over
//    brace- and bracket-balanced groups, so one mistake costs one error and the
//    rest of the file is still checked;
//  - once the Reporter reaches the error limit it throws ErrorLimitReached,
//    which parse() catches.
#pragma once
#include <antlr4-runtime.h>

#include <string>

#include "syntax/error_messages.h"
#include "syntax/session.h"

namespace bslc::syntax {

class ErrorStrategy : public antlr4::DefaultErrorStrategy {
 public:
  explicit ErrorStrategy(Session& session) : session_(session) {}

  void sync(antlr4::Parser* parser) override;
  void recover(antlr4::Parser* parser, std::exception_ptr e) override;

 protected:
  void reportNoViableAlternative(antlr4::Parser* parser, const antlr4::NoViableAltException& e) override;
  void reportInputMismatch(antlr4::Parser* parser, const antlr4::InputMismatchException& e) override;
  void reportFailedPredicate(antlr4::Parser* parser, const antlr4::FailedPredicateException& e) override;
  void reportUnwantedToken(antlr4::Parser* parser) override;
  void reportMissingToken(antlr4::Parser* parser) override;

 private:
  void report(const SyntaxMessage& m);

  Session& session_;
};

// Lexer errors cannot happen (UNKNOWN_CHAR matches any character) and parser
// errors are worded by ErrorStrategy; these listeners replace ANTLR's console
// listener so that anything else still becomes a diagnostic, never stderr text.
class LexerErrorListener : public antlr4::BaseErrorListener {
 public:
  explicit LexerErrorListener(Session& session) : session_(session) {}
  void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending, size_t line, size_t column,
                   const std::string& message, std::exception_ptr e) override;

 private:
  Session& session_;
};

class ParserErrorListener : public antlr4::BaseErrorListener {
 public:
  explicit ParserErrorListener(Session& session) : session_(session) {}
  void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending, size_t line, size_t column,
                   const std::string& message, std::exception_ptr e) override;

 private:
  Session& session_;
};

}  // namespace bslc::syntax
