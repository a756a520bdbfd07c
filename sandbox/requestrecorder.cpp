#include "sandbox/requestrecorder.h"

#include "sandbox/httpexchange.h"
#include "services/json/boundedparse.h"

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace sk::sandbox {

bool RequestRecorder::open(const QString &path, QString *error)
{
    if (path.isEmpty())
        return true;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        if (error)
            *error = u"Cannot open %1 to record requests: %2"_s.arg(path, m_file.errorString());
        return false;
    }
    return true;
}

void RequestRecorder::record(const HttpRequest &request, int status)
{
    if (!m_file.isOpen())
        return;
    nlohmann::json body = nullptr;
    if (!request.body.trimmed().isEmpty()) {
        body = json::parseBounded(request.body.toStdString(), json::kMaxRequestDepth);
        if (body.is_discarded())
            body = {{"_unparsed", request.body.toStdString()}};
    }
    const nlohmann::json line = {{"method", request.method.toStdString()},
                                 {"path", request.path},
                                 {"route", request.route},
                                 {"status", status},
                                 {"body", body}};
    m_file.write(QByteArray::fromStdString(line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)) + '\n');
    m_file.flush();
}

} // namespace sk::sandbox
