#include "app/console/cli/authlogoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace sk::app::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("sk::app::cli::AuthLogOptions", text);
}
} // namespace

AuthLogOptions::AuthLogOptions(QCommandLineParser &parser)
    : m_parser(parser)
    , m_status(QStringLiteral("status"),
               tr("auth-logs: INITIATED, PENDING, SUCCESS or FAILED (comma-separated or repeated)."), tr("S"))
    , m_email(QStringLiteral("email"), tr("auth-logs: the user's email (or part of it)."), tr("EMAIL"))
    , m_since(QStringLiteral("since"),
              tr("auth-logs: from this time: RFC 3339, or back from now (30m, 24h, 7d)."), tr("TIME"))
    , m_until(QStringLiteral("until"), tr("auth-logs: up to this time (same forms as --since)."), tr("TIME"))
    , m_connection(QStringLiteral("connection"), tr("auth-logs: one connection ID."), tr("ID"))
{
    parser.addOptions({ m_status, m_email, m_since, m_until, m_connection });
}

bool AuthLogOptions::isSet() const
{
    return m_parser.isSet(m_status) || m_parser.isSet(m_email) || m_parser.isSet(m_since)
        || m_parser.isSet(m_until) || m_parser.isSet(m_connection);
}

std::optional<entities::Timestamp> AuthLogOptions::parseTime(const QString &text, const QDateTime &now)
{
    static const QRegularExpression kSpan(QStringLiteral("^(\\d+)([mhd])$"));
    if (const auto match = kSpan.match(text.trimmed()); match.hasMatch()) {
        const qint64 n = match.captured(1).toLongLong();
        const qint64 unit = match.captured(2) == u"m" ? 60 : match.captured(2) == u"h" ? 3600 : 86400;
        return entities::Timestamp::fromUnixSeconds(now.toSecsSinceEpoch() - n * unit);
    }
    return entities::Timestamp::parse(text.trimmed().toStdString());
}

QString AuthLogOptions::read(models::AuthLogsFilter *filter) const
{
    const QStringList known = models::AuthLogsModel::statusKeys();
    for (const QString &value : m_parser.values(m_status)) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            const QString status = part.trimmed().toUpper();
            if (!known.contains(status))
                return tr("unknown status '%1'; expected %2.")
                    .arg(part.trimmed(), known.join(QStringLiteral(", ")));
            if (!filter->server.statuses.contains(status))
                filter->server.statuses << status;
        }
    }
    filter->server.email = m_parser.value(m_email).trimmed().toStdString();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &[option, target] : { std::pair { &m_since, &filter->server.startTime },
                                          std::pair { &m_until, &filter->server.endTime } }) {
        if (!m_parser.isSet(*option))
            continue;
        const auto time = parseTime(m_parser.value(*option), now);
        if (!time)
            return tr("--%1 '%2' is neither an RFC 3339 time nor a span like 24h or 7d.")
                .arg(option->names().constFirst(), m_parser.value(*option));
        *target = *time;
    }
    if (filter->server.startTime.isSet() && filter->server.endTime.isSet()
        && filter->server.endTime < filter->server.startTime)
        return tr("--until is before --since.");
    filter->connectionId = m_parser.value(m_connection).trimmed().toStdString();
    return {};
}

} // namespace sk::app::cli
