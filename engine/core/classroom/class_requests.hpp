// What a student's device sends, read: the session cookie, the join and answer bodies (JSON)
// and the long-poll version. Every byte comes from the network and is treated as hostile; the
// server (engine/classnet) calls these, and tests/fuzz/fuzz_class_requests.cpp fuzzes them.
// No networking here.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/classroom/session.hpp"

namespace lineage::classroom {

// The value of cookie `name` in a Cookie header ("a=1; name=v"), or "".
std::string cookie_value(std::string_view cookies, std::string_view name);

// A /api/answer body: {"prompt": id, "option"|"text"|"confidence"|"scale": ...}. False with the
// sentence the page shows in `error` (not valid JSON, a field of the wrong type, no prompt).
bool parse_answer_request(std::string_view body, std::string& prompt, ClassAnswer& answer, std::string& error);

// A /api/join body: {"code": "...", "name": "..."} (name optional). False if malformed.
bool parse_join_request(std::string_view body, std::string& code, std::string& name);

// The ?since= value of a long poll: 1-18 decimal digits. False otherwise.
bool parse_since(std::string_view value, std::uint64_t& since);

}  // namespace lineage::classroom
