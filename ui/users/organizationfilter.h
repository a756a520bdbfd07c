#pragma once

#include <QComboBox>
#include <QList>
#include <QPair>
#include <QPointer>


namespace sk::services {
class Services;
}

namespace sk::ui {

// The Users tab's organization picker: "All organizations" and then the environment's
// organizations by name (loaded a page at a time, up to kMaxOrganizations). It is editable:
// typing filters the list (any part of the name), and an org_ ID typed or pasted with Enter
// picks that organization even when it is not among those loaded.
class OrganizationFilter : public QComboBox
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 100;
    static constexpr int kMaxOrganizations = 2000;

    explicit OrganizationFilter(services::Services *services, QWidget *parent = nullptr);

    // Drops what was loaded (keeping the current choice) and loads the list again.
    void reload();
    // Back to "All organizations" with an empty list (another environment).
    void reset();
    bool isLoading() const { return !m_request.isNull(); }

    // "" for all organizations.
    QString organizationId() const;
    QString organizationName() const;
    // Picks an organization, adding it when it is not (yet) in the list.
    void setOrganization(const QString &id, const QString &displayName);
    // Every loaded organization as (id, display name).
    QList<QPair<QString, QString>> organizations() const;

signals:
    void organizationChanged(const QString &organizationId);

private:
    void loadPage(const std::string &pageToken);
    int ensureItem(const QString &id, const QString &displayName);
    void onReturnPressed();

    services::Services *m_services;
    QPointer<QObject> m_request; // deleting it cancels the page in flight
    QString m_lastEmitted;
};

} // namespace sk::ui
