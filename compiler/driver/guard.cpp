#include "driver/guard.h"

#include <exception>
#include <new>

#include "driver/exit_codes.h"

namespace bslc::driver {

int guarded(Streams streams, const std::function<int()>& body) {
  const char* what = nullptr;
  try {
    return body();
  } catch (const std::bad_alloc&) {
    what = "out of memory";
  } catch (const std::exception& e) {
    streams.err << "bslc: internal error: " << e.what()
                << "\nThis is a bug in bslc; please report it with the input that triggered it.\n";
    return kExitInternal;
  } catch (const char* message) {  // ANTLR and some C libraries throw C strings
    what = message;
  } catch (...) {
    what = "unknown exception";
  }
  streams.err << "bslc: internal error: " << (what ? what : "unknown exception")
              << "\nThis is a bug in bslc; please report it with the input that triggered it.\n";
  return kExitInternal;
}

}  // namespace bslc::driver
