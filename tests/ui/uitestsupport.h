#pragma once

// Shared by the UI tests that drive windows against a sandbox: checked screenshots (saved into
// $SK_SCREENSHOT_DIR when set) and waiting for a paged model to finish loading.

#include "models/core/pagedtablemodel.h"
#include "services/core/environmentstatus.h"
#include "services/resources/organizationsservice.h"
#include "tests/integration/servicetest.h"
#include "tests/ui/uitest.h"
#include "ui/widgets/resourcetableview.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

namespace sk::test {

// The checked screenshot of uitest.h: true only for a real, non-blank grab of the widget's size.
inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    return screenshot(widget, name);
}

inline bool settleComplete(const models::PagedTableModel &model, int timeoutMs = 30000)
{
    return QTest::qWaitFor([&model] { return model.state() == models::PagedTableModel::State::Complete; }, timeoutMs);
}

// Starts the sandbox for a UI test: throwaway settings, no saved table layouts, `status` as a
// connected sandbox, and the id of the first organization listed. Returns false on failure.
inline bool startUiTest(ServiceFixture &fixture, services::EnvironmentStatus &status, std::string *organizationId)
{
    QStandardPaths::setTestModeEnabled(true);
    ui::ResourceTableView::setLayoutPersistence(false);
    if (!fixture.start())
        return false;
    status.setEnvironment(QStringLiteral("Sandbox"), services::EnvironmentStatus::Kind::Sandbox);
    status.setConnection(services::EnvironmentStatus::Connection::Connected);
    auto organizations = await<services::OrganizationsService::OrganizationPage>([&fixture](QObject *owner, auto done) {
        return services::OrganizationsService(fixture.client()).list({10, {}}, {}, owner, std::move(done));
    });
    if (!organizations || organizations.value().items.empty())
        return false;
    *organizationId = organizations.value().items.front().id;
    return true;
}

} // namespace sk::test
