// Greedy word wrapping with an injected measure function, so it is tested without fonts.
// UTF-8 safe: breaks only at spaces and explicit newlines, never inside a character.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace lineage {

using MeasureText = std::function<float(std::string_view)>;

// Lines of `text` no wider than `width` (a single word wider than `width` gets its own line).
// "\n" forces a break; "\n\n" leaves an empty line (a paragraph gap).
std::vector<std::string> wrap_text(std::string_view text, float width, const MeasureText& measure);

// `text` if it fits in `width`, else its longest start that fits with "…" after it, cut after a
// whole word where one fits (else after a whole character, never inside one). Where a label
// is shortened, the full text must be shown or spoken somewhere else on the screen.
std::string ellipsize_text(std::string_view text, float width, const MeasureText& measure);

}  // namespace lineage
