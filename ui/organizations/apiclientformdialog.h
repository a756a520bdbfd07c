#pragma once

#include "services/entities/organizationclient.h"
#include "ui/widgets/requestdialog.h"

#include <optional>

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;


namespace sk::services {
class Services;
}

namespace sk::ui {

// Create or edit an organization's API client: name (1–128), description (up to 512), scopes and
// audience (separated by spaces or commas), token lifetime in seconds (5 minutes to 30 days,
// default 1 hour) and custom claims (one key=value a line, keys 1–128). Creating returns the
// client's first secret in plain text, once: created() hands it on to be shown and forgotten.
class ApiClientFormDialog : public RequestDialog
{
    Q_OBJECT

public:
    static constexpr int kMaxNameLength = 128;
    static constexpr int kMaxDescriptionLength = 512;
    static constexpr int kMaxClaimKeyLength = 128;
    static constexpr int kMinExpirySeconds = 300;
    static constexpr int kMaxExpirySeconds = 30 * 86400;
    static constexpr int kDefaultExpirySeconds = 3600;

    ApiClientFormDialog(services::Services *services, const QString &organizationId,
                        const std::optional<entities::M2MClient> &existing, QWidget *parent = nullptr);

    bool isEdit() const { return m_existing.has_value(); }
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QLineEdit *scopesEdit() const { return m_scopes; }
    QLineEdit *audienceEdit() const { return m_audience; }
    QSpinBox *expirySpin() const { return m_expiry; }
    QPlainTextEdit *claimsEdit() const { return m_claims; }

signals:
    // plainSecret is shown once by the receiver and must not be kept.
    void created(const entities::M2MClient &client, const QString &plainSecret);
    void updated(const entities::M2MClient &client);

protected:
    bool validate() override;
    api::ApiCall *submit() override;

private:
    std::optional<std::vector<entities::CustomClaim>> parseClaims(QString *problem) const;
    entities::OrganizationClient body() const;

    services::Services *m_services;
    QString m_organizationId;
    std::optional<entities::M2MClient> m_existing;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_scopes = nullptr;
    QLineEdit *m_audience = nullptr;
    QSpinBox *m_expiry = nullptr;
    QPlainTextEdit *m_claims = nullptr;
};

} // namespace sk::ui
