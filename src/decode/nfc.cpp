#include "vitext/decode.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace vitext {
namespace {

// Text that holds only code points below U+0300 and precomposed Vietnamese letters is NFC
// already (none of them has a decomposition that NFC would change); skip utf8proc then.
bool surely_nfc(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0xCC) continue;  // ASCII, continuation bytes, and leads of U+0080..U+02FF
    // U+1E00..U+1EFF (E1 B8..BB xx): Latin Extended Additional, all composed already
    if (b == 0xE1 && i + 1 < s.size()) {
      auto b1 = static_cast<unsigned char>(s[i + 1]);
      if (b1 >= 0xB8 && b1 <= 0xBB) continue;
    }
    return false;
  }
  return true;
}

}  // namespace

Status to_nfc(std::string_view in, std::string& out) {
  if (surely_nfc(in)) {
    out.assign(in);
    return Status::Ok();
  }
  utf8proc_uint8_t* result = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(in.data()), static_cast<utf8proc_ssize_t>(in.size()),
                        &result, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (n < 0) return Status::Internal(std::string("NFC composition failed: ") + utf8proc_errmsg(n));
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> guard(result, &std::free);
  out.assign(reinterpret_cast<const char*>(result), static_cast<size_t>(n));
  return Status::Ok();
}

}  // namespace vitext
