#pragma once

#include <QString>
#include <QStringView>

namespace sk::models {

// What every list's search box means, in one place: page sizes, the minimum length of a
// server-side search, trimming, and the test for a pasted resource ID.
namespace listquery {

// Largest page sizes the API's lists and searches accept (reference §3.6).
inline constexpr int kPageSize = 100;
inline constexpr int kSearchPageSize = 30;
inline constexpr int kMinSearchLength = 3;

// The search a box's text asks for: trimmed, or empty (the whole list) when shorter than
// kMinSearchLength.
QString effectiveSearch(const QString &text);

// Whether text is one pasted ID of the kind with this prefix ("org_", "usr_"): the prefix
// followed by letters and digits only.
bool looksLikeId(QStringView text, QStringView prefix);

} // namespace listquery
} // namespace sk::models
