#include "ui/directories/directorymemberspanel.h"

#include "models/core/displayformat.h"
#include "models/core/listquery.h"
#include "ui/widgets/resourcepage.h"
#include "ui/widgets/resourcetableview.h"
#include "ui/widgets/textstyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace sk::ui {

using models::PagedTableModel;

DirectoryMembersPanel::DirectoryMembersPanel(Kind kind, services::DirectoriesService *service,
                                             QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_search(new QLineEdit(this))
    , m_updatedCheck(new QCheckBox(tr("Updated after"), this))
    , m_updatedAfter(new QDateTimeEdit(this))
    , m_view(new ResourceTableView(
          kind == Kind::Users ? QStringLiteral("directoryUsers") : QStringLiteral("directoryGroups"), this))
    , m_summary(new QLabel(this))
    , m_loadAll(new QPushButton(QIcon(QStringLiteral(":/icons/loadall.svg")), tr("Load all"), this))
    , m_searchDelay(new QTimer(this))
{
    const bool users = kind == Kind::Users;
    setObjectName(users ? QStringLiteral("directoryUsersPanel") : QStringLiteral("directoryGroupsPanel"));
    if (users) {
        m_users = new models::DirectoryUsersModel(service, this);
        m_model = m_users;
    } else {
        m_groups = new models::DirectoryGroupsModel(service, this);
        m_model = m_groups;
    }
    m_search->setObjectName(users ? QStringLiteral("directoryUserSearch")
                                  : QStringLiteral("directoryGroupSearch"));
    m_search->setPlaceholderText(users ? tr("Search name, email or ID (3 characters or more)")
                                       : tr("Search group name or ID (3 characters or more)"));
    m_search->setClearButtonEnabled(true);
    m_updatedCheck->setObjectName(QStringLiteral("directoryUpdatedAfterCheck"));
    m_updatedAfter->setObjectName(QStringLiteral("directoryUpdatedAfter"));
    m_updatedAfter->setCalendarPopup(true);
    m_updatedAfter->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_updatedAfter->setDateTime(QDateTime::currentDateTime().addDays(-7));
    m_updatedAfter->setEnabled(false);
    m_summary->setStyleSheet(textStyle(TextRole::Muted));
    m_summary->setObjectName(QStringLiteral("directoryMembersSummary"));
    m_loadAll->setObjectName(QStringLiteral("directoryMembersLoadAll"));
    m_view->setDefaultColumnWidths(users ? QList<int> { 150, 220, 200, 160, 130 }
                                         : QList<int> { 200, 80, 130, 200 });
    m_view->setPagedModel(m_model);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(ResourcePage::kSearchDelayMs);

    // Two rows, so the pane stays narrow enough for small windows.
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    if (users) {
        m_group = new QComboBox(this);
        m_group->setObjectName(QStringLiteral("directoryGroupFilter"));
        m_group->addItem(tr("Any group"), QString());
        m_group->setMinimumContentsLength(12);
        m_group->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        filters->addWidget(m_group);
        connect(m_group, &QComboBox::activated, this, &DirectoryMembersPanel::applyQuery);
    }
    auto *updated = new QHBoxLayout;
    updated->addWidget(m_updatedCheck);
    updated->addWidget(m_updatedAfter);
    updated->addStretch(1);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_summary, 1);
    footer->addWidget(m_loadAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(filters);
    layout->addLayout(updated);
    layout->addWidget(m_view, 1);
    layout->addLayout(footer);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &DirectoryMembersPanel::applyQuery);
    connect(m_searchDelay, &QTimer::timeout, this, &DirectoryMembersPanel::applyQuery);
    connect(m_updatedCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_updatedAfter->setEnabled(on);
        applyQuery();
    });
    connect(m_updatedAfter, &QDateTimeEdit::editingFinished, this, &DirectoryMembersPanel::applyQuery);
    connect(m_loadAll, &QPushButton::clicked, m_model, &PagedTableModel::loadAll);
    connect(m_model, &PagedTableModel::stateChanged, this, &DirectoryMembersPanel::updateSummary);
    connect(m_model, &PagedTableModel::totalSizeChanged, this, &DirectoryMembersPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DirectoryMembersPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DirectoryMembersPanel::updateSummary);
    connect(m_view, &ResourceTableView::openRequested, this, [this](int row) {
        if (m_groups && m_groups->groupAt(row))
            emit groupOpened(models::text(m_groups->groupAt(row)->id));
    });
    updateSummary();
}

void DirectoryMembersPanel::setDirectory(const std::string &organizationId, const std::string &directoryId)
{
    m_organizationId = organizationId;
    m_directoryId = directoryId;
    {
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockCheck(m_updatedCheck);
        m_search->clear();
        m_updatedCheck->setChecked(false);
        m_updatedAfter->setEnabled(false);
    }
    m_searchDelay->stop();
    if (m_group) {
        m_group->clear();
        m_group->addItem(tr("Any group"), QString());
    }
    applyQuery();
}

void DirectoryMembersPanel::setGroups(const QList<QPair<QString, QString>> &groups)
{
    if (!m_group)
        return;
    const QString current = m_group->currentData().toString();
    for (const auto &[id, name] : groups) {
        if (m_group->findData(id) < 0)
            m_group->addItem(name, id);
    }
    m_group->setCurrentIndex(std::max(0, m_group->findData(current)));
}

void DirectoryMembersPanel::showGroup(const QString &groupId)
{
    if (!m_group)
        return;
    if (m_group->findData(groupId) < 0)
        m_group->addItem(groupId, groupId);
    m_group->setCurrentIndex(m_group->findData(groupId));
    applyQuery();
}

void DirectoryMembersPanel::applyQuery()
{
    m_searchDelay->stop();
    models::DirectoryMembersQuery query;
    query.organizationId = m_organizationId;
    query.directoryId = m_directoryId;
    query.search = m_search->text();
    if (m_group)
        query.groupId = m_group->currentData().toString().toStdString();
    if (m_updatedCheck->isChecked())
        query.updatedAfter = entities::Timestamp(m_updatedAfter->dateTime().toMSecsSinceEpoch() * 1'000'000);
    if (m_users)
        m_users->setQuery(query);
    else
        m_groups->setQuery(query);
    updateSummary();
}

void DirectoryMembersPanel::updateSummary()
{
    const bool searching = !models::listquery::effectiveSearch(m_search->text()).isEmpty();
    m_summary->setText(m_kind == Kind::Users ? m_model->summaryText(searching, tr("user"), tr("users"))
                                             : m_model->summaryText(searching, tr("group"), tr("groups")));
    m_loadAll->setEnabled(m_model->state() != PagedTableModel::State::Complete && !m_model->isLoadingAll()
                          && !m_directoryId.empty());
}

} // namespace sk::ui
