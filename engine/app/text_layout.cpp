#include "app/text_layout.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <cmath>
#include <cstdio>
#include <map>

namespace lineage {
namespace {

struct GlyphIndex {
  std::map<std::pair<float, float>, std::pair<const ImFontGlyph*, float>> by_start;  // (U0,V0) -> glyph, font size
  std::vector<std::pair<const ImFontGlyph*, float>> all;
  std::map<std::pair<float, float>, std::pair<const ImFontGlyph*, float>> within_cache;

  // A glyph whose atlas rectangle holds this texture coordinate: a glyph ImGui clipped on the CPU
  // (its quad and coordinates trimmed to a button's or a column's edge).
  std::pair<const ImFontGlyph*, float> containing(ImVec2 uv) {
    auto key = std::make_pair(uv.x, uv.y);
    if (auto it = within_cache.find(key); it != within_cache.end()) return it->second;
    std::pair<const ImFontGlyph*, float> found{nullptr, 0.0f};
    for (const auto& g : all)
      if (uv.x >= g.first->U0 && uv.x <= g.first->U1 && uv.y >= g.first->V0 && uv.y <= g.first->V1 &&
          g.first->U1 > g.first->U0) {
        found = g;
        break;
      }
    within_cache[key] = found;
    return found;
  }
};

TextRect rect_of(const ImVec4& r) { return TextRect{r.x, r.y, r.z, r.w}; }

}  // namespace

FrameTextLayout read_text_layout(const std::vector<PlacedText>& canvas, float width, float height) {
  FrameTextLayout out;
  out.window = TextRect{0, 0, width, height};
  ImGuiContext* ctx = ImGui::GetCurrentContext();
  ImDrawData* data = ImGui::GetDrawData();
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  if (!ctx || !data || !atlas) return out;

  GlyphIndex index;
  for (ImFont* font : atlas->Fonts)
    for (const ImFontGlyph& g : font->Glyphs)
      if (g.Visible) {
        index.by_start[{g.U0, g.V0}] = {&g, font->FontSize};
        index.all.push_back({&g, font->FontSize});
      }

  std::map<const ImDrawList*, ImGuiWindow*> window_of;
  std::map<ImGuiWindow*, int> root_id;
  for (ImGuiWindow* w : ctx->Windows) {
    window_of[w->DrawList] = w;
    if (!root_id.count(w->RootWindow)) root_id[w->RootWindow] = static_cast<int>(root_id.size()) + 1;
  }
  ImDrawList* background = ImGui::GetBackgroundDrawList();

  for (int l = 0; l < data->CmdListsCount; ++l) {
    const ImDrawList* list = data->CmdLists[l];
    if (list == background) {
      for (PlacedText t : canvas) {
        t.layer = l;
        t.root = 0;
        out.texts.push_back(std::move(t));
      }
      continue;
    }
    auto found = window_of.find(list);
    ImGuiWindow* w = found != window_of.end() ? found->second : nullptr;
    int root = w ? root_id[w->RootWindow] : -1 - l;
    std::string owner = w ? std::string(w->Name) : "foreground";
    if (w && w->RootWindow == w && !(w->Flags & ImGuiWindowFlags_NoBackground))
      out.panels.push_back(PanelCover{rect_of(ImVec4(w->Pos.x, w->Pos.y, w->Pos.x + w->Size.x, w->Pos.y + w->Size.y)), l,
                                      root, owner});

    ImGuiWindow* overflowing = nullptr;
    // (The main menu bar measures its menus' layer as content: not a panel of text to judge.)
    if (w && !w->Hidden && std::string(w->Name) != "##MainMenuBar") {
      const char* what = nullptr;
      if (w->ScrollMax.x > 1.0f && !w->ScrollbarX) what = "wider";
      else if (w->ScrollMax.y > 1.0f && !w->ScrollbarY) what = "taller";
      if (what) {
        char buf[160];
        std::snprintf(buf, sizeof buf, "cut: the content of panel %s is %s than the panel (by %.0f px), with no scroll bar",
                      w->Name, what, what[0] == 'w' ? w->ScrollMax.x : w->ScrollMax.y);
        out.overflows.push_back(buf);
        overflowing = w;
      }
    }
    PlacedText run;
    bool open = false;
    float last_x = 0, last_y = 0, size = 0;
    auto close = [&] {
      if (open && !run.text.empty()) out.texts.push_back(run);
      open = false;
    };
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      close();
      if (cmd.UserCallback || cmd.TextureId != atlas->TexID) continue;
      for (unsigned int i = cmd.IdxOffset; i + 5 < cmd.IdxOffset + cmd.ElemCount; ++i) {
        unsigned int a = list->IdxBuffer[i] + cmd.VtxOffset;
        if (a + 2 >= static_cast<unsigned int>(list->VtxBuffer.Size)) continue;
        const ImDrawVert& v0 = list->VtxBuffer[a];
        const ImDrawVert& v2 = list->VtxBuffer[a + 2];
        bool clipped = false;
        std::pair<const ImFontGlyph*, float> hit{nullptr, 0.0f};
        if (auto it = index.by_start.find({v0.uv.x, v0.uv.y}); it != index.by_start.end() &&
                                                               v2.uv.x == it->second.first->U1 &&
                                                               v2.uv.y == it->second.first->V1)
          hit = it->second;
        else if (v2.pos.x > v0.pos.x && v2.pos.y > v0.pos.y && v2.uv.x > v0.uv.x && v2.uv.y > v0.uv.y) {
          // Not a whole glyph: perhaps one trimmed by ImGui's fine clipping.
          hit = index.containing(v0.uv);
          if (hit.first && !(v2.uv.x <= hit.first->U1 && v2.uv.y <= hit.first->V1)) hit.first = nullptr;
          clipped = hit.first != nullptr;
        }
        if (!hit.first) continue;
        const ImFontGlyph& g = *hit.first;
        float scale = 1.0f;
        if (!clipped && g.X1 > g.X0) scale = (v2.pos.x - v0.pos.x) / (g.X1 - g.X0);
        else if (clipped && g.V1 > g.V0 && g.Y1 > g.Y0)
          scale = ((v2.pos.y - v0.pos.y) / (v2.uv.y - v0.uv.y)) * (g.V1 - g.V0) / (g.Y1 - g.Y0);
        float glyph_size = hit.second * scale;
        // A glyph trimmed by a pixel at a frame's edge (a descender grazing a small button) reads
        // the same; trimmed by more, its text is cut.
        if (clipped) {
          float lost_x = (g.X1 - g.X0) * scale - (v2.pos.x - v0.pos.x), lost_y = (g.Y1 - g.Y0) * scale - (v2.pos.y - v0.pos.y);
          clipped = lost_x > 1.5f || lost_y > 1.5f;
        }
        // The glyph's pen position: back from its quad by its bearing (and by what was trimmed).
        float u_trim = g.U1 > g.U0 ? (v0.uv.x - g.U0) / (g.U1 - g.U0) * (g.X1 - g.X0) * scale : 0.0f;
        float v_trim = g.V1 > g.V0 ? (v0.uv.y - g.V0) / (g.V1 - g.V0) * (g.Y1 - g.Y0) * scale : 0.0f;
        float x = v0.pos.x - u_trim - g.X0 * scale, y = v0.pos.y - v_trim - g.Y0 * scale;
        bool same_run = open && std::fabs(y - last_y) < glyph_size * 0.5f && x >= last_x - 1.0f &&
                        x - last_x < glyph_size * 0.6f;
        if (!same_run) {
          close();
          run = PlacedText{};
          run.box = TextRect{x, y, x, y + glyph_size};
          run.frame = rect_of(cmd.ClipRect);
          run.layer = l;
          run.owner = owner;
          run.root = root;
          run.scrolls_x = w && w->ScrollbarX;
          run.scrolls_y = w && w->ScrollbarY;
          open = true;
        } else if (x - last_x > glyph_size * 0.12f) {
          run.text += ' ';
        }
        char buf[5] = {};
        ImTextCharToUtf8(buf, g.Codepoint);
        run.text += buf;
        run.cut = run.cut || clipped;
        last_x = x + g.AdvanceX * scale;
        last_y = y;
        size = glyph_size;
        run.box.x1 = std::max(run.box.x1, last_x);
        i += 5;
      }
    }
    close();
    (void)size;
    // Name what reaches furthest in an overflowing panel: usually the item that made it overflow.
    if (overflowing) {
      const PlacedText* widest = nullptr;
      for (const PlacedText& t : out.texts)
        if (t.layer == l && (!widest || t.box.x1 > widest->box.x1)) widest = &t;
      if (widest) out.overflows.back() += " (its rightmost text: \"" + widest->text + "\")";
    }
  }
  return out;
}

}  // namespace lineage
