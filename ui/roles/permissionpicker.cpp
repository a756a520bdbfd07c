#include "ui/roles/permissionpicker.h"

#include "services/resources/services.h"

#include "models/core/displayformat.h"
#include "services/resources/rolesservice.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace sk::ui {

namespace {
constexpr int kPageSize = 100;
constexpr int kMaxPages = 50; // 5000 permissions: far more than any environment has
} // namespace

PermissionPicker::PermissionPicker(services::Services *services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
{
    m_filter->setObjectName(QStringLiteral("permissionFilter"));
    m_filter->setPlaceholderText(tr("Filter permissions"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("permissionList"));
    m_list->setMinimumHeight(160);
    m_status->setObjectName(QStringLiteral("permissionStatus"));
    m_status->setText(tr("Loading permissions…"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, this, &PermissionPicker::applyFilter);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        m_status->setText(models::countOf(qint64(checked().size()), tr("permission"), tr("permissions")) + tr(" selected"));
        emit changed();
    });
    fetch({});
}

void PermissionPicker::fetch(const std::string &pageToken)
{
    m_pages = pageToken.empty() ? 0 : m_pages + 1;
    m_services->roles().listPermissions(
        {kPageSize, pageToken}, {}, this, [this](api::Result<entities::Page<entities::Permission>> result) {
            if (!result) {
                m_status->setText(tr("Could not load the permissions: %1").arg(result.error().sentence()));
                for (const QString &name : std::as_const(m_pending))
                    addItem(name, {}, true);
                m_pending.clear();
                return;
            }
            const QSignalBlocker blocker(m_list);
            for (const entities::Permission &p : result.value().items) {
                const QString name = QString::fromStdString(p.name);
                addItem(name, QString::fromStdString(p.description), m_pending.removeAll(name) > 0);
            }
            if (result.value().hasMore() && m_pages < kMaxPages) {
                fetch(result.value().nextPageToken);
                return;
            }
            for (const QString &name : std::as_const(m_pending))
                addItem(name, tr("(not listed by the server)"), true);
            m_pending.clear();
            m_loaded = true;
            m_status->setText(models::countOf(qint64(checked().size()), tr("permission"), tr("permissions")) + tr(" selected"));
            applyFilter();
            emit loaded();
        });
}

void PermissionPicker::addItem(const QString &name, const QString &description, bool isChecked)
{
    auto *item = new QListWidgetItem(description.isEmpty() ? name : name + QStringLiteral(" — ") + description, m_list);
    item->setData(Qt::UserRole, name);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(isChecked ? Qt::Checked : Qt::Unchecked);
}

void PermissionPicker::setChecked(const QStringList &names)
{
    const QSignalBlocker blocker(m_list);
    QStringList remaining = names;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool on = remaining.removeAll(item->data(Qt::UserRole).toString()) > 0;
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    if (m_loaded) {
        for (const QString &name : std::as_const(remaining))
            addItem(name, tr("(not listed by the server)"), true);
    } else {
        m_pending = remaining;
    }
}

QStringList PermissionPicker::checked() const
{
    QStringList names;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            names << m_list->item(i)->data(Qt::UserRole).toString();
    }
    return names + m_pending;
}

void PermissionPicker::applyFilter()
{
    const QString needle = m_filter->text().trimmed();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive));
    }
}

} // namespace sk::ui
