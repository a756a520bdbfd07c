#pragma once

#include "models/agentkit/accountssummary.h"

#include <QPointer>
#include <QWidget>

namespace sk::models {
class AccountsOverview;
}

namespace sk::ui {

// The base of the AgentKit overview's painted widgets (StatusHeatmap, ExpiryTimeline,
// StatusCounts): it holds the AccountsSummary they draw and does what they share, so each only
// lays out and paints its items. Items are clickable rectangles: hover shows a tooltip and a
// highlight, a click or Enter/Space activates one, the arrow keys (Up/Down by itemsPerRow())
// plus Home/End move the current item, drawn with a focus frame while the widget has focus.
class SummaryView : public QWidget
{
    Q_OBJECT

public:
    explicit SummaryView(QWidget *parent = nullptr);

    void setSummary(const models::AccountsSummary &summary);
    const models::AccountsSummary &summary() const { return m_summary; }
    // Shows the overview's summary now and again whenever it changes (the overview throttles).
    void follow(const models::AccountsOverview *overview);
    // Shown when the summary has no account.
    void setEmptyText(const QString &text);

    virtual int itemCount() const = 0;
    // Where item `index` is drawn (and clicked), in widget coordinates.
    virtual QRect itemRect(int index) const = 0;
    virtual QString itemToolTip(int index) const = 0;
    int itemAt(const QPoint &position) const;

    int currentItem() const { return m_current; }
    void setCurrentItem(int index);
    int hoveredItem() const { return m_hovered; }
    // Emits the widget's own signal for the item, as a click would.
    void activate(int index);

    // from + (to - from) * t, per RGB channel: a tone's colour faded toward the background.
    static QColor mix(const QColor &from, const QColor &to, double t);

protected:
    virtual void activateItem(int index) = 0;
    // Up/Down move by this many items (a grid's column count); 0: Up/Down do nothing.
    virtual int itemsPerRow() const { return 0; }
    // After setSummary(): recompute the layout (the default asks for a new geometry and repaints).
    virtual void summaryChanged();

    // Draws the empty text centred; true when the summary is empty (nothing else to paint).
    bool paintEmpty(QPainter &painter) const;
    // The focus frame around the current item, when the widget has focus.
    void paintCurrent(QPainter &painter) const;

    bool event(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    models::AccountsSummary m_summary;
    QPointer<const models::AccountsOverview> m_overview;
    QString m_emptyText;
    int m_current = 0;
    int m_hovered = -1;
    int m_pressed = -1;
};

} // namespace sk::ui
