// directories list|sync|enable|disable: is a customer's directory syncing, and the actions on
// it, for scripts and monitoring.
#include "app/console/cli/clicommands.h"
#include "app/console/cli/cliexit.h"
#include "app/console/cli/clisettings.h"
#include "app/console/cli/directorylocator.h"
#include "app/console/cli/exportwriter.h"
#include "models/core/displayformat.h"
#include "models/directories/directoriesmodel.h"
#include "models/directories/directoryformat.h"
#include "services/resources/services.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>

#include <cstdio>

namespace sk::app::cli {

namespace {

using entities::Directory;
using models::DirectoriesModel;
using models::PagedTableModel;
namespace format = models::directoryformat;

QString tr(const char *text)
{
    return QCoreApplication::translate("sk::app::cli::Directories", text);
}

constexpr const char *kUsage
    = "usage: scalekit-console directories list [--org ORG_ID] [--check] [--format json|jsonl|csv]\n"
      "       scalekit-console directories sync|enable|disable DIR_ID [--org ORG_ID]\n"
      "       scalekit-console directories rotate-token DIR_ID [--org ORG_ID] [--reveal] [--format "
      "json|csv|table]\n"
      "                                                 [--confirm-production]";

// One connection to the environment for the command's lifetime.
struct Session
{
    explicit Session(const api::ConnectionSettings &settings)
        : client(&network)
        , services(&client)
        , model(&services.directories(), &services.organizations())
    {
        client.setSettings(settings);
    }
    QNetworkAccessManager network;
    api::ApiClient client;
    services::Services services;
    DirectoriesModel model;
};

// Every directory of one organization, or of all of them ("" scans every organization, as the
// tab does). Returns the error that stopped it.
std::optional<api::ApiError> loadDirectories(DirectoriesModel &model, const QString &organizationId)
{
    QEventLoop loop;
    const auto done = [&model] {
        return model.state() == PagedTableModel::State::Complete
            || model.state() == PagedTableModel::State::Failed;
    };
    QObject::connect(&model, &PagedTableModel::stateChanged, &loop, [&] {
        if (done())
            loop.quit();
    });
    model.setOrganization(organizationId, {}, true);
    model.loadAll();
    if (!done())
        loop.exec();
    if (model.state() == PagedTableModel::State::Failed)
        return model.lastError();
    return std::nullopt;
}

// Why a directory needs a look, or "" when it is fine (disabled ones are not expected to sync).
QString attentionReason(const Directory &d, const QDateTime &now)
{
    if (!d.enabled)
        return {};
    if (d.status != entities::directorystatus::kCompleted)
        return tr("status is %1").arg(format::statusBadge(d.status).text);
    if (format::isStale(d, now))
        return d.lastSyncedAt.isSet() ? tr("last synced %1").arg(format::lastSyncedText(d, now))
                                      : tr("never synced");
    return {};
}

nlohmann::json row(const DirectoriesModel &model, const Directory &d, const QDateTime &now)
{
    return { { "id", d.id },
             { "name", d.name },
             { "organization_id", d.organizationId },
             { "organization_name", model.organizationName(d.organizationId).toStdString() },
             { "directory_provider", std::string(d.directoryProvider.name()) },
             { "directory_type", std::string(d.directoryType.name()) },
             { "status", d.status },
             { "enabled", d.enabled },
             { "total_users", d.totalUsers },
             { "total_groups", d.totalGroups },
             { "last_synced_at", d.lastSyncedAt.isSet() ? d.lastSyncedAt.toRfc3339() : std::string() },
             { "stale", format::isStale(d, now) },
             { "attention", attentionReason(d, now).toStdString() } };
}

int runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Lists the SCIM directories of one organization (--org) or of every organization, with their status, "
        "users, groups and last sync. With --check, exits 8 when an enabled directory is not COMPLETED or "
        "has "
        "not synced for over a day (each is named on stderr)."));
    parser.addPositionalArgument(QStringLiteral("directories list"), tr("The command."));
    const QCommandLineOption org(QStringLiteral("org"), tr("Only this organization's directories."),
                                 tr("ORG_ID"));
    const QCommandLineOption check(QStringLiteral("check"), tr("Exit 8 when a directory needs attention."));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("json (default), jsonl or csv."),
                                          tr("FORMAT"), QStringLiteral("json"));
    parser.addOptions({ org, check, formatOption });
    const PreparedCommand parsed = prepareCommand(parser, arguments, 2, QString::fromLatin1(kUsage));
    if (parsed.stop)
        return *parsed.stop;
    const auto writerFormat = ExportWriter::formatFromName(parser.value(formatOption));
    if (!writerFormat)
        return reportUsage(
            tr("unknown format '%1'; expected json, jsonl or csv.").arg(parser.value(formatOption)));
    Session session(*parsed.settings);
    if (const auto error = loadDirectories(session.model, parser.value(org)))
        return reportFailure(tr("directories list"), *error);

    const auto col = [](const char *name) {
        return ExportWriter::Column { QString::fromLatin1(name), name };
    };
    ExportWriter writer(*writerFormat,
                        { col("id"), col("name"), col("organization_id"), col("organization_name"),
                          col("directory_provider"), col("directory_type"), col("status"), col("enabled"),
                          col("total_users"), col("total_groups"), col("last_synced_at"), col("stale"),
                          col("attention") });
    if (!writer.open({}))
        return ExitUsage;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int attention = 0;
    for (int i = 0; i < session.model.entityCount(); ++i) {
        const Directory &d = *session.model.directoryAt(i);
        writer.write(row(session.model, d, now));
        if (const QString reason = attentionReason(d, now); !reason.isEmpty()) {
            ++attention;
            if (parser.isSet(check))
                std::fprintf(stderr, "scalekit-console: %s (%s, %s): %s\n", d.id.c_str(), d.name.c_str(),
                             d.organizationId.c_str(), qUtf8Printable(reason));
        }
    }
    writer.commit();
    return parser.isSet(check) && attention > 0 ? ExitAttention : ExitOk;
}

int runAction(const QString &verb, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        verb == QStringLiteral("sync")
            ? tr("Asks a directory to sync now (its last_synced_at moves once the sync has run).")
            : tr("Enables or disables a directory: a disabled directory ignores its identity provider's "
                 "changes."));
    parser.addPositionalArgument(QStringLiteral("directories ") + verb, tr("The command."));
    parser.addPositionalArgument(QStringLiteral("DIR_ID"), tr("The directory."));
    const QCommandLineOption org(
        QStringLiteral("org"),
        tr("The directory's organization (default: found by scanning every organization)."), tr("ORG_ID"));
    parser.addOption(org);
    const PreparedCommand parsed = prepareCommand(parser, arguments, 3, QString::fromLatin1(kUsage));
    if (parsed.stop)
        return *parsed.stop;
    const std::string directoryId = parser.positionalArguments().at(2).toStdString();
    Session session(*parsed.settings);
    if (const auto error = loadDirectories(session.model, parser.value(org)))
        return reportFailure(tr("directories %1").arg(verb), *error);
    const int index = session.model.rowOf(directoryId);
    if (index < 0) {
        std::fprintf(stderr, "scalekit-console: no directory %s%s\n", directoryId.c_str(),
                     parser.isSet(org) ? qUtf8Printable(tr(" in organization %1").arg(parser.value(org)))
                                       : qUtf8Printable(tr(" in any organization")));
        return ExitNotFound;
    }
    const Directory d = *session.model.directoryAt(index);
    QEventLoop loop;
    int exitCode = ExitUnavailable;
    const auto finish = [&](const std::optional<api::ApiError> &error, const QString &outcome) {
        if (error) {
            exitCode = reportFailure(tr("directories %1").arg(verb), *error);
        } else {
            std::printf("%s\n", qUtf8Printable(outcome));
            exitCode = ExitOk;
        }
        loop.quit();
    };
    const QString who = QStringLiteral("%1 (%2, %3)")
                            .arg(models::text(d.id), models::text(d.name), models::text(d.organizationId));
    if (verb == QStringLiteral("sync")) {
        session.services.directories().sync(d.organizationId, d.id, &loop,
                                            [&](api::Result<api::Empty> result) {
                                                finish(result ? std::nullopt : std::optional(result.error()),
                                                       tr("sync requested for %1").arg(who));
                                            });
    } else {
        const bool enable = verb == QStringLiteral("enable");
        session.services.directories().setEnabled(
            d.organizationId, d.id, enable, &loop, [&](api::Result<entities::ToggleResult> result) {
                if (result && result.value().errorMessage && !result.value().errorMessage->empty()) {
                    std::fprintf(stderr, "scalekit-console: directories %s failed: %s\n",
                                 qUtf8Printable(verb), result.value().errorMessage->c_str());
                    exitCode = ExitValidation;
                    loop.quit();
                    return;
                }
                finish(result ? std::nullopt : std::optional(result.error()),
                       (result && result.value().enabled ? tr("enabled %1") : tr("disabled %1")).arg(who));
            });
    }
    loop.exec();
    return exitCode;
}

} // namespace

std::variant<std::string, int> locateDirectoryOrganization(const api::ConnectionSettings &settings,
                                                           const std::string &directoryId)
{
    Session session(settings);
    if (const auto error = loadDirectories(session.model, {}))
        return reportFailure(tr("finding directory %1").arg(models::text(directoryId)), *error);
    const int index = session.model.rowOf(directoryId);
    if (index < 0) {
        std::fprintf(stderr, "scalekit-console: no directory %s in any organization\n", directoryId.c_str());
        return int(ExitNotFound);
    }
    return session.model.directoryAt(index)->organizationId;
}

int runDirectories(const QStringList &arguments)
{
    const QString verb = arguments.value(2);
    if (verb == QStringLiteral("list"))
        return runList(arguments);
    if (verb == QStringLiteral("sync") || verb == QStringLiteral("enable")
        || verb == QStringLiteral("disable"))
        return runAction(verb, arguments);
    if (verb == QStringLiteral("rotate-token"))
        return runDirectoriesRotateToken(arguments);
    if (verb == QStringLiteral("--help") || verb == QStringLiteral("-h") || verb == QStringLiteral("help")) {
        std::printf("%s\n", kUsage);
        return ExitOk;
    }
    return reportUsage(
        verb.isEmpty()
            ? QString::fromLatin1(kUsage)
            : tr("unknown directories command '%1'; expected list, sync, enable, disable or rotate-token.")
                  .arg(verb));
}

} // namespace sk::app::cli
