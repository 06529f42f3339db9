// Where an export may go: only a regular file (new or to replace) in a folder that exists.
// A device, a FIFO, a folder or a symlink at --out is refused with a clear message and left
// as it was; a missing folder is not created.
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <catch2/catch.hpp>

#include "core/export/export.hpp"
#include "export_answers.hpp"
#include "export_story.hpp"
#include "journal_temp_dir.hpp"

using namespace lineage;
using lineage::testing::TempDir;
namespace fs = std::filesystem;

namespace {
struct Setup {
  TempDir dir{"export-target"};
  Story story = lineage::testing::export_story();
  std::optional<Journal> journal;
  Profile mia;
  Setup() {
    journal.emplace(dir / "data");
    mia = lineage::testing::fill_journal(*journal);
  }
  ExportResult to(const fs::path& out) {
    ExportOptions options;
    options.format = ExportFormat::Markdown;
    options.out = out;
    options.date = "24 November 2026";
    return export_study_guide(story, *journal, mia, options);
  }
};
}  // namespace

TEST_CASE("Export target: anything but a regular file at --out is refused and left alone", "[export][target]") {
  Setup s;
  SECTION("a device") {
    // A device node of our own (what /dev/null is), so a failure never touches the real /dev.
    if (::mknod((s.dir / "device.md").c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0) {
      WARN("mknod is not allowed here; skipped");
      return;
    }
    ExportResult r = s.to(s.dir / "device.md");
    CHECK_FALSE(r.ok);
    CHECK(r.message.find("not a regular file") != std::string::npos);
    struct stat st {};
    REQUIRE(::stat((s.dir / "device.md").c_str(), &st) == 0);
    CHECK(S_ISCHR(st.st_mode));
  }
  SECTION("a FIFO") {
    REQUIRE(::mkfifo((s.dir / "pipe.md").c_str(), 0644) == 0);
    ExportResult r = s.to(s.dir / "pipe.md");
    CHECK_FALSE(r.ok);
    CHECK(r.message.find("not a regular file") != std::string::npos);
    CHECK(fs::is_fifo(s.dir / "pipe.md"));
  }
  SECTION("a folder") {
    fs::create_directory(s.dir / "folder.md");
    ExportResult r = s.to(s.dir / "folder.md");
    CHECK_FALSE(r.ok);
    CHECK(fs::is_directory(s.dir / "folder.md"));
  }
  SECTION("a symlink") {
    lineage::testing::write_file(s.dir / "real.md", "keep me");
    fs::create_symlink(s.dir / "real.md", s.dir / "link.md");
    ExportResult r = s.to(s.dir / "link.md");
    CHECK_FALSE(r.ok);
    CHECK(r.message.find("symlink") != std::string::npos);
    CHECK(fs::is_symlink(s.dir / "link.md"));
    CHECK(lineage::testing::read_file(s.dir / "real.md") == "keep me");
  }
  SECTION("a symlink where the partial file goes") {
    lineage::testing::write_file(s.dir / "victim", "keep me");
    fs::create_symlink(s.dir / "victim", s.dir / "guide.md.partial");
    ExportResult r = s.to(s.dir / "guide.md");
    CHECK(lineage::testing::read_file(s.dir / "victim") == "keep me");
    CHECK_FALSE(r.ok);
  }
}

TEST_CASE("Export target: a missing folder is reported, never created", "[export][target]") {
  Setup s;
  ExportResult r = s.to(s.dir / "no" / "such" / "guide.md");
  CHECK_FALSE(r.ok);
  CHECK(r.message.find("does not exist") != std::string::npos);
  CHECK_FALSE(fs::exists(s.dir / "no"));
}

TEST_CASE("Export target: an existing regular file is replaced whole", "[export][target]") {
  Setup s;
  lineage::testing::write_file(s.dir / "guide.md", "old");
  ExportResult r = s.to(s.dir / "guide.md");
  INFO(r.message);
  CHECK(r.ok);
  CHECK(lineage::testing::read_file(s.dir / "guide.md").find("Mia") != std::string::npos);
}
