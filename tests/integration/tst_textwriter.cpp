// json::TextWriter (services/json/textwriter.h) writes the text the sandbox serves for its list
// pages. Whatever the entity holds, parsing that text must give exactly json::encode's document
// (up to key order, which JSON does not keep): over every seeded organization and connected
// account, with and without secrets, and over hand-made awkward values. Strings are escaped as
// nlohmann's dump escapes them.

#include "sandbox/sandboxstore.h"
#include "services/entities/connectedaccount.h"
#include "services/entities/organization.h"
#include "services/entities/tapecodecs.h"
#include "services/json/textwriter.h"

#include <QTest>

using namespace sk;
using entities::ConnectedAccount;
using entities::Organization;
using json::Json;

namespace {

template<typename T> void expectSameDocument(const T &value, const char *what)
{
    const std::string text = json::encodeText(value);
    const Json parsed = Json::parse(text, nullptr, /*allow_exceptions*/ false);
    if (parsed.is_discarded())
        QFAIL(qPrintable(
            QStringLiteral("%1: not JSON: %2").arg(QLatin1String(what), QString::fromStdString(text))));
    // nlohmann's document, as the sandbox sent it before (invalid UTF-8 replaced by U+FFFD)
    const Json expected
        = Json::parse(json::encode(value).dump(-1, ' ', false, Json::error_handler_t::replace));
    if (parsed != expected) {
        QFAIL(qPrintable(QStringLiteral("%1:\n text  %2\n dom   %3")
                             .arg(QLatin1String(what), QString::fromStdString(parsed.dump()),
                                  QString::fromStdString(expected.dump()))));
    }
}

ConnectedAccount awkwardAccount()
{
    ConnectedAccount a;
    a.id = "ca_1";
    a.identifier = "quote\" backslash\\ slash/ tab\t nl\n cr\r bell\x07 nul" + std::string(1, '\0') + " end";
    a.provider = "gmail";
    a.connector = "Ünïcødé ✓ 😀";
    a.status = entities::Enum<entities::ConnectorStatus>::fromRaw("SOMETHING_NEW");
    a.authorizationType = entities::ConnectorType::OAuth;
    a.tokenExpiresAt = entities::Timestamp(1'700'000'000'123'000'000LL);
    a.apiConfig = Json {{"nested", {1, 2.5, "x", nullptr, true}}, {"big", 18446744073709551615ULL}};
    entities::AuthorizationDetails details;
    entities::OauthToken token;
    token.accessToken = "ya29.secret-access";
    token.refreshToken = "1//secret-refresh";
    token.scopes = {"openid", "email"};
    details.oauthToken = token;
    a.authorizationDetails = details;
    return a;
}

} // namespace

class TextWriterTest : public QObject
{
    Q_OBJECT

private slots:
    void seededOrganizationsAndAccounts()
    {
        sandbox::SandboxOptions options;
        options.organizations = 300;
        options.connectedAccounts = 2000;
        sandbox::SandboxStore store(options);
        store.generate();
        QVERIFY(store.organizations.rows().size() >= 300);
        for (const Organization &org : store.organizations.rows())
            expectSameDocument(org, "organization");
        QVERIFY(store.connectedAccounts.size() >= 2000);
        for (const auto &row : store.connectedAccounts.rows()) {
            expectSameDocument(store.presentAccount(row, false), "account (list)");
            expectSameDocument(store.presentAccount(row, true), "account (masked details)");
            const json::IncludeSecrets open;
            expectSameDocument(store.presentAccount(row, true), "account (with secrets)");
        }
    }

    // The sandbox writes list pages with appendAccountListText, from the field list without
    // copying the account: byte for byte the text of the copy presentAccount(row, false) makes,
    // for every seeded account, for expired tokens (status derived from the clock) and for
    // accounts holding every kind of credential.
    void listTextIsTheTextOfTheListCopy()
    {
        sandbox::SandboxOptions options;
        options.connectedAccounts = 3000;
        sandbox::SandboxStore store(options);
        store.generate();
        int expired = 0, withDetails = 0;
        for (const auto &row : store.connectedAccounts.rows()) {
            std::string direct = "[";
            store.appendAccountListText(direct, row);
            const std::string copied = "[" + json::encodeText(store.presentAccount(row, false));
            QCOMPARE(QByteArray::fromStdString(direct), QByteArray::fromStdString(copied));
            QVERIFY(direct.find("authorization_details") == std::string::npos);
            QVERIFY(direct.find("api_config") == std::string::npos);
            expired += store.presentedStatus(row).value == entities::ConnectorStatus::Expired
                && row.account.status.value == entities::ConnectorStatus::Active;
            withDetails += row.account.authorizationDetails.has_value();
        }
        QVERIFY2(expired > 0, "the seed has ACTIVE accounts whose token has expired");
        QVERIFY2(withDetails > 0, "the seed has accounts with credentials");

        ConnectedAccount a = awkwardAccount();
        a.status = entities::ConnectorStatus::Active;
        for (const auto &status :
             {entities::Enum<entities::ConnectorStatus>(entities::ConnectorStatus::Expired),
              entities::Enum<entities::ConnectorStatus>::fromRaw("SOMETHING_NEW")}) {
            std::string direct;
            entities::appendListText(direct, a, status);
            ConnectedAccount copy = a;
            copy.status = status;
            copy.authorizationDetails.reset();
            copy.apiConfig = Json();
            QCOMPARE(QByteArray::fromStdString(direct), QByteArray::fromStdString(json::encodeText(copy)));
            const json::IncludeSecrets open; // even when secrets are let through, the list has none
            std::string again;
            entities::appendListText(again, a, status);
            QCOMPARE(again, direct);
            QVERIFY(again.find("secret-access") == std::string::npos);
        }
    }

    void awkwardValues()
    {
        const ConnectedAccount a = awkwardAccount();
        expectSameDocument(a, "awkward account, masked");
        const std::string masked = json::encodeText(a);
        QVERIFY(masked.find("secret-access") == std::string::npos);
        QVERIFY(masked.find("secret-refresh") == std::string::npos);
        {
            const json::IncludeSecrets open;
            expectSameDocument(a, "awkward account, secrets");
            QVERIFY(json::encodeText(a).find("secret-access") != std::string::npos);
        }
        Organization org;
        org.id = "org_1";
        org.displayName = std::string("bad utf-8 \xC3\x28 and \xFF end");
        org.metadata = {{"k\"ey", "v\\alue"}, {"émoji", "🙂"}};
        org.settings.features = {{"sso", true}, {"dir_sync", false}};
        expectSameDocument(org, "organization with invalid UTF-8 and metadata");
        expectSameDocument(Organization {}, "empty organization");
        expectSameDocument(ConnectedAccount {}, "empty account");
    }

    void stringsAreEscapedAsNlohmannEscapesThem_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("plain") << QByteArray("hello");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("quotes") << QByteArray("say \"hi\"");
        QTest::newRow("backslash") << QByteArray("C:\\path\\");
        QTest::newRow("slash") << QByteArray("a/b");
        QTest::newRow("controls") << QByteArray("\b\f\n\r\t\x01\x1f\x7f", 8);
        QTest::newRow("nul") << QByteArray("a\0b", 3);
        QTest::newRow("utf-8") << QByteArray("naïve – 日本 😀");
        QTest::newRow("invalid utf-8") << QByteArray("\xC3\x28\xA0\xA1\xFF");
        QTest::newRow("truncated utf-8") << QByteArray("ok \xE2\x82");
    }
    void stringsAreEscapedAsNlohmannEscapesThem()
    {
        QFETCH(QByteArray, text);
        const std::string value = text.toStdString();
        std::string written;
        json::appendText(written, value);
        QCOMPARE(QByteArray::fromStdString(written),
                 QByteArray::fromStdString(Json(value).dump(-1, ' ', false, Json::error_handler_t::replace)));
    }
};

QTEST_GUILESS_MAIN(TextWriterTest)
#include "tst_textwriter.moc"
