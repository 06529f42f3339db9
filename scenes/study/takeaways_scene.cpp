// Key takeaways, one at a time (the clicker steps through them), each labelled as the
// interpretation it is, with the moments it rests on as links: Up/Down choose one, Return (or a
// click) opens it on the timeline. Only takeaways and moments within the reader's milestone.
// V (or Read aloud) reads the takeaway; "read each beat" and self-voicing read each as it
// comes up, and self-voicing names the moment chosen.
#include "scenes/study/takeaways_scene.hpp"

#include <algorithm>

#include "core/study/cue_schedule.hpp"
#include "core/study/study_views.hpp"

namespace lineage {
namespace {

struct Box {
  ImVec2 min, max;
  bool contains(float x, float y) const { return x >= min.x && x <= max.x && y >= min.y && y <= max.y; }
};

std::string about_words(const Story& story, const Subject& about) {
  std::size_t i = std::size_t(about.index);
  switch (about.kind) {
    case Subject::Kind::Person: return "about " + story.people[i].name;
    case Subject::Kind::Moment: return "about \u201c" + story.moments[i].title + "\u201d";
    case Subject::Kind::Theme: return "on " + story.themes[i].name;
    case Subject::Kind::Book: return "on the whole book";
  }
  return "";
}

class TakeawaysScene : public Scene {
 public:
  std::string voiced_summary(const AppState& state) const override {
    if (visible_.empty()) return "No takeaways yet at this point in the book.";
    const Takeaway& t = state.story->takeaways[std::size_t(visible_[std::size_t(current_)])];
    return "Takeaway " + std::to_string(current_ + 1) + " of " + std::to_string(visible_.size()) + ", " +
           about_words(*state.story, t.about) + ". Right and Left: the next or previous takeaway; V reads it.";
  }

  void enter(AppState& state) override {
    refresh(state, true);
    read_aloud(state, false);
  }
  void story_changed(AppState& state) override { refresh(state, true); }
  std::vector<KeyBinding> bindings() const override { return {{'v', "takeaways.read-aloud", "Read aloud"}}; }

  void handle(const Command& command, AppState& state) override {
    using K = Command::Kind;
    refresh(state, false);
    if (command.is_action("takeaways.read-aloud")) return read_aloud(state, true);
    switch (command.kind) {
      case K::Next: return step(state, +1);
      case K::Prev: return step(state, -1);
      case K::Down:
        if (!moments_.empty()) link_ = std::min(link_ + 1, int(moments_.size()) - 1);
        return say_link(state);
      case K::Up:
        link_ = std::max(link_ - 1, 0);
        return say_link(state);
      case K::Open:
        if (!moments_.empty()) open(state, moments_[std::size_t(link_)]);
        return;
      case K::Back:
        state.outbox.post(Command::open_scene("title"));
        return;
      case K::PointerDown:
        if (read_button_.contains(command.x, command.y)) return read_aloud(state, true);
        for (std::size_t i = 0; i < links_.size(); ++i)
          if (links_[i].contains(command.x, command.y)) return open(state, moments_[i]);
        return;
      default:
        return;
    }
  }

  void draw(Canvas& canvas, AppState& state) override {
    refresh(state, false);
    const Story& story = *state.story;
    canvas.backdrop();
    ImVec2 size = canvas.size();
    float s = canvas.layout_scale();
    const InterfaceTheme& theme = canvas.theme();
    Colour text = canvas.colour("text"), muted = canvas.colour("muted"), accent = canvas.colour("accent");
    float top = state.content_top;
    float margin = 56 * s;
    canvas.text("serif", theme.size("heading") * s, "Key takeaways", ImVec2(margin, top + 22 * s), text);
    links_.clear();
    read_button_ = Box{};
    if (visible_.empty()) {
      canvas.text("sans", theme.size("label") * s, "No takeaways yet at this point in the book.",
                  ImVec2(size.x * 0.5f, size.y * 0.45f), muted, Align::Centre);
      return;
    }
    canvas.text("sans", theme.size("label") * s,
                std::to_string(current_ + 1) + " of " + std::to_string(visible_.size()),
                ImVec2(size.x - margin, top + 30 * s), accent, Align::Right);

    const Takeaway& t = story.takeaways[std::size_t(visible_[std::size_t(current_)])];
    float width = std::min(860 * s, size.x - 2 * margin);
    float left = (size.x - width) * 0.5f;
    float y = top + 110 * s;
    canvas.text("sans", theme.size("small") * s, "INTERPRETATION  \u00b7  " + about_words(story, t.about),
                ImVec2(left, y), accent);
    draw_read_button(canvas, ImVec2(left + width, y));
    y += 36 * s;
    // At 150% and 200% a long takeaway would run into the key hints: its type shrinks until it
    // leaves room for the first moment it rests on (the same size every frame).
    float type = theme.size("body") * 1.1f * s;
    float room = size.y - 90 * s - y - (moments_.empty() ? 40 * s : 110 * s);
    for (int i = 0; i < 6 && canvas.wrapped_height("serif", type, t.text, width) > room; ++i) type *= 0.9f;
    y += canvas.text_wrapped("serif", type, t.text, ImVec2(left, y), width, text);
    y += 34 * s;
    if (moments_.empty()) {
      canvas.text("sans", theme.size("label") * s, "A reading of the book as a whole: no single moment.",
                  ImVec2(left, y), muted);
    } else {
      canvas.text("sans", theme.size("small") * s, "RESTS ON THESE MOMENTS", ImVec2(left, y), muted);
      y += 32 * s;
      for (std::size_t i = 0; i < moments_.size(); ++i) {
        if (i > 0 && y + 30 * s > size.y - 70 * s) break;  // above the key hints
        const Moment& m = story.moments[std::size_t(moments_[i])];
        bool selected = int(i) == link_;
        Box box{ImVec2(left - 12 * s, y - 6 * s), ImVec2(left + width, y + 30 * s)};
        if (selected) {
          canvas.list()->AddRectFilled(box.min, box.max, to_imgui(canvas.colour("panel"), 1.0f), 8 * s);
          // A drawn pointer, not an arrow character: not every reading font has one.
          float mid = y + canvas.measure("sans", theme.size("label") * s, m.title).y * 0.5f;
          canvas.list()->AddTriangleFilled(ImVec2(left, mid - 7 * s), ImVec2(left + 11 * s, mid), ImVec2(left, mid + 7 * s),
                                           to_imgui(accent));
        }
        canvas.text("sans", theme.size("label") * s, "    " + m.title, ImVec2(left, y), selected ? accent : text);
        links_.push_back(box);
        y += 38 * s;
      }
    }
    const char* hints = "Right / Left  next or previous takeaway      Up / Down  choose a moment      Return  open it on the timeline";
    canvas.text("sans", canvas.size_to_fit("sans", theme.size("small") * s, hints, size.x - 2 * margin), hints,
                ImVec2(size.x * 0.5f, size.y - 40 * s), muted, Align::Centre);
  }

 private:
  void refresh(AppState& state, bool reset) {
    const Story& story = *state.story;
    Visibility visibility(story, state.reading_limit());
    if (!reset && version_ == state.story_version && milestone_ == state.settings.milestone &&
        gentle_ == state.settings.gentle_summaries)
      return;
    version_ = state.story_version;
    milestone_ = state.settings.milestone;
    gentle_ = state.settings.gentle_summaries;
    visible_.clear();
    // Gentle summaries: a takeaway about a content-noted moment stays out, as in the gentle guide.
    for (std::size_t i = 0; i < story.takeaways.size(); ++i)
      if (visibility.takeaway(int(i)) && !(gentle_ && noted_subject(story, story.takeaways[i].about)))
        visible_.push_back(int(i));
    current_ = std::clamp(current_, 0, std::max(0, int(visible_.size()) - 1));
    select(state);
  }

  void select(AppState& state) {
    moments_ = visible_.empty() ? std::vector<int>{}
                                : takeaway_moments(*state.story, Visibility(*state.story, state.reading_limit()),
                                                   visible_[std::size_t(current_)]);
    link_ = 0;
  }

  void step(AppState& state, int delta) {
    if (visible_.empty()) return;
    int was = current_;
    current_ = std::clamp(current_ + delta, 0, int(visible_.size()) - 1);
    select(state);
    if (current_ != was) read_aloud(state, false);
  }

  // The takeaway as shown: its number, that it is an interpretation and what about, its text
  // and the moments it rests on. `asked`: V or the button; else only for a reader who reads
  // as she goes (read each beat, self-voicing).
  void read_aloud(AppState& state, bool asked) {
    if (!asked && !state.voices.read_each_beat && !state.voices.self_voicing) {
      state.outbox.post(Command::speak(""));  // moved on: stop reading the last one
      return;
    }
    const Story& story = *state.story;
    if (visible_.empty()) {
      state.outbox.post(Command::speak("No takeaways yet at this point in the book."));
      return;
    }
    const Takeaway& t = story.takeaways[std::size_t(visible_[std::size_t(current_)])];
    std::string words = "Takeaway " + std::to_string(current_ + 1) + " of " + std::to_string(visible_.size()) +
                        ". An interpretation, " + about_words(story, t.about) + ". " + t.text;
    if (moments_.empty()) words += " A reading of the book as a whole.";
    else words += " It rests on " + std::to_string(moments_.size()) + (moments_.size() == 1 ? " moment: " : " moments: ");
    for (std::size_t i = 0; i < moments_.size(); ++i)
      words += (i ? "; " : "") + story.moments[std::size_t(moments_[i])].title;
    if (!moments_.empty()) words += ".";
    if (state.voices.self_voicing) words += " Right and Left: the next or previous takeaway; Up and Down: a moment.";
    state.outbox.post(Command::speak(words, "interpretation"));
  }

  // Self-voicing: the moment Up or Down chose.
  void say_link(AppState& state) {
    if (!state.voices.self_voicing || moments_.empty()) return;
    const Moment& m = state.story->moments[std::size_t(moments_[std::size_t(link_)])];
    state.outbox.post(Command::speak(m.title + ", " + std::to_string(link_ + 1) + " of " +
                                     std::to_string(moments_.size()) + ". Return opens it on the timeline."));
  }

  // "Read aloud (V)", right-aligned on the line whose top right is `corner`; a click reads.
  void draw_read_button(Canvas& canvas, ImVec2 corner) {
    float s = canvas.layout_scale();
    float size = canvas.theme().size("small") * s;
    const std::string label = "Read aloud (V)";
    ImVec2 extent = canvas.measure("sans", size, label);
    ImVec2 at(corner.x - 10 * s - extent.x, corner.y);
    read_button_ = {ImVec2(at.x - 10 * s, at.y - 5 * s), ImVec2(at.x + extent.x + 10 * s, at.y + extent.y + 5 * s)};
    canvas.list()->AddRect(read_button_.min, read_button_.max, to_imgui(canvas.colour("muted"), 0.5f), 8 * s, 0, 1.0f * s);
    canvas.text("sans", size, label, at, canvas.colour("muted"));
  }

  void open(AppState& state, int moment) {
    state.selected_moment = state.story->moments[std::size_t(moment)].id;
    state.outbox.post(Command::open_scene("timeline"));
  }

  int version_ = -1;
  std::string milestone_;
  bool gentle_ = false;
  std::vector<int> visible_, moments_;
  int current_ = 0, link_ = 0;
  std::vector<Box> links_;
  Box read_button_;
};

// The theme tracker: themes as rows, generations as columns, a dot whose size says how many
// visible moments of that generation carry the theme. Arrows (or the pointer) choose a cell,
// whose moments are listed below it; Return opens its first moment on the timeline.
// The line under the theme tracker's grid: the cell's theme and generation, and its moments by title.
std::string chosen_line(const Story& story, const ThemeGrid& grid, int row, int column) {
  const auto& chosen = grid.cells[std::size_t(row)][std::size_t(column)];
  const Lane& lane = story.lanes[std::size_t(grid.lanes[std::size_t(column)])];
  std::string line = story.themes[std::size_t(row)].name + " in " + lane.title + "'s generation: ";
  if (chosen.empty()) line += "no moment so far.";
  for (std::size_t i = 0; i < chosen.size(); ++i) {
    const std::string& title = story.moments[std::size_t(chosen[i])].title;
    bool quoted = !title.empty() && title[0] == '"';  // a title that is already a quotation
    line += (i ? ", " : "") + (quoted ? title : "\u201c" + title + "\u201d");
  }
  return line;
}

class ThemesScene : public Scene {
 public:
  std::string voiced_summary(const AppState& state) const override {
    const Story& story = *state.story;
    ThemeGrid grid = theme_grid(story, Visibility(story, state.reading_limit()));
    if (grid.cells.empty() || columns_.empty() || story.themes.empty()) return "No themes to show yet at this point in the book.";
    int row = std::clamp(row_, 0, int(grid.cells.size()) - 1), col = std::clamp(col_, 0, int(columns_.size()) - 1);
    std::size_t column = std::size_t(columns_[std::size_t(col)]);
    std::size_t count = grid.cells[std::size_t(row)][column].size();
    return "Themes by generation. " + story.themes[std::size_t(row)].name + ", " +
           story.lanes[std::size_t(grid.lanes[column])].title + ": " + std::to_string(count) +
           (count == 1 ? " moment" : " moments") + ". Arrows move between cells; Return opens its first moment.";
  }
  void handle(const Command& command, AppState& state) override {
    using K = Command::Kind;
    ThemeGrid grid = theme_grid(*state.story, Visibility(*state.story, state.reading_limit()));
    int rows = int(grid.cells.size()), cols = int(columns_.size());
    switch (command.kind) {
      case K::Up: row_ = std::max(0, row_ - 1); return;
      case K::Down: row_ = std::min(rows - 1, row_ + 1); return;
      case K::Next: col_ = std::min(cols - 1, col_ + 1); return;
      case K::Prev: col_ = std::max(0, col_ - 1); return;
      case K::Back: state.outbox.post(Command::open_scene("title")); return;
      case K::Open: return open_cell(state, grid);
      case K::PointerMove:
      case K::PointerDown:
        for (const Cell& c : cells_)
          if (c.box.contains(command.x, command.y)) {
            row_ = c.row, col_ = c.col;
            if (command.kind == K::PointerDown && command.clicks >= 2) open_cell(state, grid);
          }
        return;
      default:
        return;
    }
  }

  void draw(Canvas& canvas, AppState& state) override {
    const Story& story = *state.story;
    Visibility visibility(story, state.reading_limit());
    ThemeGrid grid = theme_grid(story, visibility);
    canvas.backdrop();
    ImVec2 size = canvas.size();
    float s = canvas.layout_scale();
    const InterfaceTheme& theme = canvas.theme();
    Colour text = canvas.colour("text"), muted = canvas.colour("muted");
    float top = state.content_top;
    float margin = 56 * s;
    float title_right = margin + canvas.text("serif", theme.size("heading") * s, "Theme tracker", ImVec2(margin, top + 22 * s), text).x;
    // Beside the title while it fits; at 150% and 200% in smaller type rather than over it.
    const char* about = "how many moments of each generation carry each theme, so far";
    canvas.text("sans", canvas.size_to_fit("sans", theme.size("small") * s, about, size.x - margin - title_right - 24 * s),
                about, ImVec2(size.x - margin, top + 34 * s), muted, Align::Right);
    // Columns: the generations whose head the reader knows (a lane must not name someone unmet).
    columns_ = theme_grid_columns(story, visibility, grid);
    cells_.clear();
    if (grid.cells.empty() || columns_.empty()) return;
    row_ = std::clamp(row_, 0, int(grid.cells.size()) - 1);
    col_ = std::clamp(col_, 0, int(columns_.size()) - 1);
    // The theme names are set at type.label, like every list's rows, and each row is as tall as
    // its name's line measures. Rows had been squeezed into what a fixed allowance (190 points
    // under the grid) left, and the names fitted down to them: in OpenDyslexic at 150% and 200%
    // they were set smaller than the hints. Now the rows take the room the window has down to
    // what is drawn under the grid (the chosen cell's line and the hints), as measured; only
    // where even that is too little are the names set smaller.
    float y0 = top + 100 * s;
    const float rows = float(grid.cells.size() + 1);
    float label_size = theme.type(Type::Label) * s;
    float label_w = 120 * s;
    for (const Theme& th : story.themes)
      label_w = std::max(label_w, canvas.measure("sans", label_size, th.name).x + 36 * s);
    float grid_w = std::min(size.x - 2 * margin - label_w, 720 * s);
    // Under the grid: 30 points, the chosen cell's line (as tall as the tallest of them wraps, at
    // the narrowest the grid can be, so the rows stay put as the choice moves), a gap, and the
    // hints' line 40 points above the window's foot.
    float chosen_h = 0;
    const float chosen_w = std::min(size.x - 2 * margin, 840 * s);
    for (std::size_t r = 0; r < grid.cells.size(); ++r)
      for (int c : columns_)
        chosen_h = std::max(chosen_h, canvas.wrapped_height("sans", theme.type(Type::Label) * s, chosen_line(story, grid, int(r), c), chosen_w));
    const float room = size.y - 40 * s - 12 * s - chosen_h - 30 * s - y0;
    float row_h = std::min(50 * s, std::max(canvas.line_height("sans", label_size), room / rows));
    if (row_h * rows > room) {  // a short window: the rows share what there is; the names fit them
      row_h = room / rows;
      for (int i = 0; i < 4; ++i)  // font sizes open in steps: measured again until it fits
        if (float line = canvas.line_height("sans", label_size); line > row_h) label_size *= row_h / line * 0.98f;
      label_w = 120 * s;
      for (const Theme& th : story.themes)
        label_w = std::max(label_w, canvas.measure("sans", label_size, th.name).x + 36 * s);
      grid_w = std::min(size.x - 2 * margin - label_w, 720 * s);
    }
    float left = (size.x - label_w - grid_w) * 0.5f;
    float col_w = grid_w / float(columns_.size());
    // The generations' names, all in one size that lets the longest fit its column.
    float name_size = theme.size("body") * s;
    for (std::size_t c = 0; c < columns_.size(); ++c)
      name_size = canvas.size_to_fit("serif", name_size, story.lanes[std::size_t(grid.lanes[std::size_t(columns_[c])])].title,
                                     col_w - 8 * s);
    for (std::size_t c = 0; c < columns_.size(); ++c) {
      const Lane& lane = story.lanes[std::size_t(grid.lanes[std::size_t(columns_[c])])];
      Colour colour = lane.person >= 0 ? story.people[std::size_t(lane.person)].colour : text;
      canvas.text("serif", name_size, lane.title, ImVec2(left + label_w + col_w * (float(c) + 0.5f), y0),
                  colour, Align::Centre);
    }
    ImDrawList* dl = canvas.list();
    for (std::size_t r = 0; r < grid.cells.size(); ++r) {
      float y = y0 + row_h * float(r + 1) + 10 * s;
      const Theme& th = story.themes[r];
      bool row_selected = int(r) == row_;
      canvas.text("sans", label_size, th.name, ImVec2(left, y + (row_h - canvas.line_height("sans", label_size)) * 0.5f),
                  row_selected ? text : muted);
      dl->AddLine(ImVec2(left + label_w, y + row_h * 0.5f), ImVec2(left + label_w + grid_w, y + row_h * 0.5f),
                  to_imgui(th.colour, 0.25f), 1.0f * s);
      for (std::size_t c = 0; c < columns_.size(); ++c) {
        const auto& moments = grid.cells[r][std::size_t(columns_[c])];
        ImVec2 centre(left + label_w + col_w * (float(c) + 0.5f), y + row_h * 0.5f);
        ThemeDot dot = theme_dot(moments.size(), grid.strongest, row_h, s);
        dl->AddCircleFilled(centre, dot.radius, to_imgui(th.colour, moments.empty() ? 0.25f : 0.85f), 32);
        bool selected = row_selected && int(c) == col_;
        if (selected) dl->AddCircle(centre, dot.ring, to_imgui(canvas.colour("accent"), 1.0f), 40, 2.0f * s);
        cells_.push_back({Box{ImVec2(centre.x - col_w * 0.5f, y), ImVec2(centre.x + col_w * 0.5f, y + row_h)}, int(r), int(c)});
      }
    }
    // The chosen cell's moments, by title.
    const std::string line = chosen_line(story, grid, row_, columns_[std::size_t(col_)]);
    float ly = y0 + row_h * float(grid.cells.size() + 1) + 30 * s;
    canvas.text_wrapped("sans", theme.type(Type::Label) * s, line, ImVec2(left, ly), label_w + grid_w, text);
    const char* hints = "arrows (or the clicker) choose a theme and a generation      Return  open its first moment";
    canvas.text("sans", canvas.size_to_fit("sans", theme.size("small") * s, hints, size.x - 2 * margin), hints,
                ImVec2(size.x * 0.5f, size.y - 40 * s), muted, Align::Centre);
  }

 private:
  struct Cell {
    Box box;
    int row, col;
  };
  void open_cell(AppState& state, const ThemeGrid& grid) {
    if (columns_.empty() || grid.cells.empty()) return;
    const auto& moments = grid.cells[std::size_t(row_)][std::size_t(columns_[std::size_t(col_)])];
    if (moments.empty()) return;
    state.selected_moment = state.story->moments[std::size_t(moments.front())].id;
    state.outbox.post(Command::open_scene("timeline"));
  }
  int row_ = 0, col_ = 0;
  std::vector<int> columns_;
  std::vector<Cell> cells_;
};

}  // namespace

std::unique_ptr<Scene> make_takeaways_scene() { return std::make_unique<TakeawaysScene>(); }

ThemeDot theme_dot(std::size_t count, std::size_t strongest, float row_h, float s) {
  // 7 to 20 points where the row has room; in a short row (200% on a laptop) the same range
  // shrinks to the row, leaving a gap, so the largest dots do not run into their neighbours.
  float largest = std::max(1.0f, std::min(20 * s, row_h * 0.5f - 1.5f));
  float smallest = std::min(7 * s, largest * 0.35f);
  float strength = strongest > 0 ? std::min(1.0f, float(count) / float(strongest)) : 0;
  float radius = count == 0 ? std::min(3 * s, smallest * 0.5f) : smallest + (largest - smallest) * strength;
  return ThemeDot{radius, std::max(radius + 2 * s, std::min(24 * s, row_h * 0.5f + 2 * s))};
}

std::unique_ptr<Scene> make_themes_scene() { return std::make_unique<ThemesScene>(); }

}  // namespace lineage
