// The floor of tests/bench/bench_startup.sh: a plain Qt window with nothing of ours but the
// shape of the console's first frame (a menu bar, a toolbar with a button, a status bar text,
// six tabs with SVG icons, an empty state of a title and a wrapped sentence), timed by the same
// probe as the console and the empty window. What it costs over the empty window is what any
// window showing that much text and those icons costs with this Qt (docs/startup.md).
#include "app/console/firstframeprobe.h"

#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString icons = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    QMainWindow window;
    QMenu *file = window.menuBar()->addMenu(QStringLiteral("&File"));
    file->addAction(QStringLiteral("&Refresh"));
    window.menuBar()->addMenu(QStringLiteral("&View"));
    window.menuBar()->addMenu(QStringLiteral("&Help"));
    QToolBar *toolbar = window.addToolBar(QStringLiteral("Main"));
    auto *environment = new QToolButton;
    environment->setText(QStringLiteral("Environment: 127.0.0.1"));
    toolbar->addWidget(environment);
    toolbar->addAction(QIcon(icons + QStringLiteral("/refresh.svg")), QStringLiteral("Refresh"));
    window.statusBar()->addPermanentWidget(new QLabel(QStringLiteral("Connecting…  127.0.0.1")));
    auto *tabs = new QTabWidget;
    tabs->setDocumentMode(true);
    const char *names[][2]
        = {{"Organizations", "organizations"}, {"Users", "users"},       {"SSO Connections", "connections"},
           {"Directories", "directories"},     {"AgentKit", "agentkit"}, {"MCP", "mcp"}};
    for (const auto &name : names) {
        auto *page = new QWidget;
        auto *layout = new QVBoxLayout(page);
        auto *message
            = new QLabel(QStringLiteral("Every organization in the environment appears here with its "
                                        "domains, SSO and directory-sync status."));
        message->setWordWrap(true);
        layout->addStretch();
        layout->addWidget(new QLabel(QStringLiteral("Your customers' organizations")));
        layout->addWidget(message);
        layout->addStretch();
        tabs->addTab(page, QIcon(icons + u'/' + QLatin1String(name[1]) + QStringLiteral(".svg")),
                     QString::fromLatin1(name[0]));
    }
    window.setCentralWidget(tabs);
    window.resize(1280, 800);
    window.show();
    sk::startup::printFirstFrameThenQuit(&window);
    return app.exec();
}
