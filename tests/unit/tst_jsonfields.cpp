// Unit tests for the wire-format building blocks in services/json and services/entities:
// scalars, timestamps, enums, wrappers, error paths.
#include "services/entities/box.h"
#include "services/entities/organization.h"
#include "services/entities/rfc3339.h"
#include "services/entities/timestamp.h"
#include "services/json/jsonfields.h"

#include <QDateTime>
#include <QtTest>

#include <limits>

using namespace Qt::StringLiterals;
using sk::entities::Enum;
using sk::entities::RegionCode;
using sk::entities::Timestamp;
using sk::json::DecodeError;
using sk::json::Json;

namespace {

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// Runs f and returns the DecodeError's what(), or "<no error>".
template<typename F> QString decodeError(F &&f)
{
    try {
        f();
    } catch (const DecodeError &e) {
        return q(e.what());
    }
    return u"<no error>"_s;
}

template<typename T> T field(const char *text)
{
    return sk::json::decodeMember<T>(Json::parse(text), "v");
}

} // namespace

class TestJsonFields : public QObject
{
    Q_OBJECT

private slots:
    void integersAcceptNumbersAndStrings();
    void integerErrors();
    void int64EncodesAsString();
    void doublesAndBools();
    void stringsAreStrict();
    void mapsAndArraysCarryPaths();
    void absentNullAndZeroAreEquivalent();
    void wrapperOptionals();
    void timestampParse_data();
    void timestampParse();
    void timestampRejects_data();
    void timestampRejects();
    void timestampFormatting();
    void timestampFormattingAgreesWithQDateTime();
    void timestampHelpers();
    void timestampFieldDecoding();
    void enumDecoding();
    void enumEncoding();
    void malformedJsonIsDecodeError();
    void decodeErrorPrefixing();
    void boxDeepCopies();
};

void TestJsonFields::integersAcceptNumbersAndStrings()
{
    QCOMPARE(field<std::int32_t>(R"({"v": 3600})"), 3600);
    QCOMPARE(field<std::int32_t>(R"({"v": "3600"})"), 3600);
    QCOMPARE(field<std::int32_t>(R"({"v": "-12"})"), -12);
    QCOMPARE(field<std::int32_t>(R"({"v": 7.0})"), 7);
    QCOMPARE(field<std::int64_t>(R"({"v": "1748696575"})"), std::int64_t(1748696575));
    QCOMPARE(field<std::int64_t>(R"({"v": 1748696575})"), std::int64_t(1748696575));
    QCOMPARE(field<std::int64_t>(R"({"v": "-9223372036854775808"})"),
             std::numeric_limits<std::int64_t>::min());
    QCOMPARE(field<std::uint32_t>(R"({"v": "4294967295"})"), std::numeric_limits<std::uint32_t>::max());
}

void TestJsonFields::integerErrors()
{
    QCOMPARE(decodeError([] { field<std::int32_t>(R"({"v": "abc"})"); }), u"v: not an int32: \"abc\""_s);
    QCOMPARE(decodeError([] { field<std::int32_t>(R"({"v": ""})"); }), u"v: not an int32: \"\""_s);
    QCOMPARE(decodeError([] { field<std::int32_t>(R"({"v": "12 "})"); }), u"v: not an int32: \"12 \""_s);
    QCOMPARE(decodeError([] { field<std::int32_t>(R"({"v": 1.5})"); }), u"v: not an int32: 1.5"_s);
    QCOMPARE(decodeError([] { field<std::int32_t>(R"({"v": 3000000000})"); }),
             u"v: int32 out of range: 3000000000"_s);
    QCOMPARE(decodeError([] { field<std::uint32_t>(R"({"v": -1})"); }), u"v: uint32 out of range: -1"_s);
    QCOMPARE(decodeError([] { field<std::int64_t>(R"({"v": 18446744064486179580})"); }),
             u"v: int64 out of range: 18446744064486179580"_s);
    QCOMPARE(decodeError([] { field<std::int64_t>(R"({"v": "99999999999999999999"})"); }),
             u"v: int64 out of range: \"99999999999999999999\""_s);
    QCOMPARE(decodeError([] { field<std::int32_t>(R"({"v": true})"); }),
             u"v: expected an int32, got boolean"_s);
    QCOMPARE(decodeError([] { field<std::int64_t>(R"({"v": {}})"); }), u"v: expected an int64, got object"_s);
}

void TestJsonFields::int64EncodesAsString()
{
    QCOMPARE(sk::json::writeValue(std::int64_t(3600)), Json("3600"));
    QCOMPARE(sk::json::writeValue(std::int32_t(3600)), Json(3600));
    QCOMPARE(sk::json::writeValue(std::uint32_t(7)), Json(7));
    Json j;
    sk::json::Writer(j).write("expiry", std::int64_t(-5)).write("total", std::int32_t(2));
    QCOMPARE(q(j.dump()), u"{\"expiry\":\"-5\",\"total\":2}"_s);
}

void TestJsonFields::doublesAndBools()
{
    QCOMPARE(field<double>(R"({"v": 1.25})"), 1.25);
    QCOMPARE(field<double>(R"({"v": "1.25"})"), 1.25);
    QCOMPARE(field<double>(R"({"v": 3})"), 3.0);
    QVERIFY(std::isnan(field<double>(R"({"v": "NaN"})")));
    QCOMPARE(field<double>(R"({"v": "-Infinity"})"), -std::numeric_limits<double>::infinity());
    QCOMPARE(decodeError([] { field<double>(R"({"v": "1.2.3"})"); }), u"v: not a number: \"1.2.3\""_s);
    QCOMPARE(field<bool>(R"({"v": true})"), true);
    QCOMPARE(field<bool>(R"({"v": null})"), false);
    QCOMPARE(decodeError([] { field<bool>(R"({"v": "true"})"); }), u"v: expected a boolean, got string"_s);
    QCOMPARE(decodeError([] { field<bool>(R"({"v": 1})"); }), u"v: expected a boolean, got number"_s);
}

void TestJsonFields::stringsAreStrict()
{
    QCOMPARE(q(field<std::string>(R"({"v": "héllo"})")), u"héllo"_s);
    QCOMPARE(decodeError([] { field<std::string>(R"({"v": {"a": 1}})"); }),
             u"v: expected a string, got object"_s);
    QCOMPARE(decodeError([] { field<std::string>(R"({"v": 12})"); }), u"v: expected a string, got number"_s);
    QCOMPARE(decodeError([] { field<std::string>(R"({"v": []})"); }), u"v: expected a string, got array"_s);
}

void TestJsonFields::mapsAndArraysCarryPaths()
{
    const auto map = field<sk::json::StringMap>(R"({"v": {"b": "2", "a": "1", "n": null}})");
    QCOMPARE(map.size(), std::size_t(3));
    QCOMPARE(q(map.at("a")), u"1"_s);
    QCOMPARE(q(map.at("n")), u""_s);
    QCOMPARE(decodeError([] { field<sk::json::StringMap>(R"({"v": {"dept": 5}})"); }),
             u"v.dept: expected a string, got number"_s);
    QCOMPARE(decodeError([] { field<sk::json::StringMap>(R"({"v": ["x"]})"); }),
             u"v: expected an object, got array"_s);

    const auto list = field<std::vector<std::string>>(R"({"v": ["a", null, "c"]})");
    QCOMPARE(list.size(), std::size_t(3));
    QCOMPARE(q(list[1]), u""_s);
    QCOMPARE(decodeError([] { field<std::vector<std::string>>(R"({"v": ["a", "b", 3]})"); }),
             u"v[2]: expected a string, got number"_s);
    QCOMPARE(decodeError([] { field<std::vector<std::string>>(R"({"v": "a"})"); }),
             u"v: expected an array, got string"_s);
    QCOMPARE(decodeError([] { field<std::vector<std::vector<std::int32_t>>>(R"({"v": [[1], [2, "x"]]})"); }),
             u"v[1][1]: not an int32: \"x\""_s);
}

void TestJsonFields::absentNullAndZeroAreEquivalent()
{
    using sk::entities::Organization;
    const auto absent = sk::json::decode<Organization>(Json::parse(R"({})"));
    const auto nulls = sk::json::decode<Organization>(Json::parse(
        R"({"id": null, "display_name": null, "metadata": null, "settings": null, "region_code": null,
            "create_time": null, "external_id": null, "slug": null})"));
    const auto zeros = sk::json::decode<Organization>(Json::parse(
        R"({"id": "", "display_name": "", "metadata": {}, "settings": {"features": []},
            "region_code": "REGION_CODE_UNSPECIFIED", "create_time": ""})"));
    QVERIFY(absent == Organization {});
    QVERIFY(nulls == Organization {});
    QVERIFY(zeros == Organization {});
    QVERIFY(sk::json::decode<Organization>(Json()) == Organization {});
    // Decoding into a used object resets absent fields.
    Organization reused;
    reused.id = "org_1";
    reused.slug = "x";
    from_json(Json::parse(R"({"display_name": "A"})"), reused);
    QCOMPARE(q(reused.id), u""_s);
    QVERIFY(!reused.slug);
    QCOMPARE(decodeError([] { sk::json::decode<Organization>(Json::parse(R"("org_1")")); }),
             u"expected an object, got string"_s);
    QCOMPARE(decodeError([] { sk::json::decode<Organization>(Json::parse(R"({"settings": []})")); }),
             u"settings: expected an object, got array"_s);
}

void TestJsonFields::wrapperOptionals()
{
    QVERIFY(!field<std::optional<std::int32_t>>(R"({})"));
    QVERIFY(!field<std::optional<std::int32_t>>(R"({"v": null})"));
    QCOMPARE(*field<std::optional<std::int32_t>>(R"({"v": 0})"), 0);
    QCOMPARE(*field<std::optional<std::int32_t>>(R"({"v": "30"})"), 30);
    QCOMPARE(*field<std::optional<bool>>(R"({"v": false})"), false);
    QCOMPARE(q(*field<std::optional<std::string>>(R"({"v": ""})")), u""_s);

    Json j;
    sk::json::Writer(j)
        .write("absent", std::optional<std::int32_t>())
        .write("zero", std::optional<std::int32_t>(0))
        .write("flag", std::optional<bool>(false))
        .write("ts", Timestamp())
        .write("raw", Json());
    QCOMPARE(q(j.dump()), u"{\"flag\":false,\"zero\":0}"_s);
}

void TestJsonFields::timestampParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("nanos");
    constexpr qint64 base = 1716206871LL * 1'000'000'000; // 2024-05-20T12:07:51Z
    QTest::newRow("0 digits") << u"2024-05-20T12:07:51Z"_s << base;
    QTest::newRow("1 digit") << u"2024-05-20T12:07:51.5Z"_s << base + 500'000'000;
    QTest::newRow("3 digits") << u"2024-05-20T12:07:51.680Z"_s << base + 680'000'000;
    QTest::newRow("6 digits") << u"2024-05-20T12:07:51.680123Z"_s << base + 680'123'000;
    QTest::newRow("9 digits") << u"2024-05-20T12:07:51.823707848Z"_s << base + 823'707'848;
    QTest::newRow("+05:30") << u"2024-05-20T17:37:51+05:30"_s << base;
    QTest::newRow("-07:00 fraction") << u"2024-05-20T05:07:51.680-07:00"_s << base + 680'000'000;
    QTest::newRow("+00:00") << u"2024-05-20T12:07:51+00:00"_s << base;
    QTest::newRow("lowercase") << u"2024-05-20t12:07:51z"_s << base;
    QTest::newRow("space separator") << u"2024-05-20 12:07:51Z"_s << base;
    QTest::newRow("leap day") << u"2024-02-29T00:00:00Z"_s << 1709164800LL * 1'000'000'000;
    QTest::newRow("before epoch") << u"1969-12-31T23:59:59.5Z"_s << -500'000'000LL;
    QTest::newRow("offset crosses day") << u"2024-01-01T00:30:00+01:00"_s << 1704065400LL * 1'000'000'000;
    QTest::newRow("go zero time is unset") << u"0001-01-01T00:00:00Z"_s << 0LL;
}

void TestJsonFields::timestampParse()
{
    QFETCH(QString, text);
    QFETCH(qint64, nanos);
    const auto parsed = Timestamp::parse(text.toStdString());
    QVERIFY(parsed.has_value());
    QCOMPARE(qint64(parsed->nanos), nanos);
}

void TestJsonFields::timestampRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("date only") << u"2024-05-20"_s;
    QTest::newRow("no zone") << u"2024-05-20T12:07:51"_s;
    QTest::newRow("10 digits") << u"2024-05-20T12:07:51.1234567890Z"_s;
    QTest::newRow("dot without digits") << u"2024-05-20T12:07:51.Z"_s;
    QTest::newRow("month 13") << u"2024-13-20T12:07:51Z"_s;
    QTest::newRow("feb 30") << u"2024-02-30T12:07:51Z"_s;
    QTest::newRow("feb 29 non-leap") << u"2023-02-29T12:07:51Z"_s;
    QTest::newRow("hour 24") << u"2024-05-20T24:00:00Z"_s;
    QTest::newRow("offset without colon") << u"2024-05-20T12:07:51+0530"_s;
    QTest::newRow("trailing junk") << u"2024-05-20T12:07:51Zx"_s;
    QTest::newRow("unix seconds") << u"1748696575"_s;
    QTest::newRow("short year") << u"24-05-20T12:07:51Z"_s;
}

void TestJsonFields::timestampRejects()
{
    QFETCH(QString, text);
    QVERIFY(!Timestamp::parse(text.toStdString()).has_value());
}

void TestJsonFields::timestampFormatting()
{
    QCOMPARE(q(Timestamp::fromUnixSeconds(1716206871).toRfc3339()), u"2024-05-20T12:07:51Z"_s);
    QCOMPARE(q(Timestamp(1716206871LL * 1'000'000'000 + 680'000'000).toRfc3339()),
             u"2024-05-20T12:07:51.680Z"_s);
    QCOMPARE(q(Timestamp(1716206871LL * 1'000'000'000 + 680'123'000).toRfc3339()),
             u"2024-05-20T12:07:51.680123Z"_s);
    QCOMPARE(q(Timestamp(1716206871LL * 1'000'000'000 + 1).toRfc3339()), u"2024-05-20T12:07:51.000000001Z"_s);
    QCOMPARE(q(Timestamp(-500'000'000).toRfc3339()), u"1969-12-31T23:59:59.500Z"_s);
    // Before 1970, days and seconds floor: a whole day back is midnight, one second more the day before.
    QCOMPARE(q(Timestamp::fromUnixSeconds(-86400).toRfc3339()), u"1969-12-31T00:00:00Z"_s);
    QCOMPARE(q(Timestamp::fromUnixSeconds(-86401).toRfc3339()), u"1969-12-30T23:59:59Z"_s);
    QCOMPARE(q(Timestamp().toRfc3339()), u""_s);
    // Offsets normalize to UTC; every accepted form re-parses to the same instant.
    const auto t = *Timestamp::parse("2024-06-19T13:11:58.823707848+02:00");
    QCOMPARE(q(t.toRfc3339()), u"2024-06-19T11:11:58.823707848Z"_s);
    QCOMPARE(*Timestamp::parse(t.toRfc3339()), t);
    // Found by fuzz_entities: years before 1678 clamp to the earliest instant, which must still
    // be written without overflowing (UBSan in CI catches the overflow).
    QCOMPARE(q(Timestamp::parse("1600-01-01T00:00:00Z")->toRfc3339()), u"1677-09-21T00:12:43.145224192Z"_s);
    QCOMPARE(q(Timestamp::parse("9999-12-31T23:59:59Z")->toRfc3339()), u"2262-04-11T23:47:16.854775807Z"_s);
}

// appendRfc3339 keeps the date text of recent days per thread (256 slots by day number): over
// days that share a slot, in both orders, before and after 1970, and over every fraction width,
// the text must be what QDateTime writes for the same instant.
void TestJsonFields::timestampFormattingAgreesWithQDateTime()
{
    const auto expected = [](std::int64_t nanos) -> QString {
        const std::int64_t seconds = sk::entities::floorDiv(nanos, 1'000'000'000);
        const std::int64_t sub = sk::entities::floorMod(nanos, 1'000'000'000);
        QString text = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss"_s);
        if (sub != 0) {
            const int width = sub % 1'000'000 == 0 ? 3 : sub % 1'000 == 0 ? 6 : 9;
            const std::int64_t scaled = width == 3 ? sub / 1'000'000 : width == 6 ? sub / 1'000 : sub;
            text += u'.' + QString::number(scaled).rightJustified(width, u'0');
        }
        return text + u'Z';
    };
    const std::int64_t day = 86'400LL * 1'000'000'000;
    const std::int64_t bases[]
        = {-7 /* 1969-12-31T23:59:59.999999993Z */, 1'700'000'000LL * 1'000'000'000,
           -3'000'000'000LL * 1'000'000'000, 951'782'400LL * 1'000'000'000 /* 2000-02-29 */};
    const std::int64_t offsets[]
        = {0, 1, 999, 1'000, 123'000'000, 86'399'999'999'999LL, 3'600'000'000'000LL + 7};
    int checked = 0;
    for (const std::int64_t base : bases) {
        // d, d + 256 days (the same slot), then d again: a stale slot would repeat the other date.
        for (const std::int64_t step : {std::int64_t(0), 256 * day, 0 * day, 512 * day, 1 * day, 257 * day}) {
            for (const std::int64_t offset : offsets) {
                const std::int64_t nanos = base + step + offset;
                QCOMPARE(q(Timestamp(nanos).toRfc3339()), expected(nanos));
                std::string appended = "x";
                sk::entities::appendRfc3339(appended, Timestamp(nanos));
                QCOMPARE(q(appended), QString(u'x' + expected(nanos)));
                ++checked;
            }
        }
    }
    // A year of consecutive days, each at a different time of day.
    for (int i = 0; i < 400; ++i) {
        const std::int64_t nanos = 1'600'000'000LL * 1'000'000'000 + i * day + i * 3'607'000'000'001LL % day;
        QCOMPARE(q(Timestamp(nanos).toRfc3339()), expected(nanos));
        ++checked;
    }
    QCOMPARE(checked, 4 * 6 * 7 + 400);
}

void TestJsonFields::timestampHelpers()
{
    const auto a = Timestamp::fromUnixSeconds(100);
    const auto b = Timestamp::fromUnixMillis(100'500);
    QVERIFY(a < b);
    QVERIFY(b > a);
    QVERIFY(a != b);
    QCOMPARE(b.unixSeconds(), std::int64_t(100));
    QCOMPARE(b.unixMillis(), std::int64_t(100'500));
    QCOMPARE(Timestamp(-1).unixSeconds(), std::int64_t(-1)); // floors
    QCOMPARE(Timestamp(-1'000'000).unixMillis(), std::int64_t(-1));
    QCOMPARE(Timestamp(-1'000'001).unixMillis(), std::int64_t(-2));
    // The shared helpers: rounded towards negative infinity, the remainder never negative for b > 0.
    using sk::entities::floorDiv;
    using sk::entities::floorMod;
    static_assert(floorDiv(7, 2) == 3 && floorDiv(-7, 2) == -4 && floorDiv(-8, 2) == -4
                  && floorDiv(7, -2) == -4);
    static_assert(floorMod(7, 2) == 1 && floorMod(-7, 2) == 1 && floorMod(-8, 2) == 0
                  && floorMod(7, -2) == -1);
    QCOMPARE(floorDiv(-1, 86400), std::int64_t(-1));
    QCOMPARE(floorMod(-1, 86400), std::int64_t(86399));
    QCOMPARE(floorMod(std::numeric_limits<std::int64_t>::min(), 1'000'000'000), std::int64_t(145'224'192));
    QVERIFY(!Timestamp().isSet());
    const auto now = Timestamp::now();
    QVERIFY(now.unixSeconds() > 1'700'000'000);
    QVERIFY(now.unixSeconds() < 4'000'000'000);
}

void TestJsonFields::timestampFieldDecoding()
{
    QCOMPARE(field<Timestamp>(R"({"v": "2024-05-20T12:07:51Z"})"), Timestamp::fromUnixSeconds(1716206871));
    QVERIFY(!field<Timestamp>(R"({"v": ""})").isSet());
    QVERIFY(!field<Timestamp>(R"({"v": null})").isSet());
    QVERIFY(!field<Timestamp>(R"({})").isSet());
    QCOMPARE(decodeError([] { field<Timestamp>(R"({"v": "yesterday"})"); }),
             u"v: not an RFC 3339 timestamp: \"yesterday\""_s);
    QCOMPARE(decodeError([] { field<Timestamp>(R"({"v": 1716206871})"); }),
             u"v: expected an RFC 3339 timestamp string, got number"_s);
    // nlohmann-style hooks
    QCOMPARE(Json::parse(R"("2024-05-20T12:07:51Z")").get<Timestamp>(),
             Timestamp::fromUnixSeconds(1716206871));
    QCOMPARE(Json(Timestamp::fromUnixSeconds(1716206871)), Json("2024-05-20T12:07:51Z"));
}

void TestJsonFields::enumDecoding()
{
    using E = Enum<RegionCode>;
    QVERIFY(field<E>(R"({"v": "EU"})") == RegionCode::Eu);
    QVERIFY(field<E>(R"({"v": 1})") == RegionCode::Us);
    QVERIFY(field<E>(R"({"v": "2"})").isUnknown()); // a numeric *string* is a name, not a number
    QVERIFY(field<E>(R"({})") == RegionCode::Unspecified);
    QVERIFY(field<E>(R"({"v": ""})") == RegionCode::Unspecified);
    QVERIFY(field<E>(R"({"v": "REGION_CODE_UNSPECIFIED"})") == RegionCode::Unspecified);

    const auto unknown = field<E>(R"({"v": "APAC"})");
    QVERIFY(unknown.isUnknown());
    QCOMPARE(q(unknown.raw), u"APAC"_s);
    QCOMPARE(q(unknown.name()), u"APAC"_s);
    QCOMPARE(q(unknown.displayName()), u"unknown (APAC)"_s);

    const auto lower = field<E>(R"({"v": "eu"})"); // names are case-sensitive
    QVERIFY(lower.isUnknown());

    const auto number = field<E>(R"({"v": 9})");
    QVERIFY(number.isUnknown());
    QCOMPARE(q(number.raw), u"9"_s);

    QCOMPARE(q(E(RegionCode::Eu).name()), u"EU"_s);
    QCOMPARE(q(E(RegionCode::Eu).displayName()), u"EU"_s);
    QVERIFY(E(RegionCode::Eu).raw.empty());
    QCOMPARE(decodeError([] { field<E>(R"({"v": {"x": 1}})"); }), u"v: expected an enum name, got object"_s);
    QCOMPARE(decodeError([] { field<E>(R"({"v": true})"); }), u"v: expected an enum name, got boolean"_s);
    QVERIFY(sk::json::enumFromName<RegionCode>("US") == RegionCode::Us);
    QVERIFY(!sk::json::enumFromName<RegionCode>("Unknown"));
}

void TestJsonFields::enumEncoding()
{
    using E = Enum<RegionCode>;
    QCOMPARE(sk::json::writeValue(E(RegionCode::Us)), Json("US"));
    QCOMPARE(sk::json::writeValue(E::fromRaw("APAC")), Json("APAC"));
    QCOMPARE(Json(E(RegionCode::Eu)), Json("EU"));
    const auto back = Json("APAC").get<E>();
    QVERIFY(back == E::fromRaw("APAC"));
}

void TestJsonFields::malformedJsonIsDecodeError()
{
    QVERIFY(decodeError([] { sk::json::parse(R"({"organizations": [)"); }).startsWith(u"malformed JSON"_s));
    QVERIFY(decodeError([] { sk::json::parse(""); }).startsWith(u"malformed JSON"_s));
    QCOMPARE(sk::json::parse(R"({"a": 1})")["a"], Json(1));
}

void TestJsonFields::decodeErrorPrefixing()
{
    const DecodeError leaf("create_time", "bad");
    QCOMPARE(q(leaf.prefixed("[3]").prefixed("organizations").path()), u"organizations[3].create_time"_s);
    QCOMPARE(q(DecodeError({}, "bad").prefixed("x").what()), u"x: bad"_s);
    QCOMPARE(q(leaf.reason()), u"bad"_s);
}

void TestJsonFields::boxDeepCopies()
{
    sk::entities::Box<std::string> a(std::string("x"));
    sk::entities::Box<std::string> b = a;
    *b = "y";
    QCOMPARE(q(*a), u"x"_s);
    QVERIFY(a != b);
    b = a;
    QVERIFY(a == b);
    sk::entities::Box<std::string> empty;
    QVERIFY(!empty.has_value());
    QVERIFY(empty != a);
    QVERIFY(sk::entities::Box<std::string>() == empty);
}

QTEST_GUILESS_MAIN(TestJsonFields)
#include "tst_jsonfields.moc"
