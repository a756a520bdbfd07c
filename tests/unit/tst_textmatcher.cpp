// The "Filter loaded rows" matcher (models/core/textmatcher.h): case-insensitive containment,
// the same answer from a QString and from UTF-8 bytes (ASCII or not), and the packed-row models'
// rowMatches() overrides agreeing with the default (every column's DisplayRole text) on the same
// rows: non-ASCII names, unknown enum values, absent fields, unset timestamps.

#include "models/agentkit/connectedaccountsmodel.h"
#include "models/core/displayformat.h"
#include "models/core/textmatcher.h"
#include "models/organizations/organizationsmodel.h"

#include <QDateTime>
#include <QTest>

#include <ctime>

using namespace sk;
using models::TextMatcher;

namespace {

// The models with rows put in directly (no service: nothing is ever fetched).
class Organizations : public models::OrganizationsModel
{
public:
    Organizations()
        : OrganizationsModel(nullptr)
    { }
    void add(std::vector<entities::Organization> items) { appendEntities(items); }
};

class Accounts : public models::ConnectedAccountsModel
{
public:
    Accounts()
        : ConnectedAccountsModel(nullptr)
    { }
    void add(std::vector<entities::ConnectedAccount> items) { appendEntities(items); }
};

std::vector<entities::Organization> organizations()
{
    std::vector<entities::Organization> items;
    const char *names[] = {"Acme Corp",          "Ünïcorn GmbH", "İstanbul Ltd", "Øresund ApS",
                           "Kelvin \u212A Labs", "plain name",   "ĲSSEL BV",     "日本 株式会社"};
    int i = 0;
    for (const char *name : names) {
        entities::Organization org;
        org.id = "org_" + std::to_string(9000 + i);
        org.displayName = name;
        if (i % 2 == 0)
            org.externalId = "crm-" + std::to_string(100 + i);
        if (i % 3 == 0)
            org.slug = "slug-" + std::to_string(i);
        org.regionCode = i == 3 ? entities::Enum<entities::RegionCode>::fromRaw("MARS_1")
                                : entities::Enum<entities::RegionCode>(i % 2 ? entities::RegionCode::Us
                                                                             : entities::RegionCode::Eu);
        if (i % 4 != 1)
            org.settings.features = {{"sso", i % 2 == 0}, {"dir_sync", i % 3 == 0}};
        org.createTime = entities::Timestamp(1'760'000'000'000'000'000LL + i * 86'400'000'000'000LL);
        org.updateTime = i == 5 ? entities::Timestamp() : entities::Timestamp(1'770'000'000'000'000'000LL);
        items.push_back(org);
        ++i;
    }
    return items;
}

std::vector<entities::ConnectedAccount> accounts()
{
    using entities::ConnectorStatus;
    using entities::ConnectorType;
    std::vector<entities::ConnectedAccount> items;
    const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1'000'000LL;
    const char *identifiers[] = {"alice@example.com", "Ünïcode-Üser", "BOB", "carol", "dave"};
    for (int i = 0; i < 5; ++i) {
        entities::ConnectedAccount a;
        a.id = "ca_" + std::to_string(500 + i);
        a.identifier = identifiers[i];
        a.provider = i % 2 ? "GMAIL" : "slack";
        a.connector = i == 2 ? "" : "gmail-prod";
        a.connectionId = "conn_" + std::to_string(77 + i);
        a.status = i == 3
            ? entities::Enum<ConnectorStatus>::fromRaw("WEIRD_STATE")
            : entities::Enum<ConnectorStatus>(i % 2 ? ConnectorStatus::Active : ConnectorStatus::Expired);
        a.authorizationType = i == 4 ? entities::Enum<ConnectorType>::fromRaw("SOMETHING_NEW")
                                     : entities::Enum<ConnectorType>(ConnectorType::OAuth);
        if (i != 1) // expired two days ago, in three hours, ...
            a.tokenExpiresAt
                = entities::Timestamp(now + (i - 2) * 3 * 3600LL * 1'000'000'000LL - 60'000'000'000LL);
        if (i % 2 == 0)
            a.lastUsedAt = entities::Timestamp(1'765'000'000'000'000'000LL + i);
        a.updatedAt = entities::Timestamp(1'766'000'000'000'000'000LL);
        items.push_back(a);
    }
    return items;
}

// Typed texts that reach every column: names, ids, regions, On/Off/—, timestamps, statuses...
QStringList needles(const QString &timestamp)
{
    return {QStringLiteral("acme"),     QStringLiteral("ÜNÏ"),
            QStringLiteral("ünïcorn"),  QStringLiteral("istanbul"),
            QStringLiteral("i̇stanbul"), QStringLiteral("ØRE"),
            QStringLiteral("k labs"),   QStringLiteral("\u212A"),
            QStringLiteral("ĳ"),        QStringLiteral("株式"),
            QStringLiteral("org_9003"), QStringLiteral("CRM-10"),
            QStringLiteral("slug"),     QStringLiteral("mars"),
            QStringLiteral("eu"),       QStringLiteral("US"),
            QStringLiteral("on"),       QStringLiteral("OFF"),
            QStringLiteral("—"),        timestamp.left(4),
            timestamp.mid(5, 5),        timestamp.right(5),
            QStringLiteral(":"),        QStringLiteral("-"),
            QStringLiteral(" "),        QStringLiteral("weird"),
            QStringLiteral("never"),    QStringLiteral("expired"),
            QStringLiteral("ago"),      QStringLiteral("in "),
            QStringLiteral("oauth"),    QStringLiteral("something_new"),
            QStringLiteral("active"),   QStringLiteral("gmail"),
            QStringLiteral("conn_79"),  QStringLiteral("ca_50"),
            QStringLiteral("zq"),       QStringLiteral("ALICE@"),
            QStringLiteral("h"),        QStringLiteral("d")};
}

template<typename Model> int compareOverride(const Model &model, const QStringList &typed)
{
    int matches = 0;
    for (const QString &text : typed) {
        const TextMatcher matcher(text);
        for (int row = 0; row < model.entityCount(); ++row) {
            const bool fast = model.rowMatches(row, matcher);
            const bool reference = model.models::PagedTableModel::rowMatches(row, matcher);
            if (fast != reference) {
                qWarning("row %d, typed '%s': override %d, display text %d", row, qPrintable(text), fast,
                         reference);
                return -1;
            }
            matches += fast;
        }
    }
    return matches;
}

// How many rows the model's own rowMatches() keeps for this typed text.
template<typename Model> int countMatches(const Model &model, const QString &typed)
{
    const TextMatcher matcher(typed);
    int n = 0;
    for (int row = 0; row < model.entityCount(); ++row)
        n += model.rowMatches(row, matcher);
    return n;
}

} // namespace

class TestTextMatcher : public QObject
{
    Q_OBJECT

private slots:
    void matchesIgnoringCase()
    {
        QVERIFY(TextMatcher().matches(QStringLiteral("anything")));
        QVERIFY(TextMatcher(QString()).matches(std::string_view("")));
        const TextMatcher acme(QStringLiteral("aCmE"));
        QVERIFY(acme.matches(QStringLiteral("The ACME corp")));
        QVERIFY(acme.matches(std::string_view("The ACME corp")));
        QVERIFY(acme.matches(std::string_view("acme")));
        QVERIFY(!acme.matches(std::string_view("acm")));
        QVERIFY(!acme.matches(std::string_view("")));
        QVERIFY(!acme.matches(QStringLiteral("a c m e")));
        const TextMatcher umlaut(QStringLiteral("ÜNÏ"));
        QVERIFY(umlaut.matches(std::string_view("Ünïcorn GmbH")));
        QVERIFY(umlaut.matches(QStringLiteral("xünïx")));
        QVERIFY(!umlaut.matches(std::string_view("UNI")));
        // The Kelvin sign folds to an ASCII 'k', both ways.
        QVERIFY(TextMatcher(QStringLiteral("k")).matches(std::string_view("Kelvin \u212A")));
        QVERIFY(TextMatcher(QStringLiteral("\u212A")).matches(std::string_view("kilo")));
        QVERIFY(TextMatcher(QStringLiteral("\u212A")).matches(QStringLiteral("KILO")));
    }

    void utf8AndQStringAgree()
    {
        const QStringList texts = {QStringLiteral("Acme Corp"),     QStringLiteral("Ünïcorn GmbH"),
                                   QStringLiteral("İstanbul"),      QStringLiteral("straße"),
                                   QStringLiteral("ĲSSEL"),         QStringLiteral("日本"),
                                   QStringLiteral("Kelvin \u212A"), QString(),
                                   QStringLiteral("a\u0000b")};
        for (const QString &typed : texts
                 + QStringList {QStringLiteral("e"), QStringLiteral("SS"), QStringLiteral("ß"),
                                QStringLiteral("ĳ"), QStringLiteral("i")}) {
            const TextMatcher matcher(typed);
            for (const QString &text : texts) {
                const QByteArray utf8 = text.toUtf8();
                QCOMPARE(matcher.matches(std::string_view(utf8.constData(), std::size_t(utf8.size()))),
                         matcher.matches(text));
            }
        }
    }

    void alphabets()
    {
        QVERIFY(TextMatcher(QStringLiteral("2026-10")).mayOccurIn(TextMatcher::kTimestampAlphabet));
        QVERIFY(TextMatcher(QStringLiteral(" 11:5")).mayOccurIn(TextMatcher::kTimestampAlphabet));
        QVERIFY(!TextMatcher(QStringLiteral("2026a")).mayOccurIn(TextMatcher::kTimestampAlphabet));
        QVERIFY(!TextMatcher(QStringLiteral("２"))
                     .mayOccurIn(TextMatcher::kTimestampAlphabet)); // a fullwidth digit
        QVERIFY(TextMatcher(QStringLiteral("EXPIRED 2 D")).mayOccurIn(models::kRelativeTimeAlphabet));
        QVERIFY(!TextMatcher(QStringLiteral("gmail")).mayOccurIn(models::kRelativeTimeAlphabet));
    }

    // The fast timestamp text is formatTimestamp()'s, in several zones (a 45-minute offset,
    // daylight saving both ways), across years and around transitions.
    void fastTimestampTextIsQtsText_data()
    {
        QTest::addColumn<QByteArray>("zone");
        for (const char *zone :
             {"UTC", "Europe/Berlin", "America/Santiago", "Asia/Kathmandu", "Australia/Adelaide"})
            QTest::newRow(zone) << QByteArray(zone);
    }
    void fastTimestampTextIsQtsText()
    {
        QFETCH(QByteArray, zone);
        const QByteArray before = qgetenv("TZ");
        qputenv("TZ", zone);
        tzset();
        // Every 37 min 13 s over three years, and a few far ones (the last: the latest second a
        // nanosecond Timestamp holds, in 2262).
        std::vector<qint64> seconds = {1, 59, 86'399, 951'782'400, 4'102'444'800, 9'223'372'035};
        for (qint64 s = 1'700'000'000; s < 1'700'000'000 + 3 * 365 * 86'400LL; s += 37 * 60 + 13)
            seconds.push_back(s);
        int checked = 0;
        for (const qint64 s : seconds) {
            const entities::Timestamp timestamp(s * 1'000'000'000LL + 999'999'999);
            std::array<char, 24> buffer {};
            const std::string_view fast = models::formatTimestampInto(timestamp, buffer);
            const QString expected = models::formatTimestamp(timestamp);
            if (QString::fromUtf8(fast.data(), qsizetype(fast.size())) != expected)
                QFAIL(qPrintable(QStringLiteral("%1 s: '%2', Qt '%3'")
                                     .arg(s)
                                     .arg(QString::fromUtf8(fast.data(), qsizetype(fast.size())), expected)));
            ++checked;
        }
        QVERIFY(checked > 40'000);
        qputenv("TZ", before);
        tzset();
    }

    void memoRemembersPerKey()
    {
        const TextMatcher matcher(QStringLiteral("on"));
        int computed = 0;
        const auto on = [&computed] {
            ++computed;
            return QStringLiteral("On");
        };
        QVERIFY(matcher.memo(TextMatcher::memoKey(5, 1, 7), on));
        QVERIFY(matcher.memo(TextMatcher::memoKey(5, 1, 7), on));
        QCOMPARE(computed, 1);
        QVERIFY(!matcher.memo(TextMatcher::memoKey(5, 1, 8), [] { return QStringLiteral("Off"); }));
        QVERIFY(TextMatcher::memoKey(5, 1, 0) != TextMatcher::memoKey(5, 0, 1u << 24));
        QVERIFY(TextMatcher::memoKey(5, 0xFFFFFF, 0) != TextMatcher::memoKey(6, 0, 0));
    }

    void organizationsOverrideAgreesWithDisplayText()
    {
        Organizations model;
        model.add(organizations());
        QCOMPARE(model.entityCount(), 8);
        const QString timestamp = model.index(0, models::OrganizationsModel::Created).data().toString();
        QVERIFY(!timestamp.isEmpty());
        QVERIFY(compareOverride(model, needles(timestamp)) > 0);
        // And they say what a reader expects, not merely the same thing.
        QCOMPARE(countMatches(model, QStringLiteral("ÜNÏCORN")), 1);
        QCOMPARE(countMatches(model, QStringLiteral("mars_1")), 1); // an unknown region, shown raw
        QCOMPARE(countMatches(model, QStringLiteral("org_900")), 8);
        QCOMPARE(countMatches(model, QStringLiteral("zq")), 0);
        QCOMPARE(countMatches(model, QStringLiteral("—")),
                 2); // rows 1 and 5 have no features: SSO and sync read "—"
        QCOMPARE(countMatches(model, timestamp), 1);
    }

    void accountsOverrideAgreesWithDisplayText()
    {
        Accounts model;
        model.add(accounts());
        QCOMPARE(model.entityCount(), 5);
        const QString timestamp = model.index(0, models::ConnectedAccountsModel::LastUsed).data().toString();
        QVERIFY(compareOverride(model, needles(timestamp)) > 0);
        QCOMPARE(countMatches(model, QStringLiteral("weird_state")), 1); // an unknown status, shown raw
        QCOMPARE(countMatches(model, QStringLiteral("never")), 2);
        QCOMPARE(countMatches(model, QStringLiteral("ünïcode-üser")), 1);
        QCOMPARE(countMatches(model, QStringLiteral("conn_79")),
                 1); // no connector name: its connection ID shows
    }
};

QTEST_GUILESS_MAIN(TestTextMatcher)
#include "tst_textmatcher.moc"
