#include "ui/widgets/secretfield.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPointer>
#include <QTimer>
#include <QToolButton>

namespace sk::ui {

namespace {
std::function<bool(const QUrl &)> &urlOpener()
{
    static std::function<bool(const QUrl &)> opener = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    return opener;
}
} // namespace

SecretField::SecretField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_reveal(new QToolButton(this))
    , m_copy(new QToolButton(this))
    , m_open(new QToolButton(this))
{
    m_edit->setObjectName(QStringLiteral("secretValue"));
    m_edit->setReadOnly(true);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setContextMenuPolicy(Qt::NoContextMenu); // no "copy" that bypasses the clear timer

    m_reveal->setObjectName(QStringLiteral("secretReveal"));
    m_reveal->setText(tr("Reveal"));
    m_reveal->setIcon(QIcon(QStringLiteral(":/icons/reveal.svg")));
    m_reveal->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_reveal->setCheckable(true);
    connect(m_reveal, &QToolButton::toggled, this,
            [this](bool revealed) { setRevealed(revealed && (!m_revealGuard || m_revealGuard())); });

    m_copy->setObjectName(QStringLiteral("secretCopy"));
    m_copy->setText(tr("Copy"));
    m_copy->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_copy, &QToolButton::clicked, this, [this] {
        if (m_secret.isEmpty())
            return;
        QClipboard *clipboard = QApplication::clipboard();
        clipboard->setText(m_secret);
        const QString copiedValue = m_secret;
        QTimer::singleShot(kClipboardClearMs, clipboard, [clipboard, copiedValue] {
            if (clipboard->text() == copiedValue)
                clipboard->clear();
        });
        emit copied();
    });

    m_open->setObjectName(QStringLiteral("secretOpen"));
    m_open->setText(tr("Open in browser"));
    m_open->setIcon(QIcon(QStringLiteral(":/icons/open.svg")));
    m_open->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_open, &QToolButton::clicked, this, [this] {
        const QUrl url(m_secret, QUrl::StrictMode);
        if (url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") && urlOpener()(url))
            emit opened();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_reveal);
    layout->addWidget(m_copy);
    layout->addWidget(m_open);
    updateButtons();
}

void SecretField::setSecret(const QString &secret)
{
    m_secret = secret;
    m_edit->setText(secret);
    m_edit->setCursorPosition(0);
    setRevealed(false);
    updateButtons();
}

void SecretField::setOpenable(bool openable)
{
    m_openable = openable;
    updateButtons();
}

bool SecretField::isRevealed() const
{
    return m_edit->echoMode() == QLineEdit::Normal;
}

void SecretField::setRevealed(bool revealed)
{
    m_edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_edit->setCursorPosition(0);
    if (m_reveal->isChecked() != revealed) {
        const QSignalBlocker block(m_reveal);
        m_reveal->setChecked(revealed);
    }
    m_reveal->setText(revealed ? tr("Hide") : tr("Reveal"));
}

QString SecretField::displayedText() const
{
    return m_edit->displayText();
}

bool SecretField::openUrl(const QUrl &url)
{
    return urlOpener()(url);
}

void SecretField::setUrlOpener(std::function<bool(const QUrl &)> opener)
{
    urlOpener() = std::move(opener);
}

void SecretField::updateButtons()
{
    const bool has = !m_secret.isEmpty();
    m_reveal->setEnabled(has);
    m_copy->setEnabled(has);
    m_open->setVisible(m_openable);
    m_open->setEnabled(has && m_openable);
}

} // namespace sk::ui
