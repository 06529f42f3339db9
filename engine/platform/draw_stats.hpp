// What one frame sent where: the Diagnostics panel and the benchmark print these. No SDL here.
#pragma once

namespace lineage {

struct DrawDataStats {
  int solid_rects = 0, gradient_rects = 0, copies = 0, geometry_batches = 0, geometry_triangles = 0;
  // Pixels touched by each (triangles: half their bounding boxes, an estimate).
  long solid_pixels = 0, gradient_pixels = 0, copy_pixels = 0, geometry_pixels = 0;
  int mask_copies = 0;       // text blended straight into a software framebuffer
  int direct_triangles = 0;  // solid triangles filled span by span into a software framebuffer
  long direct_triangle_pixels = 0;
  // A window on the software path: what was sent to the display (-1: the whole frame, as SDL does).
  int presented_rects = -1;
  long presented_pixels = 0;
  // The software path: the backdrop covered the frame opaquely, so it was not cleared first.
  bool clear_skipped = false;
  // The frame's draw data was the last drawn frame's, byte for byte (see platform/frame_memory.hpp):
  // nothing was drawn and these figures are that frame's, unless every frame must be drawn.
  bool unchanged = false;
};

}  // namespace lineage
