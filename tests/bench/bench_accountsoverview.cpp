// How fast AccountsOverview fills and whether its thread stays responsive: starts a sandbox with
// N connected accounts (argument 1, default 10000), counts them all, and prints the fill time,
// the longest gap between two turns of the event loop (what a GUI would feel as a stall), the
// number of changed() signals and the peak of the gap's distribution. Figures only, no asserts.
//   build/tests/bench_accountsoverview 100000
#include "models/agentkit/accountsoverview.h"
#include "services/api/apiclient.h"
#include "tests/support/sandboxprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString accounts = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("10000");
    sk::test::SandboxProcess sandbox({QStringLiteral("--connected-accounts"), accounts});
    if (!sandbox.start(600000)) {
        std::fprintf(stderr, "sandbox: %s\n", qUtf8Printable(sandbox.errorString()));
        return 1;
    }
    QNetworkAccessManager network;
    sk::api::ApiClient client(&network);
    client.setSettings({sandbox.url(), sandbox.clientId(), sandbox.clientSecret()});
    sk::models::AccountsOverview overview(&client);

    // A 1 ms precise timer: the gaps between its runs show how long the thread was busy
    // elsewhere (or starved of CPU: on a loaded machine gaps include time the OS gave others).
    QElapsedTimer turn;
    qint64 longestGapNs = 0;
    qint64 turns = 0;
    qint64 gapsOver16ms = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        const qint64 gap = turn.nsecsElapsed();
        turn.restart();
        longestGapNs = std::max(longestGapNs, gap);
        gapsOver16ms += gap > 16'000'000 ? 1 : 0;
        ++turns;
    });
    int changes = 0;
    QObject::connect(&overview, &sk::models::AccountsOverview::changed, &overview, [&changes] { ++changes; });
    QElapsedTimer clock;
    QObject::connect(&overview, &sk::models::AccountsOverview::finished, &app, [&] {
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        std::printf("accounts %lld, pages %d: filled in %.2f s (%.0f accounts/s)\n",
                    static_cast<long long>(overview.loaded()), overview.pagesRequested(), seconds,
                    double(overview.loaded()) / seconds);
        std::printf("event loop: %lld ticks, longest gap %.1f ms, %lld gaps over 16 ms; changed() %d times\n",
                    static_cast<long long>(turns), double(longestGapNs) / 1e6, static_cast<long long>(gapsOver16ms),
                    changes);
        app.quit();
    });
    QObject::connect(&overview, &sk::models::AccountsOverview::failed, &app, [&app](const sk::api::ApiError &e) {
        std::fprintf(stderr, "failed: %s\n", qUtf8Printable(e.describe()));
        app.exit(1);
    });
    clock.start();
    turn.start();
    ticker.start();
    overview.refresh();
    return app.exec();
}
