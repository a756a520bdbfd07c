#pragma once

#include "services/api/apicall.h"
#include "services/api/result.h"
#include "services/entities/page.h"

#include <QObject>
#include <QPointer>
#include <set>

#include <functional>
#include <vector>

namespace sk::api {

// The signals of a PageStream (templates cannot be Q_OBJECTs).
class PageStreamBase : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error; }
    const std::optional<ApiError> &error() const { return m_error; }
    qint64 rows() const { return m_rows; }
    qint64 total() const { return m_total; }
    int pages() const { return m_pages; }

    // Stops after the page in flight is dropped; finishes with a Cancelled error.
    void cancel();

signals:
    void progress(qint64 rowsSoFar, qint64 totalRows);
    void finished();

protected:
    void finish(std::optional<ApiError> error);

    QPointer<ApiCall> m_call;
    std::optional<ApiError> m_error;
    qint64 m_rows = 0;
    qint64 m_total = 0;
    int m_pages = 0;
    bool m_finished = false;
};

// Walks a cursor-paginated list from the first page to the last, one request at a time,
// handing each page's rows over as they arrive. Retries happen inside each ApiCall, so a
// page is either delivered once or the stream fails; a repeated page token (a server loop)
// fails the stream instead of looping.
template <typename T>
class PageStream : public PageStreamBase
{
public:
    using PageDone = std::function<void(Result<entities::Page<T>>)>;
    using FetchPage = std::function<ApiCall *(const std::string &pageToken, QObject *owner, PageDone done)>;
    using Rows = std::function<void(std::vector<T> &&rows)>;

    PageStream(FetchPage fetch, Rows rows, QObject *parent = nullptr)
        : PageStreamBase(parent)
        , m_fetch(std::move(fetch))
        , m_rowsSink(std::move(rows))
    {
    }

    void start() { fetch({}); }

private:
    void fetch(const std::string &token)
    {
        m_call = m_fetch(token, this, [this](Result<entities::Page<T>> result) {
            m_call = nullptr;
            if (m_finished)
                return;
            if (!result) {
                finish(result.error());
                return;
            }
            entities::Page<T> page = std::move(result).value();
            ++m_pages;
            m_rows += qint64(page.items.size());
            m_total = std::max<qint64>(page.totalSize, m_rows);
            if (!page.items.empty())
                m_rowsSink(std::move(page.items));
            emit progress(m_rows, m_total);
            if (page.nextPageToken.empty()) {
                finish(std::nullopt);
                return;
            }
            if (m_seenTokens.contains(page.nextPageToken)) {
                finish(ApiError::make(ApiError::Kind::BadResponse,
                                      QStringLiteral("The server returned a page token it had already returned.")));
                return;
            }
            m_seenTokens.insert(page.nextPageToken);
            fetch(page.nextPageToken);
        });
    }

    FetchPage m_fetch;
    Rows m_rowsSink;
    std::set<std::string> m_seenTokens;
};

} // namespace sk::api
