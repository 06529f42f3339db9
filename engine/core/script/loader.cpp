#include "core/script/loader.hpp"

#include <algorithm>
#include <fstream>
#include <future>
#include <iterator>
#include <limits>
#include <tuple>
#include <unordered_map>

#include "core/script/draft.hpp"
#include "core/script/reporter.hpp"
#include "core/script/tree.hpp"
#include "core/util/config_file.hpp"

namespace lineage {

namespace {

// Lines of `text` that start with `head` (a cheap upper bound on a kind of block, to reserve).
std::size_t count_block_lines(std::string_view text, std::string_view head) {
  std::size_t n = text.substr(0, head.size()) == head ? 1 : 0;
  for (std::size_t at = text.find('\n'); at != std::string_view::npos; at = text.find('\n', at + 1))
    if (text.compare(at + 1, head.size(), head) == 0) ++n;
  return n;
}

// Stories at least this large read their files' trees on a second thread (see load_sources).
constexpr std::size_t kPipelineBytes = 1u << 20;

std::size_t total_bytes(const std::vector<SourceFile>& files) {
  std::size_t n = 0;
  for (const SourceFile& f : files) n += f.text.size();
  return n;
}

// One file's lines and tree, with what reading them found.
struct ReadTree {
  Reporter rep;
  Tree tree;
};

// Orders diagnostics by file (in load order), line and column, keeping each note right after
// the diagnostic it belongs to. Diagnostics without a line go last in their file.
void sort_by_place(std::vector<Diagnostic>& ds, const std::vector<bool>& attached,
                   const std::vector<SourceFile>& files) {
  std::unordered_map<std::string, int> file_index;
  for (std::size_t i = 0; i < files.size(); ++i) file_index.emplace(files[i].name, static_cast<int>(i));
  struct Group {
    int file, line, column;
    std::size_t first, count;
  };
  std::vector<Group> groups;
  for (std::size_t i = 0; i < ds.size(); ++i) {
    if (i < attached.size() && attached[i] && !groups.empty()) {
      ++groups.back().count;
      continue;
    }
    auto it = file_index.find(ds[i].loc.file);
    int file = it == file_index.end() ? static_cast<int>(files.size()) : it->second;
    int line = ds[i].loc.line > 0 ? ds[i].loc.line : std::numeric_limits<int>::max();
    groups.push_back({file, line, ds[i].loc.column, i, 1});
  }
  std::stable_sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
    return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
  });
  std::vector<Diagnostic> out;
  out.reserve(ds.size());
  for (const Group& g : groups)
    for (std::size_t k = 0; k < g.count; ++k) out.push_back(std::move(ds[g.first + k]));
  ds = std::move(out);
}

LoadResult load_sources(std::vector<SourceFile>& files, const LoadOptions& options,
                        std::vector<Diagnostic> early, const std::string& story_name) {
  LoadResult result;
  result.files = static_cast<int>(files.size());
  Reporter rep(files);
  Draft draft;
  draft.read_sources = options.read_sources;
  std::size_t moments = 0;  // lines starting `moment `: at least as many as the moment blocks
  for (const SourceFile& f : files) moments += count_block_lines(f.text, "moment ");
  draft.story.moments.reserve(moments);
  draft.moments.reserve(moments);
  // A large story reads the next file's lines and tree on a second thread while this one turns
  // the last tree into blocks; both are a file's own work. Small stories stay on one thread.
  const bool pipelined = files.size() > 1 && total_bytes(files) >= kPipelineBytes;
  auto read_tree = [&files](std::size_t i, Tree recycled) {
    ReadTree read{Reporter(files), {}};
    if (files[i].text.size() > kMaxScriptBytes) return read;  // said in file order, below
    split_lines(files[i]);  // a BOM at the start is dropped silently
    read.tree = parse_tree(files[i], static_cast<int>(i), read.rep, std::move(recycled));
    return read;
  };
  Tree tree;  // a finished file's tree; its storage is reused for a later file
  std::future<ReadTree> next;
  if (pipelined) next = std::async(std::launch::async, read_tree, std::size_t{0}, Tree{});
  for (std::size_t i = 0; i < files.size(); ++i) {
    SourceFile& f = files[i];
    ReadTree read = pipelined ? next.get() : read_tree(i, std::move(tree));
    if (pipelined && i + 1 < files.size()) next = std::async(std::launch::async, read_tree, i + 1, std::move(tree));
    if (f.text.size() > kMaxScriptBytes) {
      rep.general(Diagnostic::Severity::Error, f.name,
                  "file too large (" + std::to_string(f.text.size() >> 20) + " MB; the limit is " +
                      std::to_string(kMaxScriptBytes >> 20) + " MB)",
                  "split the story into several files");
      continue;
    }
    rep.absorb(std::move(read.rep));
    tree = std::move(read.tree);
    parse_blocks(tree, f, draft, rep);
  }
  tree = {};  // before resolving: its nodes are no longer needed
  if (files.empty())
    rep.general(Diagnostic::Severity::Error, story_name, "no .story files found",
                "a story is a folder of files ending in .story");
  else {
    resolve(draft, rep);
    resolve_lessons(draft, rep);
  }
  result.people = static_cast<int>(draft.story.people.size());
  result.moments = static_cast<int>(draft.story.moments.size());
  result.prompts = static_cast<int>(draft.story.prompts.size());
  result.diagnostics = std::move(early);
  std::vector<bool> attached = rep.attached();
  std::vector<Diagnostic> found = rep.take();
  sort_by_place(found, attached, files);
  for (Diagnostic& d : found) result.diagnostics.push_back(std::move(d));
  if (result.errors() == 0) result.story = std::make_shared<const Story>(std::move(draft.story));
  return result;
}

}  // namespace

int LoadResult::errors() const {
  return static_cast<int>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                        [](const Diagnostic& d) { return d.severity == Diagnostic::Severity::Error; }));
}

int LoadResult::warnings() const {
  return static_cast<int>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                        [](const Diagnostic& d) { return d.severity == Diagnostic::Severity::Warning; }));
}

LoadResult load_story_files(const std::vector<ScriptFile>& scripts, const std::filesystem::path& base_dir,
                            const LoadOptions& options) {
  std::vector<SourceFile> files;
  files.reserve(scripts.size());
  for (const ScriptFile& s : scripts) {
    SourceFile f;
    f.name = s.name;
    f.text = s.text;
    f.dir = base_dir / std::filesystem::path(s.name).parent_path();
    files.push_back(std::move(f));
  }
  return load_sources(files, options, {}, "story");
}

LoadResult load_story(const std::filesystem::path& dir) {
  namespace fs = std::filesystem;
  std::vector<Diagnostic> early;
  auto problem = [&](std::string where, std::string message, std::string hint = {}) {
    Diagnostic d;
    d.loc.file = std::move(where);
    d.message = std::move(message);
    d.hint = std::move(hint);
    early.push_back(std::move(d));
  };
  std::vector<fs::path> paths;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    LoadResult r;
    problem(dir.string(), "cannot open the story folder", "give the folder that holds the .story files");
    r.diagnostics = std::move(early);
    return r;
  }
  // Folder by folder, so one that cannot be read is reported and the rest still load.
  // Symlinked folders are not entered (no loops); a .story entry of any type is kept, for
  // the reader below to read or to say why not.
  constexpr int kMaxFolderDepth = 64;
  std::vector<std::pair<fs::path, int>> folders{{dir, 0}};
  while (!folders.empty()) {
    auto [folder, depth] = folders.back();
    folders.pop_back();
    fs::directory_iterator it(folder, ec), end;
    if (ec) {
      problem(folder.generic_string(), "cannot read this folder: " + ec.message(),
              "its .story files are not loaded; check its permissions");
      ec.clear();
      continue;
    }
    for (; !ec && it != end; it.increment(ec)) {
      std::error_code type_ec;
      if (it->path().extension() == ".story") {
        paths.push_back(it->path());
      } else if (fs::is_directory(it->symlink_status(type_ec))) {
        // An `examples` folder holds example stories of their own (story/examples/), each opened
        // with --story: never part of the story around it.
        if (it->path().filename() == "examples") continue;
        if (depth < kMaxFolderDepth) folders.push_back({it->path(), depth + 1});
        else problem(it->path().generic_string(), "folders nested more than " + std::to_string(kMaxFolderDepth) +
                                                      " deep are not read", "move the .story files up");
      }
    }
    if (ec) problem(folder.generic_string(), "cannot read the whole folder: " + ec.message());
    ec.clear();
  }
  std::sort(paths.begin(), paths.end());
  std::vector<SourceFile> files;
  files.reserve(paths.size());
  for (const fs::path& p : paths) {
    SourceFile f;
    f.name = p.generic_string();
    f.dir = p.parent_path();
    std::error_code size_ec;
    auto size = fs::file_size(p, size_ec);
    if (!size_ec && fs::is_regular_file(p, size_ec) && size > kMaxScriptBytes) {
      problem(f.name, "file too large (" + std::to_string(size >> 20) + " MB; the limit is " +
                          std::to_string(kMaxScriptBytes >> 20) + " MB)",
              "split the story into several files");
      continue;
    }
    std::string why;
    std::optional<std::string> text = read_regular_file(p, kMaxScriptBytes, &why);
    if (!text) {
      problem(f.name, "cannot read this file: " + why);
      continue;
    }
    f.text = std::move(*text);
    files.push_back(std::move(f));
  }
  return load_sources(files, {}, std::move(early), dir.generic_string());
}

}  // namespace lineage
