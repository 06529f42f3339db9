#include "core/export/lesson_handout.hpp"

#include <cmath>
#include <cstdio>
#include <sstream>

#include "core/export/escape.hpp"
#include "core/export/export.hpp"
#include "core/export/pdf_flow.hpp"
#include "core/model/visibility.hpp"
#include "core/model/when_words.hpp"
#include "core/util/strings.hpp"

namespace lineage {

namespace {

using B = HandoutBlock::Kind;

std::string minutes_of(double m) {
  std::ostringstream s;
  s << (std::fabs(m - std::round(m)) < 0.01 ? std::round(m) : m);
  return s.str() + " min";
}

std::string labels(const Story& story, const std::vector<int>& notes) {
  std::string out;
  for (int n : notes) out += (out.empty() ? "" : ", ") + story.content_notes[static_cast<std::size_t>(n)].label;
  return out;
}

}  // namespace

std::vector<HandoutBlock> lesson_handout(const Story& story, int index, bool presenter) {
  const Lesson& lesson = story.lessons[static_cast<std::size_t>(index)];
  int limit = reading_limit_of(story, lesson.milestone);
  std::vector<HandoutBlock> out;
  out.push_back({B::Title, (presenter ? "The teacher's plan: " : "") + lesson.title});
  std::string read_to = lesson.milestone >= 0 ? milestone_title(story, lesson.milestone, limit) : "the whole book";
  out.push_back({B::Meta, story.book.title + " by " + story.book.author + ". For a class that has read to: " + read_to + "."});
  if (presenter)
    out.push_back({B::Meta, minutes_of(lesson.minutes) + " in " + std::to_string(lesson.steps.size()) +
                                " steps. The notes are interpretation: a way to run the lesson, not facts about the book."});
  if (!lesson.description.empty()) out.push_back({B::Text, lesson.description});
  double start = 0;
  int number = 0;
  for (const LessonStep& step : lesson.steps) {
    ++number;
    std::string heading;
    std::vector<HandoutBlock> body;
    switch (step.kind) {
      case StepKind::Blank:
        heading = step.title;
        break;
      case StepKind::Moment: {
        const Moment& m = story.moments[static_cast<std::size_t>(step.moment)];
        heading = m.title;
        body.push_back({B::Meta, when_short(m.when)});
        if (!step.content_notes.empty()) body.push_back({B::Note, "Content note: " + labels(story, step.content_notes)});
        body.push_back({B::Text, m.summary});
        break;
      }
      case StepKind::Lineage: {
        heading = step.title.empty() ? "The family tree" : step.title;
        if (step.link >= 0) {
          const ParentLink& link = story.parents[static_cast<std::size_t>(step.link)];
          std::string words = story.people[static_cast<std::size_t>(link.parent)].name + " to " +
                              story.people[static_cast<std::size_t>(link.child)].name;
          if (!link.label.empty()) words += ": " + link.label;
          body.push_back({B::Text, words});
        }
        break;
      }
      case StepKind::Reflect:
      case StepKind::Discuss: {
        const Prompt& p = story.prompts[static_cast<std::size_t>(step.prompt)];
        heading = step.kind == StepKind::Reflect ? "Think, pair, share" : "Discuss";
        body.push_back({B::Text, p.text});
        if (p.kind == PromptKind::Scale)
          body.push_back({B::Meta, "1 = " + p.scale_low + " ... " + std::to_string(p.scale_points) + " = " + p.scale_high});
        for (const PromptOption& o : p.options) body.push_back({B::Text, "( ) " + o.text});
        if (!presenter) body.push_back({B::Write, ""});
        if (presenter && !p.teacher_notes.empty()) body.push_back({B::Note, "Prompt's teacher notes: " + p.teacher_notes});
        break;
      }
    }
    if (presenter) {
      std::string plan = "Step " + std::to_string(number) + ", " + minutes_of(step.minutes) + ", from minute " +
                         std::to_string(static_cast<int>(std::lround(start)));
      if (step.kind == StepKind::Reflect) plan += "; countdown " + minutes_of(step.countdown_minutes);
      if (!step.content_notes.empty()) plan += "; held for the teacher's choice (" + labels(story, step.content_notes) + ")";
      out.push_back({B::Heading, std::to_string(number) + ". " + (heading.empty() ? "Blank screen" : heading)});
      out.push_back({B::Meta, plan});
      for (auto& b : body) out.push_back(std::move(b));
      if (!step.notes.empty()) out.push_back({B::Note, "Notes: " + step.notes});
      if (step.kind == StepKind::Moment && !story.moments[static_cast<std::size_t>(step.moment)].presenter_notes.empty())
        out.push_back({B::Note, "The story's presenter notes: " + story.moments[static_cast<std::size_t>(step.moment)].presenter_notes});
    } else if (!heading.empty() || !body.empty()) {
      if (!heading.empty()) out.push_back({B::Heading, heading});
      for (auto& b : body) out.push_back(std::move(b));
    }
    start += step.minutes;
  }
  return out;
}

std::string handout_markdown(const std::vector<HandoutBlock>& blocks) {
  using export_detail::markdown_escape;
  std::string out;
  for (const HandoutBlock& b : blocks) {
    switch (b.kind) {
      case B::Title: out += "# " + markdown_escape(b.text) + "\n\n"; break;
      case B::Heading: out += "## " + markdown_escape(b.text) + "\n\n"; break;
      case B::Subheading: out += "### " + markdown_escape(b.text) + "\n\n"; break;
      case B::Meta: out += "*" + markdown_escape(b.text) + "*\n\n"; break;
      case B::Text: out += markdown_escape(b.text) + "\n\n"; break;
      case B::Note: out += "> " + markdown_escape(b.text) + "\n\n"; break;
      case B::Write: out += "Your answer:\n\n\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\n\n\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\n\n"; break;
    }
  }
  return out;
}

std::string handout_html(const std::vector<HandoutBlock>& blocks, const std::string& font) {
  using export_detail::xml_escape;
  std::string title = blocks.empty() ? "Lesson" : blocks[0].text;
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + xml_escape(title) +
                    "</title>\n<style>\nbody{font-family:Georgia,serif;max-width:44em;margin:2em auto;padding:0 1em;"
                    "line-height:1.5;color:#111}\n.meta{color:#444;font-style:italic}\n.note{border-left:4px solid #b06a2a;"
                    "padding-left:.8em;color:#333}\n.write{height:8em;border-bottom:1px solid #999;"
                    "background:repeating-linear-gradient(transparent,transparent 1.9em,#bbb 1.9em,#bbb 2em)}\n";
  // A reading font, named (never downloaded), with the app's wider lines for Andika.
  const ReadingFontFaces faces = reading_font_faces(font);
  if (faces.chosen()) {
    std::string families;
    for (const std::string& family : faces.families) families += "\"" + family + "\", ";
    char line_height[32];
    std::snprintf(line_height, sizeof line_height, "%.3g", 1.5 * faces.line_spacing);
    out += "body, h1, h2, h3 { font-family: " + families + "sans-serif; }\nbody { line-height: " + line_height + "; }\n";
  }
  out += "</style>\n</head>\n<body>\n";
  for (const HandoutBlock& b : blocks) {
    std::string t = xml_escape(b.text);
    switch (b.kind) {
      case B::Title: out += "<h1>" + t + "</h1>\n"; break;
      case B::Heading: out += "<h2>" + t + "</h2>\n"; break;
      case B::Subheading: out += "<h3>" + t + "</h3>\n"; break;
      case B::Meta: out += "<p class=\"meta\">" + t + "</p>\n"; break;
      case B::Text: out += "<p>" + t + "</p>\n"; break;
      case B::Note: out += "<p class=\"note\">" + t + "</p>\n"; break;
      case B::Write: out += "<div class=\"write\" aria-label=\"room to write your answer\"></div>\n"; break;
    }
  }
  return out + "</body>\n</html>\n";
}

namespace {

bool write_handout_pdf(const std::vector<HandoutBlock>& blocks, const std::string& font, const std::filesystem::path& path,
                       std::string& error) {
  using namespace export_detail;
  PdfFlow pdf(path, 595.28, 841.89);
  if (!pdf.ok()) {
    error = pdf.error();
    return false;
  }
  if (!blocks.empty()) pdf.set_metadata(blocks[0].text, "");
  pdf.set_reading_font(reading_font_faces(font));
  TextStyle body, title, heading, subheading, meta, note;
  title.font = "EB Garamond 24,serif 22";
  title.space_after = 10;
  heading.font = "EB Garamond 16,serif 15";
  heading.space_before = 12;
  subheading.font = "EB Garamond 13,serif 12.5";
  subheading.space_before = 8;
  meta.font = "EB Garamond Italic 11,serif italic 10.5";
  note.font = "DejaVu Sans 9.5,sans 9.5";
  note.indent = 14;
  for (const HandoutBlock& b : blocks) {
    std::string t = xml_escape(b.text);
    switch (b.kind) {
      case B::Title: pdf.heading(t, title); break;
      case B::Heading: pdf.heading(t, heading, 1, b.text); break;
      case B::Subheading: pdf.heading(t, subheading); break;
      case B::Meta: pdf.paragraph(t, meta); break;
      case B::Text: pdf.paragraph(t, body); break;
      case B::Note: pdf.paragraph(t, note); break;
      case B::Write: pdf.keep_together(6 * PdfFlow::kRuleGap); pdf.ruled_lines(6); break;
    }
  }
  pdf.finish();
  if (!pdf.ok()) error = pdf.error();
  return pdf.ok();
}

}  // namespace

int export_lesson_command(const Story& story, const std::string& id, const std::string& format,
                          const std::filesystem::path& out, bool presenter, std::ostream& ok, std::ostream& err,
                          const std::vector<HandoutBlock>& appendix, const std::string& font) {
  int index = story.lesson(id);
  if (index < 0) {
    std::vector<std::string> ids;
    for (const Lesson& l : story.lessons) ids.push_back(l.id);
    std::string near = nearest(id, ids);
    err << "lineage export: no lesson \"" << id << "\"" << (near.empty() ? "" : "; did you mean \"" + near + "\"?")
        << " (lineage present --list shows them)\n";
    return 2;
  }
  auto kind = parse_export_format(format.empty() ? out.extension().string() : format);
  if (!kind || *kind == ExportFormat::Epub) {
    err << "lineage export: a lesson exports as pdf, html or md\n";
    return 2;
  }
  std::vector<HandoutBlock> blocks = lesson_handout(story, index, presenter);
  blocks.insert(blocks.end(), appendix.begin(), appendix.end());
  ExportResult result = write_export_safely(out, [&](const std::filesystem::path& partial, std::string& error) {
    if (*kind == ExportFormat::Pdf) return write_handout_pdf(blocks, font, partial, error);
    return write_text_file(partial, *kind == ExportFormat::Html ? handout_html(blocks, font) : handout_markdown(blocks), error);
  });
  if (!result.ok) {
    err << "lineage export: " << result.message << "\n";
    return 1;
  }
  ok << result.message << ": " << (presenter ? "the teacher's plan for " : "the handout for ") << story.lessons[static_cast<std::size_t>(index)].title
     << " (" << story.lessons[static_cast<std::size_t>(index)].steps.size() << " steps"
     << (appendix.empty() ? "" : ", and the class's answers") << ").\n";
  return 0;
}

}  // namespace lineage
