// A journal with one student's answers to export_story()'s prompts, for the export tests.
#pragma once

#include <string>

#include "core/journal/journal.hpp"

namespace lineage::testing {

struct ExportAnswers {
  static inline const std::string why_leave =
      "She was afraid of what she'd become.\n\nSecond paragraph: <b>not bold</b> & \"quoted\" — ñ 🙂";
  static inline const std::string violet_voice =
      "<script>alert('x')</script> Violet *watches* [everyone] # closely & waits";

  // Long enough to run across a page break in the PDF.
  static std::string park_blame() {
    std::string text;
    for (int i = 1; i <= 120; ++i)
      text += "Sentence " + std::to_string(i) + " of the park answer weighs who is to blame. ";
    return text + "Final words of the park answer.";
  }
};

inline Profile fill_journal(Journal& journal) {
  Profile mia = *journal.create_profile("Mia O'Neil");
  auto save = [&](const char* prompt, std::string text, std::string option = "", int confidence = 0,
                  std::optional<int> scale = {}) {
    Answer a;
    a.prompt = prompt, a.text = std::move(text), a.option = std::move(option);
    a.confidence = confidence, a.scale = scale;
    journal.save_answer(mia.id, a);
  };
  save("why-leave", "a first draft that was replaced");
  save("why-leave", ExportAnswers::why_leave);
  save("first-feeling", "", "nothing");
  save("park-blame", ExportAnswers::park_blame());
  save("what-happened", "", "pattern", 4);
  save("trust-scale", "", "", 0, 2);
  save("violet-voice", ExportAnswers::violet_voice);
  return mia;
}

}  // namespace lineage::testing
