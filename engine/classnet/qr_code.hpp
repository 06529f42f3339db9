// The join address as a QR code (Debian's libqrencode): a square of dark and light modules
// that the teacher panel draws itself. No SDL here.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace lineage::classroom {

struct QrCode {
  int size = 0;  // modules per side, without the quiet zone; 0 if encoding failed
  std::vector<std::uint8_t> dark;  // size * size, row by row
  bool at(int x, int y) const { return x >= 0 && y >= 0 && x < size && y < size && dark[std::size_t(y * size + x)]; }
};

// Medium error correction (15%): a phone reads it off a projector from the back of a room.
QrCode make_qr_code(std::string_view text);

}  // namespace lineage::classroom
