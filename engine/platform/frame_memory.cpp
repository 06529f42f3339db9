// See frame_memory.hpp.
#include "platform/frame_memory.hpp"

#include <cstring>
#include <utility>

namespace lineage {
namespace {

template <typename T>
void put(std::vector<unsigned char>& out, const T& value) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(&value);
  out.insert(out.end(), bytes, bytes + sizeof value);
}

void put_bytes(std::vector<unsigned char>& out, const void* data, std::size_t size) {
  const auto* bytes = static_cast<const unsigned char*>(data);
  out.insert(out.end(), bytes, bytes + size);
}

// Vertices are compared as whole bytes: they must have no padding.
static_assert(sizeof(ImDrawVert) == sizeof(ImVec2) * 2 + sizeof(ImU32), "ImDrawVert has padding");

}  // namespace

bool FrameMemory::unchanged(const ImDrawData& draw_data, const FramebufferIdentity& target) {
  // Everything the picture depends on, field by field (no struct padding in the comparison).
  next_.clear();
  put(next_, target.pixels);
  put(next_, target.width);
  put(next_, target.height);
  put(next_, target.pitch);
  put(next_, target.texture_generation);
  put(next_, draw_data.DisplayPos);
  put(next_, draw_data.DisplaySize);
  put(next_, draw_data.FramebufferScale);
  put(next_, draw_data.CmdListsCount);
  for (int n = 0; n < draw_data.CmdListsCount; ++n) {
    const ImDrawList& list = *draw_data.CmdLists[n];
    put(next_, list.CmdBuffer.Size);
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
      if (cmd.UserCallback) {
        remembered_ = false;
        return false;
      }
      put(next_, cmd.ClipRect);
      put(next_, cmd.TextureId);
      put(next_, cmd.VtxOffset);
      put(next_, cmd.IdxOffset);
      put(next_, cmd.ElemCount);
    }
    put(next_, list.IdxBuffer.Size);
    put_bytes(next_, list.IdxBuffer.Data, static_cast<std::size_t>(list.IdxBuffer.Size) * sizeof(ImDrawIdx));
    put(next_, list.VtxBuffer.Size);
    put_bytes(next_, list.VtxBuffer.Data, static_cast<std::size_t>(list.VtxBuffer.Size) * sizeof(ImDrawVert));
  }
  const bool same = remembered_ && next_.size() == last_.size() && std::memcmp(next_.data(), last_.data(), next_.size()) == 0;
  if (!same) {
    std::swap(last_, next_);
    remembered_ = true;
  }
  return same;
}

}  // namespace lineage
