// The resource library needs one translation unit of its own; the icons themselves are
// compiled in by qt_add_resources as an object library that every linking target pulls in.
namespace sk::resources {
int anchor() { return 0; }
} // namespace sk::resources
