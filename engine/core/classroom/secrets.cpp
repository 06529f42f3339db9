#include "core/classroom/secrets.hpp"

#include <sys/random.h>

#include <array>
#include <cstdint>
#include <stdexcept>

namespace lineage::classroom {
namespace {

template <std::size_t N>
std::array<std::uint8_t, N> random_bytes() {
  std::array<std::uint8_t, N> bytes{};
  std::size_t got = 0;
  while (got < N) {
    ssize_t n = ::getrandom(bytes.data() + got, N - got, 0);
    if (n < 0) throw std::runtime_error("getrandom failed: no secure random numbers");
    got += std::size_t(n);
  }
  return bytes;
}

constexpr std::string_view kCodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

}  // namespace

std::string new_token() {
  static constexpr char kHex[] = "0123456789abcdef";
  auto bytes = random_bytes<16>();
  std::string token;
  for (auto b : bytes) {
    token += kHex[b >> 4];
    token += kHex[b & 15];
  }
  return token;
}

std::string new_join_code() {
  std::string code;
  while (code.size() < 6) {
    // Rejection sampling keeps every character equally likely.
    for (auto b : random_bytes<8>()) {
      if (b >= 248) continue;  // 248 = 8 * 31
      code += kCodeAlphabet[b % kCodeAlphabet.size()];
      if (code.size() == 6) break;
    }
  }
  return code;
}

bool looks_like_token(std::string_view text) {
  if (text.size() != 32) return false;
  for (char c : text)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

bool same_secret(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

}  // namespace lineage::classroom
