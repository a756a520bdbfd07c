#pragma once

#include <QFrame>

class QLabel;

namespace sk::ui {

// A full-width strip under the toolbar for things the user must not miss: an unreachable
// environment, a keychain that is not available, a production environment.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Info, Warning, Danger };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &text);
    QString text() const;
    Level level() const { return m_level; }

private:
    QLabel *m_label = nullptr;
    Level m_level = Level::Info;
};

} // namespace sk::ui
