#pragma once

#include "services/api/apierror.h"
#include "services/credentials/profile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QToolButton;

namespace sk::services {
class ConnectionTester;
}

namespace sk::ui {

// Adds or edits an environment profile: name, environment URL (validated as typed, with the
// kind suggested from the documented URL shapes), client ID, client secret (masked until the
// user reveals it), kind, colour and read-only mode, and a "Test connection" button that
// fetches a token and one page of organizations and shows the exact failure.
//
// The dialog saves nothing: on accept, read profile() and secret() (the caller stores the
// profile with ProfileStore and the secret with SecretStore).
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileDialog(QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    // Names already taken (the edited profile's own name is allowed).
    void setExistingNames(const QStringList &names);
    // Edit mode: fills the form. The secret is shown masked; empty when it could not be read.
    void setProfile(const services::Profile &profile, const QString &secret);

    services::Profile profile() const;
    QString secret() const;
    QString originalName() const { return m_originalName; } // empty when adding
    bool isEditing() const { return !m_originalName.isEmpty(); }
    // Empty when the form can be saved; otherwise the first problem, as shown under the form.
    QString problem() const;
    bool isSecretRevealed() const;

    // Widgets, for tests and screenshots.
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QLineEdit *secretEdit() const { return m_secret; }
    QToolButton *revealButton() const { return m_reveal; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *colorCombo() const { return m_color; }
    QCheckBox *readOnlyCheck() const { return m_readOnly; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *urlHint() const { return m_urlHint; }
    QLabel *testResult() const { return m_testResult; }

    static const QList<std::pair<QString, QString>> &colorChoices(); // (label, #rrggbb); first: kind colour

signals:
    void testFinished(bool ok, const QString &message);

private:
    void buildForm();
    void onUrlEdited();
    void updateState();
    void startTest();
    void showTestResult(bool ok, const QString &message);
    void setKind(services::Profile::Kind kind);

    services::ConnectionTester *m_tester;
    QStringList m_existingNames;
    QString m_originalName;
    bool m_kindChosenByUser = false;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlHint = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_secret = nullptr;
    QToolButton *m_reveal = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_color = nullptr;
    QCheckBox *m_readOnly = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace sk::ui
