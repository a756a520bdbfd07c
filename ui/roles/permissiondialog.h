#pragma once

#include "services/entities/role.h"
#include "ui/widgets/requestdialog.h"

#include <optional>

class QLineEdit;
class QPlainTextEdit;


namespace sk::services {
class Services;
}

namespace sk::ui {

// Create a permission (name 1–64 of letters, digits, '_' and ':', e.g. "invoices:read", and a
// description up to 2000 characters) or edit an existing one's description.
class PermissionDialog : public RequestDialog
{
    Q_OBJECT

public:
    static constexpr int kMaxNameLength = 64;
    static constexpr int kMaxDescriptionLength = 2000;

    PermissionDialog(services::Services *services, const std::optional<entities::Permission> &existing,
                     QWidget *parent = nullptr);

    bool isEdit() const { return m_existing.has_value(); }
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }

signals:
    void saved(const entities::Permission &permission);

protected:
    bool validate() override;
    api::ApiCall *submit() override;

private:
    services::Services *m_services;
    std::optional<entities::Permission> m_existing;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
};

} // namespace sk::ui
