#pragma once

#include <QString>
#include <QWidget>

class QLabel;

namespace sk::ui {

// The designed "nothing here yet" page of a tab: an icon, a title saying what will appear,
// and a sentence saying what to do to see it. The costly parts (the icon rendered from its SVG,
// the height of the wrapped rich text) wait until the page is about to be seen: the main window
// keeps a hidden one per tab until the tab is built, and those cost no start-up time; the one
// that is seen lays out its final texts once, not each text the window set before it showed.
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

    // The labels have a fixed width and get their heights set (see finishLayout), so the page
    // itself has no height-for-width: a stack of pages (QStackedLayout asks every page, shown or
    // not) does not lay out the rich text of hidden ones again on every resize.
    bool hasHeightForWidth() const override { return false; }
    int heightForWidth(int) const override { return -1; }
    // Until it is ready, the page asks for no space: a stack asks every page for its size hints,
    // and the rich text of a hidden placeholder would be laid out for nothing.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    void setVisible(bool visible) override;

protected:
    bool event(QEvent *event) override;

private:
    void setWrappedText(QLabel *label, const QString &text);
    void makeReady();
    void finishLayout();

    QString m_iconPath;
    bool m_ready = false; // about to be seen or seen: sizes are real, texts laid out
    bool m_iconDirty = false;
    bool m_messageDirty = false;
    bool m_hintDirty = false;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace sk::ui
