#include "classnet/qr_code.hpp"

#include <qrencode.h>

#include <string>

namespace lineage::classroom {

QrCode make_qr_code(std::string_view text) {
  QrCode qr;
  std::string copy(text);
  QRcode* code = QRcode_encodeString8bit(copy.c_str(), 0, QR_ECLEVEL_M);
  if (!code) return qr;
  qr.size = code->width;
  qr.dark.resize(std::size_t(qr.size * qr.size));
  for (std::size_t i = 0; i < qr.dark.size(); ++i) qr.dark[i] = code->data[i] & 1;
  QRcode_free(code);
  return qr;
}

}  // namespace lineage::classroom
