// `connected-accounts summary` and the verb dispatch; `reauth` is in reauthcommand.cpp.
#include "app/console/cli/accountscommandsetup.h"
#include "app/console/cli/clicommands.h"
#include "app/console/cli/cliexit.h"
#include "app/console/cli/progressprinter.h"
#include "app/console/cli/summarydocument.h"
#include "models/agentkit/accountsoverview.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>

#include <cstdio>

namespace sk::app::cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("sk::app::cli::ConnectedAccounts", text); }

const char *const kUsage = "usage: scalekit-console connected-accounts summary|reauth [OPTIONS] (--help for each)";

QString summaryDescription()
{
    return tr("Counts every connected account (paged 99 at a time) per connection and status, and the tokens "
              "about to expire.\n\n"
              "--format json (default) prints one document:\n"
              "  {\"as_of\": RFC3339, \"total\": N, \"tokens_expired\": N,\n"
              "   \"counts\": [{\"connection\": C, \"status\": S, \"count\": N}, ...],\n"
              "   \"statuses\": [{\"status\": S, \"count\": N}, ...],\n"
              "   \"connections\": [{\"connection\": C, \"total\": N, \"expiring_24h\": N, \"expiring_7d\": N,\n"
              "                    \"expiring_30d\": N}, ...]}\n"
              "\"counts\" has one object per connection and status: every status of the API (ACTIVE, EXPIRED, "
              "PENDING_AUTH, PENDING_VERIFICATION, DISCONNECTED; 0 included) and any other status the server "
              "sends, as received, where it occurs. The counts add up to \"total\". Token expiry is never a "
              "status: expiring_24h/7d/30d count the connection's tokens that expire within 24 hours, 7 days "
              "and 30 days of as_of (each includes the shorter ones; already expired tokens are in "
              "\"tokens_expired\").\n"
              "--format csv and --format table print one row per connection with a column per status, then "
              "total, expiring_24h, expiring_7d, expiring_30d (the table adds a TOTAL row).");
}

} // namespace

int runConnectedAccounts(const QStringList &arguments)
{
    const QString verb = arguments.value(2);
    if (verb == QStringLiteral("summary"))
        return runConnectedAccountsSummary(arguments);
    if (verb == QStringLiteral("reauth"))
        return runConnectedAccountsReauth(arguments);
    if (verb == QStringLiteral("--help") || verb == QStringLiteral("-h") || verb == QStringLiteral("help")) {
        std::printf("%s\n  summary  %s\n  reauth   %s\n", kUsage,
                    qUtf8Printable(tr("counts per connection and status, and tokens about to expire")),
                    qUtf8Printable(tr("one authorization link per account that needs one, to a CSV file")));
        return ExitOk;
    }
    return reportUsage(verb.isEmpty() ? QString::fromLatin1(kUsage)
                                      : tr("unknown connected-accounts command '%1'; expected summary or reauth.").arg(verb));
}

int runConnectedAccountsSummary(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summaryDescription());
    parser.addPositionalArgument(QStringLiteral("connected-accounts summary"), tr("The command."));
    const QCommandLineOption format(QStringLiteral("format"), tr("json (default), csv or table."), tr("FORMAT"),
                                    QStringLiteral("json"));
    parser.addOption(format);
    AccountsCommandSetup setup(parser);
    setup.prepare(arguments, tr("usage: connected-accounts summary [--connection NAME...] [--format json|csv|table]"));
    if (setup.stop())
        return *setup.stop();
    const QString formatName = parser.value(format);
    if (formatName != QStringLiteral("json") && formatName != QStringLiteral("csv") && formatName != QStringLiteral("table"))
        return reportUsage(tr("unknown format '%1'; expected json, csv or table.").arg(formatName));

    QNetworkAccessManager network;
    api::ApiClient client(&network);
    client.setSettings(setup.settings());
    models::AccountsOverview overview(&client);
    overview.setFilter(setup.filter());
    ProgressPrinter progress(QStringLiteral("connected-accounts summary"), tr("connected accounts"), setup.quiet());
    QEventLoop loop;
    QObject::connect(&overview, &models::AccountsOverview::progress, &loop,
                     [&progress](qint64 rows, qint64 total) { progress.update(rows, total); });
    QObject::connect(&overview, &models::AccountsOverview::finished, &loop, &QEventLoop::quit);
    QObject::connect(&overview, &models::AccountsOverview::failed, &loop, &QEventLoop::quit);
    overview.refresh();
    if (overview.isLoading())
        loop.exec();
    if (!overview.isComplete())
        return reportFailure(tr("connected-accounts summary"), overview.error().value_or(api::ApiError::make(
                                                                   api::ApiError::Kind::Cancelled, {})));
    progress.done(overview.loaded(), overview.total());

    const models::AccountsSummary &summary = overview.summary();
    QByteArray text;
    if (formatName == QStringLiteral("csv"))
        text = SummaryDocument::toCsv(summary);
    else if (formatName == QStringLiteral("table"))
        text = SummaryDocument::toTable(summary);
    else
        text = QByteArray::fromStdString(SummaryDocument::toJson(summary).dump(2)) + '\n';
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(text) != text.size() || !out.flush()) {
        std::fprintf(stderr, "scalekit-console: cannot write the summary: %s\n", qUtf8Printable(out.errorString()));
        return ExitUnavailable;
    }
    return ExitOk;
}

} // namespace sk::app::cli
