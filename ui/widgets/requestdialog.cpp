#include "ui/widgets/requestdialog.h"

#include "services/api/apicall.h"
#include "services/api/apierror.h"
#include "ui/widgets/fielderrors.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sk::ui {

RequestDialog::RequestDialog(QWidget *parent)
    : QDialog(parent)
    , m_form(new QWidget(this))
{
    m_body = new QVBoxLayout(m_form);
    m_body->setContentsMargins(0, 0, 0, 0);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("requestError"));
    m_errors = new FieldErrors(m_errorLabel, this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_submit = m_buttons->button(QDialogButtonBox::Ok);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submitText = m_submit->text();
    connect(m_submit, &QPushButton::clicked, this, &RequestDialog::submitNow);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RequestDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
}

RequestDialog::~RequestDialog()
{
    delete m_call.data(); // a silent cancel: no callback into a half-destroyed dialog
}

void RequestDialog::setSubmitText(const QString &text)
{
    m_submitText = text;
    if (!isBusy())
        m_submit->setText(text);
}

void RequestDialog::submitNow()
{
    if (isBusy())
        return;
    m_errors->clear();
    if (!validate())
        return;
    api::ApiCall *call = submit();
    if (!call)
        return;
    m_call = call;
    setBusy(true);
}

void RequestDialog::succeeded()
{
    m_call = nullptr;
    setBusy(false);
    accept();
}

void RequestDialog::failed(const api::ApiError &error)
{
    m_call = nullptr;
    setBusy(false);
    if (error.kind == api::ApiError::Kind::Cancelled)
        return;
    m_errors->showError(error);
}

void RequestDialog::reject()
{
    delete m_call.data();
    m_call = nullptr;
    setBusy(false);
    QDialog::reject();
}

void RequestDialog::setBusy(bool busy)
{
    m_form->setEnabled(!busy);
    m_submit->setEnabled(!busy);
    m_submit->setText(busy ? tr("Saving…") : m_submitText);
    emit busyChanged(busy);
}

} // namespace sk::ui
