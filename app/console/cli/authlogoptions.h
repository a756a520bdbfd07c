#pragma once

#include "models/connections/authlogsmodel.h"

#include <QCommandLineOption>
#include <QString>

class QCommandLineParser;

namespace sk::app::cli {

// The sign-in log filters of `export auth-logs`, the same as the view's: --status S[,S]
// (INITIATED, PENDING, SUCCESS, FAILED; repeatable), --email TEXT, --since and --until
// (RFC 3339, or a span back from now: 30m, 24h, 7d), --connection ID (--org is the export's).
class AuthLogOptions
{
public:
    explicit AuthLogOptions(QCommandLineParser &parser);

    bool isSet() const;
    // Fills filter from the parsed options; returns the problem with them, or "".
    QString read(models::AuthLogsFilter *filter) const;

    // "2026-11-30T10:00:00Z", "24h", "7d", "30m" -> a time; nullopt when it is neither.
    static std::optional<entities::Timestamp> parseTime(const QString &text, const QDateTime &now);

private:
    QCommandLineParser &m_parser;
    QCommandLineOption m_status;
    QCommandLineOption m_email;
    QCommandLineOption m_since;
    QCommandLineOption m_until;
    QCommandLineOption m_connection;
};

} // namespace sk::app::cli
