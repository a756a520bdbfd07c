// GET /api/v1/connected_accounts answers its filters from indexes (sandbox/accounttable.h): every
// filtered list, walked page by page over real HTTP, must equal a brute-force filter of the store,
// before and after creates, updates, disconnects, deletes and out-of-order inserts.

#include "tst_sandbox_support.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using nlohmann::json;
using sk::test::HttpResult;
using sk::test::qs;
using sk::test::SandboxHarness;

namespace {

sk::sandbox::SandboxOptions smallOptions()
{
    sk::sandbox::SandboxOptions o;
    o.organizations = 6;
    o.users = 40; // 40 users x 13 connections: identifiers and users repeat across accounts
    o.connectedAccounts = 1500;
    return o;
}

// One filter of the list, as query parameters (repeated connection_names allowed).
struct Filter
{
    std::vector<std::pair<std::string, std::string>> params;

    QString query() const
    {
        QUrlQuery q;
        for (const auto &[key, value] : params)
            q.addQueryItem(QString::fromStdString(key), QString::fromStdString(value));
        return q.toString(QUrl::FullyEncoded);
    }
    QByteArray name() const { return query().toUtf8(); }
};

} // namespace

class TestSandboxAccountIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void filteredPagesEqualBruteForce() { checkAllFilters(); }

    void filteredPagesAfterWrites()
    {
        auto &store = m_sandbox.store();
        const auto &first = store.connectedAccounts.rows().front();
        const std::string identifier = first.account.identifier;
        const std::string org = store.organizations.rows().front().id;
        const std::string user = store.users.rows().front().id;

        // Creates: one for an identifier that already has accounts, one for a new identifier.
        for (const char *connector : {"zendesk", "linear"}) {
            const HttpResult r = m_sandbox.post(u"/api/v1/connected_accounts"_s,
                                                {{"connector", connector},
                                                 {"identifier", "index-test@example.com"},
                                                 {"organization_id", org},
                                                 {"user_id", user},
                                                 {"connected_account", json::object()}});
            QCOMPARE(r.status, 201);
        }
        const HttpResult again = m_sandbox.post(
            u"/api/v1/connected_accounts"_s,
            {{"connector", "stripe"}, {"identifier", identifier}, {"connected_account", json::object()}});
        QVERIFY(again.status == 201 || again.status == 409);
        // A magic link for a missing account creates it (pending).
        QCOMPARE(m_sandbox
                     .post(u"/api/v1/connected_accounts/magic_link"_s,
                           {{"connector", "github-prod"}, {"identifier", "linked@example.com"}})
                     .status,
                 200);
        // Update, disconnect, delete by id and by selector.
        const std::string updated = store.connectedAccounts.rows()[10].account.id;
        QCOMPARE(m_sandbox
                     .put(u"/api/v1/connected_accounts"_s,
                          {{"id", updated}, {"connected_account", {{"api_config", {{"k", "v"}}}}}})
                     .status,
                 200);
        QCOMPARE(m_sandbox
                     .post(u"/api/v1/connected_accounts/"_s
                           + qs(store.connectedAccounts.rows()[20].account.id) + u":disconnect"_s)
                     .status,
                 200);
        for (int which = 0; which < 3; ++which) { // the first, a middle and the last row
            const auto &rows = store.connectedAccounts.rows();
            const std::size_t at = which == 0 ? 0 : which == 1 ? rows.size() / 2 : rows.size() - 1;
            const std::string id = rows[at].account.id;
            QCOMPARE(m_sandbox.post(u"/api/v1/connected_accounts:delete"_s, {{"id", id}}).status, 200);
        }
        const auto &victim = store.connectedAccounts.rows()[300].account;
        QCOMPARE(m_sandbox
                     .post(u"/api/v1/connected_accounts:delete"_s,
                           {{"connector", victim.connector}, {"identifier", victim.identifier}})
                     .status,
                 200);
        // Rows with ids below the seed's (as a state file may hold) go in the middle of the table.
        for (const char *id : {"ca_000000000000000001", "ca_300000000000000000", "ca_999999999999999999"}) {
            sk::sandbox::ConnectedAccountRow row;
            row.account.id = id;
            row.account.identifier = identifier;
            row.account.connector = "slack-prod";
            row.account.provider = "slack";
            row.organizationId = org;
            store.connectedAccounts.insert(std::move(row));
        }
        QVERIFY(store.connectedAccounts.erase("ca_300000000000000000"));
        checkAllFilters();
    }

    void pageTokensOfAFilteredList()
    {
        // Walking with page tokens and jumping straight to a page give the same rows.
        const Filter f {{{"connection_names", "gmail-prod"}}};
        const std::vector<std::string> all = listed(f, 25);
        QVERIFY(all.size() > 50);
        const HttpResult first = m_sandbox.get(u"/api/v1/connected_accounts?page_size=25&"_s + f.query());
        QCOMPARE(first.status, 200);
        const HttpResult second = m_sandbox.get(u"/api/v1/connected_accounts?page_size=25&"_s + f.query()
                                                + u"&page_token="_s + qs(first.json["next_page_token"]));
        QCOMPARE(second.status, 200);
        QCOMPARE(second.json["connected_accounts"][0]["id"].get<std::string>(), all[25]);
        const HttpResult back = m_sandbox.get(u"/api/v1/connected_accounts?page_size=25&"_s + f.query()
                                              + u"&page_token="_s + qs(second.json["prev_page_token"]));
        QCOMPARE(back.json["connected_accounts"][0]["id"].get<std::string>(), all[0]);
        QCOMPARE(m_sandbox.get(u"/api/v1/connected_accounts?page_token=notatoken&"_s + f.query()).status,
                 400);
    }

private:
    // The filters checked: one per indexed field, unions, combinations and query.
    std::vector<Filter> filters()
    {
        const auto &rows = m_sandbox.store().connectedAccounts.rows();
        const auto withUser
            = std::find_if(rows.begin(), rows.end(), [](const auto &r) { return !r.userId.empty(); });
        const auto &a = rows[rows.size() / 2].account;
        const std::string id = rows[rows.size() / 3].account.id;
        return {
            {},
            {{{"connector", a.connector}}},
            {{{"identifier", a.identifier}}},
            {{{"identifier", "index-test@example.com"}}},
            {{{"provider", a.provider}}},
            {{{"organization_id", withUser->organizationId}}},
            {{{"user_id", withUser->userId}}},
            {{{"organization_id", withUser->organizationId}, {"user_id", withUser->userId}}},
            {{{"connection_names", "gmail-prod"},
              {"connection_names", "slack-prod"},
              {"connection_names", "slack-prod"}}},
            {{{"connection_names", "zendesk,linear,ghost"}}},
            {{{"connector", a.connector}, {"identifier", a.identifier}}},
            {{{"organization_id", withUser->organizationId}, {"connection_names", "jira"}}},
            {{{"connector", "gmail-prod"}, {"connection_names", "slack-prod"}}},
            {{{"query", "example.com"}, {"connector", "stripe"}}},
            {{{"query", id}}},
            {{{"connector", "nobody"}}},
        };
    }

    // The ids the store holds for f, by a plain scan (what the sandbox did before its indexes).
    std::vector<std::string> bruteForce(const Filter &f)
    {
        std::vector<std::string> names;
        for (const auto &[key, value] : f.params) {
            if (key == "connection_names") {
                for (const QString &n : QString::fromStdString(value).split(u','))
                    names.push_back(n.toStdString());
            }
        }
        const auto value = [&](const char *key) {
            for (const auto &[k, v] : f.params) {
                if (k == key)
                    return v;
            }
            return std::string();
        };
        const auto eq
            = [](const std::string &want, const std::string &have) { return want.empty() || want == have; };
        std::vector<std::string> ids;
        for (const auto &row : m_sandbox.store().connectedAccounts.rows()) {
            const auto &a = row.account;
            const std::string query = value("query");
            if (eq(value("organization_id"), row.organizationId) && eq(value("user_id"), row.userId)
                && eq(value("connector"), a.connector) && eq(value("identifier"), a.identifier)
                && eq(value("provider"), a.provider)
                && (names.empty() || std::find(names.begin(), names.end(), a.connector) != names.end())
                && (query.empty() || a.identifier.find(query) != std::string::npos || a.id == query))
                ids.push_back(a.id);
        }
        return ids;
    }

    std::vector<std::string> listed(const Filter &f, int pageSize)
    {
        int total = -1;
        std::vector<std::string> ids;
        for (const json &item : m_sandbox.collectAll(u"/api/v1/connected_accounts?"_s + f.query(),
                                                     "connected_accounts", pageSize, &total))
            ids.push_back(item["id"].get<std::string>());
        if (total != int(ids.size()))
            ids.push_back("<total_size " + std::to_string(total) + ">");
        return ids;
    }

    void checkAllFilters()
    {
        for (const Filter &f : filters()) {
            const std::vector<std::string> want = bruteForce(f);
            for (int pageSize : {1, 7, 99}) {
                if (pageSize == 1 && want.size() > 200)
                    continue;
                const std::vector<std::string> got = listed(f, pageSize);
                if (got != want)
                    QFAIL(qPrintable(u"filter %1, page size %2: %3 rows listed, %4 expected"_s.arg(
                        QString::fromUtf8(f.name()), QString::number(pageSize), QString::number(got.size()),
                        QString::number(want.size()))));
            }
        }
    }

    SandboxHarness m_sandbox {smallOptions()};
};

QTEST_GUILESS_MAIN(TestSandboxAccountIndex)
#include "tst_sandbox_accountindex.moc"
