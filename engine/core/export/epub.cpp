// The study guide as an EPUB 3 book, zipped with libzip. What epubcheck insists on: the
// `mimetype` entry first and stored uncompressed, META-INF/container.xml pointing at the
// package document, a navigation document, and well-formed XHTML content.
#include <zip.h>

#include <ctime>
#include <deque>
#include <random>
#include <sstream>

#include "core/export/escape.hpp"
#include "core/export/formats.hpp"

namespace lineage::export_detail {
namespace {

const char* const kContainer =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
    "  <rootfiles>\n"
    "    <rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/>\n"
    "  </rootfiles>\n"
    "</container>\n";

std::string uuid_v4() {
  std::random_device random;
  unsigned char b[16];
  for (auto& byte : b) byte = static_cast<unsigned char>(random());
  b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x40);
  b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80);
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
    out += hex[b[i] >> 4];
    out += hex[b[i] & 0xF];
  }
  return out;
}

std::string utc_now() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string xhtml_head(const std::string& title) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
         "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\""
         " lang=\"en\" xml:lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>" +
         xml_escape(title) +
         "</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\"/>\n</head>\n";
}

std::string package_document(const StudyGuide& g) {
  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"uid\""
         " xml:lang=\"en\">\n"
      << "  <metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
      << "    <dc:identifier id=\"uid\">urn:uuid:" << uuid_v4() << "</dc:identifier>\n"
      << "    <dc:title>" << xml_escape(g.title()) << "</dc:title>\n"
      << "    <dc:language>en</dc:language>\n";
  if (!g.student.empty()) out << "    <dc:creator>" << xml_escape(g.student) << "</dc:creator>\n";
  out << "    <dc:subject>" << xml_escape(g.book_title) << " by " << xml_escape(g.author)
      << "</dc:subject>\n"
      << "    <meta property=\"dcterms:modified\">" << utc_now() << "</meta>\n"
      << "  </metadata>\n  <manifest>\n"
      << "    <item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n"
      << "    <item id=\"guide\" href=\"guide.xhtml\" media-type=\"application/xhtml+xml\"/>\n"
      << "    <item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>\n"
      << "  </manifest>\n  <spine>\n    <itemref idref=\"guide\"/>\n  </spine>\n</package>\n";
  return out.str();
}

std::string navigation_document(const StudyGuide& g) {
  std::ostringstream out;
  out << xhtml_head(g.title()) << "<body>\n<nav epub:type=\"toc\" id=\"toc\">\n<h1>Contents</h1>\n<ol>\n"
      << "<li><a href=\"guide.xhtml\">" << xml_escape(g.title()) << "</a></li>\n";
  for (int i = 0; i < section_count(g); ++i)
    out << "<li><a href=\"guide.xhtml#" << kSections[i].id << "\">" << xml_escape(kSections[i].title)
        << "</a></li>\n";
  out << "</ol>\n</nav>\n</body>\n</html>\n";
  return out.str();
}

}  // namespace

bool write_epub(const StudyGuide& g, const ReadingFontFaces& faces, const std::filesystem::path& path,
                std::string& error) {
  int code = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
  if (!zip) {
    zip_error_t e;
    zip_error_init_with_code(&e, code);
    error = std::string("cannot create the EPUB: ") + zip_error_strerror(&e);
    zip_error_fini(&e);
    return false;
  }
  std::ostringstream guide;
  guide << xhtml_head(g.title()) << "<body>\n";
  write_guide_body(guide, g);
  guide << "</body>\n</html>\n";

  // libzip reads the buffers at zip_close, so they live until then.
  std::deque<std::string> contents;
  auto add = [&](const char* name, std::string data, bool stored) {
    contents.push_back(std::move(data));
    const std::string& d = contents.back();
    zip_source_t* source = zip_source_buffer(zip, d.data(), d.size(), 0);
    if (!source) return false;
    zip_int64_t index = zip_file_add(zip, name, source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
      zip_source_free(source);
      return false;
    }
    if (stored) return zip_set_file_compression(zip, zip_uint64_t(index), ZIP_CM_STORE, 0) == 0;
    return true;
  };
  bool ok = add("mimetype", "application/epub+zip", true) &&  // first, and not compressed
            add("META-INF/container.xml", kContainer, false) &&
            add("OEBPS/content.opf", package_document(g), false) &&
            add("OEBPS/nav.xhtml", navigation_document(g), false) &&
            add("OEBPS/guide.xhtml", guide.str(), false) &&
            add("OEBPS/style.css", guide_css(faces), false);
  if (!ok) {
    error = std::string("cannot build the EPUB: ") + zip_strerror(zip);
    zip_discard(zip);
    return false;
  }
  if (zip_close(zip) != 0) {
    error = std::string("cannot write the EPUB: ") + zip_strerror(zip);
    zip_discard(zip);
    return false;
  }
  return true;
}

}  // namespace lineage::export_detail
