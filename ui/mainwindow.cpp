#include "ui/mainwindow.h"

#include "services/core/environmentstatus.h"
#include "ui/environmentstatuspanel.h"
#include "ui/profiles/productionframe.h"
#include "ui/widgets/emptystatewidget.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/resourceicon.h"
#include "ui/widgets/resourcepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace sk::ui {

using services::EnvironmentStatus;

namespace {
const QString kSettingsGroup = QStringLiteral("MainWindow");
const QString kGeometryKey = QStringLiteral("geometry");
const QString kStateKey = QStringLiteral("state");
const QString kLastTabKey = QStringLiteral("lastTab");
} // namespace

MainWindow::MainWindow(EnvironmentStatus *status, QWidget *parent)
    : QMainWindow(parent)
    , m_status(status)
    , m_tabs(new QTabWidget(this))
    , m_banner(new MessageBanner(this))
    , m_productionBanner(new MessageBanner(this))
    , m_statusPanel(new EnvironmentStatusPanel(status, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(resourceIcon(QStringLiteral(":/icons/scalekit-console.svg")));
    resize(1280, 800);

    createActions();
    createTabs();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_productionBanner->setObjectName(QStringLiteral("productionBanner"));
    layout->addWidget(m_productionBanner);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    m_centralLayout = layout;
    setCentralWidget(central);
    m_productionFrame = new ProductionFrame(this);

    statusBar()->addPermanentWidget(m_statusPanel);
    statusBar()->setSizeGripEnabled(true);

    connect(m_status, &EnvironmentStatus::environmentChanged, this, &MainWindow::updateEnvironment);
    connect(m_status, &EnvironmentStatus::connectionChanged, this, &MainWindow::updateEnvironment);
    updateEnvironment();
}

QMenu *MainWindow::toolsMenu()
{
    if (!m_toolsMenu) {
        m_toolsMenu = new QMenu(tr("&Tools"), this);
        m_toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
        menuBar()->insertMenu(m_helpMenu ? m_helpMenu->menuAction() : nullptr, m_toolsMenu);
    }
    return m_toolsMenu;
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *refresh
        = fileMenu->addAction(resourceIcon(QStringLiteral(":/icons/refresh.svg")), tr("&Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setObjectName(QStringLiteral("actionRefresh"));
    connect(refresh, &QAction::triggered, this, &MainWindow::refreshRequested);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    int index = 0;
    for (const TabInfo &tab : consoleTabs()) {
        QAction *action = viewMenu->addAction(resourceIcon(tab.iconPath), tab.title);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
        const TabId id = tab.id;
        connect(action, &QAction::triggered, this, [this, id] { showTab(id); });
        ++index;
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu = helpMenu;
    QAction *about = helpMenu->addAction(tr("&About Scalekit Console"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Scalekit Console"),
                           tr("<b>Scalekit Console %1</b><p>A native console for Scalekit "
                              "environments: organizations, users, SSO, directories, AgentKit "
                              "and MCP.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_environmentButton = new QToolButton(toolbar);
    m_environmentButton->setObjectName(QStringLiteral("environmentSwitcher"));
    m_environmentButton->setPopupMode(QToolButton::InstantPopup);
    m_environmentButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *environmentMenu = new QMenu(m_environmentButton);
    QAction *manage = environmentMenu->addAction(tr("Manage environments…"));
    manage->setEnabled(false);
    manage->setToolTip(tr("Environment profiles are not available in this build yet."));
    m_environmentButton->setMenu(environmentMenu);
    toolbar->addWidget(m_environmentButton);
    toolbar->addSeparator();
    toolbar->addAction(refresh);
}

void MainWindow::createTabs()
{
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setIconSize(QSize(18, 18));
    for (const TabInfo &tab : consoleTabs()) {
        auto *empty = new EmptyStateWidget(m_tabs);
        empty->setObjectName(QStringLiteral("emptyState_") + tab.key);
        empty->setIcon(tab.iconPath);
        empty->setTitle(tab.emptyTitle);
        empty->setMessage(tab.emptyMessage);
        m_tabs->addTab(empty, resourceIcon(tab.iconPath), tab.title);
    }
    // A lazily installed tab is built when it is first shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0 && !m_replacingPlaceholder && !m_buildAfterFirstFrame)
            tab(static_cast<TabId>(index));
    });
}

void MainWindow::updateEnvironment()
{
    const QString kindLabel = EnvironmentStatus::kindLabel(m_status->kind());
    const QString name = m_status->name().isEmpty() ? kindLabel : m_status->name();
    const bool production = m_status->kind() == EnvironmentStatus::Kind::Production;
    setWindowTitle(ProductionFrame::decorateTitle(tr("Scalekit Console — %1").arg(name), production));
    m_productionFrame->setActive(production);
    m_productionBanner->showMessage(MessageBanner::Level::Danger,
                                    production ? tr("<b>PRODUCTION</b> — %1. Changes here affect real customers.")
                                                     .arg(name.toHtmlEscaped())
                                               : QString());
    if (production) // shown only then; a style sheet is costly to apply to a hidden banner
        m_productionBanner->setStyleSheet(QStringLiteral("#productionBanner { background: %1; }"
                                                         " #productionBanner QLabel { color: white; }")
                                              .arg(ProductionFrame::color()));
    m_environmentButton->setText(tr("Environment: %1").arg(name));
    QPixmap chip(12, 12);
    chip.fill(Qt::transparent);
    {
        QPainter painter(&chip);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(environmentColor(static_cast<int>(m_status->kind()))));
        painter.drawEllipse(1, 1, 10, 10);
    }
    m_environmentButton->setIcon(QIcon(chip));
    m_environmentButton->setToolTip(tr("%1 (%2). %3")
                                        .arg(name, kindLabel, m_status->connectionMessage()));

    const bool configured = m_status->kind() != EnvironmentStatus::Kind::None;
    const QString hint = configured
        ? tr("Press <b>F5</b> to refresh.")
        : tr("Run <code>scalekit-console --sandbox</code> to explore a local sandbox with "
             "realistic data, or set <code>SCALEKIT_ENV_URL</code>, "
             "<code>SCALEKIT_CLIENT_ID</code> and <code>SCALEKIT_CLIENT_SECRET</code> to "
             "connect to your Scalekit environment.");
    for (EmptyStateWidget *empty : findChildren<EmptyStateWidget *>())
        empty->setHint(hint);

    switch (m_status->connection()) {
    case EnvironmentStatus::Connection::Unavailable:
    case EnvironmentStatus::Connection::Failed:
        m_banner->showMessage(MessageBanner::Level::Warning, m_status->connectionMessage().toHtmlEscaped());
        break;
    default:
        m_banner->showMessage(MessageBanner::Level::Info, QString());
        break;
    }
}

void MainWindow::installTab(ResourcePage *page)
{
    const TabId id = page->tabId();
    const int index = static_cast<int>(id);
    m_pages.insert(id, page);
    connect(this, &MainWindow::refreshRequested, page, &ResourcePage::refresh);
    connect(page, &ResourcePage::openTabRequested, this, &MainWindow::showOrganizationIn);
    const bool current = m_tabs->currentIndex() == index;
    QWidget *placeholder = m_tabs->widget(index);
    const TabInfo &info = consoleTabs().at(index);
    // Swapping the widget moves the current index for a moment: no other tab is built for it.
    // The page goes in first, so removing the placeholder never shows (and lays out) a third one.
    m_replacingPlaceholder = true;
    m_tabs->insertTab(index, page, resourceIcon(info.iconPath), info.title);
    if (current)
        m_tabs->setCurrentIndex(index);
    m_tabs->removeTab(index + 1);
    delete placeholder;
    m_replacingPlaceholder = false;
    updateEnvironment();
}

void MainWindow::installTab(TabId id, std::function<ResourcePage *()> make)
{
    m_factories.insert(id, std::move(make));
}

ConsoleTab *MainWindow::tab(TabId id) const
{
    if (!m_pages.contains(id) && m_factories.contains(id)) {
        // Building the page is not a visible change of the window: it stands in for the
        // placeholder that was there.
        auto *self = const_cast<MainWindow *>(this);
        const std::function<ResourcePage *()> make = self->m_factories.take(id);
        self->installTab(make());
    }
    return m_pages.value(id, nullptr);
}

void MainWindow::showOrganizationIn(TabId id, const QString &organizationId, const QString &displayName)
{
    if (ConsoleTab *page = tab(id); page && !organizationId.isEmpty())
        page->showOrganization(organizationId, displayName);
    showTab(id);
}

void MainWindow::insertBanner(QWidget *banner)
{
    m_centralLayout->insertWidget(m_centralLayout->indexOf(m_tabs), banner);
}

void MainWindow::showTab(TabId id)
{
    if (!m_buildAfterFirstFrame)
        tab(id);
    m_tabs->setCurrentIndex(static_cast<int>(id));
}

TabId MainWindow::currentTab() const
{
    return static_cast<TabId>(qMax(0, m_tabs->currentIndex()));
}

bool MainWindow::isIdle() const
{
    return m_status->inFlight() == 0 && m_status->connection() != EnvironmentStatus::Connection::Connecting;
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings.value(kStateKey).toByteArray();
    if (!state.isEmpty())
        restoreState(state);
    if (const auto tab = tabFromKey(settings.value(kLastTabKey).toString()))
        showTab(*tab);
}

void MainWindow::saveSettings() const
{
    if (!m_persistSettings)
        return;
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kLastTabKey, consoleTabs().at(static_cast<int>(currentTab())).key);
}

bool MainWindow::event(QEvent *event)
{
    if (event->type() == QEvent::Paint && m_buildAfterFirstFrame) {
        // Queued: it runs once this frame is painted and flushed, before any network answer.
        m_buildAfterFirstFrame = false;
        QMetaObject::invokeMethod(
            this, [this] { tab(currentTab()); }, Qt::QueuedConnection);
    }
    return QMainWindow::event(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace sk::ui
