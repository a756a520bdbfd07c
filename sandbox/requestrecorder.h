#pragma once

#include <QFile>
#include <QString>

namespace sk::sandbox {

struct HttpRequest;

// Appends each API request the sandbox routed to a JSONL file, one object a line:
//   {"method": "POST", "path": "/api/v1/roles", "route": "/api/v1/roles", "status": 201, "body": {...}}
// Used by the contract test to check the bodies the services build against the official spec.
// Off unless --record-requests FILE is given. Headers (and so tokens) are never written; bodies
// are whatever the client sent, so this is for test data only.
class RequestRecorder
{
public:
    // An empty path records nothing. Returns false and sets *error if the file cannot be opened.
    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const { return m_file.isOpen(); }

    void record(const HttpRequest &request, int status);

private:
    QFile m_file;
};

} // namespace sk::sandbox
