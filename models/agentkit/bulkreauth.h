#pragma once

#include "services/entities/connectedaccount.h"
#include "services/resources/connectedaccountsservice.h"

#include <QObject>
#include <QString>

#include <optional>
#include <vector>

namespace sk::models {

// Fresh authorization links for many connected accounts at once, for the team that sends each
// owner theirs: a few requests at a time, progress, cancel, and every failure kept with its
// reason so it can be retried; nothing generated is lost when one fails. Links stay in memory
// only until written with writeCsv() (0600) or this object goes.
class BulkReauth : public QObject
{
    Q_OBJECT

public:
    struct Item
    {
        std::string id;
        std::string identifier;
        std::string connection;
        QString status;                          // the status key when the job was made
        std::optional<entities::MagicLink> link; // a secret
        QString failure;                         // why no link (empty when none was asked or it worked)
    };

    static constexpr int kParallel = 4;

    BulkReauth(services::ConnectedAccountsService *service, const std::vector<entities::ConnectedAccount> &accounts,
               QObject *parent = nullptr);

    // Asks for a link for every account without one (the first time: all; later: the failed).
    void start();
    void retryFailed() { start(); }
    // Stops asking; the links made so far stay.
    void cancel();

    bool isRunning() const { return m_running; }
    const std::vector<Item> &items() const { return m_items; }
    int linked() const;
    int failed() const;
    int total() const { return int(m_items.size()); }

    // identifier,connection,status,link,expire_time for every account with a link, in order;
    // the file is the owner's only (0600). Cells are quoted, and one starting with = + - @ is
    // prefixed with ' so a spreadsheet never runs it. False with *error on failure.
    bool writeCsv(const QString &fileName, QString *error) const;

signals:
    void progress(int done, int total);
    void finished();

private:
    void startNext();

    services::ConnectedAccountsService *m_service;
    std::vector<Item> m_items;
    std::vector<std::size_t> m_queue;
    std::size_t m_next = 0;
    int m_inFlight = 0;
    int m_done = 0;
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace sk::models
