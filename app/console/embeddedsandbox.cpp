#include "app/console/embeddedsandbox.h"

#include "sandbox/sandboxserver.h"

namespace sk::app {

EmbeddedSandbox::EmbeddedSandbox(sandbox::SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_options.host = QStringLiteral("127.0.0.1");
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

EmbeddedSandbox::~EmbeddedSandbox()
{
    if (m_threadContext) {
        // The server must be destroyed on its own thread (it owns sockets there and saves --state).
        QMetaObject::invokeMethod(
            m_threadContext, [this] { delete m_server; m_server = nullptr; }, Qt::BlockingQueuedConnection);
        m_threadContext->deleteLater();
    }
    m_thread.quit();
    m_thread.wait();
}

void EmbeddedSandbox::start()
{
    if (m_threadContext)
        return;
    m_threadContext = new QObject;
    m_threadContext->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_threadContext, [this] {
        auto *server = new sandbox::SandboxServer(m_options);
        QString error;
        if (!server->start(&error)) {
            delete server;
            QMetaObject::invokeMethod(this, [this, error] { emit failed(error); }, Qt::QueuedConnection);
            return;
        }
        m_server = server;
        const QUrl url = server->url();
        const QString id = server->clientId();
        const QString secret = server->clientSecret();
        QMetaObject::invokeMethod(this, [this, url, id, secret] { emit ready(url, id, secret); }, Qt::QueuedConnection);
    });
}

} // namespace sk::app
