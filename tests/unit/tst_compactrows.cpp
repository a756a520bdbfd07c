// Compact table rows: the string arena keeps every string intact (empty, absent, NUL bytes,
// strings bigger than a block), interning shares storage, and an Organization packed and
// unpacked is the same Organization, whatever its fields hold.

#include "models/agentkit/connectedaccountrow.h"
#include "models/core/rowstore.h"
#include "models/core/stringarena.h"
#include "models/organizations/organizationrow.h"

#include <QTest>

#include <random>
#include <string>

using sk::entities::ConnectedAccount;
using sk::entities::Organization;
using sk::entities::RegionCode;
using sk::models::CompactRows;
using sk::models::ConnectedAccountRowCodec;
using sk::models::OrganizationRowCodec;
using sk::models::StringArena;

namespace {

Organization sample(int i)
{
    Organization org;
    org.id = "org_" + std::to_string(100000000000000000LL + i);
    org.displayName = "Organization number " + std::to_string(i);
    org.createTime = sk::entities::Timestamp(1'700'000'000'000'000'000LL + i);
    org.updateTime = sk::entities::Timestamp(1'700'000'100'000'000'000LL + i);
    org.regionCode = RegionCode::Eu;
    org.settings.features = {{"sso", i % 2 == 0}, {"dir_sync", i % 3 == 0}};
    if (i % 5 == 0)
        org.externalId = "ext-" + std::to_string(i);
    if (i % 7 == 0)
        org.metadata = {{"plan", "enterprise"}, {"owner", "team " + std::to_string(i)}};
    return org;
}

} // namespace

class TestCompactRows : public QObject
{
    Q_OBJECT

private slots:
    void arenaKeepsEveryString()
    {
        StringArena arena;
        const std::string withNul("a\0b\0", 4);
        const std::string big(3 * 1024 * 1024 + 17, 'x'); // over one block
        const std::string afterBig = "after the big one";
        std::vector<std::pair<StringArena::Ref, std::string>> stored;
        for (const std::string &text : {std::string(), std::string("short"), withNul, big, afterBig})
            stored.emplace_back(arena.add(text), text);
        std::mt19937 random(7);
        for (int i = 0; i < 20000; ++i) { // fills several blocks
            std::string text(random() % 300, char('a' + i % 26));
            stored.emplace_back(arena.add(text), text);
        }
        for (const auto &[ref, text] : stored)
            QCOMPARE(arena.view(ref), std::string_view(text));
        QCOMPARE(arena.view(StringArena::kAbsent), std::string_view());
    }

    void internedStringsAreStoredOnce()
    {
        StringArena arena;
        const StringArena::Ref gmail = arena.intern("gmail");
        const std::size_t held = arena.bytesHeld();
        for (int i = 0; i < 10000; ++i)
            QCOMPARE(arena.intern("gmail"), gmail);
        QCOMPARE(arena.bytesHeld(), held);
        QVERIFY(arena.intern("slack") != gmail);
        QCOMPARE(arena.view(gmail), std::string_view("gmail"));
        arena.clear();
        QVERIFY(arena.intern("slack") != StringArena::kAbsent);
    }

    void theInternTableStopsGrowingAtItsCap()
    {
        // Past kMaxInterned distinct values, new ones are stored plainly (the table never
        // rehashes during a load); every value still reads back, and the early ones stay shared.
        StringArena arena;
        const StringArena::Ref gmail = arena.intern("gmail");
        std::vector<std::pair<StringArena::Ref, std::string>> stored;
        const std::size_t distinct = StringArena::kMaxInterned + 5000;
        for (std::size_t i = 0; i < distinct; ++i) {
            std::string text = "person" + std::to_string(i) + "@example.com";
            stored.emplace_back(arena.intern(text), std::move(text));
        }
        QCOMPARE(arena.internedCount(), StringArena::kMaxInterned);
        for (const auto &[ref, text] : stored)
            QCOMPARE(arena.view(ref), std::string_view(text));
        QCOMPARE(arena.intern("gmail"), gmail);
        QCOMPARE(arena.intern(stored.front().second), stored.front().first); // interned before the cap
        const std::string &late = stored.back().second; // stored after it: a new copy each time
        QVERIFY(arena.intern(late) != stored.back().first);
        QCOMPARE(arena.view(arena.intern(late)), std::string_view(late));
        arena.clear();
        QCOMPARE(arena.internedCount(), std::size_t(0));
        QCOMPARE(arena.view(arena.intern(late)), std::string_view(late));
        QCOMPARE(arena.intern(late), arena.intern(late)); // interned again after clear()
    }

    void organizationsRoundTrip()
    {
        StringArena arena;
        for (int i = 0; i < 200; ++i) {
            const Organization org = sample(i);
            QVERIFY(OrganizationRowCodec::unpack(OrganizationRowCodec::pack(org, arena), arena) == org);
        }
    }

    // What a server may send: empty versus absent optional strings, an unknown region kept raw,
    // NUL bytes in metadata and feature names, an unknown feature, a repeated one.
    void organizationsRoundTripOddValues()
    {
        Organization org = sample(1);
        org.externalId = "";
        org.slug = std::nullopt;
        org.logoUrl = std::string("logo\0.png", 9);
        org.regionCode = sk::entities::Enum<RegionCode>::fromRaw("MOON_1");
        org.metadata = {{std::string("k\0ey", 4), std::string("v\0", 2)}, {"", ""}};
        org.settings.features = {{"sso", true}, {std::string("new\0feature", 11), false}, {"sso", false}};
        StringArena arena;
        const auto row = OrganizationRowCodec::pack(org, arena);
        const Organization back = OrganizationRowCodec::unpack(row, arena);
        QVERIFY(back == org);
        QCOMPARE(back.regionCode.raw, std::string("MOON_1"));
        QVERIFY(back.externalId.has_value() && back.externalId->empty());
        QVERIFY(!back.slug.has_value());
        QCOMPARE(OrganizationRowCodec::featureEnabled(row, arena, "sso"), std::optional<bool>(true));
        QCOMPARE(OrganizationRowCodec::featureEnabled(row, arena, "dir_sync"), std::optional<bool>());
    }

    // The store behaves like the vector it replaces: ids, copies, replace, insert, erase.
    void storeOperations()
    {
        CompactRows<OrganizationRowCodec> rows;
        std::vector<Organization> page;
        for (int i = 0; i < 50; ++i)
            page.push_back(sample(i));
        rows.append(page);
        QCOMPARE(rows.size(), std::size_t(50));
        QCOMPARE(rows.idAt(7), std::string_view(sample(7).id));
        Organization renamed = sample(7);
        renamed.displayName = "Renamed";
        rows.replaceAt(7, renamed);
        QVERIFY(*rows.copyAt(7) == renamed);
        rows.insertAt(0, sample(99));
        QCOMPARE(rows.idAt(0), std::string_view(sample(99).id));
        QVERIFY(*rows.copyAt(8) == renamed);
        rows.eraseAt(0);
        QVERIFY(*rows.copyAt(0) == sample(0));
        rows.clear();
        QVERIFY(rows.empty());
    }

    // An account comes back as it was listed, but for its authorization details: a row never
    // holds a token. Repeated strings are stored once.
    void connectedAccountsRoundTripWithoutTokens()
    {
        ConnectedAccount account;
        account.id = "ca_1234567890";
        account.identifier = "user@example.com";
        account.provider = "GMAIL";
        account.connector = "gmail-main";
        account.connectionId = "conn_42";
        account.status = sk::entities::Enum<sk::entities::ConnectorStatus>::fromRaw("SOMETHING_NEW");
        account.authorizationType = sk::entities::ConnectorType::OAuth;
        account.tokenExpiresAt = sk::entities::Timestamp(1'800'000'000'000'000'000LL);
        account.updatedAt = sk::entities::Timestamp(1'700'000'000'000'000'000LL);
        account.apiConfig = nlohmann::json {{"scopes", {"a", "b"}}, {"ratio", 0.1}, {"n", nullptr}};
        sk::entities::AuthorizationDetails details;
        details.oauthToken = sk::entities::OauthToken {};
        details.oauthToken->accessToken = std::string("secret-access-token-value");
        account.authorizationDetails = details;

        StringArena arena;
        const auto row = ConnectedAccountRowCodec::pack(account, arena);
        ConnectedAccount back = ConnectedAccountRowCodec::unpack(row, arena);
        QVERIFY(!back.authorizationDetails);
        back.authorizationDetails = account.authorizationDetails;
        QVERIFY(back == account);
        QCOMPARE(back.status.raw, std::string("SOMETHING_NEW"));

        const std::size_t held = arena.bytesHeld();
        for (int i = 0; i < 10000; ++i) {
            account.id = "ca_" + std::to_string(i);
            account.apiConfig = nullptr;
            ConnectedAccountRowCodec::pack(account, arena);
        }
        QCOMPARE(arena.bytesHeld(), held); // ids are ~10 bytes each: the first block still holds them
        QVERIFY(sizeof(ConnectedAccountRowCodec::Row) <= 72);
    }

    // The point of it: far less memory than the entities themselves.
    void packedRowsAreSmall()
    {
        QVERIFY(sizeof(OrganizationRowCodec::Row) <= 56);
        StringArena arena;
        std::size_t strings = 0;
        for (int i = 0; i < 1000; ++i) {
            const Organization org = sample(i);
            OrganizationRowCodec::pack(org, arena);
            strings += org.id.size() + org.displayName.size();
        }
        QVERIFY(sizeof(Organization) > 3 * sizeof(OrganizationRowCodec::Row));
        QVERIFY(strings < 64 * 1024); // all of it fits the first block: one block held
        QCOMPARE(arena.bytesHeld() / (1024 * 1024), std::size_t(1));
    }
};

QTEST_MAIN(TestCompactRows)
#include "tst_compactrows.moc"
