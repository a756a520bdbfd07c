#include "models/core/listquery.h"

namespace sk::models::listquery {

QString effectiveSearch(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.size() >= kMinSearchLength ? trimmed : QString();
}

bool looksLikeId(QStringView text, QStringView prefix)
{
    if (text.size() <= prefix.size() || !text.startsWith(prefix))
        return false;
    for (const QChar c : text.mid(prefix.size())) {
        if (c.unicode() > 0x7f || !c.isLetterOrNumber())
            return false;
    }
    return true;
}

} // namespace sk::models::listquery
