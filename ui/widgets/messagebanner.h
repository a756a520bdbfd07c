#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace sk::ui {

// A full-width strip under the toolbar for things the user must not miss: an unreachable
// environment, a keychain that is not available, a production environment, a list that failed
// to load. It may carry one action button (e.g. Retry). Its colours are mixed from the palette
// and the level's status colour, so it reads on light and dark themes.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Info, Warning, Danger };

    explicit MessageBanner(QWidget *parent = nullptr);

    // An empty text hides the banner. actionText shows a button that emits actionTriggered().
    void showMessage(Level level, const QString &text, const QString &actionText = {});
    QString text() const;
    Level level() const { return m_level; }
    QToolButton *actionButton() const { return m_action; }

signals:
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QLabel *m_label = nullptr;
    QToolButton *m_action = nullptr;
    Level m_level = Level::Info;
};

} // namespace sk::ui
