#include "ui/agentkit/bulkreauthdialog.h"

#include "models/agentkit/bulkreauth.h"
#include "services/core/environmentstatus.h"
#include "services/resources/services.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/textstyle.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sk::ui {

BulkReauthDialog::BulkReauthDialog(services::Services *services, services::EnvironmentStatus *status,
                                   const std::vector<entities::ConnectedAccount> &accounts, QWidget *parent)
    : QDialog(parent)
    , m_status(status)
    , m_job(new models::BulkReauth(&services->connectedAccounts(), accounts, this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_generate(new QPushButton(QIcon(QStringLiteral(":/icons/link.svg")), tr("Generate links"), this))
    , m_cancel(new QPushButton(tr("Stop"), this))
    , m_retry(new QPushButton(tr("Retry failed"), this))
    , m_save(new QPushButton(tr("Save CSV…"), this))
    , m_failures(new QTableWidget(0, 3, this))
{
    setObjectName(QStringLiteral("bulkReauthDialog"));
    setWindowTitle(tr("Authorization links for %n account(s)", nullptr, int(accounts.size())));
    auto *warning = new MessageBanner(this);
    warning->showMessage(MessageBanner::Level::Warning,
                         tr("Each link lets whoever opens it connect their account in place of the user's. The "
                            "CSV holds every link: it is written readable by you only; send each row only to "
                            "its own user."));
    m_summary->setWordWrap(true);
    m_failures->setObjectName(QStringLiteral("bulkReauthFailures"));
    m_failures->setHorizontalHeaderLabels({tr("Identifier"), tr("Connection"), tr("Why no link")});
    m_failures->horizontalHeader()->setStretchLastSection(true);
    m_failures->verticalHeader()->hide();
    m_failures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_failures->setColumnWidth(0, 220);
    m_failures->setColumnWidth(1, 140);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_generate);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Failed"), this));
    layout->addWidget(m_failures, 1);
    layout->addWidget(close);
    resize(680, 460);

    connect(m_generate, &QPushButton::clicked, m_job, &models::BulkReauth::start);
    connect(m_retry, &QPushButton::clicked, m_job, &models::BulkReauth::retryFailed);
    connect(m_cancel, &QPushButton::clicked, m_job, &models::BulkReauth::cancel);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Save the links"), QStringLiteral("reauth-links.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!file.isEmpty())
            saveTo(file);
    });
    connect(m_job, &models::BulkReauth::progress, this, &BulkReauthDialog::update);
    connect(m_job, &models::BulkReauth::finished, this, &BulkReauthDialog::update);
    connect(status, &services::EnvironmentStatus::writableChanged, this, &BulkReauthDialog::update);
    update();
}

bool BulkReauthDialog::saveTo(const QString &fileName)
{
    QString error;
    if (!m_job->writeCsv(fileName, &error)) {
        m_summary->setText(tr("The CSV was not written: %1").arg(error));
        m_summary->setStyleSheet(textStyle(TextRole::Error));
        return false;
    }
    m_summary->setText(tr("Saved %n link(s) to %1 (readable by you only).", nullptr, m_job->linked()).arg(fileName));
    m_summary->setStyleSheet(textStyle(TextRole::Success));
    return true;
}

void BulkReauthDialog::update()
{
    const int total = m_job->total();
    const int linked = m_job->linked();
    const int failed = m_job->failed();
    const bool running = m_job->isRunning();
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(linked + failed);
    m_summary->setStyleSheet(QString());
    if (running)
        m_summary->setText(tr("Generating… %1 of %2 done.").arg(linked + failed).arg(total));
    else if (linked + failed == 0)
        m_summary->setText(tr("%n account(s) will get a fresh authorization link.", nullptr, total));
    else
        m_summary->setText(tr("%1 of %2 accounts have a link; %3 failed.").arg(linked).arg(total).arg(failed));
    const bool writable = m_status->canWrite();
    m_generate->setEnabled(writable && !running && linked + failed == 0 && total > 0);
    m_cancel->setEnabled(running);
    m_retry->setEnabled(writable && !running && failed > 0);
    m_save->setEnabled(!running && linked > 0);

    m_failures->setRowCount(0);
    for (const models::BulkReauth::Item &item : m_job->items()) {
        if (item.failure.isEmpty())
            continue;
        const int row = m_failures->rowCount();
        m_failures->insertRow(row);
        m_failures->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(item.identifier)));
        m_failures->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(item.connection)));
        m_failures->setItem(row, 2, new QTableWidgetItem(item.failure));
    }
}

} // namespace sk::ui
