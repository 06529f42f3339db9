// Collects diagnostics for one load: turns byte locations into clang-style diagnostics with the
// source line, and caps each file at a fixed number so garbage input stays fast.
// Internal to engine/core/script.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/script/diagnostic.hpp"
#include "core/script/source.hpp"

namespace lineage {

class Reporter {
 public:
  // At most this many errors, and this many warnings and notes, are kept per file. Only the
  // error cap stops the parse; warnings past theirs are counted in one closing note, so a
  // long list of warnings never becomes an error.
  static constexpr int kMaxPerFile = 100;

  explicit Reporter(const std::vector<SourceFile>& files);

  void error(const Loc& at, std::string message, std::string hint = {});
  void warning(const Loc& at, std::string message, std::string hint = {});
  void note(const Loc& at, std::string message, std::string hint = {});
  // A note that belongs to the diagnostic just before it (e.g. "the first one is here").
  void attached_note(const Loc& at, std::string message);
  // Whether each diagnostic is a note attached to the one before (parallel to take()).
  const std::vector<bool>& attached() const { return attached_; }
  // A diagnostic about a whole folder or file, without a line.
  void general(Diagnostic::Severity s, std::string where, std::string message, std::string hint = {});

  // True once a file has had kMaxPerFile errors; its parse stops there.
  bool saturated(int file) const;
  int errors() const { return errors_; }
  // "file:line:col" of a place, for messages that name another place.
  std::string where(const Loc& at) const;
  SourceLoc source_loc(const Loc& at) const;  // character column

  std::vector<Diagnostic> take();
  // Takes in what another reporter over the same files found (one file's tree, read on another
  // thread), as if it had been reported here.
  void absorb(Reporter&& other);

 private:
  void add(Diagnostic::Severity s, const Loc& at, std::string message, std::string hint);
  const std::vector<SourceFile>& files_;
  std::vector<int> per_file_;       // errors
  std::vector<int> per_file_other_; // warnings and notes kept
  std::vector<int> per_file_hidden_;  // warnings and notes past the cap
  bool dropped_last_ = false;        // so a note attached to a dropped diagnostic goes too
  std::vector<Diagnostic> diagnostics_;
  std::vector<bool> attached_;
  int errors_ = 0;
};

// "did you mean `x`?" for the known id nearest to `word`, or "" (cheap on long or odd words).
std::string suggestion(std::string_view word, const std::vector<std::string>& known);
// The suggestion if there is one; otherwise what exists ("the content notes are `a`, `b`"), or
// that none is declared. `plural` names the kind ("content notes"), `none` the empty case.
std::string suggestion_or_list(std::string_view word, const std::vector<std::string>& known, const std::string& plural);

}  // namespace lineage
