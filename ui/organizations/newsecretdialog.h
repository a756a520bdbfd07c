#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace sk::ui {

class SecretField;

// Shows a client secret the moment it is created, the only time the API returns it: masked
// until Reveal, with Copy, and a plain warning that it will not be shown again. Closing the
// dialog wipes the value from the field (the dialog deletes itself on close).
class NewSecretDialog : public QDialog
{
    Q_OBJECT

public:
    NewSecretDialog(const QString &title, const QString &clientDescription, const QString &secret,
                    QWidget *parent = nullptr);
    ~NewSecretDialog() override;

    SecretField *secretField() const { return m_field; }
    QLabel *warningLabel() const { return m_warning; }
    QPushButton *doneButton() const { return m_done; }

private:
    SecretField *m_field;
    QLabel *m_warning;
    QPushButton *m_done;
};

} // namespace sk::ui
