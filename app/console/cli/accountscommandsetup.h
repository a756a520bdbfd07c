#pragma once

#include "services/api/connectionsettings.h"
#include "services/resources/connectedaccountsservice.h"

#include <QCommandLineOption>

#include <optional>

class QCommandLineParser;

namespace sk::app::cli {

// What every `connected-accounts VERB` shares: --connection NAME (repeatable or
// comma-separated, at most 20: the API's connection_names filter), --quiet, --help and the
// connection options. Add the verb's own options to the parser first, then call prepare().
class AccountsCommandSetup
{
public:
    explicit AccountsCommandSetup(QCommandLineParser &parser);

    // Parses arguments ("PROGRAM connected-accounts VERB ..."). Set stop(): the command ends
    // there with that exit code (help printed, or a usage error reported).
    void prepare(const QStringList &arguments, const QString &usage);

    const std::optional<int> &stop() const { return m_stop; }
    const api::ConnectionSettings &settings() const { return *m_settings; }
    const services::ConnectedAccountFilter &filter() const { return m_filter; }
    bool quiet() const;

private:
    QCommandLineParser &m_parser;
    QCommandLineOption m_connection;
    QCommandLineOption m_quiet;
    std::optional<int> m_stop;
    std::optional<api::ConnectionSettings> m_settings;
    services::ConnectedAccountFilter m_filter;
};

} // namespace sk::app::cli
