#include "ui/organizations/newsecretdialog.h"

#include "ui/widgets/secretfield.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sk::ui {

NewSecretDialog::NewSecretDialog(const QString &title, const QString &clientDescription, const QString &secret,
                                 QWidget *parent)
    : QDialog(parent)
    , m_field(new SecretField(this))
    , m_warning(new QLabel(this))
    , m_done(new QPushButton(tr("I have stored it"), this))
{
    setObjectName(QStringLiteral("newSecretDialog"));
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);

    auto *intro = new QLabel(clientDescription, this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_field->setObjectName(QStringLiteral("newSecret"));
    m_field->setSecret(secret);
    m_warning->setObjectName(QStringLiteral("newSecretWarning"));
    m_warning->setWordWrap(true);
    m_warning->setText(tr("Copy this secret now and keep it somewhere safe. It will not be shown again: "
                          "Scalekit keeps only its last characters, and this console does not store it."));
    m_warning->setStyleSheet(QStringLiteral("color: #8a5a00; background: #fff6e0; border: 1px solid #e8c97a; "
                                            "border-radius: 4px; padding: 6px;"));
    m_done->setObjectName(QStringLiteral("newSecretDone"));
    m_done->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_done, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_field);
    layout->addWidget(m_warning);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(this, &QDialog::finished, m_field, &SecretField::clear);
    resize(560, 200);
}

NewSecretDialog::~NewSecretDialog()
{
    m_field->clear();
}

} // namespace sk::ui
