#include "app/app.hpp"
#include "app/stop_signal.hpp"
#include "app/presenter_window.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharToUtf8 (panel_text), BringWindowToDisplayFront

#include <algorithm>
#include <cmath>
#include <map>
#include <cstdio>
#include <cstdlib>

#include "platform/paths.hpp"
#include "core/journal/readers.hpp"
#include "core/settings/reading_look.hpp"
#include "core/script/loader.hpp"
#include "core/script/watch.hpp"
#include "core/study/cue_schedule.hpp"
#include "core/util/strings.hpp"
#include "platform/audio_output.hpp"
#include "platform/canvas.hpp"
#include "speech/speech_service.hpp"
#include "scenes/scene_table.hpp"  // the one include from scenes/: what screens there are

namespace lineage {
namespace {
constexpr double kFixedStep = 1.0 / 60.0;  // offscreen frames advance time deterministically

// A --keys entry "type:WORDS" types WORDS into the focused field instead of pressing a key.
constexpr std::string_view kTypePrefix = "type:";
bool is_typed_text(const std::string& key) { return key.compare(0, kTypePrefix.size(), kTypePrefix) == 0; }
}

namespace {
bool timings_wanted() {
  const char* v = std::getenv("LINEAGE_TIMINGS");
  return v && *v && std::string(v) != "0";
}
}  // namespace

App::App(Options options)
    : options_(std::move(options)), table_(scene_table()), startup_(timings_wanted()) {}

App::~App() {
  flush_pending_answers(state_);
  speech_.reset();  // its thread first, then the sound device, before SDL stops
  sound_.reset();
  scenes_.clear();
  second_.reset();
  output_.reset();
  platform_.reset();
}

double App::seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
}

bool App::start(std::string& error) {
  namespace fs = std::filesystem;
  std::error_code ec;
  state_.offscreen = !options_.screenshot.empty();
  state_.story_dir = options_.story_dir.empty() ? find_bundled("story") : fs::path(options_.story_dir);
  if (state_.story_dir.empty() || !fs::is_directory(state_.story_dir, ec)) {
    error = options_.story_dir.empty() ? "cannot find the bundled story folder"
                                       : "--story: '" + options_.story_dir + "' is not a folder";
    return false;
  }
  state_.assets_dir = find_bundled("assets");
  state_.data_dir = options_.data_dir.empty() ? default_data_dir() : fs::path(options_.data_dir);
  fs::create_directories(state_.data_dir, ec);
  // A data folder the user named must be usable: falling back to another would put her
  // answers where she will not look for them.
  if (!options_.data_dir.empty() && !fs::is_directory(state_.data_dir, ec)) {
    error = "--data-dir: '" + options_.data_dir + "' is not a folder and cannot be made";
    return false;
  }


  // Offscreen renders are reproducible: they start from default settings unless a data
  // folder was given explicitly (tests give one to stay isolated).
  if (!state_.offscreen || !options_.data_dir.empty()) {
    SettingsLoad settings = load_settings(state_.data_dir / "settings.txt");
    if (!settings.warning.empty()) std::fprintf(stderr, "lineage: warning: %s\n", settings.warning.c_str());
    state_.settings = settings.settings;
  }
  if (options_.reduced_motion) state_.settings.reduced_motion = true;
  if (!options_.today.empty()) state_.today = parse_day(options_.today);
  startup_.mark("settings and theme");

  for (const SceneEntry& entry : table_) scenes_.push_back(entry.make());
  std::string scene = options_.scene.empty() ? state_.settings.last_scene : options_.scene;
  if (!find_scene(scene)) {
    if (!options_.scene.empty()) {
      error = "--scene: unknown scene '" + scene + "'";
      return false;
    }
    scene = "title";
  }
  for (const auto& key : options_.keys)
    if (!is_typed_text(key) && !Platform::valid_key_name(key)) {
      error = "--keys: unknown key name '" + key +
              "' (use SDL key names such as Right, Return, F5, with ctrl+ shift+ alt+ before them, or type:WORDS)";
      return false;
    }

  reload_story();
  startup_.mark("story load and check");
  if (!options_.select.empty() && state_.story_version > 0 && state_.story->moment(options_.select) < 0) {
    std::vector<std::string> ids;
    for (const auto& m : state_.story->moments) ids.push_back(m.id);
    std::string near = nearest(options_.select, ids);
    error = "--select: the story has no moment '" + options_.select + "'" +
            (near.empty() ? "" : "; did you mean '" + near + "'?");
    return false;
  }
  watcher_ = std::make_unique<StoryWatcher>(state_.story_dir);
  open_journal();
  startup_.mark("journal");
  // The look is the reader's own (theme and font kept in her journal), or this run's options.
  if (options_.scale > 0) state_.settings.interface_scale = options_.scale;
  apply_reading_look(true);
  sync_reader_look();

  install_stop_handlers();
  platform_ = Platform::start(state_.offscreen, error);
  if (!platform_) return false;
  startup_.mark("SDL video");
  OutputConfig config;
  config.offscreen = state_.offscreen;
  config.width = options_.width ? options_.width : state_.offscreen ? 1280 : state_.settings.window_width;
  config.height = options_.height ? options_.height : state_.offscreen ? 720 : state_.settings.window_height;
  config.x = state_.settings.window_x;
  config.y = state_.settings.window_y;
  config.maximized = state_.settings.maximized;
  config.fullscreen = options_.fullscreen;
  config.interface_scale = state_.settings.interface_scale;
  config.renderer = parse_renderer_choice(options_.renderer).value_or(RendererChoice::Auto);
  output_ = platform_->open(config, theme_, error);
  if (!output_) return false;
  startup_.mark("window, renderer, fonts");

  if (!options_.select.empty()) state_.selected_moment = options_.select;
  if (!options_.lesson.empty()) {
    if (state_.story_version > 0 && state_.story->lesson(options_.lesson) < 0) {
      std::vector<std::string> ids;
      for (const auto& l : state_.story->lessons) ids.push_back(l.id);
      std::string near = nearest(options_.lesson, ids);
      error = "present: the story has no lesson '" + options_.lesson + "'" +
              (near.empty() ? "" : "; did you mean '" + near + "'?") + " (lineage present --list shows them)";
      return false;
    }
    int index = state_.story->lesson(options_.lesson);  // -1 only when no story loaded at all
    const Lesson* lesson = index >= 0 ? &state_.story->lessons[static_cast<std::size_t>(index)] : nullptr;
    if (lesson && options_.start_step > static_cast<int>(lesson->steps.size())) {
      error = "--step " + std::to_string(options_.start_step) + ": lesson '" + lesson->id + "' has " +
              std::to_string(lesson->steps.size()) + " steps";
      return false;
    }
    state_.present_lesson = options_.lesson;
    state_.present_step = options_.start_step - 1;
    state_.present_class = options_.present_class;
  }
  start_speech();
  load_reader_voices();
  show_scene(scene);
  return true;
}

std::string App::reading_setting(const char* key, const std::string& given) const {
  if (!given.empty()) return given;
  auto kept = state_.journal ? state_.journal->setting(state_.profile, key) : std::nullopt;
  return kept ? *kept : "";
}

void App::apply_reading_look(bool warn) {
  theme_variant_ = reading_setting("reading.theme", options_.theme);
  reading_font_ = reading_setting("reading.font", options_.font);
  state_.reading_font = reading_font_;
  InterfaceThemeLoad theme = load_reading_look(state_.assets_dir, theme_variant_, reading_font_);
  theme_ = theme.theme;
  if (warn)
    for (const auto& warning : theme.warnings) std::fprintf(stderr, "lineage: %s\n", warning.c_str());
  if (output_) rescale_pending_ = true;  // the panels' colours follow at the next frame
}

void App::sync_reader_look() {
  // Offscreen renders without a data folder of their own stay reproducible, as their settings do.
  if (!state_.journal || (state_.offscreen && options_.data_dir.empty())) return;
  Settings& s = state_.settings;
  Journal& journal = *state_.journal;
  auto flag = [](const std::string& v) { return v == "on"; };
  if (look_for_ != state_.profile) {
    bool switched = look_for_ >= 0;
    if (!switched) computer_look_ = {s.interface_scale, s.reduced_motion, s.gentle_summaries, s.teacher_view, s.milestone};
    look_for_ = state_.profile;
    if (switched) apply_reading_look(false);  // her theme and font
    if (options_.scale <= 0) {
      float scale = computer_look_.scale;
      if (auto v = journal.setting(state_.profile, "reading.scale"); v && std::strtof(v->c_str(), nullptr) > 0)
        scale = std::strtof(v->c_str(), nullptr);
      set_interface_scale(scale);
    }
    if (!options_.reduced_motion) {
      auto v = journal.setting(state_.profile, "reading.reduced-motion");
      s.reduced_motion = v ? flag(*v) : computer_look_.reduced_motion;
    }
    auto gentle = journal.setting(state_.profile, "reading.gentle-summaries");
    s.gentle_summaries = gentle ? flag(*gentle) : computer_look_.gentle;
    auto teacher = journal.setting(state_.profile, "reading.teacher-view");
    s.teacher_view = teacher ? flag(*teacher) : computer_look_.teacher_view;
    // How far she has read: another reader's point must neither spoil nor hide the story for her.
    auto upto = journal.setting(state_.profile, "reading.milestone");
    s.milestone = upto ? *upto : computer_look_.milestone;
    kept_look_ = {s.interface_scale, s.reduced_motion, s.gentle_summaries, s.teacher_view, s.milestone};
    return;
  }
  char scale[32];
  std::snprintf(scale, sizeof scale, "%g", static_cast<double>(s.interface_scale));
  if (s.interface_scale != kept_look_.scale) journal.set_setting(state_.profile, "reading.scale", scale);
  if (s.reduced_motion != kept_look_.reduced_motion)
    journal.set_setting(state_.profile, "reading.reduced-motion", s.reduced_motion ? "on" : "off");
  if (s.gentle_summaries != kept_look_.gentle)
    journal.set_setting(state_.profile, "reading.gentle-summaries", s.gentle_summaries ? "on" : "off");
  if (s.teacher_view != kept_look_.teacher_view)
    journal.set_setting(state_.profile, "reading.teacher-view", s.teacher_view ? "on" : "off");
  if (s.milestone != kept_look_.milestone) journal.set_setting(state_.profile, "reading.milestone", s.milestone);
  kept_look_ = {s.interface_scale, s.reduced_motion, s.gentle_summaries, s.teacher_view, s.milestone};
}

void App::reload_story() {
  LoadResult result = load_story(state_.story_dir);
  state_.diagnostics = result.diagnostics;
  if (result.story) {
    // The old story lives until every scene has moved to the new one: a scene still holds
    // references into it (a lesson being presented, a selected moment) while it finds its place.
    std::shared_ptr<const Story> previous = std::move(state_.story);
    state_.story = result.story;
    ++state_.story_version;
    for (auto& scene : scenes_) scene->story_changed(state_);
  }
  show_problems_ = result.errors() > 0;
  // Only a story that once loaded has a last good version to fall back on.
  if (result.errors() > 0)
    state_.status = std::to_string(result.errors()) + " error(s) in the story; " +
                    (state_.story_version > 0 ? "showing the last good version" : "nothing to show until they are fixed");
  else if (!state_.status.empty() && state_.status.find("error(s) in the story") != std::string::npos)
    state_.status.clear();
}

void App::open_journal() {
  journal_ = std::make_unique<Journal>(state_.data_dir);
  state_.journal = journal_.get();
  if (!journal_->status().ok) std::fprintf(stderr, "lineage: warning: %s\n", journal_->status().message.c_str());
  // The last reader, else the first profile, else a new one: a student can start at once.
  auto last = state_.settings.extra.find("profile");
  std::optional<Profile> profile = starting_reader(*journal_, last != state_.settings.extra.end() ? last->second : "");
  if (profile) {
    state_.profile = profile->id;
    state_.profile_name = profile->name;
    state_.settings.extra["profile"] = profile->name;
  }
  // Several students share the computer: the window opens by asking who is reading (the last
  // reader is offered first). Offscreen renders go straight to the last reader.
  state_.ask_reader = !state_.offscreen && journal_->profiles().size() >= 2;
}

int App::scene_index(const std::string& name) const {
  for (std::size_t i = 0; i < table_.size(); ++i)
    if (name == table_[i].name) return static_cast<int>(i);
  return -1;
}

Scene* App::find_scene(const std::string& name) {
  int i = scene_index(name);
  return i >= 0 ? scenes_[i].get() : nullptr;
}

void App::show_scene(const std::string& name) {
  int next = scene_index(name);
  if (next < 0) return;
  flush_pending_answers(state_);  // leaving a scene saves what was being typed
  if (current_ >= 0 && current_ != next) state_.previous_scene = table_[current_].name;
  current_ = next;
  bindings_ = scenes_[next]->bindings();
  state_.settings.last_scene = name;
  scenes_[next]->enter(state_);
  animating_ = true;
}

void App::apply(const Command& command) {
  using K = Command::Kind;
  // The reader pressed on (or back) herself: a reading that ends now must not move her again.
  if (command.kind != K::Speak && command.kind != K::PointerMove && command.kind != K::Wheel) advance_after_ = 0;
  switch (command.kind) {
    case K::Speak: speak(command.text, command.detail, command.value == 1); return;
    case K::Quit: running_ = false; return;
    case K::OpenScene: show_scene(command.text); return;
    case K::FunctionKey:
      if (scene() && scene()->presenting()) break;  // the clicker's F5 is the scene's
      if (command.text == "F1") return show_keys_ ? void(show_keys_ = false) : open_keys();
      for (const SceneEntry& entry : table_)
        if (command.text == entry.key) show_scene(entry.name);
      return;
    case K::Play:
      state_.selected_moment = command.text;
      show_scene("story");
      return;
    case K::ShowOnTimeline:
      state_.selected_person = command.text;
      if (!command.detail.empty()) state_.selected_moment = command.detail;
      show_scene("timeline");
      return;
    case K::SetMilestone: state_.settings.milestone = command.text; return;
    case K::OpenMenu: menu_request_ = static_cast<int>(command.delta); open_menu_ = true; return;
    case K::Action:
      if (command.is_action("app.swap-displays")) {  // the presenting scene asks (X)
        // The two windows swap roles rather than places: moving fullscreen windows between
        // displays makes some X servers change modes. Whichever window is output_ is the main one.
        if (presenting_ && second_) {
          std::swap(output_, second_);
          // Titles follow the roles, so the window left after the lesson is "Lineage" again.
          output_->set_title("Lineage");
          second_->set_title("Lineage: presenter view");
        }
        return;
      }
      if (command.is_action("speech.self-voicing")) return toggle_self_voicing();
      if (command.is_action("app.chime")) return play_chime();  // the present scene's countdown ends
      break;
    case K::ToggleDiagnostics: show_diagnostics_ = !show_diagnostics_; return;
    case K::ScaleText:
      set_interface_scale(command.delta == 0 ? 1.0f : state_.settings.interface_scale + 0.125f * command.delta);
      return;
    default:
      break;
  }
  if (Scene* s = scene()) s->handle(command, state_);
}

void App::apply_outbox() {
  // A command may post more (a scene asks for another); those wait for the next frame.
  for (const Command& command : state_.outbox.drain()) apply(command);
}

void App::set_interface_scale(float scale) {
  scale = std::clamp(scale, 0.75f, 2.5f);
  if (scale == state_.settings.interface_scale) return;
  state_.settings.interface_scale = scale;
  rescale_pending_ = true;  // the font atlas may not change mid-frame: frame() applies it
  animating_ = true;
}

const std::vector<KeyBinding>& App::bindings(const Output&) { return bindings_; }

bool App::owns_navigation_keys(const Output&) { return !scene() || scene()->owns_navigation_keys(); }

void App::command(Output& output, Command command) {
  if (&output == second_.get()) command.view = 1;
  // Over the projector the class sees no system pointer, only the scene's laser dot while it
  // moves; over the presenter view the teacher has her pointer.
  if (presenting_ && command.kind == Command::Kind::PointerMove) platform_->show_pointer(&output != output_.get());
  state_.outbox.post(std::move(command));
}

void App::close_requested(Output& output) {
  // The main window quits; a secondary one (the presenter view) only closes.
  if (&output == output_.get()) running_ = false;
  else if (&output == second_.get()) close_second_ = true;
}

void App::close_second_view() {
  if (!second_) return;
  second_.reset();
  second_drawn_.clear();
  close_second_ = false;
  if (Scene* s = scene()) s->second_view_closed(state_);
}

std::string App::save_second_png(const std::string& path) const {
  return second_ ? second_->save_png(path) : "no presenter view is open";
}

int App::projector_display() const {
  int displays = platform_->display_count();
  // The display the teacher chose, else the last one (the laptop's own screen is display 1 on
  // most systems).
  return options_.projector_display > 0 ? std::min(options_.projector_display, displays) - 1 : displays - 1;
}

void App::update_presenting() {
  bool wanted = scene() && scene()->presenting();
  if (wanted == presenting_) return;
  presenting_ = wanted;
  if (wanted) {
    before_presenting_ = output_->geometry();
    WindowGeometry screen;
    if (platform_->display_bounds(projector_display(), screen)) {
      screen.fullscreen = true;
      output_->place(screen);
    }
  } else {
    output_->place(before_presenting_);
    platform_->show_pointer(true);
  }
}

void App::frame_second_view(double dt, bool rasterise) {
  Scene* s = scene();
  if (close_second_) close_second_view();
  if (!s || !s->wants_second_view()) {
    if (second_) {
      second_.reset();
      second_drawn_.clear();
    }
    return;
  }
  if (!second_) {
    OutputConfig config;
    config.offscreen = state_.offscreen;
    ImVec2 main_size = output_->logical_size();
    config.width = static_cast<int>(main_size.x);
    config.height = static_cast<int>(main_size.y);
    config.interface_scale = state_.settings.interface_scale;
    config.title = "Lineage: presenter view";
    int displays = platform_->display_count();
    int projector = projector_display();
    WindowGeometry screen;
    if (!state_.offscreen && displays > 1 && platform_->display_bounds(projector == 0 ? 1 : 0, screen)) {
      // The teacher's own screen: the whole of it.
      config.x = screen.x;
      config.y = screen.y;
      config.width = screen.width;
      config.height = screen.height;
      config.fullscreen = true;
    } else if (!state_.offscreen) {
      // A window on the same screen, over the projector's, within what that screen has room for.
      WindowGeometry usable;
      if (!platform_->display_usable_bounds(projector, usable)) usable = {0, 0, 1280, 720};
      WindowGeometry window = presenter_window_on_shared_display(usable);
      config.x = window.x;
      config.y = window.y;
      config.width = window.width;
      config.height = window.height;
    }
    std::string error;
    second_ = platform_->open(config, theme_, error);
    if (!second_) {
      std::fprintf(stderr, "lineage: cannot open the presenter view: %s\n", error.c_str());
      s->second_view_closed(state_);
      return;
    }
    second_->draw_every_frame(draw_every_frame_);
  }
  second_->set_reduced_motion(state_.settings.reduced_motion);
  second_->begin_frame(dt);
  Canvas canvas(ImGui::GetBackgroundDrawList(), second_->text(), theme_, second_->logical_size(),
                state_.settings.interface_scale, state_.settings.reduced_motion ? 0.0 : time_,
                state_.settings.reduced_motion);
  canvas.set_layers(&second_->layers());
  canvas.record_boxes(record_layout_);
  s->draw_second_view(canvas, state_);
  second_drawn_ = canvas.drawn_strings();
  second_->end_frame(rasterise || !animating_);
  if (record_layout_)
    second_layout_ = read_text_layout(canvas.drawn_boxes(), second_->logical_size().x, second_->logical_size().y);
}

bool App::press_key(const std::string& name) {
  if (!platform_->inject_key(*output_, name, true, *this)) return false;
  // ImGui 1.86 reads keys as held or not once a frame: the key stays down for a frame, as it
  // would on a real keyboard, or a press meant for a field, a list or a dialog is lost.
  frame(1.0 / 60.0, false);
  platform_->inject_key(*output_, name, false, *this);
  return true;
}

void App::type_text(const std::string& utf8) { platform_->inject_text(*output_, utf8, *this); }

void App::move_pointer(float x, float y, bool held) {
  platform_->inject_pointer(*output_, Platform::Pointer::Move, x, y, *this, 0, held);
}
void App::press_pointer(float x, float y, int clicks) {
  platform_->inject_pointer(*output_, Platform::Pointer::Press, x, y, *this, clicks);
}
void App::release_pointer(float x, float y) {
  platform_->inject_pointer(*output_, Platform::Pointer::Release, x, y, *this);
}
void App::turn_wheel(float notches) {
  platform_->inject_pointer(*output_, Platform::Pointer::Wheel, 0, 0, *this, 0, false, notches);
}

void App::draw_every_frame(bool on) {
  draw_every_frame_ = on;
  if (output_) output_->draw_every_frame(on);
  if (second_) second_->draw_every_frame(on);
}

void App::frame(double dt, bool rasterise) {
  double start = seconds();
  time_ += dt;
  load_reader_voices();  // a new reader hears her own voices
  sync_reader_look();    // and sees her own scale, motion and summaries
  bool commanded = !state_.outbox.empty();
  apply_outbox();  // what input and last frame's panels asked for, in order
  animating_ = (scene() && scene()->update(dt, state_)) || commanded;
  // An answer waiting for its second to be saved: frames keep coming so "saving…" turns "saved".
  save_due_answers(state_);
  if (state_.journal && state_.drafts.unsaved_count(*state_.journal) > 0) animating_ = true;
  // Panel type follows the interface scale and the window's size (as the scenes' type does):
  // the fonts are rebuilt when either changes, never per frame.
  ImVec2 window = output_->logical_size();
  float panel_scale = state_.settings.interface_scale * theme_.layout.panel_type_at(window.x, window.y);
  if (rescale_pending_ || panel_scale != panel_scale_) {
    output_->set_interface_scale(theme_, panel_scale);
    panel_scale_ = panel_scale;
    rescale_pending_ = false;
  }
  update_presenting();
  output_->set_reduced_motion(state_.settings.reduced_motion);
  output_->begin_frame(dt);
  if (state_.voices.self_voicing) focus_voice_.arm();
  ImVec2 size = output_->logical_size();
  Canvas canvas(ImGui::GetBackgroundDrawList(), output_->text(), theme_, size, state_.settings.interface_scale,
                state_.settings.reduced_motion ? 0.0 : time_, state_.settings.reduced_motion);
  canvas.set_layers(&output_->layers());
  canvas.record_boxes(record_layout_);
  if (presenting_) state_.content_top = 0;  // the projector: no menu bar, no status line
  else draw_chrome();
  if (Scene* s = scene()) s->draw(canvas, state_);
  // An open dialog in front of every panel, also those that appeared or took focus after it.
  if (ImGuiWindow* modal = ImGui::GetTopMostPopupModal()) ImGui::BringWindowToDisplayFront(modal);
  drawn_ = canvas.drawn_strings();
  voice_changes();
  voice_focus(dt);
  pump_speech();

  // A panel button pressed this frame posted a command: the next frame must come to apply it.
  if (!state_.outbox.empty()) animating_ = true;
  // A settling offscreen frame that will be followed by another need not be rasterised.
  output_->end_frame(rasterise || !animating_);
  if (record_panels_) panel_text_ = panel_text_drawn();
  if (record_layout_) layout_ = read_text_layout(canvas.drawn_boxes(), size.x, size.y);
  frame_second_view(dt, rasterise);
  if (startup_.enabled() && !first_frame_shown_) {
    first_frame_shown_ = true;
    startup_.mark("first frame");
    std::fprintf(stderr, "lineage: start-up (LINEAGE_TIMINGS)\n%s", startup_.report().c_str());
  }
  double ms = 1000.0 * (seconds() - start);
  frame_ms_ = frame_ms_ == 0 ? ms : frame_ms_ * 0.9 + ms * 0.1;
}

// The text of the ImGui panels, read back from the frame's draw data: each glyph is a quad whose
// texture corners are that glyph's place in the font atlas. (ImGui's own log stops at the first
// window's End, so it cannot see a whole frame.) Glyphs far apart or on a new row get a space.
std::string App::panel_text_drawn() const {
  ImDrawData* data = ImGui::GetDrawData();
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  if (!data || !atlas) return {};
  std::map<std::pair<float, float>, const ImFontGlyph*> glyphs;
  std::map<const ImFontGlyph*, float> size_of;
  for (ImFont* font : atlas->Fonts)
    for (const ImFontGlyph& g : font->Glyphs)
      if (g.Visible) {
        glyphs[{g.U0, g.V0}] = &g;
        size_of[&g] = font->FontSize;
      }
  std::string out;
  auto put = [&](unsigned int c) {
    char buf[5] = {};
    ImTextCharToUtf8(buf, c);
    out += buf;
  };
  for (int l = 0; l < data->CmdListsCount; ++l) {
    const ImDrawList* list = data->CmdLists[l];
    float last_x = -1e9f, last_y = -1e9f;
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.UserCallback || cmd.TextureId != atlas->TexID) continue;
      for (unsigned int i = cmd.IdxOffset; i + 5 < cmd.IdxOffset + cmd.ElemCount; ++i) {
        unsigned int a = list->IdxBuffer[i] + cmd.VtxOffset;
        if (a + 2 >= static_cast<unsigned int>(list->VtxBuffer.Size)) continue;
        const ImDrawVert& v0 = list->VtxBuffer[a];
        auto hit = glyphs.find({v0.uv.x, v0.uv.y});
        if (hit == glyphs.end()) continue;
        const ImDrawVert& v2 = list->VtxBuffer[a + 2];
        if (v2.uv.x != hit->second->U1 || v2.uv.y != hit->second->V1) continue;
        const ImFontGlyph& g = *hit->second;
        // Fonts may be drawn scaled: measure the scale from the quad itself.
        float scale = g.X1 > g.X0 ? (v2.pos.x - v0.pos.x) / (g.X1 - g.X0) : 1.0f;
        float size = size_of[hit->second] * scale;
        float x = v0.pos.x - g.X0 * scale, y = v0.pos.y - g.Y0 * scale;
        if (std::fabs(y - last_y) > size * 0.5f) out += "\n";
        else if (x - last_x > size * 0.12f) out += ' ';
        put(g.Codepoint);
        last_x = x + g.AdvanceX * scale;
        last_y = y;
        i += 5;  // the quad's six indices
      }
    }
    out += "\n";
  }
  return out;
}

int App::settle(int max_frames) {
  // ImGui needs a few frames to size new windows; then run until the scene stops moving.
  int frames = 0;
  do {
    frame(kFixedStep, frames + 1 >= max_frames);
    ++frames;
  } while ((frames < 3 || animating_) && frames < max_frames && !stop_signal());
  return frames;
}

std::string App::save_png(const std::string& path) const { return output_->save_png(path); }

int App::run_screenshot() {
  // Asked to stop: what was typed is saved, no picture is written, and the exit code says
  // which signal it was (128 + N, as a shell reports a process it stopped).
  auto stopped = [&] {
    if (!stop_signal()) return false;
    flush_pending_answers(state_);
    return true;
  };
  settle();
  if (stopped()) return 128 + stop_signal();
  for (const auto& key : options_.keys) {
    if (stopped()) return 128 + stop_signal();
    if (is_typed_text(key)) type_text(key.substr(kTypePrefix.size()));
    else press_key(key);
    frame(kFixedStep, false);
    frame(kFixedStep, false);
    finish_speech_offscreen();
  }
  if (options_.frames > 0) {
    for (int i = 0; i < options_.frames; ++i) {
      if (stopped()) return 128 + stop_signal();
      frame(kFixedStep, i + 1 == options_.frames);
    }
  } else {
    settle();
  }
  if (stopped()) return 128 + stop_signal();
  if (std::string error = write_speech_out(); !error.empty()) {
    std::fprintf(stderr, "lineage: %s\n", error.c_str());
    return 1;
  }
  std::string error = save_png(options_.screenshot);
  if (error.empty() && !options_.presenter_screenshot.empty()) error = save_second_png(options_.presenter_screenshot);
  if (!error.empty()) {
    std::fprintf(stderr, "lineage: %s\n", error.c_str());
    return 1;
  }
  return 0;
}

int App::run_window() {
  double last = seconds(), last_watch = last, last_frame = last;
  int redraw = 3;  // frames still owed after input (ImGui hover and layout settle over a few)
  while (running_ && !stop_signal()) {
    bool busy = animating_ || redraw > 0;
    // Nothing moving: sleep until input arrives (or the reload check is due). No busy loop.
    // While speech plays, wake often enough to feed the sound card and notice its end.
    if (platform_->pump(busy ? 0.0 : speech_busy() ? 0.03 : 0.25, *this)) redraw = 3;
    pump_speech();
    if (seconds() - last_watch > 0.3) {
      last_watch = seconds();
      save_due_answers(state_);
      if (!journal_->status().ok || journal_->pending_count() > 0) {
        journal_->retry();
        // A reader made while the journal could not be written has her real id once saved.
        state_.profile = journal_->current_id(state_.profile);
      }
      if (watcher_->changed()) {
        reload_story();
        redraw = 3;
      }
    }
    double now = seconds();
    double dt = std::min(0.1, now - last);
    last = now;
    // A clock on screen (a lesson's elapsed time): a frame every quarter second or so, not 60.
    if (scene() && scene()->ticks() && now - last_frame >= 0.25) redraw = std::max(redraw, 1);
    if (animating_ || redraw > 0 || !state_.outbox.empty()) {
      frame(dt);
      last_frame = now;
      if (redraw > 0) --redraw;
    }
  }
  // Stopped by a signal: keys typed before it may still wait in the queue, or be on their way
  // from the display server (pump() hands over one key press a frame). They go into their field
  // first, in frames that draw nothing, until 0.1 s passes with none (at most a second), so the
  // answer saved is the whole of what was typed.
  for (double until = seconds() + 1.0; stop_signal() && seconds() < until && platform_->pump(0.1, *this);)
    frame(0.0, false);
  flush_pending_answers(state_);
  save_settings_now();
  // Stopped by SIGTERM or SIGINT: 128 + N, as an offscreen run (and a shell) reports it.
  return stop_signal() ? 128 + stop_signal() : 0;
}

void App::save_settings_now() {
  if (state_.offscreen) return;
  if (presenting_) output_->place(before_presenting_);  // quit while presenting: keep the reader's window
  WindowGeometry g = output_->geometry();
  state_.settings.maximized = g.maximized;
  if (!g.maximized && !g.fullscreen) {
    state_.settings.window_width = g.width;
    state_.settings.window_height = g.height;
    state_.settings.window_x = g.x;
    state_.settings.window_y = g.y;
  }
  // The readers' own scale, motion, summaries and teacher view are in their journal settings: the computer's
  // stay as they were, for readers who never chose.
  Settings computer = state_.settings;
  if (look_for_ >= 0) {
    computer.interface_scale = computer_look_.scale;
    computer.reduced_motion = computer_look_.reduced_motion;
    computer.gentle_summaries = computer_look_.gentle;
    computer.teacher_view = computer_look_.teacher_view;
    computer.milestone = computer_look_.milestone;
  }
  std::string error = save_settings(state_.data_dir / "settings.txt", computer);
  if (!error.empty()) std::fprintf(stderr, "lineage: warning: %s\n", error.c_str());
}

}  // namespace lineage
