// Dates as written in scripts: `1987`, `1985-1990`, `c. 1987 ± 5`,
// `about 3 years after sam-born ± 1`, `2 months before x`, `same time as x`.
#include <cmath>

#include "core/script/draft.hpp"
#include "core/script/text.hpp"

namespace lineage {

namespace {

struct Token {
  std::size_t offset;
  std::string_view text;
};

const char* kPlusMinus = "\xC2\xB1";  // ±

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    if (i >= s.size()) break;
    std::size_t start = i;
    if (s.compare(i, 2, kPlusMinus) == 0) {
      out.push_back({i, s.substr(i, 2)});  // `±5` splits into `±` and `5`
      i += 2;
      continue;
    }
    while (i < s.size() && s[i] != ' ' && s[i] != '\t' && s.compare(i, 2, kPlusMinus) != 0) ++i;
    std::string_view w = s.substr(start, i - start);
    std::size_t prefix = w.size() > 2 && w.substr(0, 2) == "c." ? 2 : (w.size() > 1 && w[0] == '~' ? 1 : 0);
    if (prefix > 0) {  // `c.1987`, `~1987`
      out.push_back({start, w.substr(0, prefix)});
      out.push_back({start + prefix, w.substr(prefix)});
    } else {
      out.push_back({start, w});
    }
  }
  return out;
}

bool is_about(std::string_view w) {
  return w == "c." || w == "c" || w == "ca." || w == "about" || w == "circa" || w == "~" || w == "around";
}

bool is_plus_minus(std::string_view w) { return w == kPlusMinus || w == "+/-" || w == "+-"; }

bool read_year(std::string_view w, double& y) {
  return parse_double(w, y) && y >= -10000 && y <= 10000;
}

}  // namespace

WhenExpr read_when(const Tree& t, const Node& n, Reporter& rep) {
  WhenExpr w;
  w.given = true;
  w.loc = value_loc(t, n, 0, n.value.size());
  w.when.text = n.value;
  const std::string help =
      "write a year (`1987`), a range (`1985-1990`), an estimate (`c. 1987 ± 5`) or a date "
      "relative to a moment (`about 2 years after sam-born`)";
  auto fail = [&](std::size_t off, std::size_t len, std::string msg, std::string hint = {}) {
    rep.error(value_loc(t, n, off, std::max<std::size_t>(1, len)), std::move(msg), hint.empty() ? help : hint);
    return w;
  };
  std::vector<Token> tk = tokenize(n.value);
  std::size_t i = 0;
  bool about = false;
  if (i < tk.size() && is_about(tk[i].text)) {
    about = true;
    ++i;
  }
  // Trailing `± U`.
  bool has_pm = false;
  double pm = 0;
  std::size_t end = tk.size();
  if (end >= 2 && is_plus_minus(tk[end - 2].text)) {
    if (!parse_double(tk[end - 1].text, pm) || pm < 0 || pm > 1000)
      return fail(tk[end - 1].offset, tk[end - 1].text.size(), "expected a number of years after `±`");
    has_pm = true;
    end -= 2;
  } else if (end >= 1 && is_plus_minus(tk[end - 1].text)) {
    return fail(tk[end - 1].offset, tk[end - 1].text.size(), "expected a number of years after `±`");
  }
  if (i >= end) return fail(0, n.value.size(), "cannot read the date " + ticked(n.value));

  // Relative: `same time as X` or `N unit(s) after|before X`.
  if (end - i == 4 && tk[i].text == "same" && tk[i + 1].text == "time" && tk[i + 2].text == "as") {
    w.relative = true;
    w.offset = 0;
    w.anchor = make_ref(tk[i + 3].text, value_loc(t, n, tk[i + 3].offset, tk[i + 3].text.size()), rep);
  } else if (end - i == 4 && (tk[i + 2].text == "after" || tk[i + 2].text == "before")) {
    double amount = 0;
    if (!parse_double(tk[i].text, amount) || amount < 0 || amount > 1000)
      return fail(tk[i].offset, tk[i].text.size(), "expected a number of years or months, not " + ticked(tk[i].text));
    std::string_view unit = tk[i + 1].text;
    double scale = 0;
    if (unit == "year" || unit == "years") scale = 1;
    else if (unit == "month" || unit == "months") scale = 1.0 / 12;
    else if (unit == "week" || unit == "weeks") scale = 7.0 / 365.25;
    else if (unit == "day" || unit == "days") scale = 1.0 / 365.25;
    else
      return fail(tk[i + 1].offset, unit.size(), "unknown unit " + ticked(unit),
                  "use years, months, weeks or days");
    w.relative = true;
    w.offset = amount * scale * (tk[i + 2].text == "after" ? 1 : -1);
    w.anchor = make_ref(tk[i + 3].text, value_loc(t, n, tk[i + 3].offset, tk[i + 3].text.size()), rep);
  } else if (end - i == 1) {
    std::string_view y = tk[i].text;
    std::size_t dash = y.find('-', 1);
    double a = 0, b = 0;
    if (dash != std::string_view::npos) {
      if (!read_year(y.substr(0, dash), a) || !read_year(y.substr(dash + 1), b))
        return fail(tk[i].offset, y.size(), "cannot read the range " + ticked(y), "write it like `1985-1990`");
      if (b < a) return fail(tk[i].offset, y.size(), "the range " + ticked(y) + " ends before it starts",
                    "write the earlier year first");
      w.when.estimate = (a + b) / 2;
      w.when.uncertainty = (b - a) / 2;
    } else {
      if (!read_year(y, a)) return fail(tk[i].offset, y.size(), "cannot read the date " + ticked(n.value));
      w.when.estimate = a;
      w.when.uncertainty = about ? 2 : 0;
    }
    if (has_pm) w.when.uncertainty = pm + (dash != std::string_view::npos ? w.when.uncertainty : 0);
    w.when.approximate = about || w.when.uncertainty > 0;
    w.ok = true;
    return w;
  } else {
    return fail(0, n.value.size(), "cannot read the date " + ticked(n.value));
  }
  if (!w.anchor.given()) return w;
  w.extra = has_pm ? pm : (about ? 1 : 0);
  w.when.approximate = about || has_pm;
  w.ok = true;
  return w;
}

}  // namespace lineage
