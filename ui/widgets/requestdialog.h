#pragma once

#include "services/api/result.h"

#include <QDialog>
#include <QPointer>

#include <utility>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace sk::api {
class ApiCall;
struct ApiError;
}

namespace sk::ui {

class FieldErrors;

// A form dialog whose OK button sends a request: create and edit dialogs derive from it.
// OK runs validate() (client-side limits; put errors on fieldErrors() and return false), then
// submit(), which starts the call and later reports back with succeeded() or failed(). While
// the call runs the form is disabled and OK reads "Saving…"; a failure re-enables it, shows the
// server's field violations next to the fields and the rest above the buttons, and leaves
// everything typed in place. Cancel while a call runs abandons the call.
//
// Dialogs are opened with open() so tests can find and drive them.
class RequestDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RequestDialog(QWidget *parent = nullptr);
    ~RequestDialog() override;

    FieldErrors *fieldErrors() const { return m_errors; }
    QPushButton *submitButton() const { return m_submit; }
    QLabel *errorLabel() const { return m_errorLabel; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    bool isBusy() const { return !m_call.isNull(); }

    // Same as clicking OK.
    void submitNow();

signals:
    void busyChanged(bool busy);

protected:
    // The form goes in here (above the error label and the buttons).
    QVBoxLayout *bodyLayout() const { return m_body; }
    void setSubmitText(const QString &text);

    virtual bool validate() { return true; }
    virtual api::ApiCall *submit() = 0;
    void succeeded();
    void failed(const api::ApiError &error);
    // The usual callback for the call submit() starts: failed(error), or onSuccess(value) and
    // then succeeded().
    template <typename T, typename OnSuccess>
    auto completion(OnSuccess onSuccess)
    {
        return [this, onSuccess = std::move(onSuccess)](api::Result<T> result) mutable {
            if (!result) {
                failed(result.error());
                return;
            }
            onSuccess(result.value());
            succeeded();
        };
    }

public:
    // Cancel: abandons a call in flight, then closes.
    void reject() override;

private:
    void setBusy(bool busy);

    QVBoxLayout *m_body = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_submit = nullptr;
    FieldErrors *m_errors = nullptr;
    QWidget *m_form = nullptr;
    QString m_submitText;
    QPointer<api::ApiCall> m_call;
};

} // namespace sk::ui
