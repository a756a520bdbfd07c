#include "app/console/cli/accountscommandsetup.h"

#include "app/console/cli/cliexit.h"
#include "app/console/cli/clisettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace sk::app::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("sk::app::cli::ConnectedAccounts", text); }
constexpr int kMaxConnectionNames = 20;
} // namespace

AccountsCommandSetup::AccountsCommandSetup(QCommandLineParser &parser)
    : m_parser(parser)
    , m_connection(QStringLiteral("connection"),
                   tr("Only accounts of this connection (its name, e.g. gmail-prod). Repeat it or separate names "
                      "with commas; at most 20."),
                   tr("NAME"))
    , m_quiet(QStringLiteral("quiet"), tr("No progress on standard error."))
{
}

bool AccountsCommandSetup::quiet() const
{
    return m_parser.isSet(m_quiet);
}

void AccountsCommandSetup::prepare(const QStringList &arguments, const QString &usage)
{
    m_parser.addHelpOption();
    m_parser.addOptions({m_connection, m_quiet});
    addConnectionOptions(m_parser);
    if (!m_parser.parse(arguments)) {
        m_stop = reportUsage(m_parser.errorText());
        return;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        std::fputs(qUtf8Printable(m_parser.helpText()), stdout);
        m_stop = ExitOk;
        return;
    }
    if (m_parser.positionalArguments().size() != 2) {
        m_stop = reportUsage(usage);
        return;
    }
    for (const QString &value : m_parser.values(m_connection)) {
        for (const QString &name : value.split(u',', Qt::SkipEmptyParts)) {
            const std::string trimmed = name.trimmed().toStdString();
            if (!trimmed.empty() && std::find(m_filter.connectionNames.begin(), m_filter.connectionNames.end(), trimmed)
                                        == m_filter.connectionNames.end())
                m_filter.connectionNames.push_back(trimmed);
        }
    }
    if (m_filter.connectionNames.size() > std::size_t(kMaxConnectionNames)) {
        m_stop = reportUsage(tr("at most %1 --connection names (the API's limit).").arg(kMaxConnectionNames));
        return;
    }
    SettingsResult settings = connectionSettings(m_parser);
    if (!settings.settings) {
        m_stop = reportUsage(settings.problem);
        return;
    }
    m_settings = std::move(settings.settings);
}

} // namespace sk::app::cli
