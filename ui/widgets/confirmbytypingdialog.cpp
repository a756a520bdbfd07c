#include "ui/widgets/confirmbytypingdialog.h"

#include "services/core/environmentstatus.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <utility>

namespace sk::ui {

namespace {
std::optional<bool> &nextAnswer()
{
    static std::optional<bool> answer;
    return answer;
}
} // namespace

ConfirmByTypingDialog::ConfirmByTypingDialog(const QString &title, const QString &message, const QString &expected,
                                             const QString &actionText, QWidget *parent)
    : QDialog(parent)
    , m_expected(expected)
    , m_message(new QLabel(this))
    , m_input(new QLineEdit(this))
{
    setObjectName(QStringLiteral("confirmByTypingDialog"));
    setWindowTitle(title);
    setMinimumWidth(440);

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(40, 40));
    icon->setAlignment(Qt::AlignTop);
    m_message->setObjectName(QStringLiteral("confirmMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setText(message);
    auto *prompt = new QLabel(tr("Type <b>%1</b> to confirm:").arg(expected.toHtmlEscaped()), this);
    prompt->setTextFormat(Qt::RichText);
    prompt->setWordWrap(true);
    prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_input->setObjectName(QStringLiteral("confirmInput"));
    m_input->setPlaceholderText(expected);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(actionText, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setStyleSheet(QStringLiteral("QPushButton:enabled { background: #d93025; color: white; "
                                            "border: 1px solid #a50e0e; border-radius: 3px; padding: 4px 12px; }"));
    // The padding above only applies once enabled: reserve its width so the text is never cut.
    m_confirm->setMinimumWidth(m_confirm->fontMetrics().horizontalAdvance(actionText) + 2 * 12 + 8);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (matches())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_input, &QLineEdit::textChanged, this, &ConfirmByTypingDialog::updateState);

    auto *text = new QVBoxLayout;
    text->addWidget(m_message);
    text->addSpacing(6);
    text->addWidget(prompt);
    text->addWidget(m_input);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    updateState();
    m_input->setFocus();
}

QString ConfirmByTypingDialog::typedText() const { return m_input->text(); }

bool ConfirmByTypingDialog::matches() const { return !m_expected.isEmpty() && m_input->text() == m_expected; }

void ConfirmByTypingDialog::updateState()
{
    m_confirm->setEnabled(matches());
}

bool ConfirmByTypingDialog::confirm(QWidget *parent, const QString &title, const QString &message,
                                    const QString &expected, const QString &actionText)
{
    if (const std::optional<bool> preset = std::exchange(nextAnswer(), std::nullopt))
        return *preset;
    // On the heap, guarded: if the parent goes while the question is open (its environment
    // changed), the question goes with it and counts as a no.
    QPointer<ConfirmByTypingDialog> dialog
        = new ConfirmByTypingDialog(title, message, expected, actionText, parent);
    const bool accepted = dialog->exec() == QDialog::Accepted && dialog;
    delete dialog.data();
    return accepted;
}

bool ConfirmByTypingDialog::confirmDestructive(QWidget *parent, bool production, const QString &title,
                                               const QString &message, const QString &expected,
                                               const QString &actionText)
{
    if (production)
        return confirm(parent, title, message, expected, actionText);
    if (const std::optional<bool> preset = std::exchange(nextAnswer(), std::nullopt))
        return *preset;
    QPointer<QMessageBox> box
        = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Cancel, parent);
    QPushButton *go = box->addButton(actionText, QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->exec();
    const bool accepted = box && box->clickedButton() == go; // a box gone with its parent is a no
    delete box.data();
    return accepted;
}

bool ConfirmByTypingDialog::confirmWrite(QWidget *parent, const services::EnvironmentStatus &status,
                                         const QString &title, const QString &message,
                                         const QString &expected, const QString &actionText)
{
    if (!status.canWrite())
        return false;
    if (!confirmDestructive(parent, status.isProduction(), title, message, expected, actionText))
        return false;
    if (status.canWrite())
        return true;
    QMessageBox::information(
        parent, title,
        tr("The environment became read-only or disconnected while you were being asked; "
           "nothing was changed."));
    return false;
}

void ConfirmByTypingDialog::setNextAnswer(std::optional<bool> answer)
{
    nextAnswer() = answer;
}

} // namespace sk::ui
