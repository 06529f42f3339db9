#include "scenes/class/class_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include "platform/imgui_style.hpp"
#include "platform/voiced_widgets.hpp"

namespace lineage {

using namespace classroom;

bool ClassResponses::start(const std::filesystem::path& database, const std::string& bind, int port,
                           const std::string& lesson) {
  end();
  ClassServerOptions o;
  o.bind_address = bind;
  o.port = port;
  o.database = database;
  o.lesson = lesson;
  auto server = std::make_unique<ClassServer>(o);
  error_.clear();
  if (!server->start(error_)) return false;
  server_ = std::move(server);
  board_ = ClassBoard();
  qr_ = make_qr_code(server_->join_url());
  return true;
}

ClassResponses::~ClassResponses() {
  end();
  for (Closing& c : closing_) c.thread.join();
}

void ClassResponses::join_closed() {
  for (auto it = closing_.begin(); it != closing_.end();) {
    if (!it->done->load()) {
      ++it;
      continue;
    }
    it->thread.join();  // it has finished: no wait
    it = closing_.erase(it);
  }
}

void ClassResponses::end() {
  join_closed();
  if (!server_) return;
  pump();
  board_.apply(ClassEvent::of(ClassEvent::Kind::Ended));
  auto done = std::make_shared<std::atomic<bool>>(false);
  std::thread closer([server = std::move(server_), done]() mutable {
    server->stop();  // tells waiting devices, closes the session in the database
    server.reset();
    done->store(true);
  });
  closing_.push_back({std::move(closer), std::move(done)});
}

void ClassResponses::pump() {
  if (!closing_.empty()) join_closed();
  if (!server_) return;
  for (const auto& e : server_->take_events()) board_.apply(e);
}

bool ClassResponses::open_prompt(const Prompt& prompt) {
  if (!server_ || !server_->open_prompt(class_prompt(prompt))) return false;
  pump();
  return true;
}
void ClassResponses::lock() { if (server_) { server_->lock(); pump(); } }
void ClassResponses::unlock() { if (server_) { server_->unlock(); pump(); } }
void ClassResponses::reveal() { if (server_) { server_->reveal(); pump(); } }

bool ClassResponses::show(int device, bool shown) {
  if (!board_.show(device, shown)) return false;
  for (const auto& answer : board_.open_answers())
    if (answer.device == device && server_) server_->show_answer(answer.row, shown);
  return true;
}

bool ClassResponses::clear(int device) {
  auto row = board_.clear(device);
  return row && server_ && server_->clear_answer(*row);
}

namespace {
void draw_class_picture(Canvas& canvas, ImVec2 origin, ImVec2 size, const ClassResponses& responses, const ClassPicture& p);
}  // namespace

void draw_class_projector(Canvas& canvas, ImVec2 origin, ImVec2 size, const ClassResponses& responses,
                          const ClassPicture* picture) {
  if (picture) {
    canvas.list()->PushClipRect(origin, ImVec2(origin.x + size.x, origin.y + size.y), true);
    canvas.list()->AddRectFilled(origin, ImVec2(origin.x + size.x, origin.y + size.y), to_imgui(picture->background));
    draw_class_picture(canvas, origin, size, responses, *picture);
    canvas.list()->PopClipRect();
    return;
  }
  ClassPicture theme{canvas.colour("background"), canvas.colour("text"), canvas.colour("muted"), canvas.colour("accent"),
                     canvas.colour("warning"), canvas.layout_scale()};
  draw_class_picture(canvas, origin, size, responses, theme);
}

namespace {
void draw_class_picture(Canvas& canvas, ImVec2 origin, ImVec2 size, const ClassResponses& responses, const ClassPicture& p) {
  ImDrawList* dl = canvas.list();
  float s = p.scale;
  const auto& theme = canvas.theme();
  Colour text = p.text, muted = p.muted, accent = p.accent;
  float pad = 32 * s;
  const ClassBoard& board = responses.board();
  if (!responses.running()) {
    canvas.text_wrapped("sans", theme.size("heading") * s,
                        responses.error().empty() ? "Class responses are off." : responses.error(),
                        ImVec2(origin.x + pad, origin.y + pad), size.x - 2 * pad, responses.error().empty() ? muted : p.warning);
    return;
  }
  bool prompt_on_show = board.prompt() && board.state() != PromptState::None;

  // The join strip: QR code, address and code. Large while no prompt is on show, small after.
  const QrCode& qr = responses.qr();
  float qr_side = prompt_on_show ? std::min(size.y * 0.2f, 200 * s) : std::min(size.x * 0.42f, size.y * 0.62f);
  ImVec2 qr_at(origin.x + pad, prompt_on_show ? origin.y + size.y - qr_side - pad : origin.y + (size.y - qr_side) * 0.5f);
  if (qr.size > 0) {
    float module = qr_side / float(qr.size + 8);  // four modules of quiet zone on each side
    qr_side = module * float(qr.size + 8);
    dl->AddRectFilled(qr_at, ImVec2(qr_at.x + qr_side, qr_at.y + qr_side), IM_COL32(255, 255, 255, 255));
    for (int y = 0; y < qr.size; ++y)
      for (int x = 0; x < qr.size; ++x)
        if (qr.at(x, y)) {
          ImVec2 a(qr_at.x + module * float(x + 4), qr_at.y + module * float(y + 4));
          dl->AddRectFilled(a, ImVec2(a.x + module, a.y + module), IM_COL32(0, 0, 0, 255));
        }
  }
  float tx = qr_at.x + qr_side + pad;
  float room = origin.x + size.x - tx - pad;
  // A size for `line` that fits the room beside the code (long addresses shrink, never clip).
  auto fit = [&](float want, const std::string& line) {
    float w = canvas.measure("sans", want, line).x;
    return w > room && w > 0 ? want * room / w : want;
  };
  float big = theme.size(prompt_on_show ? "heading" : "title") * s;
  float label = theme.size("label") * s * (prompt_on_show ? 1.0f : 1.4f);
  // On loopback the class must hear that the address is no use to them (and why), not try it.
  const bool here_only = responses.only_this_computer();
  const std::string invite = here_only ? "No room network: only this computer can open this."
                                       : "Open this address on a phone or laptop:";
  const std::string joined =
      std::to_string(board.joined()) + (board.joined() == 1 ? " device has joined" : " devices have joined");
  struct Line {
    std::string words;
    float size;
    Colour colour;
    bool wraps = false;  // the warning: lines at its size rather than one line shrunk to the room
  };
  const Line stack[] = {{invite, label, here_only ? p.warning : muted, here_only},
                        {responses.join_url(), big * 0.7f, text},
                        {"Join code", label, muted},
                        {responses.join_code(), big, accent},
                        {joined, theme.size("heading") * s * (prompt_on_show ? 0.8f : 1.0f), text}};
  // Each line 1.4 times its size below the last, or its font's own line where that is taller
  // (OpenDyslexic's is); the whole stack made smaller where the window is too short for it
  // (at 150% and 200% on a laptop the joined count fell below the window).
  auto advance = [&](const Line& line, float k) {
    if (line.wraps) return canvas.wrapped_height("sans", line.size * k, line.words, room) + 0.3f * line.size * k;
    float set = fit(line.size * k, line.words);
    return std::max(1.4f * set, canvas.line_height("sans", set) * 1.05f);
  };
  auto height = [&](float k) {
    float h = 0;
    for (const Line& line : stack) h += advance(line, k);
    return h;
  };
  const float stack_bottom = origin.y + size.y - pad * 0.5f, top_limit = prompt_on_show ? qr_at.y : origin.y + pad * 0.5f;
  float ty = prompt_on_show ? qr_at.y : qr_at.y + qr_side * 0.12f;
  float k = 1;
  if (ty + height(k) > stack_bottom) ty = std::max(top_limit, stack_bottom - height(k));
  for (int i = 0; i < 3 && ty + height(k) > stack_bottom; ++i) k *= (stack_bottom - ty) / height(k);
  for (const Line& line : stack) {
    if (line.wraps) canvas.text_wrapped("sans", line.size * k, line.words, ImVec2(tx, ty), room, line.colour);
    else canvas.text("sans", fit(line.size * k, line.words), line.words, ImVec2(tx, ty), line.colour);
    ty += advance(line, k);
  }
  if (!prompt_on_show) return;

  // The prompt and its answers.
  const ClassPrompt& prompt = *board.prompt();
  float x = origin.x + pad, y = origin.y + pad, width = size.x - 2 * pad;
  float h = canvas.text_wrapped("serif", theme.size("heading") * s * 1.15f, prompt.text, ImVec2(x, y), width, text);
  y += h + 12 * s;
  const char* state = board.state() == PromptState::Open ? "Answers are open" :
                      board.state() == PromptState::Locked ? "Answers are locked" : "Results";
  ClassTally tally = board.tally();
  canvas.text("sans", theme.size("label") * s, std::string(state) + " \xc2\xb7 " + std::to_string(tally.answered) +
              (tally.answered == 1 ? " answer" : " answers"), ImVec2(x, y), muted);
  y += theme.size("label") * s * 2.0f;
  float bottom = qr_at.y - pad;
  if (prompt.kind == PromptKind::Open) {
    auto shown = board.shown_answers();
    if (shown.empty())
      canvas.text("sans", theme.size("body") * s, "Answers arrive on the teacher's screen; the teacher chooses which to show.",
                  ImVec2(x, y), muted);
    for (const auto& answer : shown) {
      if (y > bottom) break;
      // Student text is drawn as plain text, never interpreted.
      float used = canvas.text_wrapped("serif-italic", theme.size("body") * s * 1.2f, "\xe2\x80\x9c" + answer.text + "\xe2\x80\x9d",
                                       ImVec2(x + 16 * s, y), width - 32 * s, text);
      y += used + 16 * s;
    }
    return;
  }
  int most = 1;
  for (const auto& bar : tally.bars) most = std::max(most, bar.count);
  // Each row holds a label of up to two lines: the type shrinks with the number of bars.
  float row = std::min(96 * s, (bottom - y) / float(std::max<std::size_t>(1, tally.bars.size())));
  float label_w = width * 0.45f;
  for (const auto& bar : tally.bars) {
    // Shrink the label until its lines (estimated from its one-line width) fit the row.
    float label_size = theme.size("body") * s;
    for (int tries = 0; tries < 12; ++tries) {
      float one_line = canvas.measure("sans", label_size, bar.label).x;
      float lines = std::ceil(one_line * 1.15f / std::max(1.0f, label_w - 16 * s));
      if (lines * label_size * 1.2f <= row * 0.9f || label_size < 12 * s) break;
      label_size *= 0.9f;
    }
    float label_h = canvas.text_wrapped("sans", label_size, bar.label, ImVec2(x, y + row * 0.1f), label_w - 16 * s, text);
    float full = width - label_w - 90 * s;
    float w = full * float(bar.count) / float(most);
    ImVec2 a(x + label_w, y + row * 0.15f), b(a.x + std::max(w, 2 * s), y + row * 0.8f);
    dl->AddRectFilled(a, b, to_imgui(accent), 4 * s);
    if (prompt.kind == PromptKind::Evidence && bar.count > 0) {
      // Confidence within the bar: a darker share for each answer given at 4 or 5 of 5.
      int sure = bar.by_confidence[3] + bar.by_confidence[4];
      float sure_w = w * float(sure) / float(bar.count);
      dl->AddRectFilled(a, ImVec2(a.x + sure_w, b.y), to_imgui(text, 0.35f), 4 * s);
    }
    canvas.text("sans", label_size, std::to_string(bar.count), ImVec2(b.x + 12 * s, y + row * 0.2f), text);
    y += std::max(row, label_h + row * 0.1f);  // a label longer than two lines takes the room it needs
  }
  if (prompt.kind == PromptKind::Scale && tally.answered)
    canvas.text("sans", theme.size("label") * s, "Mean " + mean_text(tally.mean_scale), ImVec2(x, y), muted);
  if (prompt.kind == PromptKind::Evidence)
    canvas.text("sans", theme.size("label") * s, "Darker share: answers given with confidence 4 or 5 of 5", ImVec2(x, y), muted);
}
}  // namespace

int draw_class_presenter(ClassResponses& responses, const Story& story, const std::vector<int>& prompts, int& selected,
                         ImVec2 origin, ImVec2 size, float scale, const ClassPanelOptions& labels) {
  int whole = 0;
  ImGui::SetNextWindowPos(origin);
  ImGui::SetNextWindowSize(size);
  ImGui::Begin("Class responses", nullptr,
               ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse | kNoFocusOnAppearing);
  const ClassBoard& board = responses.board();
  if (!responses.running()) {
    ImGui::TextWrapped("Students answer from their own phones and laptops over this room's network: no cloud, "
                       "no accounts. Answers are kept in this computer's journal.");
    if (!labels.start.empty() && voiced::Button(labels.start.c_str()) && labels.start_pressed) *labels.start_pressed = true;
    ImGui::End();
    return 0;
  }
  ImGui::Text("%d joined  \xc2\xb7  code %s", board.joined(), responses.join_code().c_str());
  ImGui::TextUnformatted(responses.join_url().c_str());
  if (responses.only_this_computer()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.90f, 0.71f, 0.35f, 1));  // as a content note
    ImGui::TextWrapped("This computer is on no room network, so students cannot reach this address. Connect it to "
                       "the room's network (or set class.bind in settings.txt), then End and start again.");
    ImGui::PopStyleColor();
  }
  ImGui::Separator();
  ImGui::TextWrapped("%s", labels.prompts.c_str());
  ImGui::BeginChild("prompts", ImVec2(0, size.y * labels.prompt_list_share), true);
  {
    voiced::Group rows;
    for (std::size_t i = 0; i < prompts.size(); ++i) {
      const Prompt& p = story.prompts[std::size_t(prompts[i])];
      bool on_show = board.prompt() && board.prompt()->id == p.id;
      std::string label = std::string(on_show ? "> " : "") + "[" + kind_name(p.kind) + "] " + p.text + "##" + p.id;
      if (voiced::Selectable(label.c_str(), int(i) == selected)) selected = int(i);
      if (int(i) == selected && ImGui::IsWindowAppearing()) ImGui::SetScrollHereY();
    }
  }
  ImGui::EndChild();
  // Four in a row where they fit their words; else two rows of two (at 150% and 200% on a
  // laptop a row of four ran off the panel).
  float widest = 110 * scale;
  for (const std::string* words : {&labels.open, &labels.lock, &labels.unlock, &labels.reveal, &labels.end})
    widest = std::max(widest, ImGui::CalcTextSize(words->c_str()).x + ImGui::GetStyle().FramePadding.x * 2);
  const float avail = ImGui::GetContentRegionAvail().x, gap = ImGui::GetStyle().ItemSpacing.x;
  const int per_row = avail + gap >= 4 * (widest + gap) ? 4 : avail + gap >= 2 * (widest + gap) ? 2 : 1;
  ImVec2 button(per_row == 4 ? widest : (avail - gap * float(per_row - 1)) / float(per_row), 0);
  {
    voiced::Group buttons;
    int placed = 0;
    auto next = [&] {
      if (++placed % per_row != 0) ImGui::SameLine();
    };
    if (voiced::Button(labels.open.c_str(), button) && selected >= 0 && selected < int(prompts.size()))
      responses.open_prompt(story.prompts[std::size_t(prompts[std::size_t(selected)])]);
    next();
    if (board.state() == PromptState::Locked) {
      if (voiced::Button(labels.unlock.c_str(), button)) responses.unlock();
    } else if (voiced::Button(labels.lock.c_str(), button)) {
      responses.lock();
    }
    next();
    if (voiced::Button(labels.reveal.c_str(), button)) responses.reveal();
    next();
    if (voiced::Button(labels.end.c_str(), button)) responses.end();
  }

  if (board.prompt() && board.prompt()->kind == PromptKind::Open) {
    ImGui::Separator();
    auto answers = board.open_answers();
    ImGui::Text("Open answers: %zu (only those you show reach the projector)", answers.size());
    ImGui::BeginChild("moderation", ImVec2(0, 0), true);
    float list_bottom = ImGui::GetWindowPos().y + ImGui::GetWindowHeight();
    for (const auto& a : answers) {
      ImGui::PushID(a.device);
      bool shown = a.shown;
      if (voiced::Checkbox("Show", &shown)) responses.show(a.device, shown);
      ImGui::SameLine();
      if (voiced::SmallButton("Clear")) responses.clear(a.device);
      ImGui::SameLine();
      // One row an answer (a long one wraps under it): the list shows many at once.
      std::string who = a.name.empty() ? "Student " + std::to_string(a.device) : a.name;
      ImGui::TextDisabled("%s", who.c_str());
      ImGui::SameLine();
      ImGui::TextWrapped("%s", a.text.c_str());  // plain text: never interpreted
      if (ImGui::GetItemRectMax().y <= list_bottom) ++whole;
      ImGui::PopID();
    }
    ImGui::EndChild();
  }
  ImGui::End();
  return whole;
}

}  // namespace lineage
