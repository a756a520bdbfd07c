#include "sandbox/paging.h"

#include <QByteArray>

namespace sk::sandbox {

std::string encodePageToken(std::size_t offset)
{
    const QByteArray raw = "o:" + QByteArray::number(qulonglong(offset));
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).toStdString();
}

std::optional<std::size_t> decodePageToken(const std::string &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromStdString(token),
                                                        QByteArray::Base64UrlEncoding
                                                            | QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok || !decoded.decoded.startsWith("o:"))
        return std::nullopt;
    bool ok = false;
    const qulonglong offset = decoded.decoded.mid(2).toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    return std::size_t(offset);
}

std::optional<PageRequest> parsePageRequest(const HttpRequest &request, const PageLimits &limits,
                                            HttpResponse *error)
{
    PageRequest page;
    page.size = std::size_t(limits.defaultSize);
    const std::string sizeText = request.queryValue("page_size");
    if (!sizeText.empty()) {
        bool ok = false;
        const qlonglong size = QByteArray::fromStdString(sizeText).toLongLong(&ok);
        if (!ok || size < 0) {
            *error = apierrors::invalidField(request.requestId, "page_size",
                                             "value must be a non-negative integer", "uint32");
            return std::nullopt;
        }
        if (size > limits.max) {
            *error = apierrors::invalidField(request.requestId, "page_size",
                                             "value must be less than or equal to " + std::to_string(limits.max),
                                             limits.constraint);
            return std::nullopt;
        }
        if (size > 0)
            page.size = std::size_t(size);
    }
    const std::string token = request.queryValue("page_token");
    if (!token.empty()) {
        const auto offset = decodePageToken(token);
        if (!offset) {
            *error = apierrors::invalidField(request.requestId, "page_token", "invalid page token", "page_token");
            return std::nullopt;
        }
        page.offset = *offset;
    }
    return page;
}

PageWindow pageWindow(const PageRequest &page, std::size_t total)
{
    PageWindow w;
    w.total = total;
    if (page.offset + page.size < total)
        w.nextToken = encodePageToken(page.offset + page.size);
    if (page.offset > 0)
        w.prevToken = encodePageToken(page.offset > page.size ? page.offset - page.size : 0);
    return w;
}

void addPageFields(nlohmann::json &body, const PageWindow &window)
{
    body["next_page_token"] = window.nextToken;
    body["prev_page_token"] = window.prevToken;
    body["total_size"] = window.total;
}

} // namespace sk::sandbox
