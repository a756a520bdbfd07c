#pragma once

#include <QUrl>
#include <QWidget>

#include <functional>

class QLineEdit;
class QToolButton;

namespace sk::ui {

// A secret the user may need to hand on (portal link, client secret, magic link): shown
// masked, with Reveal, Copy and (for links) Open in browser. The value lives only in this
// widget's memory; it is never logged. Copy puts it on the clipboard and clears the clipboard
// again after kClipboardClearMs if it still holds the secret (as KeePassXC does).
class SecretField : public QWidget
{
    Q_OBJECT

public:
    explicit SecretField(QWidget *parent = nullptr);

    void setSecret(const QString &secret);
    QString secret() const { return m_secret; }
    void clear() { setSecret({}); }
    void setOpenable(bool openable); // shows "Open" (the secret must be an http(s) URL)
    bool isRevealed() const;
    void setRevealed(bool revealed);
    QString displayedText() const;
    // Asked before the Reveal button shows the secret (a confirmation); false keeps it masked.
    void setRevealGuard(std::function<bool()> guard) { m_revealGuard = std::move(guard); }

    QToolButton *revealButton() const { return m_reveal; }
    QToolButton *copyButton() const { return m_copy; }
    QToolButton *openButton() const { return m_open; }

    static constexpr int kClipboardClearMs = 60'000;
    // Test seam: how URLs are opened (default QDesktopServices::openUrl).
    static void setUrlOpener(std::function<bool(const QUrl &)> opener);
    // Opens a URL in the browser through that same seam (other widgets' "Open" buttons).
    static bool openUrl(const QUrl &url);

signals:
    void copied();
    void opened();

private:
    void updateButtons();

    QString m_secret;
    QLineEdit *m_edit = nullptr;
    QToolButton *m_reveal = nullptr;
    QToolButton *m_copy = nullptr;
    QToolButton *m_open = nullptr;
    bool m_openable = false;
    std::function<bool()> m_revealGuard;
};

} // namespace sk::ui
