// libFuzzer target for what a student's device sends to the class server: the Cookie header,
// the join and answer bodies and the long-poll version (split at "\n--8<--\n"), read as the
// server reads them (UTF-8 check, then the JSON readers) and fed to a live session with a
// prompt of each kind open. Must never crash, leak or hang; a refusal must say why, and an
// answer the session accepts must keep within the prompt's rules.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/classroom/class_requests.hpp"
#include "core/classroom/session.hpp"
#include "core/classroom/text_rules.hpp"

using namespace lineage::classroom;

namespace {
std::vector<std::string_view> parts_of(std::string_view in) {
  std::vector<std::string_view> parts;
  const std::string_view cut = "\n--8<--\n";
  while (parts.size() < 3) {
    std::size_t at = in.find(cut);
    if (at == std::string_view::npos || parts.size() == 2) break;
    parts.push_back(in.substr(0, at));
    in.remove_prefix(at + cut.size());
  }
  parts.push_back(in);
  while (parts.size() < 4) parts.push_back({});
  return parts;
}

ClassPrompt prompt_of_kind(int which) {
  ClassPrompt p;
  p.id = "q" + std::to_string(which);
  p.text = "A question";
  p.kind = which == 0 ? lineage::PromptKind::Open
           : which == 1 ? lineage::PromptKind::Choice
           : which == 2 ? lineage::PromptKind::Scale
                        : lineage::PromptKind::Evidence;
  if (p.kind == lineage::PromptKind::Choice || p.kind == lineage::PromptKind::Evidence)
    p.options = {{"a", "First"}, {"b", "Second"}};
  p.scale_points = 5;
  return p;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto parts = parts_of(std::string_view(reinterpret_cast<const char*>(data), size));
  std::string_view cookies = parts[0], body = parts[1], since_text = parts[2];

  std::string token = cookie_value(cookies, "lineage_class");
  if (token.find(';') != std::string::npos) __builtin_trap();
  std::uint64_t since = 0;
  if (parse_since(since_text, since) && since_text.size() > 18) __builtin_trap();

  ClassSession session("K7P2QX");
  JoinResult first = session.join("K7P2QX", "Mia");
  if (first.status != JoinStatus::Ok) __builtin_trap();
  if (session.device_for(token) != 0 && token != first.token) __builtin_trap();  // only a real token
  if (!valid_utf8(body)) return 0;  // the server refuses it before reading it

  std::string code, name;
  if (parse_join_request(body, code, name)) {
    JoinResult joined = session.join(code, name);
    // Only the session's code joins, however it was typed ("k7 p2-qx" is the same code).
    if (joined.status == JoinStatus::Ok && typed_join_code(code) != "K7P2QX") __builtin_trap();
    if (joined.status == JoinStatus::Ok && session.devices().back().name.size() > 4 * kMaxNameChars) __builtin_trap();
  }

  std::string prompt_id, error;
  ClassAnswer answer;
  bool parsed = parse_answer_request(body, prompt_id, answer, error);
  if (!parsed && error.empty()) __builtin_trap();
  if (!parsed) return 0;
  for (int kind = 0; kind < 4; ++kind) {
    session.open_prompt(prompt_of_kind(kind));
    AnswerCheck check = session.check_answer(first.device, prompt_id, answer);
    if (check.status != AnswerStatus::Ok) {
      if (check.message.empty()) __builtin_trap();
      continue;
    }
    if (prompt_id != session.prompt()->id) __builtin_trap();
    if (text_problem(answer.text, kMaxAnswerChars)) __builtin_trap();
    session.record_answer(first.device, prompt_id, answer, session.next_sequence());
    if (!session.answer_of(first.device)) __builtin_trap();
  }
  return 0;
}
