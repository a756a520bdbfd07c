#pragma once

// Shared by the tst_services_*.cpp integration tests: a real scalekit-sandbox on loopback, an
// ApiClient pointed at it, and a way to wait for one typed call.

#include "services/api/apiclient.h"
#include "services/resources/services.h"
#include "services/resources/servicesupport.h"
#include "tests/support/consolerun.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/testpaths.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <iterator>
#include <memory>
#include <optional>
#include <set>

namespace sk::test {

// Starts the sandbox (deterministic seed) and an ApiClient with its credentials.
class ServiceFixture
{
public:
    explicit ServiceFixture(QStringList arguments = {QStringLiteral("--seed"), QStringLiteral("7")})
        : m_sandbox(std::move(arguments))
    {
    }

    bool start()
    {
        if (!m_sandbox.start())
            return false;
        m_client = std::make_unique<api::ApiClient>(&m_network);
        m_client->setSettings({m_sandbox.url(), m_sandbox.clientId(), m_sandbox.clientSecret()});
        m_services = std::make_unique<services::Services>(m_client.get());
        return true;
    }

    QString errorString() const { return m_sandbox.errorString(); }
    api::ApiClient *client() const { return m_client.get(); }
    // Every resource service over client(), as the composition root builds them.
    services::Services *services() const { return m_services.get(); }
    SandboxProcess &sandbox() { return m_sandbox; }

private:
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<services::Services> m_services;
};

// Runs start(owner, callback) and waits for the callback (or a timeout error).
template <typename T, typename Start>
api::Result<T> await(Start start, int timeoutMs = 30000)
{
    std::optional<api::Result<T>> out;
    QEventLoop loop;
    QObject owner;
    start(&owner, services::Callback<T>([&out, &loop](api::Result<T> result) {
              out.emplace(std::move(result));
              loop.quit();
          }));
    if (!out) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!out)
        return api::Result<T>(api::ApiError::make(api::ApiError::Kind::Timeout, QStringLiteral("test wait timed out")));
    return std::move(*out);
}

// Walks a cursor list from the first page to the last; fetch(token, owner, done).
template <typename T, typename Fetch>
api::Result<std::vector<T>> collectAll(Fetch fetch, std::int32_t *totalSize = nullptr, int maxPages = 10000)
{
    std::vector<T> rows;
    std::string token;
    std::set<std::string> seen;
    for (int pages = 0; pages < maxPages; ++pages) {
        auto page = await<entities::Page<T>>(
            [&](QObject *owner, services::Callback<entities::Page<T>> done) { return fetch(token, owner, std::move(done)); });
        if (!page)
            return api::Result<std::vector<T>>(page.error());
        if (totalSize)
            *totalSize = page.value().totalSize;
        for (auto &item : page.value().items)
            rows.push_back(std::move(item));
        token = page.value().nextPageToken;
        if (token.empty())
            return api::Result<std::vector<T>>(std::move(rows));
        if (!seen.insert(token).second)
            break;
    }
    return api::Result<std::vector<T>>(api::ApiError::make(api::ApiError::Kind::BadResponse,
                                                           QStringLiteral("the page tokens loop")));
}

// Every SCIM directory of the sandbox, walking every organization (the API lists directories
// per organization); the organizations too when asked.
inline api::Result<std::vector<entities::Directory>>
allDirectories(api::ApiClient *client, std::vector<entities::Organization> *organizationsOut = nullptr)
{
    using Result = api::Result<std::vector<entities::Directory>>;
    auto organizations = collectAll<entities::Organization>([client](const std::string &token, QObject *owner, auto done) {
        return services::OrganizationsService(client).list(services::PageQuery{100, token}, {}, owner, std::move(done));
    });
    if (!organizations)
        return Result(organizations.error());
    std::vector<entities::Directory> directories;
    for (const auto &organization : organizations.value()) {
        auto list = await<std::vector<entities::Directory>>([&](QObject *owner, auto done) {
            return services::DirectoriesService(client).list(organization.id, owner, std::move(done));
        });
        if (!list)
            return Result(list.error());
        std::move(list.value().begin(), list.value().end(), std::back_inserter(directories));
    }
    if (organizationsOut)
        *organizationsOut = std::move(organizations.value());
    return Result(std::move(directories));
}

// The sandbox's SCIM directory with the most users, for tests that need one; fails if the
// sandbox has none.
inline api::Result<entities::Directory> directoryWithMostUsers(api::ApiClient *client)
{
    auto directories = allDirectories(client);
    if (!directories)
        return api::Result<entities::Directory>(directories.error());
    const auto &all = directories.value();
    const auto best = std::max_element(
        all.begin(), all.end(), [](const auto &a, const auto &b) { return a.totalUsers < b.totalUsers; });
    if (best == all.end())
        return api::Result<entities::Directory>(
            api::ApiError::make(api::ApiError::Kind::NotFound, QStringLiteral("the sandbox has no directory")));
    return api::Result<entities::Directory>(*best);
}

// Runs the real console binary headless, with the sandbox's credentials in its environment
// (a different client secret or environment URL when given).
inline ConsoleRun runConsole(const SandboxProcess &sandbox, const QStringList &arguments, const QString &secret = {},
                             const QString &url = {})
{
    return runConsole(arguments, consoleEnvironment(url.isEmpty() ? sandbox.url().toString() : url, sandbox.clientId(),
                                                    secret.isEmpty() ? sandbox.clientSecret() : secret));
}

inline QByteArray describe(const api::ApiError &error)
{
    return (api::ApiError::kindName(error.kind) + QStringLiteral(" (HTTP %1): ").arg(error.httpStatus)
            + error.message)
        .toUtf8();
}

} // namespace sk::test

// QVERIFY that a Result holds a value, printing the error otherwise.
#define SK_VERIFY_OK(result) QVERIFY2((result).ok(), (result).ok() ? "" : sk::test::describe((result).error()).constData())
// QVERIFY that a Result failed with the given ApiError kind.
#define SK_VERIFY_FAILS(result, expectedKind)                                                                   \
    do {                                                                                                        \
        QVERIFY2(!(result).ok(), "the call succeeded but should have failed");                                  \
        QCOMPARE(sk::api::ApiError::kindName((result).error().kind), sk::api::ApiError::kindName(expectedKind)); \
    } while (false)
