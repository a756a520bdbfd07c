#pragma once

#include <QWidget>

class QLabel;

namespace sk::ui {

// The designed "nothing here yet" page of a tab: an icon, a title saying what will appear,
// and a sentence saying what to do to see it.
class EmptyStateWidget : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

    void setIcon(const QString &resourcePath);
    void setTitle(const QString &title);
    void setMessage(const QString &message);
    void setHint(const QString &hint);

    QString title() const;
    QString message() const;

private:
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace sk::ui
