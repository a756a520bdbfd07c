#include "app/console/cli/progressprinter.h"

#include <cstdio>
#include <unistd.h>

namespace sk::app::cli {

ProgressPrinter::ProgressPrinter(QString command, QString resource, bool quiet)
    : m_command(std::move(command))
    , m_resource(std::move(resource))
    , m_quiet(quiet)
    , m_tty(::isatty(STDERR_FILENO) == 1)
{
    m_clock.start();
}

void ProgressPrinter::update(qint64 rows, qint64 total)
{
    if (m_quiet || (!m_tty && m_clock.elapsed() < 1000))
        return;
    m_clock.restart();
    print(rows, total, false);
}

void ProgressPrinter::done(qint64 rows, qint64 total)
{
    if (!m_quiet)
        print(rows, total, true);
}

void ProgressPrinter::print(qint64 rows, qint64 total, bool last)
{
    const QByteArray totalText = total < 0 ? QByteArrayLiteral("?") : QByteArray::number(total);
    std::fprintf(stderr, "%s%s: %s: %lld/%s rows%s", m_tty ? "\r" : "", qUtf8Printable(m_command),
                 qUtf8Printable(m_resource), static_cast<long long>(rows), totalText.constData(),
                 (!m_tty || last) ? "\n" : "");
    std::fflush(stderr);
}

} // namespace sk::app::cli
