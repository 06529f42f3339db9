// Escaping for everything the exports write: XML/XHTML/HTML, Pango markup and Markdown.
// Students type anything (quotes, ampersands, angle brackets, emoji, stray control bytes);
// none of it may break a file's structure, so every piece of text goes through here.
#pragma once

#include <string>
#include <string_view>

namespace lineage::export_detail {

// Valid UTF-8 only (bad bytes become U+FFFD), and no characters XML 1.0 forbids
// (C0 controls other than tab and newline; CR is folded into newline).
std::string clean_text(std::string_view text);

// &, <, >, " and ' escaped, after clean_text. Right for XML, XHTML, HTML and Pango markup.
std::string xml_escape(std::string_view text);

// Markdown: backslash-escapes the punctuation that would start emphasis, links, code, HTML,
// headings, quotes or lists, so the student's words show as written.
std::string markdown_escape(std::string_view text);

}  // namespace lineage::export_detail
