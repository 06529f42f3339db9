#include "core/classroom/class_requests.hpp"

#include <nlohmann/json.hpp>

namespace lineage::classroom {

using nlohmann::json;

std::string cookie_value(std::string_view cookies, std::string_view name) {
  std::string key = std::string(name) + "=";
  std::size_t at = 0;
  while ((at = cookies.find(key, at)) != std::string_view::npos) {
    if (at == 0 || cookies[at - 1] == ' ' || cookies[at - 1] == ';') {
      std::size_t start = at + key.size();
      std::size_t end = cookies.find(';', start);
      return std::string(cookies.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    }
    at += key.size();
  }
  return {};
}

bool parse_answer_request(std::string_view body, std::string& prompt, ClassAnswer& a, std::string& error) {
  json j = json::parse(body.begin(), body.end(), nullptr, false);
  if (j.is_discarded()) { error = "The answer is not valid JSON."; return false; }
  if (!j.is_object()) { error = "The request must be a JSON object."; return false; }
  for (auto it = j.begin(); it != j.end(); ++it) {
    const std::string& k = it.key();
    const json& v = it.value();
    if (k == "prompt" && v.is_string()) prompt = v.get<std::string>();
    else if (k == "option" && v.is_string()) a.option = v.get<std::string>();
    else if (k == "text" && v.is_string()) a.text = v.get<std::string>();
    else if (k == "confidence" && v.is_number_integer() && v.get<long long>() >= 0 && v.get<long long>() <= 5)
      a.confidence = int(v.get<long long>());
    else if (k == "scale" && v.is_number_integer() && v.get<long long>() >= 1 && v.get<long long>() <= 10)
      a.scale = int(v.get<long long>());
    else { error = "The answer has an unexpected field or value: " + std::string(k.size() > 20 ? "?" : k) + "."; return false; }
  }
  if (prompt.empty()) { error = "The answer does not say which question it answers."; return false; }
  return true;
}

bool parse_join_request(std::string_view body, std::string& code, std::string& name) {
  json j = json::parse(body.begin(), body.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("code") || !j["code"].is_string() ||
      (j.contains("name") && !j["name"].is_string()))
    return false;
  code = j["code"].get<std::string>();
  name = j.value("name", std::string());
  return true;
}

bool parse_since(std::string_view v, std::uint64_t& since) {
  if (v.empty() || v.size() > 18 || v.find_first_not_of("0123456789") != std::string_view::npos) return false;
  since = std::stoull(std::string(v));
  return true;
}

}  // namespace lineage::classroom
