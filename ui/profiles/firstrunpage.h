#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace sk::ui {

// What a new user sees before any environment exists: try the local sandbox with realistic
// data, or add a Scalekit environment. When the SCALEKIT_* variables are set, a third choice
// uses them.
class FirstRunPage : public QWidget
{
    Q_OBJECT

public:
    explicit FirstRunPage(QWidget *parent = nullptr);

    // Shows "Use SCALEKIT_ENV_URL (<host>)" when host is not empty.
    void setEnvironmentVariablesHost(const QString &host);

    QPushButton *sandboxButton() const { return m_sandbox; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *environmentButton() const { return m_environment; }

signals:
    void exploreSandboxRequested();
    void addEnvironmentRequested();
    void useEnvironmentVariablesRequested();

private:
    QPushButton *makeChoice(const QString &objectName, const QString &title, const QString &description);

    QPushButton *m_sandbox = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_environment = nullptr;
};

} // namespace sk::ui
