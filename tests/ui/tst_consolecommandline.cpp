// The real scalekit-console binary: --help, --version, usage errors, and --screenshot writing
// a PNG of the window that is the requested size, not blank, and leaves no settings behind.
#include "tests/support/testpaths.h"
#include "tests/ui/uitest.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestConsoleCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    Run run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.remove(QStringLiteral("SCALEKIT_ENV_URL"));
        env.remove(QStringLiteral("SCALEKIT_ENVIRONMENT_URL"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // --screenshot must pick offscreen itself
        process.setProcessEnvironment(env);
        process.start(sk::test::consoleBinary(), arguments);
        if (!process.waitForFinished(180000)) {
            process.kill();
            process.waitForFinished();
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(QFileInfo::exists(sk::test::consoleBinary()), qPrintable(sk::test::consoleBinary()));
    }

    void versionAndHelp()
    {
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith(QStringLiteral("scalekit-console " SCALEKIT_VERSION)),
                 qPrintable(version.out));

        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *option : {"--sandbox", "--screenshot", "--tab", "--size", "organizations|users"})
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option")
            << QStringList {QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("unknown tab") << QStringList {QStringLiteral("--screenshot"), QStringLiteral("x.png"),
                                                     QStringLiteral("--tab"), QStringLiteral("billing")}
                                     << QStringLiteral("billing");
        QTest::newRow("bad size") << QStringList {QStringLiteral("--screenshot"), QStringLiteral("x.png"),
                                                  QStringLiteral("--size"), QStringLiteral("huge")}
                                  << QStringLiteral("huge");
        QTest::newRow("sandbox flag without sandbox")
            << QStringList {QStringLiteral("--sandbox-organizations"), QStringLiteral("10"),
                            QStringLiteral("--screenshot"), QStringLiteral("x.png")}
            << QStringLiteral("--sandbox");
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(QStringLiteral("x.png")));
    }

    void screenshotWritesThePng_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QSize>("size");
        QTest::newRow("default tab") << QStringList {} << QSize(1280, 800);
        QTest::newRow("agentkit 1024x700")
            << QStringList {QStringLiteral("--tab"), QStringLiteral("agentkit"), QStringLiteral("--size"),
                            QStringLiteral("1024x700")}
            << QSize(1024, 700);
        QTest::newRow("sandbox mcp") << QStringList {QStringLiteral("--sandbox"), QStringLiteral("--tab"),
                                                     QStringLiteral("mcp"), QStringLiteral("--size"),
                                                     QStringLiteral("1100x720")}
                                     << QSize(1100, 720);
    }

    void screenshotWritesThePng()
    {
        QFETCH(QStringList, extra);
        QFETCH(QSize, size);
        const QString file
            = m_home.filePath(QStringLiteral("shot-%1.png")
                                  .arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')));
        const Run result = run(QStringList {QStringLiteral("--screenshot"), file} + extra);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QImage image;
        QVERIFY(image.load(file, "PNG"));
        QCOMPARE(image.size(), size);
        QVERIFY2(sk::test::distinctColours(image, 7) > 8, "the screenshot looks blank");
        // A screenshot is not a session: it must not overwrite the user's saved layout.
        QVERIFY(!QFileInfo::exists(m_home.filePath(QStringLiteral("config/Scalekit/scalekit-console.conf"))));
    }

    // --measure-load loads the whole list against the embedded sandbox and prints one JSON line
    // whose figures describe that load; a bad tab is a usage error, an unknown profile ends at once.
    void measureLoadPrintsOneLineOfFigures()
    {
        const Run run = this->run({QStringLiteral("--sandbox"), QStringLiteral("--sandbox-organizations"),
                                   QStringLiteral("250"), QStringLiteral("--measure-load"),
                                   QStringLiteral("organizations")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const QStringList lines = run.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 1);
        const QJsonObject line = QJsonDocument::fromJson(lines.first().toUtf8()).object();
        QCOMPARE(line.value(QStringLiteral("tab")).toString(), QStringLiteral("organizations"));
        QVERIFY(line.value(QStringLiteral("rows")).toInt() >= 250); // every organization, on 3 pages
        for (const char *key : {"first_paint_ms", "load_started_ms", "rss_mb", "rss_baseline_mb"})
            QVERIFY2(line.value(QLatin1String(key)).toDouble() > 0, key);
        for (const char *key : {"first_rows_ms", "all_rows_ms", "max_gui_stall_ms", "rows_per_s",
                                "max_gui_busy_ms", "max_scroll_busy_ms"}) {
            QVERIFY2(line.value(QLatin1String(key)).isDouble(), key);
            QVERIFY2(line.value(QLatin1String(key)).toDouble() >= 0, key);
        }
        QVERIFY(line.value(QStringLiteral("all_rows_ms")).toDouble()
                >= line.value(QStringLiteral("first_rows_ms")).toDouble());

        const Run badTab = this->run(
            {QStringLiteral("--sandbox"), QStringLiteral("--measure-load"), QStringLiteral("nope")});
        QCOMPARE(badTab.exitCode, 2);
        const Run noProfile = this->run({QStringLiteral("--profile"), QStringLiteral("no-such-profile"),
                                         QStringLiteral("--measure-load"), QStringLiteral("organizations")});
        QCOMPARE(noProfile.exitCode, 3);
        QVERIFY(noProfile.out.contains(QStringLiteral("error")));
    }

    // --measure-filter types into the "Filter loaded rows" field once everything is loaded and
    // adds the filter's figures: "ORG_" is in every organization's ID, whatever its case.
    void measureFilterAddsTheFilterFigures()
    {
        const Run run = this->run({QStringLiteral("--sandbox"), QStringLiteral("--sandbox-organizations"),
                                   QStringLiteral("250"), QStringLiteral("--measure-load"),
                                   QStringLiteral("organizations"), QStringLiteral("--measure-filter"),
                                   QStringLiteral("ORG_")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const QJsonObject line = QJsonDocument::fromJson(run.out.trimmed().toUtf8()).object();
        QVERIFY(line.value(QStringLiteral("rows")).toInt() >= 250);
        QCOMPARE(line.value(QStringLiteral("filter_rows")).toInt(),
                 line.value(QStringLiteral("rows")).toInt());
        for (const char *key : {"filter_ms", "filter_paint_ms", "unfilter_ms"})
            QVERIFY2(line.value(QLatin1String(key)).toDouble() > 0, key);
        QVERIFY(line.value(QStringLiteral("filter_paint_ms")).toDouble()
                >= line.value(QStringLiteral("filter_ms")).toDouble());

        const Run alone = this->run(
            {QStringLiteral("--sandbox"), QStringLiteral("--measure-filter"), QStringLiteral("x")});
        QCOMPARE(alone.exitCode, 2);
        QVERIFY(alone.err.contains(QStringLiteral("--measure-load")));
    }
};

QTEST_MAIN(TestConsoleCommandLine)
#include "tst_consolecommandline.moc"
