// The shared people of every tableau: one silhouette in a few postures, built from convex
// pieces (head, neck, torso, skirt, arms, legs) so it stays on the renderer's polygon path and
// allocates nothing. No faces: which way someone faces shows in the arms and the head's tilt.
#include <cmath>

#include "scenes/tableaux/tableau.hpp"

namespace lineage {
namespace {

void quad(const TableauFrame& f, ImVec2 a, ImVec2 b, ImVec2 c, ImVec2 d, ImU32 fill) {
  ImVec2 pts[4] = {a, b, c, d};
  convex(f, pts, 4, fill);
}

// A limb from `from` to `to`, `w0` wide at the start and `w1` at the end.
void limb(const TableauFrame& f, ImVec2 from, ImVec2 to, float w0, float w1, ImU32 fill) {
  float dx = to.x - from.x, dy = to.y - from.y, len = std::sqrt(dx * dx + dy * dy);
  if (len <= 0.0f) return;
  float nx = -dy / len, ny = dx / len;
  quad(f, ImVec2(from.x + nx * w0 * 0.5f, from.y + ny * w0 * 0.5f), ImVec2(to.x + nx * w1 * 0.5f, to.y + ny * w1 * 0.5f),
       ImVec2(to.x - nx * w1 * 0.5f, to.y - ny * w1 * 0.5f), ImVec2(from.x - nx * w0 * 0.5f, from.y - ny * w0 * 0.5f), fill);
  f.dl->AddCircleFilled(to, w1 * 0.5f, fill, 10);
}

}  // namespace

void floor_shadow(const TableauFrame& f, ImVec2 feet, float width, float alpha) {
  // Three stacked flat ellipses: a soft contact shadow, darkest under the feet.
  for (int i = 0; i < 3; ++i) {
    float k = 1.0f - 0.3f * static_cast<float>(i);
    ellipse(f, feet, width * k, width * 0.12f * k, col(f.palette.near, alpha * 0.35f));
  }
}

void person(const TableauFrame& f, ImVec2 feet, float height, Posture posture, Colour c, float facing, Build build,
            float alpha) {
  const ImU32 fill = col(c, alpha);
  const float h = height, s = facing >= 0 ? 1.0f : -1.0f;
  const bool child = posture == Posture::Child;
  const bool sitting = posture == Posture::Sitting;
  const bool back = posture == Posture::TurnedAway;
  const bool man = build == Build::Man && !child;
  // Proportions: a child's head is larger and her legs shorter.
  const float head = h * (child ? 0.095f : 0.068f);
  const float shoulder = h * (child ? 0.11f : 0.115f), waist = h * (child ? 0.075f : 0.068f);
  const float hip_y = feet.y - h * (child ? 0.42f : 0.50f);  // where the skirt starts, standing
  float drop = sitting ? h * 0.24f : 0.0f;  // a seated body is lower by the length of the thigh
  const float neck_y = feet.y - h + head * 2.1f + drop;
  const float cx = feet.x + (sitting ? -s * h * 0.10f : 0.0f);
  const float lean = back ? 0.0f : s * h * 0.012f;  // a little forward, towards where she faces

  // Head and neck. Hair gathered at the back of the head says which way she faces; seen from
  // behind, it falls over the nape.
  ImVec2 head_c(cx + lean * 2.0f, neck_y - head * 1.05f);
  f.dl->AddCircleFilled(head_c, head, fill, 24);
  if (back) ellipse(f, ImVec2(head_c.x, head_c.y + head * 0.55f), head * 0.92f, head * 0.85f, fill);
  else if (!man) ellipse(f, ImVec2(head_c.x - s * head * 0.55f, head_c.y + head * 0.25f), head * 0.62f, head * 0.75f, fill);
  quad(f, ImVec2(cx - head * 0.32f + lean, neck_y - head * 0.4f), ImVec2(cx + head * 0.32f + lean, neck_y - head * 0.4f),
       ImVec2(cx + head * 0.42f, neck_y + head * 0.3f), ImVec2(cx - head * 0.42f, neck_y + head * 0.3f), fill);

  // Torso: sloping, rounded shoulders down to the waist.
  const float waist_y = sitting ? feet.y - h * 0.27f : hip_y;
  const float sw = shoulder * (man ? 1.1f : 0.95f), wst = waist * (man ? 1.25f : 1.0f);
  ImVec2 sl(cx - sw + lean, neck_y + head * 0.75f), sr(cx + sw + lean, neck_y + head * 0.75f);
  ImVec2 torso[6] = {ImVec2(cx - sw * 0.45f + lean, neck_y), ImVec2(cx + sw * 0.45f + lean, neck_y), sr,
                     ImVec2(cx + wst, waist_y), ImVec2(cx - wst, waist_y), sl};
  convex(f, torso, 6, fill);
  f.dl->AddCircleFilled(ImVec2(sl.x + head * 0.3f, sl.y - head * 0.05f), head * 0.42f, fill, 12);
  f.dl->AddCircleFilled(ImVec2(sr.x - head * 0.3f, sr.y - head * 0.05f), head * 0.42f, fill, 12);
  if (posture == Posture::Expecting)
    ellipse(f, ImVec2(cx + s * waist * 0.9f, waist_y - h * 0.06f), h * 0.07f, h * 0.085f, fill);

  // Below the waist: a long skirt standing, or a lap and shins sitting.
  if (sitting) {
    ImVec2 knee(cx + s * h * 0.22f, waist_y - h * 0.01f);
    limb(f, ImVec2(cx, waist_y - h * 0.02f), knee, waist * 2.0f, h * 0.07f, fill);
    limb(f, knee, ImVec2(knee.x + s * h * 0.01f, feet.y - h * 0.02f), h * 0.065f, h * 0.045f, fill);
    quad(f, ImVec2(knee.x - s * h * 0.01f, feet.y - h * 0.025f), ImVec2(knee.x + s * h * 0.07f, feet.y - h * 0.02f),
         ImVec2(knee.x + s * h * 0.07f, feet.y), ImVec2(knee.x - s * h * 0.01f, feet.y), fill);
  } else if (man) {
    // Trousers: two legs from the hips.
    float leg = h * 0.05f;
    limb(f, ImVec2(cx - wst * 0.5f, waist_y - 2), ImVec2(cx - wst * 0.45f, feet.y - leg * 0.3f), leg * 1.3f, leg * 0.85f, fill);
    limb(f, ImVec2(cx + wst * 0.5f, waist_y - 2), ImVec2(cx + wst * 0.45f, feet.y - leg * 0.3f), leg * 1.3f, leg * 0.85f, fill);
  } else {
    float hem_y = feet.y - h * (child ? 0.17f : 0.13f);
    float hem = h * (child ? 0.15f : 0.13f);
    quad(f, ImVec2(cx - waist, waist_y - 1), ImVec2(cx + waist, waist_y - 1), ImVec2(cx + hem, hem_y),
         ImVec2(cx - hem, hem_y), fill);
    float leg = h * (child ? 0.035f : 0.03f);
    limb(f, ImVec2(cx - hem * 0.35f, hem_y - 1), ImVec2(cx - hem * 0.3f, feet.y - leg * 0.5f), leg * 1.3f, leg, fill);
    limb(f, ImVec2(cx + hem * 0.35f, hem_y - 1), ImVec2(cx + hem * 0.3f, feet.y - leg * 0.5f), leg * 1.3f, leg, fill);
  }

  // Arms.
  float arm = h * (child ? 0.038f : 0.034f);
  ImVec2 near_shoulder = s > 0 ? sr : sl, far_shoulder = s > 0 ? sl : sr;
  if (posture == Posture::HoldingBaby) {
    // A swaddled baby held across the chest, its head in the crook of the near arm; the bundle
    // a shade lighter than her coat. The near arm runs down and under it.
    ImVec2 bundle(cx + s * sw * 0.35f + lean, neck_y + h * 0.16f);
    ImVec2 elbow(near_shoulder.x + s * h * 0.01f, bundle.y + h * 0.02f);
    limb(f, near_shoulder, elbow, arm, arm * 0.9f, fill);
    Colour swaddle = mix(c, f.palette.light, 0.4f);
    ellipse(f, bundle, h * 0.095f, h * 0.045f, col(swaddle, alpha));
    f.dl->AddCircleFilled(ImVec2(bundle.x + s * h * 0.085f, bundle.y - h * 0.025f), h * 0.032f, col(swaddle, alpha), 16);
    limb(f, elbow, ImVec2(bundle.x - s * h * 0.06f, bundle.y + h * 0.035f), arm * 0.9f, arm * 0.8f, fill);
    limb(f, far_shoulder, ImVec2(far_shoulder.x + s * h * 0.02f, bundle.y - h * 0.01f), arm, arm * 0.85f, fill);
  } else if (sitting) {
    // Hands rest in the lap.
    ImVec2 lap(cx + s * h * 0.14f, waist_y - h * 0.04f);
    limb(f, near_shoulder, ImVec2(cx + s * h * 0.05f, waist_y - h * 0.10f), arm, arm * 0.9f, fill);
    limb(f, ImVec2(cx + s * h * 0.05f, waist_y - h * 0.10f), lap, arm * 0.9f, arm * 0.8f, fill);
  } else {
    // Hanging, the forward arm a little ahead; a child's reach a little out.
    float reach = child ? 0.05f : 0.015f;
    float hand_y = waist_y + h * (child ? 0.05f : 0.08f);
    limb(f, near_shoulder, ImVec2(near_shoulder.x + s * h * reach, hand_y), arm, arm * 0.8f, fill);
    limb(f, far_shoulder, ImVec2(far_shoulder.x - s * h * (back ? 0.015f : 0.0f), hand_y - h * 0.01f), arm, arm * 0.8f, fill);
  }
}

}  // namespace lineage
