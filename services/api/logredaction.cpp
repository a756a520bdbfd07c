#include "services/api/logredaction.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <iterator>
#include <mutex>

namespace sk::api {

namespace {

// Messages still arrive while the program exits (Qt logs plugin unloads from its own static
// destructors), after every static object of ours is gone: nothing used here may be a static
// that has a destructor. The text is a literal, the patterns are made once and never destroyed.
QString redacted()
{
    return QStringLiteral("[redacted]");
}

struct Patterns
{
    QRegularExpression url {QStringLiteral("[A-Za-z][A-Za-z0-9+.-]*://[^\\s'\"<>()\\[\\]{}]+")};
    QRegularExpression scheme {QStringLiteral("\\b([Bb]earer|[Bb]asic)\\s+[A-Za-z0-9._~+/=-]+")};
    QRegularExpression jwt {QStringLiteral("eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]*)?")};
    QRegularExpression field {QStringLiteral(
        "(\"?(?:client_secret|access_token|refresh_token|id_token)\"?\\s*[=:]\\s*\"?)[^&\\s\",}]+")};
};

const Patterns &patterns()
{
    static const Patterns *const made = [] {
        auto *p = new Patterns; // never deleted (see above); reachable, so no leak is reported
        // Compiled now, on one thread, so that later matches from any thread only read them.
        for (const QRegularExpression *e : {&p->url, &p->scheme, &p->jwt, &p->field})
            e->optimize();
        return p;
    }();
    return *made;
}

QString redactUrl(const QString &text)
{
    const QUrl url(text, QUrl::TolerantMode);
    if (!url.isValid() || url.host().isEmpty())
        return url.scheme().isEmpty() ? redacted() : url.scheme() + QStringLiteral("://") + redacted();
    QString out = url.scheme() + QStringLiteral("://") + url.host(QUrl::FullyEncoded);
    if (url.port() >= 0)
        out += u':' + QString::number(url.port());
    const QString path = url.path(QUrl::FullyEncoded);
    if (path.startsWith(QStringLiteral("/api/")) || path.startsWith(QStringLiteral("/oauth/")))
        out += path;
    else if (path.size() > 1)
        out += u'/' + redacted();
    if (url.hasQuery()) {
        QStringList keys;
        for (const QString &item : url.query(QUrl::FullyEncoded).split(u'&', Qt::SkipEmptyParts))
            keys << item.section(u'=', 0, 0);
        out += u'?' + keys.join(u'&');
    }
    if (url.hasFragment())
        out += u'#' + redacted();
    return out;
}

QString replaceAll(const QString &text, const QRegularExpression &pattern,
                   const std::function<QString(const QRegularExpressionMatch &)> &replacement)
{
    QString out;
    qsizetype from = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from).toString();
        out += replacement(m);
        from = m.capturedEnd();
    }
    return out + QStringView(text).mid(from).toString();
}

QtMessageHandler g_next = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // Matching a pattern may log itself (Qt's regular-expression category, with every category
    // on): a message raised while one is redacted is Qt's own about the pattern, and is dropped
    // rather than re-entering the handler.
    static thread_local bool busy = false;
    if (busy)
        return;
    busy = true;
    const QString safe = redactLogMessage(message);
    busy = false;
    g_next(type, context, safe);
}

} // namespace

QString redactLogMessage(const QString &message)
{
    // Most messages hold none of the shapes: leave them without running a pattern.
    static constexpr QLatin1StringView hints[]
        = {QLatin1StringView("://"), QLatin1StringView("earer"),  QLatin1StringView("asic "),
           QLatin1StringView("eyJ"), QLatin1StringView("secret"), QLatin1StringView("_token")};
    if (std::none_of(std::begin(hints), std::end(hints), [&message](QLatin1StringView hint) {
            return message.contains(hint, Qt::CaseInsensitive);
        }))
        return message;
    const Patterns &p = patterns();
    QString out
        = replaceAll(message, p.url, [](const auto &m) -> QString { return redactUrl(m.captured(0)); });
    out = replaceAll(out, p.scheme,
                     [](const auto &m) -> QString { return m.captured(1) + u' ' + redacted(); });
    out = replaceAll(out, p.jwt, [](const auto &) -> QString { return redacted(); });
    out = replaceAll(out, p.field, [](const auto &m) -> QString { return m.captured(1) + redacted(); });
    return out;
}

void installLogRedaction()
{
    static std::once_flag once;
    std::call_once(once, [] {
        patterns(); // made before any thread logs
        g_next = qInstallMessageHandler(redactingHandler);
    });
}

} // namespace sk::api
