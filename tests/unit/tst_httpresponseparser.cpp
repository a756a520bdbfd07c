// HttpResponseParser (the export's keep-alive transport): every answer parses the same however
// the bytes are split; framing is strict (what a request smuggler or a broken server would send
// fails, never guesses); the limits hold; keep-alive follows the version and Connection.
#include "services/http/httpresponseparser.h"

#include <QTest>

using sk::http::HttpResponseParser;
using sk::http::ResponseLimits;
using State = HttpResponseParser::State;

namespace {

QByteArray lengthAnswer()
{
    return QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Request-Id: req_1\r\n"
                             "Content-Length: 27\r\n\r\n{\"organizations\":[],\"n\":1}\n");
}

QByteArray chunkedAnswer()
{
    return QByteArrayLiteral("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                             "5;name=value\r\nhello\r\n7\r\n, world\r\n0\r\nX-Trailer: yes\r\n\r\n");
}

// Feeds `bytes` in two pieces split at `at`.
State feedSplit(HttpResponseParser &parser, const QByteArray &bytes, qsizetype at)
{
    State state = parser.feed(bytes.constData(), at);
    if (state == State::Failed)
        return state;
    return parser.feed(bytes.constData() + at, bytes.size() - at);
}

QByteArray withLength(const char *head, const QByteArray &body)
{
    return QByteArray(head) + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

class TestHttpResponseParser : public QObject
{
    Q_OBJECT

private slots:
    void lengthAnswerParsesAtEverySplitPoint()
    {
        const QByteArray bytes = lengthAnswer();
        for (qsizetype at = 0; at <= bytes.size(); ++at) {
            HttpResponseParser parser;
            QCOMPARE(feedSplit(parser, bytes, at), State::Complete);
            QCOMPARE(parser.status(), 200);
            QCOMPARE(parser.body(), QByteArray("{\"organizations\":[],\"n\":1}\n"));
            QCOMPARE(parser.header("x-request-id"), QByteArray("req_1"));
            QCOMPARE(parser.headers().size(), 3);
            QVERIFY(parser.keepAlive());
            QCOMPARE(parser.excess(), 0);
        }
    }

    void byteByByteEqualsWhole()
    {
        for (const QByteArray &bytes : {lengthAnswer(), chunkedAnswer()}) {
            HttpResponseParser whole;
            QCOMPARE(whole.feed(bytes.constData(), bytes.size()), State::Complete);
            HttpResponseParser bytewise;
            State state = State::NeedMore;
            for (qsizetype i = 0; i < bytes.size(); ++i) {
                QCOMPARE(state, State::NeedMore); // never complete before the last byte
                state = bytewise.feed(bytes.constData() + i, 1);
            }
            QCOMPARE(state, State::Complete);
            QCOMPARE(bytewise.body(), whole.body());
            QCOMPARE(bytewise.headers(), whole.headers());
        }
    }

    void chunkedBodyIsDecodedAndTrailersDropped()
    {
        const QByteArray bytes = chunkedAnswer();
        for (qsizetype at = 0; at <= bytes.size(); ++at) {
            HttpResponseParser parser;
            QCOMPARE(feedSplit(parser, bytes, at), State::Complete);
            QCOMPARE(parser.body(), QByteArray("hello, world"));
            QVERIFY(parser.header("x-trailer").isEmpty());
            QVERIFY(parser.keepAlive());
        }
    }

    void bodyWithoutLengthRunsToTheClose()
    {
        HttpResponseParser parser;
        const QByteArray bytes("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\npart one, ");
        QCOMPARE(parser.feed(bytes.constData(), bytes.size()), State::NeedMore);
        QCOMPARE(parser.feed("part two", 8), State::NeedMore);
        QCOMPARE(parser.closed(), State::Complete);
        QCOMPARE(parser.body(), QByteArray("part one, part two"));
        QVERIFY(!parser.keepAlive());
    }

    void closeBeforeTheEndIsAFailure_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("started");
        QTest::newRow("nothing") << QByteArray() << false;
        QTest::newRow("half a head") << QByteArray("HTTP/1.1 200 OK\r\nContent-Le") << true;
        QTest::newRow("short body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc") << true;
        QTest::newRow("open chunk") << QByteArray(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab")
                                    << true;
    }

    void closeBeforeTheEndIsAFailure()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, started);
        HttpResponseParser parser;
        parser.feed(bytes.constData(), bytes.size());
        QCOMPARE(parser.started(), started); // the connection resends only what got no byte
        QCOMPARE(parser.closed(), State::Failed);
        QVERIFY(QByteArray(parser.errorMessage()).contains("closed"));
        QVERIFY(!parser.keepAlive());
    }

    void interimAnswersAreSkipped()
    {
        const QByteArray bytes
            = QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n")
            + withLength("HTTP/1.1 201 Created\r\n", "{}");
        for (qsizetype at = 0; at <= bytes.size(); ++at) {
            HttpResponseParser parser;
            QCOMPARE(feedSplit(parser, bytes, at), State::Complete);
            QCOMPARE(parser.status(), 201);
            QCOMPARE(parser.body(), QByteArray("{}"));
            QVERIFY(parser.header("link").isEmpty()); // the interim answer's fields are not the answer's
        }
    }

    void noBodyStatusesIgnoreTheirFraming()
    {
        for (const char *status : {"204 No Content", "304 Not Modified"}) {
            HttpResponseParser parser;
            const QByteArray bytes = QByteArray("HTTP/1.1 ") + status + "\r\nContent-Length: 10\r\n\r\n";
            QCOMPARE(parser.feed(bytes.constData(), bytes.size()), State::Complete);
            QVERIFY(parser.body().isEmpty());
            QVERIFY(parser.keepAlive());
        }
    }

    void keepAliveFollowsVersionAndConnection_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("keepAlive");
        QTest::newRow("1.1") << QByteArray("HTTP/1.1 200 OK\r\n") << true;
        QTest::newRow("1.1 close") << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\n") << false;
        QTest::newRow("1.1 close in a list")
            << QByteArray("HTTP/1.1 200 OK\r\nConnection: Upgrade, CLOSE\r\n") << false;
        QTest::newRow("1.0") << QByteArray("HTTP/1.0 200 OK\r\n") << false;
        QTest::newRow("1.0 keep-alive")
            << QByteArray("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\n") << true;
    }

    void keepAliveFollowsVersionAndConnection()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, keepAlive);
        HttpResponseParser parser;
        const QByteArray bytes = withLength(head.constData(), "ok");
        QCOMPARE(parser.feed(bytes.constData(), bytes.size()), State::Complete);
        QCOMPARE(parser.keepAlive(), keepAlive);
    }

    void bytesPastTheAnswerEndTheConnection()
    {
        // One request at a time: anything after the answer is a broken (or hostile) server.
        HttpResponseParser parser;
        const QByteArray bytes = withLength("HTTP/1.1 200 OK\r\n", "{}") + "HTTP/1.1 200 OK\r\n";
        QCOMPARE(parser.feed(bytes.constData(), bytes.size()), State::Complete);
        QCOMPARE(parser.body(), QByteArray("{}"));
        QCOMPARE(parser.excess(), 17);
        QVERIFY(!parser.keepAlive());
        HttpResponseParser later;
        const QByteArray answer = withLength("HTTP/1.1 200 OK\r\n", "{}");
        QCOMPARE(later.feed(answer.constData(), answer.size()), State::Complete);
        QVERIFY(later.keepAlive());
        QCOMPARE(later.feed("x", 1), State::Complete);
        QVERIFY(!later.keepAlive());
    }

    void resetReadsTheNextAnswer()
    {
        HttpResponseParser parser;
        const QByteArray first = withLength("HTTP/1.1 200 OK\r\n", "first");
        const QByteArray second = withLength("HTTP/1.1 404 Not Found\r\n", "second");
        QCOMPARE(parser.feed(first.constData(), first.size()), State::Complete);
        parser.reset();
        QVERIFY(!parser.started());
        QCOMPARE(parser.feed(second.constData(), second.size()), State::Complete);
        QCOMPARE(parser.status(), 404);
        QCOMPARE(parser.body(), QByteArray("second"));
    }

    void badFramingFails_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("why");
        QTest::newRow("bare LF") << QByteArray("HTTP/1.1 200 OK\nContent-Length: 0\r\n\r\n")
                                 << QByteArray("CRLF");
        QTest::newRow("CR inside a line")
            << QByteArray("HTTP/1.1 200 OK\r\nX-A: b\rc\r\nContent-Length: 0\r\n\r\n") << QByteArray("CRLF");
        QTest::newRow("obsolete folding")
            << QByteArray("HTTP/1.1 200 OK\r\nX-A: b\r\n c\r\nContent-Length: 0\r\n\r\n")
            << QByteArray("folding");
        QTest::newRow("two lengths") << QByteArray(
            "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nabc")
                                     << QByteArray("Content-Length");
        QTest::newRow("negative length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n") << QByteArray("Content-Length");
        QTest::newRow("length and chunked") << QByteArray(
            "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                            << QByteArray("both");
        QTest::newRow("gzip transfer")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n")
            << QByteArray("other than chunked");
        QTest::newRow("chunked on 1.0")
            << QByteArray("HTTP/1.0 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
            << QByteArray("other than chunked");
        QTest::newRow("HTTP/2 status line") << QByteArray("HTTP/2 200\r\n\r\n") << QByteArray("status line");
        QTest::newRow("two-digit status")
            << QByteArray("HTTP/1.1 20 OK\r\n\r\n") << QByteArray("status line");
        QTest::newRow("status 099") << QByteArray("HTTP/1.1 099 Odd\r\n\r\n") << QByteArray("status line");
        QTest::newRow("no space after status")
            << QByteArray("HTTP/1.1 200OK\r\n\r\n") << QByteArray("status line");
        QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << QByteArray("status line");
        QTest::newRow("control char in field")
            << QByteArray("HTTP/1.1 200 OK\r\nX-A: b\x01\r\n\r\n") << QByteArray("header field");
        QTest::newRow("space before colon")
            << QByteArray("HTTP/1.1 200 OK\r\nX-A : b\r\n\r\n") << QByteArray("header field");
        QTest::newRow("bad chunk size")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
            << QByteArray("chunk");
        QTest::newRow("switching protocols")
            << QByteArray("HTTP/1.1 101 Switching Protocols\r\n\r\n") << QByteArray("switched");
    }

    void badFramingFails()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, why);
        HttpResponseParser parser;
        QCOMPARE(parser.feed(bytes.constData(), bytes.size()), State::Failed);
        QVERIFY2(QByteArray(parser.errorMessage()).contains(why), parser.errorMessage());
        QVERIFY(!parser.keepAlive());
        QVERIFY(parser.body().isEmpty());
        // After an error it takes nothing more.
        const QByteArray good = withLength("HTTP/1.1 200 OK\r\n", "{}");
        QCOMPARE(parser.feed(good.constData(), good.size()), State::Failed);
    }

    void limitsHold_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("why");
        ResponseLimits limits = smallLimits();
        QTest::newRow("head without end") << QByteArray("HTTP/1.1 200 OK\r\nX-A: ") + QByteArray(300, 'a')
                                          << QByteArray("header is too large");
        QTest::newRow("head too long") << QByteArray("HTTP/1.1 200 OK\r\nX-A: ") + QByteArray(300, 'a')
                + "\r\n\r\n" << QByteArray("header is too large");
        QByteArray many("HTTP/1.1 200 OK\r\n");
        for (int i = 0; i <= limits.maxHeaderCount; ++i)
            many += "X-" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("too many fields") << many + "\r\n" << QByteArray("too many header fields");
        QTest::newRow("declared length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 101\r\n\r\n")
                                         << QByteArray("body is too large");
        QTest::newRow("chunked body")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n65\r\n")
                + QByteArray(101, 'x') + "\r\n0\r\n\r\n"
            << QByteArray("too large");
        QTest::newRow("body to the close") << QByteArray("HTTP/1.1 200 OK\r\n\r\n") + QByteArray(101, 'x')
                                           << QByteArray("body is too large");
        QByteArray interim;
        for (int i = 0; i <= limits.maxInterimResponses; ++i)
            interim += "HTTP/1.1 100 Continue\r\n\r\n";
        QTest::newRow("interim answers") << interim << QByteArray("interim");
    }

    void limitsHold()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, why);
        HttpResponseParser parser(smallLimits());
        QCOMPARE(parser.feed(bytes.constData(), bytes.size()), State::Failed);
        QVERIFY2(QByteArray(parser.errorMessage()).contains(why), parser.errorMessage());
    }

    void limitsAreInclusive()
    {
        const ResponseLimits limits = smallLimits();
        HttpResponseParser parser(limits);
        const QByteArray bytes = withLength("HTTP/1.1 200 OK\r\n", QByteArray(limits.maxBodyBytes, 'x'));
        QCOMPARE(parser.feed(bytes.constData(), bytes.size()), State::Complete);
        QCOMPARE(parser.body().size(), limits.maxBodyBytes);
    }

private:
    static ResponseLimits smallLimits()
    {
        ResponseLimits limits;
        limits.maxHeaderBytes = 256;
        limits.maxHeaderCount = 8;
        limits.maxBodyBytes = 100;
        limits.maxInterimResponses = 2;
        return limits;
    }
};

QTEST_APPLESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
