// A one-line ImGui text field with a byte limit. ImGui's std::string field grows without end, so
// a pasted book in the Ask field or a name would be searched, drawn and kept whole every frame.
// Here ImGui itself refuses what would pass the limit (it never splits a character), and text
// longer than the limit that comes from elsewhere is cut at a character boundary first.
#pragma once

#include <imgui.h>

#include <cstddef>
#include <string>

namespace lineage {

// Limits for the one-line fields (bytes of UTF-8).
constexpr std::size_t kQuestionLimit = 500;   // a question or search words in Ask
constexpr std::size_t kNameLimit = 120;       // a reader's name
constexpr std::size_t kPathLimit = 4096;      // a file or folder to save to (PATH_MAX)

// `text` cut to at most `limit` bytes without splitting a UTF-8 character.
std::string cut_to_limit(std::string text, std::size_t limit);

// ImGui::InputTextWithHint over `text`, taking at most `limit` bytes. Returns what ImGui returns.
bool bounded_text_field(const char* label, const char* hint, std::string& text, std::size_t limit,
                        ImGuiInputTextFlags flags = 0);

}  // namespace lineage
