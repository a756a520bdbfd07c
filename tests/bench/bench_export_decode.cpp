// The console's own CPU per page of `scalekit-console export organizations|connected-accounts
// --format csv`, without the network (issue 15): for each saved page body, what the export does
// once the body has arrived (api::TapePageStream::decodeRaw and deliver, the tapeResource row):
// json::Tape::parse, next_page_token read, json::decodeTapePage<T>, then per row FieldCells +
// readFields + ExportWriter::writeCells, into /dev/null. CPU time (CLOCK_PROCESS_CPUTIME_ID),
// median of RUNS runs, printed as JSON; nothing asserted.
//   build-rel/tests/bench_export_decode PAGES_DIR [RUNS] [CSV_PREFIX]
// PAGES_DIR holds organizations-NNNN.json and connected-accounts-NNNN.json (tests/bench/
// fetch_pages.py; tests/bench/bench_export_decode.sh fetches them from a sandbox and runs this).
// With CSV_PREFIX, one pass over the pages is also written to CSV_PREFIX-RESOURCE.csv (to check
// that a change keeps the bytes).
#include "app/console/cli/exportwriter.h"
#include "services/entities/connectedaccount.h"
#include "services/entities/organization.h"
#include "services/entities/tapecodecs.h"
#include "services/json/boundedparse.h"
#include "services/json/fieldcells.h"
#include "services/json/tape.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>
#include <string>
#include <vector>

using namespace sk;

namespace {

double cpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

std::vector<std::string> loadPages(const QString &dir, const QString &resource)
{
    std::vector<std::string> pages;
    const QDir d(dir);
    for (const QString &name : d.entryList({resource + QStringLiteral("-*.json")}, QDir::Files, QDir::Name)) {
        QFile file(d.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            pages.push_back(file.readAll().toStdString());
    }
    return pages;
}

// One page, as the export handles it. False when the tape leaves the page to the nlohmann path.
template<typename T>
bool exportPage(const std::string &body, std::string_view itemsKey, json::FieldCells &cells,
                app::cli::ExportWriter &writer)
{
    json::Tape tape;
    if (!tape.parse(body, json::kMaxResponseDepth))
        return false;
    const json::TapeValue root(&tape, 0);
    if (!root.isObject())
        return false;
    try {
        std::string next;
        const json::TapeReader reader(root);
        reader("next_page_token", next);
        const auto page = std::make_shared<entities::Page<T>>(json::decodeTapePage<T>(root, itemsKey));
        for (const T &row : page->items) {
            cells.clear();
            readFields(row, cells);
            writer.writeCells(cells.cells());
        }
    } catch (const json::TapeFallback &) {
        return false;
    }
    return true;
}

template<typename T>
bool exportAll(const std::vector<std::string> &pages, std::string_view itemsKey,
               const std::vector<std::string> &keys, const QString &output, int repeats)
{
    QList<app::cli::ExportWriter::Column> columns;
    for (const std::string &key : keys)
        columns.push_back({QString::fromStdString(key), key});
    app::cli::ExportWriter writer(app::cli::ExportWriter::Format::Csv, columns);
    if (!writer.open(output))
        return false;
    json::FieldCells cells(keys); // one per export, as tapeResource keeps it
    for (int r = 0; r < repeats; ++r) {
        for (const std::string &body : pages) {
            if (!exportPage<T>(body, itemsKey, cells, writer)) {
                std::fprintf(stderr, "a page left to the nlohmann path\n");
                return false;
            }
        }
    }
    return writer.commit();
}

template<typename T>
double microsPerPage(const std::vector<std::string> &pages, std::string_view itemsKey,
                     const std::vector<std::string> &keys, int runs, const QString &csv)
{
    if (pages.empty())
        return -1;
    if (!csv.isEmpty() && !exportAll<T>(pages, itemsKey, keys, csv, 1))
        return -1;
    exportAll<T>(pages, itemsKey, keys, QStringLiteral("/dev/null"), 1); // warm-up
    const int repeats = std::max(1, 2000 / int(pages.size()));
    std::vector<double> perPage;
    for (int run = 0; run < runs; ++run) {
        const double t0 = cpuSeconds();
        if (!exportAll<T>(pages, itemsKey, keys, QStringLiteral("/dev/null"), repeats))
            return -1;
        perPage.push_back((cpuSeconds() - t0) * 1e6 / double(repeats * pages.size()));
    }
    std::sort(perPage.begin(), perPage.end());
    return perPage[perPage.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s PAGES_DIR [RUNS] [CSV_PREFIX]\n", argv[0]);
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 7;
    const QString prefix = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
    const auto orgPages = loadPages(dir, QStringLiteral("organizations"));
    const auto accountPages = loadPages(dir, QStringLiteral("connected-accounts"));
    // The export's CSV columns (app/console/cli/exportresources*.cpp).
    const double orgs = microsPerPage<entities::Organization>(
        orgPages, entities::pagekeys::kOrganizations,
        {"id", "display_name", "external_id", "slug", "region_code", "create_time", "update_time",
         "metadata"},
        runs, prefix.isEmpty() ? QString() : prefix + QStringLiteral("-organizations.csv"));
    const double accounts = microsPerPage<entities::ConnectedAccount>(
        accountPages, entities::pagekeys::kConnectedAccounts,
        {"id", "connector", "identifier", "provider", "status", "authorization_type", "connection_id",
         "token_expires_at", "updated_at", "last_used_at"},
        runs, prefix.isEmpty() ? QString() : prefix + QStringLiteral("-connected-accounts.csv"));
    std::printf(
        "{\"organizations_pages\": %zu, \"organizations_us_per_page\": %.1f, "
        "\"connected_accounts_pages\": %zu, \"connected_accounts_us_per_page\": %.1f, \"runs\": %d}\n",
        orgPages.size(), orgs, accountPages.size(), accounts, runs);
    return orgs < 0 || accounts < 0 ? 1 : 0;
}
