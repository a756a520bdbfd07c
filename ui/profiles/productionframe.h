#pragma once

#include <QWidget>

namespace sk::ui {

// Makes a production window unmistakable: a thick red frame drawn over the window's edges
// (it lets every click through), plus the title suffix " — PRODUCTION". Create it as a child
// of the window; it follows the window's size and stays on top of its other children.
class ProductionFrame : public QWidget
{
    Q_OBJECT

public:
    explicit ProductionFrame(QWidget *window);

    void setActive(bool active);
    bool isActive() const { return m_active; }

    static constexpr int kWidth = 4;
    static QString color() { return QStringLiteral("#d93025"); }
    static QString titleSuffix();
    // "Scalekit Console — acme-prod" -> "Scalekit Console — acme-prod — PRODUCTION" when production.
    static QString decorateTitle(const QString &title, bool production);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void follow();

    bool m_active = false;
};

} // namespace sk::ui
