#pragma once

#include "services/api/result.h"
#include "services/entities/organization.h"
#include "ui/widgets/requestdialog.h"

#include <optional>

class QComboBox;
class QLineEdit;


namespace sk::services {
class Services;
}

namespace sk::ui {

class MetadataEditor;

// Creates an organization, or edits one: name, external ID, slug, logo URL, region (create
// only) and metadata, checked against the documented limits before anything is sent. A
// rejected form keeps what was typed and shows the server's violations next to the fields.
class OrganizationDialog : public RequestDialog
{
    Q_OBJECT

public:
    static constexpr int kMaxNameLength = 200;
    static constexpr int kMaxExternalIdLength = 255;
    static constexpr int kMaxSlugLength = 253;
    static constexpr int kMaxLogoUrlLength = 1024;

    // Create: no organization. Edit: the organization as last loaded.
    OrganizationDialog(services::Services *services, const std::optional<entities::Organization> &existing,
                       QWidget *parent = nullptr);

    bool isEdit() const { return m_existing.has_value(); }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *externalIdEdit() const { return m_externalId; }
    QLineEdit *slugEdit() const { return m_slug; }
    QLineEdit *logoUrlEdit() const { return m_logoUrl; }
    QComboBox *regionCombo() const { return m_region; }
    MetadataEditor *metadataEditor() const { return m_metadata; }
    // The organization the server answered with, once saved.
    const std::optional<entities::Organization> &saved() const { return m_saved; }

signals:
    void organizationSaved(const sk::entities::Organization &organization);

protected:
    bool validate() override;
    api::ApiCall *submit() override;

private:
    void finish(api::Result<entities::Organization> result);

    services::Services *m_services;
    std::optional<entities::Organization> m_existing;
    std::optional<entities::Organization> m_saved;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_externalId = nullptr;
    QLineEdit *m_slug = nullptr;
    QLineEdit *m_logoUrl = nullptr;
    QComboBox *m_region = nullptr;
    MetadataEditor *m_metadata = nullptr;
};

} // namespace sk::ui
