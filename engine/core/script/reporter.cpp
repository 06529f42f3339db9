#include "core/script/reporter.hpp"

#include <algorithm>

#include "core/script/text.hpp"
#include "core/util/strings.hpp"

namespace lineage {

namespace {
constexpr std::size_t kWindow = 160;  // bytes of a long line shown around the caret
}

Reporter::Reporter(const std::vector<SourceFile>& files)
    : files_(files), per_file_(files.size(), 0), per_file_other_(files.size(), 0), per_file_hidden_(files.size(), 0) {}

std::vector<Diagnostic> Reporter::take() {
  for (std::size_t file = 0; file < per_file_hidden_.size(); ++file)
    if (per_file_hidden_[file] > 0)
      general(Diagnostic::Severity::Note, files_[file].name,
              std::to_string(per_file_hidden_[file]) + " more warning(s) and note(s) in this file not shown");
  std::fill(per_file_hidden_.begin(), per_file_hidden_.end(), 0);
  return std::move(diagnostics_);
}

void Reporter::absorb(Reporter&& other) {
  for (std::size_t f = 0; f < per_file_.size() && f < other.per_file_.size(); ++f) {
    per_file_[f] += other.per_file_[f];
    per_file_other_[f] += other.per_file_other_[f];
    per_file_hidden_[f] += other.per_file_hidden_[f];
  }
  errors_ += other.errors_;
  if (!other.diagnostics_.empty() || other.dropped_last_) dropped_last_ = other.dropped_last_;
  for (Diagnostic& d : other.diagnostics_) diagnostics_.push_back(std::move(d));
  attached_.insert(attached_.end(), other.attached_.begin(), other.attached_.end());
  other.diagnostics_.clear();
  other.attached_.clear();
}

void Reporter::error(const Loc& at, std::string m, std::string h) {
  add(Diagnostic::Severity::Error, at, std::move(m), std::move(h));
}
void Reporter::warning(const Loc& at, std::string m, std::string h) {
  add(Diagnostic::Severity::Warning, at, std::move(m), std::move(h));
}
void Reporter::note(const Loc& at, std::string m, std::string h) {
  add(Diagnostic::Severity::Note, at, std::move(m), std::move(h));
}

void Reporter::attached_note(const Loc& at, std::string m) {
  if (dropped_last_) return;  // what it belongs to was not kept
  std::size_t before = diagnostics_.size();
  add(Diagnostic::Severity::Note, at, std::move(m), {});
  if (diagnostics_.size() > before && before > 0) attached_.back() = true;
}

void Reporter::general(Diagnostic::Severity s, std::string where, std::string m, std::string h) {
  Diagnostic d;
  d.severity = s;
  d.loc.file = std::move(where);
  d.message = std::move(m);
  d.hint = std::move(h);
  if (s == Diagnostic::Severity::Error) ++errors_;
  diagnostics_.push_back(std::move(d));
  attached_.push_back(false);
}

bool Reporter::saturated(int file) const {
  return file >= 0 && file < static_cast<int>(per_file_.size()) && per_file_[file] >= kMaxPerFile;
}

SourceLoc Reporter::source_loc(const Loc& at) const {
  SourceLoc loc;
  if (at.file < 0 || at.file >= static_cast<int>(files_.size())) return loc;
  const SourceFile& f = files_[at.file];
  loc.file = f.name;
  loc.line = at.line;
  loc.column = at.col;
  if (at.line >= 1 && at.line <= static_cast<int>(f.lines.size()) && at.col > 1) {
    std::string_view line = f.lines[at.line - 1];
    std::size_t byte = std::min<std::size_t>(line.size(), static_cast<std::size_t>(at.col - 1));
    loc.column = static_cast<int>(utf8_length(line.substr(0, byte))) + 1 +
                 static_cast<int>(at.col - 1 - byte);
  }
  return loc;
}

std::string Reporter::where(const Loc& at) const {
  SourceLoc l = source_loc(at);
  return l.file + ":" + std::to_string(l.line) + ":" + std::to_string(l.column);
}

void Reporter::add(Diagnostic::Severity s, const Loc& at, std::string message, std::string hint) {
  int file = at.file;
  dropped_last_ = false;
  if (file >= 0 && file < static_cast<int>(per_file_.size())) {
    bool is_error = s == Diagnostic::Severity::Error;
    int& kept = is_error ? per_file_[file] : per_file_other_[file];
    if (kept >= kMaxPerFile) {
      if (!is_error) ++per_file_hidden_[file];
      dropped_last_ = true;
      return;
    }
    ++kept;
  }
  Diagnostic d;
  d.severity = s;
  d.loc = source_loc(at);
  d.message = std::move(message);
  d.hint = std::move(hint);
  if (file >= 0 && file < static_cast<int>(files_.size()) && at.line >= 1 &&
      at.line <= static_cast<int>(files_[file].lines.size())) {
    std::string_view line = files_[file].lines[at.line - 1];
    std::size_t caret = at.col > 0 ? static_cast<std::size_t>(at.col - 1) : 0;
    std::size_t len = static_cast<std::size_t>(std::max(1, at.len));
    if (caret < line.size()) {
      d.length = std::max<int>(1, static_cast<int>(utf8_length(line.substr(caret, len))));
    }
    if (line.size() <= kWindow) {
      d.source_line = displayable(line);
    } else {  // a window around the caret, on character boundaries
      std::size_t start = caret > kWindow / 2 ? caret - kWindow / 2 : 0;
      while (start > 0 && (static_cast<unsigned char>(line[start]) & 0xC0) == 0x80) --start;
      std::size_t end = std::min(line.size(), start + kWindow);
      while (end < line.size() && (static_cast<unsigned char>(line[end]) & 0xC0) == 0x80) ++end;
      std::string prefix = start > 0 ? "..." : "";
      d.source_line = prefix + displayable(line.substr(start, end - start)) + (end < line.size() ? "..." : "");
      std::size_t upto = std::min(caret, end) - std::min(caret, start);
      d.caret_column = static_cast<int>(prefix.size() + utf8_length(line.substr(start, upto))) + 1;
      d.length = std::min<int>(d.length, static_cast<int>(kWindow));
    }
  }
  if (s == Diagnostic::Severity::Error) ++errors_;
  diagnostics_.push_back(std::move(d));
  attached_.push_back(false);
  if (file >= 0 && file < static_cast<int>(per_file_.size()) && per_file_[file] == kMaxPerFile)
    general(Diagnostic::Severity::Error, files_[file].name, "too many errors in this file; stopping here",
            "fix the problems above and run `lineage check` again");
}

std::string suggestion(std::string_view word, const std::vector<std::string>& known) {
  if (word.empty() || word.size() > 64) return {};
  std::vector<std::string> close;
  for (const auto& k : known) {
    std::size_t a = k.size(), b = word.size();
    if ((a > b ? a - b : b - a) <= 3 && k != word) close.push_back(k);
  }
  std::string best = nearest(word, close);
  return best.empty() ? std::string() : "did you mean `" + best + "`?";
}

std::string suggestion_or_list(std::string_view word, const std::vector<std::string>& known, const std::string& plural) {
  std::string hint = suggestion(word, known);
  if (!hint.empty()) return hint;
  if (known.empty()) return "this story declares no " + plural + " yet";
  constexpr std::size_t kShown = 12;
  std::string list;
  for (std::size_t i = 0; i < known.size() && i < kShown; ++i) list += (i ? ", " : "") + ticked(known[i]);
  if (known.size() > kShown) list += " and " + std::to_string(known.size() - kShown) + " more";
  return "the " + plural + " are " + list;
}

}  // namespace lineage
