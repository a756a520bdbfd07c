// `connected-accounts reauth`: one fresh authorization link per account that needs one, written
// to a CSV file for the team that will send them. The file holds secrets by design (the user
// asked for the links): it is created readable by its owner only (0600).
#include "app/console/cli/accountscommandsetup.h"
#include "app/console/cli/clicommands.h"
#include "app/console/cli/cliexit.h"
#include "app/console/cli/exportwriter.h"
#include "app/console/cli/progressprinter.h"
#include "models/agentkit/connectedaccountstatus.h"
#include "services/api/pagestream.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>

#include <cstdio>
#include <set>

namespace sk::app::cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("sk::app::cli::ConnectedAccounts", text); }

constexpr int kPageSize = 99;
constexpr int kParallelLinks = 4;

// An account that gets a link, and what happened.
struct Target
{
    std::string id;
    std::string identifier;
    std::string connection;
    std::string status;
    std::optional<entities::MagicLink> link;
    QString failure;
};

QString description()
{
    return tr("Generates one authorization (magic) link per matching connected account and writes them to a CSV "
              "file with the columns identifier, connection, status, link, expire_time (RFC 3339), for the team "
              "that sends each owner their link.\n\n"
              "Accounts match when their status is one of --status (default: every status but ACTIVE, unknown "
              "ones included) and, with --connection, their connection is one of those named.\n\n"
              "The file holds live authorization links: it is created with permissions 0600 (readable and "
              "writable by you only); share it only with whoever sends the links, and delete it after. Links "
              "are never printed.\n\n"
              "Exit codes: 0 when every matching account got a link (also when none matched: the file then has "
              "only its header); 7 when some links could not be generated: those accounts are listed on standard "
              "error with the reason and left out of the file, every other row is written; 2, 3, 4, 5, 6 as for "
              "every command when the accounts cannot be listed (no file is written then).");
}

std::set<QString> statusesFrom(const QStringList &values)
{
    std::set<QString> statuses;
    for (const QString &value : values) {
        for (const QString &status : value.split(u',', Qt::SkipEmptyParts))
            statuses.insert(status.trimmed().toUpper());
    }
    return statuses;
}

} // namespace

int runConnectedAccountsReauth(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addPositionalArgument(QStringLiteral("connected-accounts reauth"), tr("The command."));
    const QCommandLineOption status(QStringLiteral("status"),
                                    tr("Only accounts with these statuses (comma-separated or repeated), e.g. "
                                       "EXPIRED,PENDING_AUTH. Default: every status but ACTIVE."),
                                    tr("S,..."));
    const QCommandLineOption output(QStringLiteral("output"),
                                    tr("The CSV file to write (required; created 0600, it appears when complete)."),
                                    tr("FILE.csv"));
    parser.addOptions({status, output});
    AccountsCommandSetup setup(parser);
    setup.prepare(arguments,
                  tr("usage: connected-accounts reauth [--status S,...] [--connection NAME...] --output FILE.csv"));
    if (setup.stop())
        return *setup.stop();
    const QString fileName = parser.value(output);
    if (fileName.isEmpty())
        return reportUsage(tr("connected-accounts reauth needs --output FILE.csv (the links are secrets: they are "
                              "never printed)."));
    const std::set<QString> statuses = statusesFrom(parser.values(status));
    for (const QString &s : statuses) {
        if (!models::ConnectedAccountStatus::isKnown(s))
            std::fprintf(stderr, "scalekit-console: note: %s is not a status the API lists; matching it as given.\n",
                         qUtf8Printable(s));
    }
    const auto matches = [&statuses](const QString &key) {
        return statuses.empty() ? models::ConnectedAccountStatus::needsAuthorization(key) : statuses.contains(key);
    };

    ExportWriter writer(ExportWriter::Format::Csv, {{QStringLiteral("identifier"), "identifier"},
                                                    {QStringLiteral("connection"), "connection"},
                                                    {QStringLiteral("status"), "status"},
                                                    {QStringLiteral("link"), "link"},
                                                    {QStringLiteral("expire_time"), "expire_time"}});
    if (!writer.open(fileName, true)) {
        std::fprintf(stderr, "scalekit-console: cannot write %s: %s\n", qUtf8Printable(fileName),
                     qUtf8Printable(writer.errorString()));
        return ExitUsage;
    }

    QNetworkAccessManager network;
    api::ApiClient client(&network);
    client.setSettings(setup.settings());
    services::ConnectedAccountsService service(&client);
    const services::ConnectedAccountFilter filter = setup.filter();

    // 1. Every matching account (only what the CSV needs is kept).
    std::vector<Target> targets;
    ProgressPrinter listing(QStringLiteral("connected-accounts reauth"), tr("connected accounts"), setup.quiet());
    QEventLoop loop;
    api::PageStream<entities::ConnectedAccount> stream(
        [&service, &filter](const std::string &token, QObject *owner, auto done) {
            return service.list(filter, {kPageSize, token}, owner, std::move(done));
        },
        [&targets, &matches](std::vector<entities::ConnectedAccount> &&rows) {
            for (entities::ConnectedAccount &a : rows) {
                const QString key = models::ConnectedAccountStatus::keyOf(a.status);
                if (matches(key))
                    targets.push_back({std::move(a.id), std::move(a.identifier), std::move(a.connector),
                                       key.toStdString(), std::nullopt, {}});
            }
        });
    QObject::connect(&stream, &api::PageStreamBase::progress, &loop,
                     [&listing](qint64 rows, qint64 total) { listing.update(rows, total); });
    QObject::connect(&stream, &api::PageStreamBase::finished, &loop, &QEventLoop::quit);
    stream.start();
    if (!stream.isFinished())
        loop.exec();
    if (!stream.succeeded())
        return reportFailure(tr("connected-accounts reauth: listing the accounts"), *stream.error());
    listing.done(stream.rows(), stream.total());

    // 2. One link per account, a few at a time. A link that fails is reported, never retried
    // (each call mints a link), and the others go on.
    ProgressPrinter linking(QStringLiteral("connected-accounts reauth"), tr("authorization links"), setup.quiet());
    std::size_t next = 0;
    std::size_t done = 0;
    std::function<void()> startNext = [&] {
        if (next >= targets.size())
            return;
        const std::size_t index = next++;
        service.magicLink(services::AccountSelector::byId(targets[index].id), &loop,
                          [&, index](api::Result<entities::MagicLink> result) {
                              if (result)
                                  targets[index].link = std::move(result).value();
                              else
                                  targets[index].failure = result.error().describe();
                              ++done;
                              linking.update(qint64(done), qint64(targets.size()));
                              if (done == targets.size())
                                  loop.quit();
                              else
                                  startNext();
                          });
    };
    for (int i = 0; i < kParallelLinks; ++i)
        startNext();
    if (done < targets.size())
        loop.exec();
    linking.done(qint64(done), qint64(targets.size()));

    // 3. The good rows, in listing order; the failed ones on stderr.
    qint64 written = 0;
    qint64 failed = 0;
    for (const Target &t : targets) {
        if (!t.link) {
            ++failed;
            std::fprintf(stderr, "scalekit-console: connected-accounts reauth: no link for %s (connection %s, status %s, "
                                 "id %s): %s\n",
                         t.identifier.c_str(), t.connection.c_str(), t.status.c_str(), t.id.c_str(),
                         qUtf8Printable(t.failure));
            continue;
        }
        writer.write({{"identifier", t.identifier},
                      {"connection", t.connection},
                      {"status", t.status},
                      {"link", t.link->link.reveal()}, // asked for: the file exists to hand links out
                      {"expire_time", t.link->expiry.toRfc3339()}});
        ++written;
    }
    if (!writer.commit()) {
        std::fprintf(stderr, "scalekit-console: cannot write %s: %s\n", qUtf8Printable(fileName),
                     qUtf8Printable(writer.errorString()));
        return ExitUsage;
    }
    if (!setup.quiet()) {
        std::fprintf(stderr,
                     "connected-accounts reauth: %lld link(s) written to %s (mode 0600: it holds live authorization "
                     "links); %lld failed.\n",
                     static_cast<long long>(written), qUtf8Printable(fileName), static_cast<long long>(failed));
    }
    return failed > 0 ? ExitPartial : ExitOk;
}

} // namespace sk::app::cli
