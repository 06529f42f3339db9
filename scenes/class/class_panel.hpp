// Class responses on the teacher's screens, as a drawing module any scene can host (the class
// scene now; the present scene's projector and presenter views later):
// - ClassResponses owns the server, the board fed from its event queue, and the QR code;
// - draw_class_projector draws what the class may see (join address, code and QR; the prompt,
//   its live bars, and only the open answers the teacher has shown) as plain text on the canvas;
// - draw_class_presenter draws the teacher's controls with ImGui (joined count, prompts, lock,
//   reveal, end, and the moderation list).
#pragma once

#include <atomic>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "app/app_state.hpp"
#include "classnet/class_server.hpp"
#include "classnet/qr_code.hpp"
#include "core/classroom/board.hpp"
#include "platform/canvas.hpp"

namespace lineage {

class ClassResponses {
 public:
  ClassResponses() = default;
  ~ClassResponses();  // waits for servers still closing
  ClassResponses(const ClassResponses&) = delete;
  ClassResponses& operator=(const ClassResponses&) = delete;

  // Starts the server on `bind` (empty: the first private LAN address) and `port` (0: any).
  bool start(const std::filesystem::path& database, const std::string& bind, int port, const std::string& lesson);
  // Ends at once for the screen; the server closes on a thread of its own (its idle keep-alive
  // connections take a moment to close, and the render loop must not wait for them).
  void end();
  bool running() const { return server_ && server_->running(); }
  // Drains the server's events into the board; call once a frame (never waits on the network).
  void pump();
  bool open_prompt(const Prompt& prompt);
  void lock();
  void unlock();
  void reveal();
  // Shows (or hides) a device's open answer on the projector, and records it for the handout.
  bool show(int device, bool shown);
  bool clear(int device);

  const classroom::ClassBoard& board() const { return board_; }
  const classroom::QrCode& qr() const { return qr_; }
  std::string join_url() const { return server_ ? server_->join_url() : ""; }
  std::string join_code() const { return server_ ? server_->join_code() : ""; }
  // Serving on loopback (no address on a room network was found, or the setting asks for it):
  // no student's phone can open the address.
  bool only_this_computer() const { return join_url().rfind("http://127.", 0) == 0; }
  std::int64_t session_id() const { return server_ ? server_->session_id() : 0; }
  const std::string& error() const { return error_; }
  // Servers still closing on their threads (finished ones are joined as soon as seen).
  std::size_t closing_threads() const { return closing_.size(); }

 private:
  // A server closing on a thread of its own; `done` once it has, so it can be joined without
  // waiting. A finished thread never joined keeps its stack: a session that starts and ends
  // class responses all day must not collect them.
  struct Closing {
    std::thread thread;
    std::shared_ptr<std::atomic<bool>> done;
  };
  void join_closed();

  std::unique_ptr<classroom::ClassServer> server_;
  classroom::ClassBoard board_;
  classroom::QrCode qr_;
  std::string error_;
  std::vector<Closing> closing_;
};

// The colours and type scale of the class's picture. Without one it follows the program's
// theme and layout scale; the present scene passes its projector palette (dark or light) and
// the projector's scale (or a preview's, smaller).
struct ClassPicture {
  Colour background, text, muted, accent, warning;
  float scale = 1;  // multiplies the theme's type sizes and lengths
};

// What the class sees, within the rectangle at `origin` of `size` (filled with the picture's
// background when one is given).
void draw_class_projector(Canvas& canvas, ImVec2 origin, ImVec2 size, const ClassResponses& responses,
                          const ClassPicture* picture = nullptr);

// The words of the teacher's controls and the prompt list's share of the panel: each host names
// its own keys (the class screen's by default; the present scene's clicker keys differ).
struct ClassPanelOptions {
  std::string prompts = "Prompts (Up/Down, Return opens)";
  std::string open = "Open (Return)", lock = "Lock (L)", unlock = "Unlock (L)", reveal = "Reveal (R)", end = "End (E)";
  float prompt_list_share = 0.32f;  // of the panel's height; the moderation list takes the rest
  // While class responses are off: a button that starts them (the class screen's; the
  // presenter view has its own), pressed when `start_pressed` is set.
  std::string start;
  bool* start_pressed = nullptr;
};

// The teacher's controls as an ImGui window at `origin` of `size`. `prompts` are the story's
// prompt indices the teacher may open (those visible at the class milestone); `selected` is the
// one the keyboard points at. Returns how many open answers the moderation list shows whole
// without scrolling (0 when there is no open prompt).
int draw_class_presenter(ClassResponses& responses, const Story& story, const std::vector<int>& prompts,
                          int& selected, ImVec2 origin, ImVec2 size, float scale,
                          const ClassPanelOptions& labels = {});

}  // namespace lineage
