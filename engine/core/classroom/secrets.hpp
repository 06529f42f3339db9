// Random secrets for a class session: a 128-bit session token per device (32 hex digits) and a
// short join code a class can read off the projector. Both come from the kernel's CSPRNG.
#pragma once

#include <string>
#include <string_view>

namespace lineage::classroom {

// 16 bytes from getrandom(2), as 32 lowercase hex digits.
std::string new_token();
// 6 characters from an alphabet without look-alikes (no 0/O, 1/I/L).
std::string new_join_code();
// True if `text` has the shape of a token (32 lowercase hex digits).
bool looks_like_token(std::string_view text);
// Compares two strings in time that depends only on their lengths.
bool same_secret(std::string_view a, std::string_view b);

}  // namespace lineage::classroom
