#pragma once

#include "sandbox/sandboxoptions.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace sk::sandbox {
class SandboxServer;
}

namespace sk::app {

// The sandbox server inside the console process, on a thread of its own so that generating a
// large data set or answering requests never stalls the window. It binds 127.0.0.1 only.
class EmbeddedSandbox : public QObject
{
    Q_OBJECT

public:
    explicit EmbeddedSandbox(sandbox::SandboxOptions options, QObject *parent = nullptr);
    ~EmbeddedSandbox() override;

    void start();

signals:
    void ready(const QUrl &url, const QString &clientId, const QString &clientSecret);
    void failed(const QString &error);

private:
    sandbox::SandboxOptions m_options;
    QThread m_thread;
    QObject *m_threadContext = nullptr;        // lives in m_thread
    sandbox::SandboxServer *m_server = nullptr; // lives in m_thread
};

} // namespace sk::app
