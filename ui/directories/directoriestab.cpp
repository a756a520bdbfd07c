#include "ui/directories/directoriestab.h"

#include "models/core/displayformat.h"
#include "models/directories/directoriesmodel.h"
#include "models/directories/directoryformat.h"
#include "services/core/environmentstatus.h"
#include "services/resources/services.h"
#include "ui/directories/directorydetailpane.h"
#include "ui/organizations/newsecretdialog.h"
#include "ui/users/organizationfilter.h"
#include "ui/widgets/confirmbytypingdialog.h"
#include "ui/widgets/resourcetableview.h"
#include "ui/widgets/tabframe.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>

namespace sk::ui {

using entities::Directory;
using models::DirectoriesModel;
using models::DirectoryFilter;
using models::text;
namespace format = models::directoryformat;
namespace dirstatus = entities::directorystatus;

namespace {
const QString kEnabledOnly = QStringLiteral("@enabled");
const QString kDisabledOnly = QStringLiteral("@disabled");
} // namespace

DirectoriesTab::DirectoriesTab(services::Services *services, services::EnvironmentStatus *status,
                               QWidget *parent)
    : ResourcePage(TabId::Directories, QStringLiteral("directories"), status, parent)
    , m_services(services)
    , m_model(new DirectoriesModel(&services->directories(), &services->organizations(), this))
    , m_detail(new DirectoryDetailPane(services, status, this))
    , m_organizations(new OrganizationFilter(services, this))
    , m_status(new QComboBox(this))
{
    setListModel(m_model, { 125, 145, 140, 45, 95, 60, 50, 55, 95 });
    setSummaryNouns(tr("directory"), tr("directories"));
    enableSearch(tr("Search name, organization, provider or dir_ ID"));
    m_organizations->setObjectName(QStringLiteral("directoriesOrganizationFilter"));
    m_status->setObjectName(QStringLiteral("directoriesStatusFilter"));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->setMinimumContentsLength(10);
    m_status->addItem(tr("All directories"), QString());
    for (const std::string_view key : { dirstatus::kCompleted, dirstatus::kInProgress, dirstatus::kDraft })
        m_status->addItem(format::statusBadge(std::string(key)).text, text(key));
    m_status->addItem(tr("Stale (no sync for over a day)"), DirectoryFilter::kStale);
    m_status->addItem(tr("Enabled"), kEnabledOnly);
    m_status->addItem(tr("Disabled"), kDisabledOnly);
    m_status->setToolTip(
        tr("Show directories in one status, stale ones (enabled, no sync for over a day), or "
           "only enabled or disabled ones"));
    m_organizations->setMinimumContentsLength(16);
    addFilterWidget(m_organizations);
    addFilterWidget(m_status);

    using Place = ActionPlace;
    m_toggle = addPageAction(QStringLiteral("edit"), tr("Disable…"), QStringLiteral("actionToggleDirectory"),
                             QKeySequence(Qt::CTRL | Qt::Key_E), Place::ToolbarAndContextMenu,
                             &DirectoriesTab::toggleSelected);
    m_sync = addPageAction(QStringLiteral("refresh"), tr("Sync now"), QStringLiteral("actionSyncDirectory"),
                           QKeySequence(Qt::CTRL | Qt::Key_Y), Place::ToolbarAndContextMenu,
                           &DirectoriesTab::syncSelected);
    m_rotate = addPageAction(QStringLiteral("key"), tr("Rotate token…"),
                             QStringLiteral("actionRotateDirectoryToken"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), Place::ToolbarAndContextMenu,
                             &DirectoriesTab::rotateTokenForSelected);
    setDetailPane(m_detail);

    connect(m_organizations, &OrganizationFilter::organizationChanged, this,
            &DirectoriesTab::applyOrganization);
    connect(m_status, &QComboBox::activated, this, &DirectoriesTab::applyFilter);
    connect(m_model, &DirectoriesModel::scanProgress, this, &DirectoriesTab::updateSummary);
    connect(m_detail, &DirectoryDetailPane::toggleRequested, this, &DirectoriesTab::toggleSelected);
    connect(m_detail, &DirectoryDetailPane::syncRequested, this, &DirectoriesTab::syncSelected);
    connect(m_detail, &DirectoryDetailPane::rotateTokenRequested, this,
            &DirectoriesTab::rotateTokenForSelected);
    connect(m_detail, &DirectoryDetailPane::organizationRequested, this, [this](const QString &id) {
        emit openTabRequested(TabId::Users, id, m_model->organizationName(id.toStdString()));
    });
    connect(view(), &ResourceTableView::openRequested, this, [this] { m_detail->setFocus(); });
    finishSetup();
}

// ---- loading and filters ----

void DirectoriesTab::onLoadRequested()
{
    m_organizations->reload();
    m_model->setOrganization(m_organizations->organizationId(), m_organizations->organizationName(), true);
    if (m_model->isEnvironmentWide())
        m_model->loadAll(); // the whole scan, with progress; Esc stops it
    updateActions();
}

void DirectoriesTab::refresh()
{
    if (!isConnected() || !frame()->hasLoaded())
        return;
    const QString current = view()->currentId();
    onLoadRequested();
    if (!current.isEmpty())
        selectWhenLoaded(current);
}

void DirectoriesTab::onEnvironmentReset()
{
    ResourcePage::onEnvironmentReset();
    m_organizations->reset();
    m_status->setCurrentIndex(0);
    m_model->setFilter({});
    m_detail->setDirectory(std::nullopt);
}

void DirectoriesTab::showOrganization(const QString &organizationId, const QString &displayName)
{
    m_organizations->setOrganization(organizationId, displayName);
    applyOrganization(); // in case it was already the current one
}

void DirectoriesTab::applyOrganization()
{
    if (!frame()->hasLoaded())
        return; // the first load uses whatever is set by then
    m_model->setOrganization(m_organizations->organizationId(), m_organizations->organizationName());
    if (m_model->isEnvironmentWide() && m_model->state() != models::PagedTableModel::State::Complete)
        m_model->loadAll();
    updateSummary();
}

void DirectoriesTab::onSearchChanged(const QString &)
{
    applyFilter();
}

void DirectoriesTab::applyFilter()
{
    DirectoryFilter filter;
    filter.text = searchField()->text().trimmed();
    const QString choice = m_status->currentData().toString();
    if (choice == kEnabledOnly || choice == kDisabledOnly)
        filter.enabled = choice == kEnabledOnly;
    else
        filter.status = choice;
    m_model->setFilter(filter);
    updateSummary();
}

bool DirectoriesTab::isSearching() const
{
    return !m_model->filter().isEmpty();
}

QString DirectoriesTab::summaryText() const
{
    QString summary = ResourcePage::summaryText();
    if (isSearching())
        summary
            = tr("%1 of %2 loaded")
                  .arg(summary, models::countOf(m_model->loadedCount(), tr("directory"), tr("directories")));
    if (!m_model->isEnvironmentWide())
        return tr("%1 in %2").arg(summary, m_organizations->organizationName());
    const int total = m_model->organizationsTotal();
    if (m_model->state() == models::PagedTableModel::State::Complete)
        return tr("%1 · %2").arg(
            summary,
            models::countOf(m_model->organizationsScanned(), tr("organization"), tr("organizations")));
    return total >= 0
        ? tr("%1 · %2 of %3 organizations").arg(summary).arg(m_model->organizationsScanned()).arg(total)
        : tr("%1 · %2 organizations").arg(summary).arg(m_model->organizationsScanned());
}

// ---- selection ----

const Directory *DirectoriesTab::selected() const
{
    return m_model->directoryAt(view()->currentSourceRow());
}

QString DirectoriesTab::organizationNameOf(const Directory &directory) const
{
    return m_model->organizationName(directory.organizationId);
}

void DirectoriesTab::onCurrentRowChanged(int row)
{
    const Directory *directory = m_model->directoryAt(row);
    if (directory)
        m_detail->setDirectory(*directory, organizationNameOf(*directory));
    else if (!m_detail->directory() || m_model->rowOf(m_detail->directory()->id) < 0)
        m_detail->setDirectory(std::nullopt);
}

void DirectoriesTab::updateActions()
{
    const bool writable = environment()->canWrite() && !m_busy;
    const Directory *d = selected();
    m_toggle->setEnabled(writable && d);
    m_toggle->setText(d && !d->enabled ? tr("Enable…") : tr("Disable…"));
    m_sync->setEnabled(writable && d && d->enabled);
    m_rotate->setEnabled(writable && d);
}

void DirectoriesTab::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
}

void DirectoriesTab::reloadDirectory(const std::string &organizationId, const std::string &directoryId)
{
    m_services->directories().get(organizationId, directoryId, this, [this](api::Result<Directory> result) {
        if (!result)
            return; // the action's own outcome is already in the banner
        m_model->updateDirectory(result.value());
        if (m_detail->directory() && m_detail->directory()->id == result.value().id)
            m_detail->setDirectory(result.value(), organizationNameOf(result.value()));
        updateActions();
    });
}

// ---- actions ----

void DirectoriesTab::toggleSelected()
{
    if (!selected() || !environment()->canWrite() || m_busy)
        return;
    const Directory d = *selected(); // a copy: the question runs an event loop
    const bool enable = !d.enabled;
    const QString name = text(d.name);
    const QString org = organizationNameOf(d).isEmpty() ? text(d.organizationId) : organizationNameOf(d);
    const QString message = enable
        ? tr("Enable %1 for %2? Users and groups from the identity provider start syncing into %2.")
              .arg(name, org)
        : tr("Disable %1 for %2? Changes in the identity provider stop being applied until it is enabled "
             "again; users already synced stay.")
              .arg(name, org);
    if (!ConfirmByTypingDialog::confirmWrite(this, *environment(),
                                             enable ? tr("Enable directory") : tr("Disable directory"),
                                             message, name, enable ? tr("Enable") : tr("Disable")))
        return;
    setBusy(true);
    m_services->directories().setEnabled(
        d.organizationId, d.id, enable, this,
        [this, d, enable, name, org](api::Result<entities::ToggleResult> result) {
            setBusy(false);
            if (!result) {
                showFailure(enable ? tr("%1 was not enabled.").arg(name)
                                   : tr("%1 was not disabled.").arg(name),
                            result.error().describe());
                return;
            }
            if (result.value().errorMessage && !result.value().errorMessage->empty())
                showFailure(enable ? tr("%1 was not enabled.").arg(name)
                                   : tr("%1 was not disabled.").arg(name),
                            text(*result.value().errorMessage));
            else
                showInfo((result.value().enabled ? tr("Enabled <b>%1</b> for %2.")
                                                 : tr("Disabled <b>%1</b> for %2."))
                             .arg(name.toHtmlEscaped(), org.toHtmlEscaped()));
            reloadDirectory(d.organizationId, d.id);
        });
}

void DirectoriesTab::syncSelected()
{
    // Not confirmed: a sync only applies what the identity provider already holds.
    if (!selected() || !environment()->canWrite() || m_busy)
        return;
    const Directory d = *selected();
    const QString name = text(d.name);
    setBusy(true);
    m_services->directories().sync(
        d.organizationId, d.id, this, [this, d, name](api::Result<api::Empty> result) {
            setBusy(false);
            if (!result) {
                showFailure(tr("%1 did not start a sync.").arg(name), result.error().describe());
                return;
            }
            showInfo(tr("Asked <b>%1</b> to sync; “Last synced” moves once it has run (F5 to check).")
                         .arg(name.toHtmlEscaped()));
            reloadDirectory(d.organizationId, d.id);
        });
}

void DirectoriesTab::rotateTokenForSelected()
{
    if (!selected() || !environment()->canWrite() || m_busy)
        return;
    const Directory d = *selected();
    const QString name = text(d.name);
    const bool regenerate = !d.secrets.empty(); // secrets:regenerate retires the earlier tokens
    const QString message = regenerate
        ? tr("Make a new SCIM bearer token for %1? The current token stops working at once: syncing pauses "
             "until "
             "the new token is pasted into the identity provider's SCIM settings.")
              .arg(name)
        : tr("Make a SCIM bearer token for %1? The identity provider needs it, with the SCIM endpoint, to "
             "sync.")
              .arg(name);
    if (!ConfirmByTypingDialog::confirmWrite(this, *environment(), tr("Rotate SCIM token"), message, name,
                                             regenerate ? tr("Rotate token") : tr("Make token")))
        return;
    setBusy(true);
    m_services->directories().createSecret(
        d.organizationId, d.id, regenerate, this,
        [this, d, name](api::Result<entities::CreateDirectorySecretResponse> result) {
            setBusy(false);
            if (!result) {
                showFailure(tr("No new token was made for %1.").arg(name), result.error().describe());
                return;
            }
            // The only appearance of the token: handed to the dialog, which wipes it on close.
            auto *dialog = new NewSecretDialog(
                tr("New SCIM bearer token — %1").arg(name),
                tr("Paste this token into the identity provider's SCIM settings for <b>%1</b>, with the "
                   "endpoint "
                   "<tt>%2</tt>.")
                    .arg(name.toHtmlEscaped(), text(d.directoryEndpoint).toHtmlEscaped()),
                QString::fromStdString(result.value().plainSecret.reveal()), this);
            dialog->setObjectName(QStringLiteral("newDirectoryTokenDialog"));
            dialog->open();
            showInfo(
                tr("Made a new SCIM token for <b>%1</b> (…%2).")
                    .arg(name.toHtmlEscaped(), text(result.value().secret.secretSuffix).toHtmlEscaped()));
            reloadDirectory(d.organizationId, d.id);
        });
}

} // namespace sk::ui
