#include "ui/users/organizationfilter.h"

#include "services/resources/services.h"

#include "models/core/displayformat.h"
#include "services/resources/organizationsservice.h"

#include <QCompleter>
#include <QLineEdit>

namespace sk::ui {

OrganizationFilter::OrganizationFilter(services::Services *services, QWidget *parent)
    : QComboBox(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("organizationFilter"));
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMinimumContentsLength(26);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setToolTip(tr("Show the members of one organization: type part of its name, or paste an org_ ID and press Enter"));
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    addItem(tr("All organizations"), QString());
    lineEdit()->setPlaceholderText(tr("All organizations"));

    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = organizationId();
        if (id == m_lastEmitted)
            return;
        m_lastEmitted = id;
        emit organizationChanged(id);
    });
    connect(lineEdit(), &QLineEdit::returnPressed, this, &OrganizationFilter::onReturnPressed);
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] {
        // Half-typed text that matches nothing goes back to the current choice.
        if (findText(lineEdit()->text()) < 0)
            lineEdit()->setText(itemText(currentIndex()));
    });
}

QString OrganizationFilter::organizationId() const
{
    return currentData().toString();
}

QString OrganizationFilter::organizationName() const
{
    return organizationId().isEmpty() ? QString() : itemText(currentIndex());
}

void OrganizationFilter::reset()
{
    delete m_request.data();
    QSignalBlocker block(this);
    clear();
    addItem(tr("All organizations"), QString());
    setCurrentIndex(0);
    block.unblock();
    if (!m_lastEmitted.isEmpty()) {
        m_lastEmitted.clear();
        emit organizationChanged({});
    }
}

void OrganizationFilter::reload()
{
    delete m_request.data();
    loadPage({});
}

void OrganizationFilter::loadPage(const std::string &pageToken)
{
    m_request = new QObject(this);
    m_services->organizations().list(
        {kPageSize, pageToken}, {}, m_request, [this](api::Result<entities::Page<entities::Organization>> result) {
            m_request->deleteLater(); // not delete: this call is still completing
            m_request = nullptr;
            if (!result)
                return; // the list stays as it is; typing an org_ ID still works
            for (const entities::Organization &org : result.value().items)
                ensureItem(models::text(org.id), models::text(org.displayName));
            if (result.value().hasMore() && count() - 1 < kMaxOrganizations)
                loadPage(result.value().nextPageToken);
        });
}

int OrganizationFilter::ensureItem(const QString &id, const QString &displayName)
{
    const int existing = findData(id);
    const QString label = displayName.isEmpty() ? id : displayName;
    if (existing >= 0) {
        if (!displayName.isEmpty() && itemText(existing) != label)
            setItemText(existing, label);
        return existing;
    }
    addItem(label, id);
    setItemData(count() - 1, id, Qt::ToolTipRole);
    return count() - 1;
}

void OrganizationFilter::setOrganization(const QString &id, const QString &displayName)
{
    if (id.isEmpty()) {
        setCurrentIndex(0);
        return;
    }
    setCurrentIndex(ensureItem(id, displayName));
}

QList<QPair<QString, QString>> OrganizationFilter::organizations() const
{
    QList<QPair<QString, QString>> out;
    for (int i = 1; i < count(); ++i)
        out.append({itemData(i).toString(), itemText(i)});
    return out;
}

void OrganizationFilter::onReturnPressed()
{
    const QString typed = lineEdit()->text().trimmed();
    if (typed.isEmpty()) {
        setCurrentIndex(0);
        return;
    }
    if (const int byName = findText(typed, Qt::MatchFixedString); byName >= 0) {
        setCurrentIndex(byName);
        return;
    }
    if (typed.startsWith(QStringLiteral("org_")))
        setOrganization(typed, {});
}

} // namespace sk::ui
