#pragma once

#include "services/entities/user.h"
#include "services/resources/servicesupport.h"
#include "ui/widgets/requestdialog.h"

#include <optional>

namespace sk::ui {

// A RequestDialog whose request answers with a user (invite, edit, change roles): after
// success, resultUser() is the user as the server returned it.
class UserRequestDialog : public RequestDialog
{
public:
    using RequestDialog::RequestDialog;

    std::optional<entities::User> resultUser() const { return m_result; }

protected:
    // The callback for the request: keeps the user and closes, or shows the failure.
    services::Callback<entities::User> finishWithUser()
    {
        return [this](api::Result<entities::User> result) {
            if (!result) {
                failed(result.error());
                return;
            }
            m_result = result.value();
            succeeded();
        };
    }
    // Nothing needed sending: close with the user as it was.
    void finishUnchanged(const entities::User &user)
    {
        m_result = user;
        succeeded();
    }

private:
    std::optional<entities::User> m_result;
};

} // namespace sk::ui
