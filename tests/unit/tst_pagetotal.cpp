// Counts are informational: a total_size that is absent, null, negative, not a number or outside
// int32 decodes as entities::kUnknownTotal and never fails the page; the rows still decode.
#include "services/entities/organization.h"
#include "services/entities/page.h"

#include <QTest>

using namespace sk;
using entities::kUnknownTotal;
using Json = nlohmann::json;

namespace {

// total: the JSON text of total_size, or empty to leave it out.
Json pageWithTotal(const QByteArray &total)
{
    Json body = {{"organizations", Json::array({Json{{"id", "org_1"}, {"display_name", "One"}},
                                                Json{{"id", "org_2"}, {"display_name", "Two"}}})},
                 {"next_page_token", "next"}};
    if (!total.isEmpty())
        body["total_size"] = Json::parse(total.toStdString());
    return body;
}

} // namespace

class TestPageTotal : public QObject
{
    Q_OBJECT

private slots:
    void totals_data()
    {
        QTest::addColumn<QByteArray>("total");
        QTest::addColumn<int>("expected");
        QTest::newRow("number") << QByteArray("250") << 250;
        QTest::newRow("decimal string") << QByteArray("\"250\"") << 250;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("int32 max") << QByteArray("2147483647") << 2147483647;
        QTest::newRow("absent") << QByteArray() << kUnknownTotal;
        QTest::newRow("null") << QByteArray("null") << kUnknownTotal;
        QTest::newRow("negative") << QByteArray("-1") << kUnknownTotal;
        QTest::newRow("the spec's example") << QByteArray("-9007199254740991") << kUnknownTotal;
        QTest::newRow("above int32") << QByteArray("2147483648") << kUnknownTotal;
        QTest::newRow("above int64") << QByteArray("18446744073709551615") << kUnknownTotal;
        QTest::newRow("huge string") << QByteArray("\"99999999999999999999999\"") << kUnknownTotal;
        QTest::newRow("exponent") << QByteArray("1e300") << kUnknownTotal;
        QTest::newRow("fraction") << QByteArray("12.5") << kUnknownTotal;
        QTest::newRow("word") << QByteArray("\"many\"") << kUnknownTotal;
        QTest::newRow("boolean") << QByteArray("true") << kUnknownTotal;
        QTest::newRow("object") << QByteArray("{}") << kUnknownTotal;
    }

    void totals()
    {
        QFETCH(QByteArray, total);
        QFETCH(int, expected);
        const auto page = json::decodePage<entities::Organization>(pageWithTotal(total),
                                                                   entities::pagekeys::kOrganizations);
        QCOMPARE(page.totalSize, expected);
        QCOMPARE(page.hasKnownTotal(), expected >= 0);
        QCOMPARE(page.items.size(), std::size_t(2)); // the rows are what matter
        QCOMPARE(page.items[1].id, std::string("org_2"));
        QCOMPARE(page.nextPageToken, std::string("next"));
    }

    void badRowsStillFail()
    {
        // Only the count is lenient: a row of the wrong shape is still an error.
        Json body = pageWithTotal("-1");
        body["organizations"][0]["create_time"] = "not a time";
        QVERIFY_THROWS_EXCEPTION(json::DecodeError,
                                 json::decodePage<entities::Organization>(body, entities::pagekeys::kOrganizations));
    }
};

QTEST_GUILESS_MAIN(TestPageTotal)
#include "tst_pagetotal.moc"
