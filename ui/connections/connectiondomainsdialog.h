#pragma once

#include "services/entities/connection.h"
#include "ui/widgets/requestdialog.h"

#include <QPointer>

class QLabel;
class QListWidget;

namespace sk::services {
class Services;
}

namespace sk::ui {

// "Domains of this connection": the organization's domains as check boxes, the connection's
// current ones ticked. Only verified domains can be assigned (the others are listed, greyed,
// with their status). OK sends PUT .../connections/{id}/domains with the ticked ones; the
// server's violations show next to the list and the ticks stay.
class ConnectionDomainsDialog : public RequestDialog
{
    Q_OBJECT

public:
    ConnectionDomainsDialog(services::Services *services, const entities::ListConnection &connection,
                            QWidget *parent = nullptr);

    QListWidget *domainList() const { return m_list; }
    bool isLoadingDomains() const { return !m_loading.isNull(); }
    // Ticks exactly these domain names (tests and scripts).
    void setChecked(const QStringList &domains);

signals:
    void assigned(const sk::entities::Connection &connection);

protected:
    api::ApiCall *submit() override;

private:
    void loadDomains();

    services::Services *m_services;
    entities::ListConnection m_connection;
    QListWidget *m_list;
    QLabel *m_note;
    QPointer<QObject> m_loading;
};

} // namespace sk::ui
