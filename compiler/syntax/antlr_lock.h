// The generated lexer's and parser's DFA caches are shared by every instance,
// and ANTLR 4.7's C++ runtime does not reliably guard them: every use of the
// generated code (parsing, formatting, reading the vocabulary) holds this lock.
#pragma once
#include <mutex>

namespace bslc::syntax {

std::mutex& antlr_mutex();

}  // namespace bslc::syntax
