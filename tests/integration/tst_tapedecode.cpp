// The export's bulk path (services/json/tape.h, tapepagestream.h, fieldcells.h) against the
// ordinary one (nlohmann DOM + from_json, to_json + the export's CSV rule): the same pages, the
// same entities, the same cells, for the organization and connected-account pages a real sandbox
// serves and for hand-made pages with the awkward cases (unknown enum values, nulls, missing
// fields, metadata objects, escapes, duplicates). The tape must never accept what the bounded
// nlohmann parse refuses (malformed, too deep), and secrets stay masked in cells.
#include "app/console/cli/exportwriter.h"
#include "services/api/rawbody.h"
#include "services/entities/connectedaccount.h"
#include "services/entities/organization.h"
#include "services/entities/tapecodecs.h"
#include "services/json/boundedparse.h"
#include "services/json/fieldcells.h"
#include "services/json/tape.h"
#include "services/resources/connectedaccountsservice.h"
#include "servicetest.h"
#include "tapefixtures.h"

#include <QTest>

using namespace sk;

namespace {

const std::vector<std::string> kOrganizationColumns {
    "id", "display_name", "external_id", "slug", "region_code", "create_time", "update_time", "metadata"};
const std::vector<std::string> kAccountColumns {"id",
                                                "connector",
                                                "identifier",
                                                "provider",
                                                "status",
                                                "authorization_type",
                                                "connection_id",
                                                "token_expires_at",
                                                "updated_at",
                                                "last_used_at",
                                                "authorization_details",
                                                "api_config"};

// What the export wrote before the bulk path: each cell from the entity's to_json.
template<typename T> std::vector<std::string> domCells(const T &entity, const std::vector<std::string> &keys)
{
    const nlohmann::json row = nlohmann::json(entity);
    std::vector<std::string> cells;
    for (const std::string &key : keys) {
        std::string cell;
        if (const auto it = row.find(key); it != row.end())
            json::appendCsvText(cell, *it);
        cells.push_back(cell);
    }
    return cells;
}

template<typename T> std::vector<std::string> tapeCells(const T &entity, const std::vector<std::string> &keys)
{
    json::FieldCells cells(keys);
    entities::readFields(entity, cells);
    return cells.cells();
}

std::string joined(const std::vector<std::string> &cells)
{
    std::string text = "expected cells:";
    for (const std::string &cell : cells)
        text += " [" + cell + "]";
    return text;
}

// The page as TapePageStream decodes it: the tape when it can, else the ordinary path.
template<typename T>
Path decodeBoth(const std::string &body, std::string_view key, entities::Page<T> *tapePage,
                std::string *domError)
{
    const nlohmann::json dom = json::parseBounded(body, json::kMaxResponseDepth);
    json::Tape tape;
    const bool taped = tape.parse(body, json::kMaxResponseDepth);
    if (taped && dom.is_discarded())
        throw std::runtime_error("the tape accepted what the bounded parse refuses");
    if (!taped && !dom.is_discarded())
        throw std::runtime_error("the tape refused what the bounded parse accepts"); // one lexer
    if (dom.is_discarded())
        return Path::Refused;
    entities::Page<T> expected;
    try {
        expected = json::decodePage<T>(dom, key);
    } catch (const json::DecodeError &e) {
        *domError = e.what();
    }
    if (!taped)
        return Path::Fallback;
    try {
        *tapePage = json::decodeTapePage<T>(json::TapeValue(&tape, 0), key);
    } catch (const json::TapeFallback &) {
        return Path::Fallback;
    } catch (const std::exception &) {
        return Path::Fallback; // e.g. a nested value nlohmann itself parses (and judges)
    }
    if (!domError->empty())
        throw std::runtime_error("the tape decoded a page the ordinary path refuses: " + *domError);
    if (!(*tapePage == expected))
        throw std::runtime_error("the tape decoded a different page");
    return Path::Tape;
}

} // namespace

class TestTapeDecode : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fixture {{QStringLiteral("--seed"), QStringLiteral("7"),
                                     QStringLiteral("--organizations"), QStringLiteral("250"),
                                     QStringLiteral("--connected-accounts"), QStringLiteral("250")}};

    // The raw bodies of the first pages of a list, as ApiCall hands them to a RawBodyDecoder.
    std::vector<std::string> rawPages(const std::function<api::ApiRequest(const std::string &)> &request,
                                      int pages)
    {
        std::vector<std::string> bodies;
        std::string token;
        for (int i = 0; i < pages; ++i) {
            std::string body;
            QEventLoop loop;
            QObject owner;
            api::RawBodyDecoder decoder {[&](std::string_view text) -> std::optional<api::ApiCall::Deliver> {
                                             body = std::string(text);
                                             return api::ApiCall::Deliver([&loop] { loop.quit(); });
                                         },
                                         [](const nlohmann::json &) -> api::ApiCall::Deliver { return {}; }};
            m_fixture.client()->send(request(token), &owner, decoder,
                                     [&loop](const api::ApiError &) { loop.quit(); });
            loop.exec();
            if (body.empty())
                break;
            bodies.push_back(body);
            token = nlohmann::json::parse(body).value("next_page_token", std::string());
            if (token.empty())
                break;
        }
        return bodies;
    }

private slots:
    void initTestCase() { QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString())); }

    void sandboxOrganizationPages()
    {
        const auto bodies = rawPages(
            [](const std::string &token) {
                api::ApiRequest request
                    = api::ApiRequest::get(services::apiPath(QStringLiteral("/organizations")));
                services::PageQuery {100, token}.apply(request);
                return request;
            },
            3);
        QCOMPARE(bodies.size(), std::size_t(3));
        for (const std::string &body : bodies) {
            entities::Page<entities::Organization> page;
            std::string error;
            QCOMPARE(int(decodeBoth(body, entities::pagekeys::kOrganizations, &page, &error)),
                     int(Path::Tape));
            QVERIFY(!page.items.empty() && page.items.size() <= 100);
            for (const auto &organization : page.items)
                QVERIFY2(tapeCells(organization, kOrganizationColumns)
                             == domCells(organization, kOrganizationColumns),
                         joined(domCells(organization, kOrganizationColumns)).c_str());
        }
    }

    void sandboxAccountPages()
    {
        const auto bodies = rawPages(
            [](const std::string &token) {
                return services::ConnectedAccountsService::listRequest({}, services::PageQuery {99, token});
            },
            3);
        QCOMPARE(bodies.size(), std::size_t(3));
        for (const std::string &body : bodies) {
            entities::Page<entities::ConnectedAccount> page;
            std::string error;
            QCOMPARE(int(decodeBoth(body, entities::pagekeys::kConnectedAccounts, &page, &error)),
                     int(Path::Tape));
            QVERIFY(!page.items.empty() && page.items.size() <= 99);
            for (const auto &account : page.items)
                QVERIFY2(tapeCells(account, kAccountColumns) == domCells(account, kAccountColumns),
                         joined(domCells(account, kAccountColumns)).c_str());
        }
    }

    void handMadeOrganizationPages_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("path");
        for (const HandMadePage &page : organizationPageCases())
            QTest::newRow(page.name) << QByteArray::fromStdString(page.body) << int(page.path);
    }

    void handMadeOrganizationPages()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, path);
        entities::Page<entities::Organization> page;
        std::string error;
        QCOMPARE(int(decodeBoth(body.toStdString(), entities::pagekeys::kOrganizations, &page, &error)),
                 path);
        for (const auto &organization : page.items)
            QVERIFY2(tapeCells(organization, kOrganizationColumns)
                         == domCells(organization, kOrganizationColumns),
                     joined(domCells(organization, kOrganizationColumns)).c_str());
    }

    void handMadeAccountPages()
    {
        const std::string body = handMadeAccountsPage();
        entities::Page<entities::ConnectedAccount> page;
        std::string error;
        QCOMPARE(int(decodeBoth(body, entities::pagekeys::kConnectedAccounts, &page, &error)),
                 int(Path::Tape));
        QCOMPARE(page.items.size(), std::size_t(3));
        QCOMPARE(page.totalSize, 7);
        QVERIFY(page.items[0].status.isUnknown());
        QCOMPARE(std::string(page.items[0].status.name()), std::string("SOMETHING_NEW"));
        for (const auto &account : page.items)
            QVERIFY2(tapeCells(account, kAccountColumns) == domCells(account, kAccountColumns),
                     joined(domCells(account, kAccountColumns)).c_str());
        // Decoding keeps the credentials (the entity holds them); every cell masks them.
        QCOMPARE(std::string(page.items[0].authorizationDetails->oauthToken->accessToken.reveal()),
                 std::string("tok_real_access"));
        for (const std::string &cell : tapeCells(page.items[0], kAccountColumns)) {
            QVERIFY2(cell.find("tok_real") == std::string::npos, cell.c_str());
            QVERIFY2(cell.find("key_real") == std::string::npos, cell.c_str());
        }
        const auto cells = tapeCells(page.items[0], kAccountColumns);
        QVERIFY(cells[10].find(json::kMaskedSecret) != std::string::npos);
    }

    // The bulk path's CSV escaping (8 bytes at a time) against the row path's QString rule, with
    // each special byte at every place of cells up to 24 bytes long.
    void csvEscapingMatchesTheRowPath()
    {
        for (const char special : {',', '"', '\n', '\r', 'x'}) {
            for (std::size_t length = 0; length <= 24; ++length) {
                for (std::size_t at = 0; at < std::max<std::size_t>(length, 1); ++at) {
                    std::string cell(length, 'a');
                    if (at < length)
                        cell[at] = special;
                    if (length > 2 && special == '"')
                        cell[length - 1] = '"'; // two quotes, one at the end
                    std::string escaped = "prefix";
                    app::cli::ExportWriter::appendCsvEscaped(escaped, cell);
                    const QString expected
                        = u"prefix" + app::cli::ExportWriter::csvEscape(QString::fromStdString(cell));
                    QCOMPARE(QString::fromStdString(escaped), expected);
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTapeDecode)
#include "tst_tapedecode.moc"
