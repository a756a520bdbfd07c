#pragma once

#include "services/api/apiclient.h"
#include "services/api/pagestream.h"
#include "services/api/rawbody.h"
#include "services/json/boundedparse.h"
#include "services/json/tape.h"

#include <QThread>

#include <memory>

namespace sk::api {

// PageStream for bulk reads (the CLI export): the same walk, the same errors, but
//  - each page is decoded from a json::Tape straight into the entities (no nlohmann DOM), falling
//    back to the ordinary path (decodePage over the bounded parse) for any page the tape leaves
//    to it, so rows and errors are the ordinary path's;
//  - the next page is requested as soon as this page's next_page_token is read, before its rows
//    are decoded and handed on, so the server and the network work while this page is decoded;
//  - its GETs are ApiRequest::keepAlive: one persistent connection on this thread, no HTTP
//    thread or QNetworkAccessManager per page.
// T needs from_tape (services/entities/tapecodecs.h). Rows are handed on one at a time, in order.
template<typename T> class TapePageStream : public PageStreamBase
{
public:
    using Request = std::function<ApiRequest(const std::string &pageToken)>;
    using Row = std::function<void(const T &row)>;

    TapePageStream(ApiClient *client, Request request, std::string_view itemsKey, Row row,
                   QObject *parent = nullptr)
        : PageStreamBase(parent)
        , m_client(client)
        , m_request(std::move(request))
        , m_itemsKey(itemsKey)
        , m_row(std::move(row))
    { }

    void start() { m_call = fetch({}); }

private:
    using PagePtr = std::shared_ptr<entities::Page<T>>;

    ApiCall *fetch(const std::string &token)
    {
        RawBodyDecoder decoder {[this](std::string_view body) { return decodeRaw(body); },
                                [this](const nlohmann::json &json) -> ApiCall::Deliver {
                                    auto page = std::make_shared<entities::Page<T>>(
                                        json::decodePage<T>(json, m_itemsKey));
                                    return [this, page] { deliver(page); };
                                }};
        ApiRequest request = m_request(token);
        request.keepAlive(true); // its own connection, and on the wire at once (ApiClient::send)
        return m_client->send(std::move(request), this, std::move(decoder), [this](const ApiError &error) {
            finish(error);
            if (m_ahead)
                m_ahead->cancel(); // the next page, asked for before this one failed to decode
        });
    }

    // On the tape: the next page is asked for first, then this page's rows are decoded. The
    // first ask is a guess read straight from the body's bytes, before the tape is built, so the
    // server works on the next page while this one is parsed too; the tape then checks it, and a
    // wrong guess (only possible if a row held a "next_page_token" key of its own) is withdrawn
    // and the real token asked for instead.
    std::optional<ApiCall::Deliver> decodeRaw(std::string_view body)
    {
        const bool ownThread
            = QThread::currentThread() == thread(); // not when a large page is decoded on a worker
        if (ownThread)
            prefetch(guessNextToken(body));
        json::Tape tape;
        if (!tape.parse(body, json::kMaxResponseDepth))
            return std::nullopt;
        const json::TapeValue root(&tape, 0);
        if (!root.isObject())
            return std::nullopt;
        try {
            if (ownThread) {
                std::string next;
                const json::TapeReader reader(root);
                reader("next_page_token", next);
                if (next != m_prefetched) {
                    withdrawPrefetch();
                    prefetch(next);
                }
            }
            auto page = std::make_shared<entities::Page<T>>(json::decodeTapePage<T>(root, m_itemsKey));
            return ApiCall::Deliver([this, page] { deliver(page); });
        } catch (const json::TapeFallback &) {
            return std::nullopt;
        }
    }

    // The value of the last "next_page_token" key in the text, if it is a plain string (no
    // escapes); empty otherwise. A guess: decodeRaw checks it against the parsed page.
    static std::string guessNextToken(std::string_view body)
    {
        constexpr std::string_view key = "\"next_page_token\":\"";
        const std::size_t at = body.rfind(key);
        if (at == std::string_view::npos)
            return {};
        const std::size_t begin = at + key.size();
        const std::size_t end = body.find('"', begin);
        if (end == std::string_view::npos || end - begin > 4096)
            return {};
        const std::string_view token = body.substr(begin, end - begin);
        for (const char c : token) {
            if (c == '\\' || static_cast<unsigned char>(c) < 0x20)
                return {};
        }
        return std::string(token);
    }

    void prefetch(const std::string &token)
    {
        if (m_finished || token.empty() || m_seenTokens.contains(token) || !m_prefetched.empty())
            return;
        m_seenTokens.insert(token);
        m_prefetched = token;
        m_call = m_ahead = fetch(token);
    }

    // Drops a request asked for ahead on a wrong guess: destroyed, it calls nothing back.
    void withdrawPrefetch()
    {
        if (m_prefetched.empty())
            return;
        m_seenTokens.erase(m_prefetched);
        m_prefetched.clear();
        delete m_ahead.data();
        m_ahead = nullptr;
    }

    void deliver(const PagePtr &page)
    {
        if (m_finished)
            return;
        ++m_pages;
        m_rows += qint64(page->items.size());
        m_total = std::max<qint64>(page->totalSize, m_rows);
        for (const T &row : page->items)
            m_row(row);
        emit progress(m_rows, m_total);
        const std::string &token = page->nextPageToken;
        const bool prefetched = !m_prefetched.empty() && token == m_prefetched;
        if (!prefetched)
            withdrawPrefetch(); // a guess this page (decoded the ordinary way) did not confirm
        m_prefetched.clear();
        m_ahead = nullptr;
        if (prefetched)
            return; // already on its way (m_call)
        if (token.empty()) {
            finish(std::nullopt);
            return;
        }
        if (m_seenTokens.contains(token)) {
            finish(
                ApiError::make(ApiError::Kind::BadResponse,
                               QStringLiteral("The server returned a page token it had already returned.")));
            return;
        }
        m_seenTokens.insert(token);
        m_call = fetch(token);
    }

    ApiClient *m_client;
    Request m_request;
    std::string_view m_itemsKey;
    Row m_row;
    std::set<std::string> m_seenTokens;
    std::string m_prefetched; // the token of the page asked for ahead
    QPointer<ApiCall> m_ahead; // that request, until the page before it is delivered
};

} // namespace sk::api
