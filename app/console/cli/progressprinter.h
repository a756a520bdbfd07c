#pragma once

#include <QElapsedTimer>
#include <QString>

namespace sk::app::cli {

// "export: organizations: 300/1000 rows" on standard error, rewritten in place on a terminal,
// at most about once a second otherwise. A total below 0 prints as "?".
class ProgressPrinter
{
public:
    ProgressPrinter(QString command, QString resource, bool quiet);

    void update(qint64 rows, qint64 total);
    void done(qint64 rows, qint64 total);

private:
    void print(qint64 rows, qint64 total, bool last);

    QString m_command;
    QString m_resource;
    bool m_quiet;
    bool m_tty;
    QElapsedTimer m_clock;
};

} // namespace sk::app::cli
