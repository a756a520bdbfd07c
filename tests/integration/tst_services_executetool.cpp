// ToolsService::execute against a real sandbox: an ACTIVE account runs the tool (by id or by
// connection + identifier) and the same input gives the same data; an account that is not
// ACTIVE gets the documented error shape with tool_error_info; unknown tools and accounts,
// a tool of another provider and a missing tool name are rejected. Never retried.
#include "servicetest.h"

#include "services/resources/connectedaccountsservice.h"
#include "services/resources/toolsservice.h"

using namespace sk;
using namespace sk::services;
using entities::ConnectedAccount;
using entities::ExecuteToolRequest;
using entities::ExecuteToolResult;
using sk::test::await;
using sk::test::collectAll;

class TestServicesExecuteTool : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fixture;
    std::vector<ConnectedAccount> m_accounts;

    const ConnectedAccount *firstWith(const std::string &status, const std::string &provider = {}) const
    {
        // An ACTIVE account whose token expires soon would read EXPIRED by the time it is used.
        const entities::Timestamp soon(entities::Timestamp::now().nanos + 3600LL * 1'000'000'000LL);
        for (const ConnectedAccount &a : m_accounts) {
            const bool settled = status != "ACTIVE" || !a.tokenExpiresAt.isSet() || a.tokenExpiresAt > soon;
            if (std::string(a.status.name()) == status && (provider.empty() || a.provider == provider) && settled)
                return &a;
        }
        return nullptr;
    }

    std::string toolOf(const std::string &provider)
    {
        const auto page = await<ToolsService::ToolPage>([&](QObject *owner, auto done) {
            return ToolsService(m_fixture.client()).list(ToolFilter{provider, {}, {}, {}, {}, {}, {}, {}}, {}, owner,
                                                          std::move(done));
        });
        return page && !page.value().items.empty() ? page.value().items.front().name() : std::string();
    }

    api::Result<ExecuteToolResult> execute(const ExecuteToolRequest &request)
    {
        return await<ExecuteToolResult>([&](QObject *owner, auto done) {
            return ToolsService(m_fixture.client()).execute(request, owner, std::move(done));
        });
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        auto all = collectAll<ConnectedAccount>([this](const std::string &token, QObject *owner, auto done) {
            return ConnectedAccountsService(m_fixture.client()).list({}, {99, token}, owner, std::move(done));
        });
        SK_VERIFY_OK(all);
        m_accounts = std::move(all).value();
    }

    void activeAccountRunsTheToolDeterministically()
    {
        const ConnectedAccount *account = firstWith("ACTIVE", "gmail");
        QVERIFY(account);
        const std::string tool = toolOf(account->provider);
        QVERIFY(!tool.empty());
        ExecuteToolRequest request;
        request.toolName = tool;
        request.connectedAccountId = account->id;
        request.params = {{"query", "is:unread"}, {"max_results", 5}};
        request.agentRunId = "run-1";
        const auto first = execute(request);
        SK_VERIFY_OK(first);
        QVERIFY(first.value().executionId.rfind("exec_", 0) == 0);
        const nlohmann::json &data = first.value().data;
        QCOMPARE(data.value("tool", ""), tool);
        QCOMPARE(data.value("connected_account_id", ""), account->id);
        QVERIFY(data["input"] == request.params);
        QVERIFY(data["result"].value("ok", false));

        // By connection + identifier: the same account, the same data, another execution.
        ExecuteToolRequest byName = request;
        byName.connectedAccountId.clear();
        byName.connector = account->connector;
        byName.identifier = account->identifier;
        const auto second = execute(byName);
        SK_VERIFY_OK(second);
        QVERIFY(second.value().data == data);
        QVERIFY(second.value().executionId != first.value().executionId);

        // Another input, another answer.
        request.params = {{"query", "from:boss"}};
        const auto third = execute(request);
        SK_VERIFY_OK(third);
        QVERIFY(third.value().data["result"] != data["result"]);
    }

    void accountNotActiveGetsTheToolErrorShape_data()
    {
        QTest::addColumn<QString>("status");
        for (const char *status : {"EXPIRED", "PENDING_AUTH", "PENDING_VERIFICATION", "DISCONNECTED"})
            QTest::newRow(status) << QString::fromLatin1(status);
    }

    void accountNotActiveGetsTheToolErrorShape()
    {
        QFETCH(QString, status);
        const ConnectedAccount *account = firstWith(status.toStdString());
        QVERIFY(account);
        ExecuteToolRequest request;
        request.toolName = toolOf(account->provider);
        request.connectedAccountId = account->id;
        const auto result = execute(request);
        SK_VERIFY_FAILS(result, api::ApiError::Kind::Validation);
        const api::ApiError &error = result.error();
        QCOMPARE(error.httpStatus, 400);
        QCOMPARE(error.errorCode, QStringLiteral("CONNECTED_ACCOUNT_NOT_ACTIVE"));
        QVERIFY(error.message.contains(status));
        QVERIFY(error.toolError);
        QVERIFY(error.toolError->executionId.startsWith(QStringLiteral("exec_")));
        QCOMPARE(error.toolError->code, QStringLiteral("CONNECTED_ACCOUNT_") + status);
        QCOMPARE(error.toolError->message, error.message);
        QVERIFY(!error.requestId.isEmpty());
    }

    void badRequestsAreRejected()
    {
        const ConnectedAccount *account = firstWith("ACTIVE", "slack");
        QVERIFY(account);
        ExecuteToolRequest request;
        request.connectedAccountId = account->id;
        const auto noName = execute(request);
        SK_VERIFY_FAILS(noName, api::ApiError::Kind::Validation);
        QCOMPARE(noName.error().fieldViolations.value(0).field, QStringLiteral("tool_name"));
        QVERIFY(!noName.error().toolError);

        request.toolName = "no_such_tool";
        SK_VERIFY_FAILS(execute(request), api::ApiError::Kind::NotFound);

        request.toolName = toolOf("github");
        const auto otherProvider = execute(request);
        SK_VERIFY_FAILS(otherProvider, api::ApiError::Kind::Validation);
        QCOMPARE(otherProvider.error().fieldViolations.value(0).field, QStringLiteral("tool_name"));

        request.toolName = toolOf("slack");
        request.connectedAccountId = "ca_nope";
        SK_VERIFY_FAILS(execute(request), api::ApiError::Kind::NotFound);

        request.connectedAccountId.clear(); // no selector at all
        SK_VERIFY_FAILS(execute(request), api::ApiError::Kind::Validation);
    }

    void executeIsNeverRetried()
    {
        const ConnectedAccount *account = firstWith("ACTIVE", "gmail");
        QVERIFY(account);
        QVERIFY(m_fixture.sandbox().setFaults("{\"script\": [\"unavailable\"], \"script_path\": \"/api/v1/execute_tool\"}"));
        ExecuteToolRequest request;
        request.toolName = toolOf(account->provider);
        request.connectedAccountId = account->id;
        const auto result = execute(request);
        SK_VERIFY_FAILS(result, api::ApiError::Kind::Server);
        SK_VERIFY_OK(execute(request)); // the script is used up: the next one runs
    }
};

QTEST_GUILESS_MAIN(TestServicesExecuteTool)
#include "tst_services_executetool.moc"
