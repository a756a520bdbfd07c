#pragma once

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sk::services {
class EnvironmentStatus;
}

namespace sk::ui {

// Asks the user to type a resource's name before a destructive action (used in production):
// the confirm button stays disabled until the text matches exactly.
//
//     if (!ConfirmByTypingDialog::confirm(this, tr("Delete organization"),
//                                         tr("This deletes %1 and all its users.").arg(name),
//                                         name, tr("Delete")))
//         return;
//
// confirm() is the thin wrapper a test presets with setNextAnswer(): the next call returns
// that answer at once without showing anything.
class ConfirmByTypingDialog : public QDialog
{
    Q_OBJECT

public:
    ConfirmByTypingDialog(const QString &title, const QString &message, const QString &expected,
                          const QString &actionText, QWidget *parent = nullptr);

    QString expectedText() const { return m_expected; }
    QString typedText() const;
    bool matches() const;
    QPushButton *confirmButton() const { return m_confirm; }
    QLineEdit *input() const { return m_input; }

    static bool confirm(QWidget *parent, const QString &title, const QString &message, const QString &expected,
                        const QString &actionText);
    // Production: confirm() (type the name). Otherwise a plain Yes/No question. Both honour
    // setNextAnswer().
    static bool confirmDestructive(QWidget *parent, bool production, const QString &title, const QString &message,
                                   const QString &expected, const QString &actionText);
    // confirmDestructive() for a write to the environment of `status`: asked only while it can be
    // written, and asked again once answered, since it may have become read-only or disconnected
    // while the question was open. Then the answer is no, and the user is told nothing was done.
    static bool confirmWrite(QWidget *parent, const services::EnvironmentStatus &status, const QString &title,
                             const QString &message, const QString &expected, const QString &actionText);
    // Test seam: the next confirm(), confirmDestructive() or confirmWrite() returns this without a dialog.
    static void setNextAnswer(std::optional<bool> answer);

private:
    void updateState();

    QString m_expected;
    QLabel *m_message = nullptr;
    QLineEdit *m_input = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace sk::ui
