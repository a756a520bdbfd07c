#pragma once

// Shared by the UI tests that drive windows against a sandbox: checked screenshots (saved into
// $SK_SCREENSHOT_DIR when set) and waiting for a paged model to finish loading.

#include "models/core/pagedtablemodel.h"
#include "services/core/environmentstatus.h"
#include "services/resources/organizationsservice.h"
#include "tests/integration/servicetest.h"
#include "tests/ui/uitest.h"
#include "ui/widgets/resourcetableview.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QImage>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

namespace sk::test {

// The checked screenshot of uitest.h: true only for a real, non-blank grab of the widget's size.
inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    return screenshot(widget, name);
}

// Whether the view paints this colour somewhere in the cell at index (an index of the view's
// own model), scrolled into sight first: a provider tile's brand colour, say (in a row not
// selected: a selected icon is tinted).
inline bool cellPaintsColor(QAbstractItemView *view, const QModelIndex &index, QRgb color)
{
    view->scrollTo(index);
    const QImage image = view->viewport()->grab(view->visualRect(index)).toImage();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) == color)
                return true;
        }
    }
    return false;
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
