// UsersModel and SessionsModel against a real sandbox: paging to the end with exact totals,
// an organization's members, server search in both modes, the environment-wide membership
// summary, unknown statuses, the failure row, and a user's sessions with a revoke, all under
// QAbstractItemModelTester.
#include "tests/integration/modeltest.h"

#include "models/core/listquery.h"
#include "services/resources/services.h"
#include "models/users/sessionsmodel.h"
#include "models/users/userformat.h"
#include "models/users/usersmodel.h"
#include "services/resources/sessionsservice.h"
#include "tests/support/sandboxprocess.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <set>

using namespace sk;
using models::PagedTableModel;
using models::SessionsModel;
using models::UsersModel;

using sk::test::settle;

class TestUsersModel : public QObject
{
    Q_OBJECT

private:
    static constexpr int kUsers = 250;
    std::unique_ptr<test::SandboxProcess> m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<services::Services> m_services;

    static void loadAll(PagedTableModel &model)
    {
        QVERIFY(settle(model));
        while (model.canFetchMore()) {
            model.fetchMore();
            QVERIFY(settle(model));
        }
        QCOMPARE(model.state(), PagedTableModel::State::Complete);
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<test::SandboxProcess>(
            QStringList{QStringLiteral("--organizations"), QStringLiteral("12"), QStringLiteral("--users"),
                        QString::number(kUsers)});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_client = std::make_unique<api::ApiClient>(&m_network);
        m_services = std::make_unique<services::Services>(m_client.get());
        m_client->setSettings({m_sandbox->url(), m_sandbox->clientId(), m_sandbox->clientSecret()});
        m_client->retryPolicy().maxAttempts = 2;
        m_client->retryPolicy().baseDelay = std::chrono::milliseconds(10);
    }

    void init() { QVERIFY(m_sandbox->clearFaults()); }

    void pagesToTheEndWithExactTotals()
    {
        UsersModel model(&m_services->users());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(UsersModel::ColumnCount));
        model.reload();
        QVERIFY(!model.canFetchMore()); // never two page requests at once
        QVERIFY(settle(model));
        QCOMPARE(model.entityCount(), models::listquery::kPageSize);
        QCOMPARE(model.totalSize(), kUsers);
        loadAll(model);
        QCOMPARE(model.entityCount(), kUsers);
        std::set<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.index(row, UsersModel::Id).data().toString());
        QCOMPARE(ids.size(), std::size_t(kUsers));
        QVERIFY(ids.begin()->startsWith(QStringLiteral("usr_")));
        QCOMPARE(model.headerData(UsersModel::Email, Qt::Horizontal).toString(), QStringLiteral("Email"));
        const QModelIndex created = model.index(0, UsersModel::Created);
        QVERIFY(created.data(PagedTableModel::RawValueRole).toLongLong() > 1'600'000'000'000LL);
        QCOMPARE(created.data().toString().size(), 16);
        QCOMPARE(model.userAt(0)->id, model.index(0, 0).data(PagedTableModel::IdRole).toString().toStdString());
        QVERIFY(model.index(0, 0).data(PagedTableModel::JsonRole).toString().contains(QStringLiteral("\"email\"")));
    }

    void organizationMembersShowThatMembership()
    {
        UsersModel all(&m_services->users());
        all.reload();
        QVERIFY(settle(all));
        const std::string orgId = all.userAt(0)->memberships.front().organizationId;

        UsersModel model(&m_services->users());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrganization(QString::fromStdString(orgId));
        QCOMPARE(model.organizationId(), QString::fromStdString(orgId));
        loadAll(model);
        QVERIFY(model.entityCount() >= 1);
        QVERIFY(model.entityCount() < kUsers);
        QCOMPARE(model.totalSize(), model.entityCount());
        for (int row = 0; row < model.entityCount(); ++row) {
            const entities::User *user = model.userAt(row);
            const entities::OrganizationMembership *m = user->membership(orgId);
            QVERIFY(m);
            const QString status = model.index(row, UsersModel::Status).data().toString();
            QCOMPARE(status, models::membershipStatusText(m->membershipStatus));
            QCOMPARE(model.index(row, UsersModel::Roles).data().toString(), models::joinRoleNames(m->roles));
            const auto badge = model.index(row, UsersModel::Status).data(models::kStatusBadgeRole).value<models::StatusBadge>();
            QCOMPARE(badge.text, status);
            QCOMPARE(badge.tone, models::membershipStatusTone(m->membershipStatus));
        }
        // Back to everyone.
        model.setOrganization({});
        QVERIFY(settle(model));
        QCOMPARE(model.totalSize(), kUsers);
    }

    void searchGoesToTheServerInBothModes()
    {
        UsersModel model(&m_services->users());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(settle(model));
        const entities::User target = *model.userAt(7);
        const QString email = QString::fromStdString(target.email);
        model.setSearch(email.left(2)); // too short: still everyone
        QVERIFY(model.search().isEmpty());
        model.setSearch(email);
        QCOMPARE(model.search(), email);
        QVERIFY(settle(model));
        QCOMPARE(model.entityCount(), 1);
        QCOMPARE(model.index(0, UsersModel::Email).data().toString(), email);

        // Inside the user's organization it is found; inside another one it is not.
        const QString orgId = QString::fromStdString(target.memberships.front().organizationId);
        model.setQuery(orgId, email);
        QVERIFY(settle(model));
        QCOMPARE(model.entityCount(), 1);
        QString otherOrg;
        UsersModel all(&m_services->users());
        all.reload();
        loadAll(all);
        for (int row = 0; row < all.entityCount() && otherOrg.isEmpty(); ++row) {
            for (const auto &m : all.userAt(row)->memberships) {
                if (!target.membership(m.organizationId))
                    otherOrg = QString::fromStdString(m.organizationId);
            }
        }
        QVERIFY(!otherOrg.isEmpty());
        model.setOrganization(otherOrg);
        QVERIFY(settle(model));
        QCOMPARE(model.entityCount(), 0);
        QCOMPARE(model.state(), PagedTableModel::State::Complete);
    }

    void aPastedUserIdIsLookedUpDirectly()
    {
        UsersModel model(&m_services->users());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(settle(model));
        const entities::User target = *model.userAt(42);
        model.setSearch(QStringLiteral("  ") + QString::fromStdString(target.id) + QStringLiteral(" "));
        QVERIFY(settle(model));
        QCOMPARE(model.state(), PagedTableModel::State::Complete);
        QCOMPARE(model.entityCount(), 1);
        QCOMPARE(model.userAt(0)->id, target.id);
        QCOMPARE(model.totalSize(), 1);
        // An unknown ID: no row and no error; inside the user's organization: found.
        model.setSearch(QStringLiteral("usr_does_not_exist"));
        QVERIFY(settle(model));
        QCOMPARE(model.state(), PagedTableModel::State::Complete);
        QCOMPARE(model.entityCount(), 0);
        model.setQuery(QString::fromStdString(target.memberships.front().organizationId), QString::fromStdString(target.id));
        QVERIFY(settle(model));
        QCOMPARE(model.entityCount(), 1);
    }

    void environmentWideRowsSummariseAllMemberships()
    {
        UsersModel model(&m_services->users());
        model.reload();
        loadAll(model);
        int multi = -1;
        for (int row = 0; row < model.entityCount() && multi < 0; ++row) {
            if (model.userAt(row)->memberships.size() >= 2)
                multi = row;
        }
        QVERIFY2(multi >= 0, "the seed gives some users two organizations");
        const entities::User &user = *model.userAt(multi);
        const QString status = model.index(multi, UsersModel::Status).data().toString();
        QVERIFY2(status.contains(QStringLiteral("of 2")) || status.contains(QStringLiteral("all 2")), qPrintable(status));
        const QString tooltip = model.index(multi, UsersModel::Status).data(Qt::ToolTipRole).toString();
        for (const auto &m : user.memberships)
            QVERIFY2(tooltip.contains(models::membershipOrganizationName(m)), qPrintable(tooltip));
        QVERIFY(!model.index(multi, UsersModel::Roles).data().toString().isEmpty());
    }

    void unknownAndMissingStatusesAreTolerated()
    {
        UsersModel model(&m_services->users());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(settle(model));
        entities::User user = *model.userAt(3);
        user.memberships.resize(1);
        user.memberships[0].membershipStatus =
            entities::Enum<entities::MembershipStatus>::fromRaw("SUSPENDED_BY_BILLING");
        user.userProfile.name = "Renamed Person";
        model.updateUser(user);
        QCOMPARE(model.index(3, UsersModel::Name).data().toString(), QStringLiteral("Renamed Person"));
        QCOMPARE(model.index(3, UsersModel::Status).data().toString(), QStringLiteral("Unknown (SUSPENDED_BY_BILLING)"));
        const auto badge = model.index(3, UsersModel::Status).data(models::kStatusBadgeRole).value<models::StatusBadge>();
        QCOMPARE(badge.tone, models::StatusTone::Unknown); // never shown as active
        QCOMPARE(badge.text, QStringLiteral("Unknown (SUSPENDED_BY_BILLING)"));
        QVERIFY(model.index(3, UsersModel::Status).data(Qt::ToolTipRole).toString().contains(QStringLiteral("SUSPENDED_BY_BILLING")));

        user.memberships.clear();
        model.updateUser(user);
        QCOMPARE(model.index(3, UsersModel::Status).data().toString(), QStringLiteral("No organization"));
        QCOMPARE(model.index(3, UsersModel::Roles).data().toString(), QString());
        QCOMPARE(model.rowOfUser(QString::fromStdString(user.id)), 3);
        QCOMPARE(model.rowOfUser(QStringLiteral("usr_nope")), -1);
    }

    void failureShowsARetryRow()
    {
        UsersModel model(&m_services->users());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_sandbox->setFaults("{\"error_rate\":1.0}"));
        model.reload();
        QVERIFY(settle(model));
        QCOMPARE(model.state(), PagedTableModel::State::Failed);
        QVERIFY(model.isStatusRow(0));
        QVERIFY(m_sandbox->setFaults("{\"error_rate\":0}"));
        model.retry();
        QVERIFY(settle(model));
        QVERIFY2(model.state() != PagedTableModel::State::Failed, qPrintable(model.lastError() ? model.lastError()->describe() : QString()));
        QCOMPARE(model.entityCount(), models::listquery::kPageSize);
    }

    void sessionsOfAUserAndARevoke()
    {
        UsersModel users(&m_services->users());
        users.reload();
        loadAll(users);
        SessionsModel model(&m_services->sessions());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(SessionsModel::ColumnCount));
        model.setUserId({});
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 0);

        // A user with an active session (the seed gives logged-in users one to three).
        int activeRow = -1;
        for (int row = 0; row < users.entityCount() && activeRow < 0; ++row) {
            if (!users.userAt(row)->lastLoginTime.isSet())
                continue;
            model.setUserId(QString::fromStdString(users.userAt(row)->id));
            loadAll(model);
            for (int s = 0; s < model.entityCount() && activeRow < 0; ++s) {
                if (model.sessionAt(s)->status == entities::sessionstatus::kActive)
                    activeRow = s;
            }
        }
        QVERIFY(activeRow >= 0);
        QCOMPARE(model.index(activeRow, SessionsModel::Status).data().toString(), QStringLiteral("Active"));
        QVERIFY(!model.index(activeRow, SessionsModel::Device).data().toString().isEmpty());
        QVERIFY(model.index(activeRow, SessionsModel::Ip).data().toString().startsWith(QStringLiteral("203.0.113.")));
        const int activeBefore = model.activeCount();

        std::optional<entities::RevokedSession> revoked;
        services::SessionsService(m_client.get())
            .revoke(model.sessionAt(activeRow)->sessionId, this, [&](api::Result<entities::RevokedSession> r) {
                QVERIFY(r);
                revoked = r.value();
            });
        QVERIFY(QTest::qWaitFor([&] { return revoked.has_value(); }, 10000));
        model.applyRevoked(*revoked);
        QCOMPARE(model.index(activeRow, SessionsModel::Status).data().toString(), QStringLiteral("Revoked"));
        QVERIFY(model.index(activeRow, SessionsModel::Expires).data().toString().startsWith(QStringLiteral("Ended")));
        QCOMPARE(model.activeCount(), activeBefore - 1);
    }
};

QTEST_GUILESS_MAIN(TestUsersModel)
#include "tst_usersmodel.moc"
