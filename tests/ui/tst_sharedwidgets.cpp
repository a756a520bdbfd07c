// The widgets every tab shares, offscreen: FieldErrors (violations next to their fields, the rest
// in the general label, cleared by typing), SecretField (masked until Reveal, Copy, Open only for
// http(s)), QrCodeWidget (a real QR code of the text, hidden while masked), MetadataEditor (the
// documented limits), ResourceTableView (copy actions, layout saved and restored), and the
// screenshot check of uitest.h refusing a blank grab.
#include "models/core/pagedtablemodel.h"
#include "services/api/apierror.h"
#include "tests/ui/uitest.h"
#include "ui/organizations/metadataeditor.h"
#include "ui/widgets/emptystatewidget.h"
#include "ui/widgets/fielderrors.h"
#include "ui/widgets/lazyiconstyle.h"
#include "ui/widgets/providericon.h"
#include "ui/widgets/qrcodewidget.h"
#include "ui/widgets/resourcetableview.h"
#include "ui/widgets/secretfield.h"
#include "ui/widgets/statusbadgedelegate.h"
#include "ui/widgets/statuscolors.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTableWidget>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace sk;
using namespace sk::ui;

namespace {

// A paged model over a fixed list, served a page at a time from the event loop.
class NumbersModel : public models::PagedTableModel
{
public:
    explicit NumbersModel(int count, int reportedTotal = -2)
        : m_count(count)
        , m_reportedTotal(reportedTotal == -2 ? count : reportedTotal)
    {
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 3; }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return QStringLiteral("Column %1").arg(section);
        return {};
    }

protected:
    void requestPage(const std::string &pageToken, QObject *scope) override
    {
        const int start = pageToken.empty() ? 0 : std::stoi(pageToken);
        QTimer::singleShot(1, scope, [this, start, scope] { // a page a millisecond, at most
            if (!isCurrentScope(scope))
                return; // stopped or reset meanwhile
            const int end = std::min(m_count, start + 10);
            beginAppend(end - start);
            for (int i = start; i < end; ++i)
                m_rows.push_back(i);
            endAppend();
            pageLoaded(end < m_count ? std::to_string(end) : std::string(), m_reportedTotal);
        });
    }
    int rowOfId(const QString &id) const override
    {
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            if (QStringLiteral("id_%1").arg(m_rows[i]) == id)
                return int(i);
        }
        return -1;
    }
    QVariant entityData(int row, int column, int role) const override
    {
        const int value = m_rows[std::size_t(row)];
        if (role == IdRole)
            return QStringLiteral("id_%1").arg(value);
        if (role == JsonRole)
            return QStringLiteral("{\"n\": %1}").arg(value);
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1:%2").arg(value).arg(column);
        if (role == RawValueRole)
            return value * 10 + column;
        return {};
    }
    void clearEntities() override { m_rows.clear(); }

private:
    int m_count;
    int m_reportedTotal;
    std::vector<int> m_rows;
};

} // namespace

class TestSharedWidgets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ScalekitTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_sharedwidgets"));
    }

    void fieldErrorsPutViolationsNextToFields()
    {
        QWidget form;
        auto *general = new QLabel(&form);
        auto *name = new QLineEdit(&form);
        auto *slug = new QLineEdit(&form);
        FieldErrors errors(general);
        QLabel *nameError = errors.addField(QStringLiteral("display_name"), name);
        QLabel *slugError = errors.addField(QStringLiteral("slug"), slug);
        name->setText(QStringLiteral("typed"));

        api::ApiError error;
        error.kind = api::ApiError::Kind::Validation;
        error.httpStatus = 400;
        error.message = QStringLiteral("validation failed");
        error.fieldViolations = {{QStringLiteral("organization.display_name"), QStringLiteral("too long"), {}},
                                 {QStringLiteral("logoUrl"), QStringLiteral("must be https"), {}}};
        QVERIFY(errors.showError(error));
        QCOMPARE(nameError->text(), QStringLiteral("too long"));
        QVERIFY(nameError->isVisibleTo(&form));
        QVERIFY(slugError->text().isEmpty());
        QVERIFY(!slugError->isVisibleTo(&form));
        // A field the form does not have: in the general label, with its name.
        QVERIFY(general->text().contains(QStringLiteral("logoUrl: must be https")));
        QCOMPARE(name->text(), QStringLiteral("typed"));
        // Typing clears that field's error only.
        errors.setFieldError(QStringLiteral("slug"), QStringLiteral("bad"));
        QTest::keyClick(name, Qt::Key_A);
        QVERIFY(nameError->text().isEmpty());
        QCOMPARE(slugError->text(), QStringLiteral("bad"));

        // No violations: the whole description goes to the general label.
        api::ApiError plain;
        plain.kind = api::ApiError::Kind::Server;
        plain.httpStatus = 503;
        plain.requestId = QStringLiteral("req_42");
        QVERIFY(!errors.showError(plain));
        QVERIFY(general->text().contains(QStringLiteral("req_42")));
        QCOMPARE(FieldErrors::normalizeField(QStringLiteral("maxAllowedUsers")), QStringLiteral("max_allowed_users"));
    }

    void secretFieldMasksUntilRevealed()
    {
        SecretField field;
        field.setOpenable(true);
        const QString secret = QStringLiteral("https://example.test/portal/abc123");
        field.setSecret(secret);
        QVERIFY(!field.displayedText().contains(QStringLiteral("abc123")));
        field.revealButton()->click();
        QCOMPARE(field.displayedText(), secret);
        field.revealButton()->click();
        QVERIFY(!field.isRevealed());
        field.copyButton()->click();
        QCOMPARE(QApplication::clipboard()->text(), secret);
        QUrl opened;
        SecretField::setUrlOpener([&opened](const QUrl &url) { opened = url; return true; });
        field.openButton()->click();
        QCOMPARE(opened, QUrl(secret));
        // Not a web link: never handed to the browser.
        opened.clear();
        field.setSecret(QStringLiteral("file:///etc/passwd"));
        field.openButton()->click();
        QVERIFY(opened.isEmpty());
        field.clear();
        QVERIFY(!field.copyButton()->isEnabled());
    }

    void qrCodeEncodesAndHides()
    {
        const QImage code = QrCodeWidget::encode(QStringLiteral("https://example.test/x"));
        QVERIFY(!code.isNull());
        QCOMPARE(code.width(), code.height());
        QVERIFY((code.width() - 17) % 4 == 0); // QR versions are 21, 25, 29… modules wide
        // The three finder patterns: dark corners.
        QCOMPARE(code.pixelIndex(0, 0), 1);
        QCOMPARE(code.pixelIndex(code.width() - 1, 0), 1);
        QCOMPARE(code.pixelIndex(0, code.height() - 1), 1);
        QVERIFY(QrCodeWidget::encode({}).isNull());

        QrCodeWidget widget;
        widget.resize(200, 200);
        widget.setText(QStringLiteral("https://example.test/x"));
        const QImage masked = widget.grab().toImage();
        widget.setMasked(false);
        const QImage shown = widget.grab().toImage();
        QVERIFY(masked != shown);
    }

    void metadataEditorChecksTheLimits()
    {
        MetadataEditor editor;
        editor.setMetadata({{"tier", "gold"}});
        QVERIFY(editor.problems().isEmpty());
        QVERIFY(!editor.isModified());
        editor.addPair(QStringLiteral("ab"), QStringLiteral("x"));
        QCOMPARE(editor.problems().size(), 1);
        editor.table()->item(1, 0)->setText(QStringLiteral("tier"));
        QVERIFY(editor.problems().join(u' ').contains(QStringLiteral("twice")));
        editor.table()->item(1, 0)->setText(QStringLiteral("region"));
        editor.table()->item(1, 1)->setText(QString(257, u'v'));
        QVERIFY(editor.problems().join(u' ').contains(QStringLiteral("1–256")));
        editor.table()->item(1, 1)->setText(QStringLiteral("eu"));
        QVERIFY(editor.problems().isEmpty());
        QVERIFY(editor.isModified());
        for (int i = 0; i < 9; ++i)
            editor.addPair(QStringLiteral("key%1").arg(i), QStringLiteral("v"));
        QVERIFY(editor.problems().join(u' ').contains(QStringLiteral("At most 10")));
        const json::StringMap map = editor.metadata();
        QCOMPARE(map.at("region"), std::string("eu"));
    }

    // Counts are informational: a server that does not say (or says nonsense) never fails
    // the list; the summary counts what is loaded until the last page tells the total.
    void anUnknownTotalNeverFailsAList()
    {
        NumbersModel model(25, models::PagedTableModel::kUnknownTotal);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore();
        QVERIFY(QTest::qWaitFor([&] { return model.entityCount() == 10; }, 5000));
        QCOMPARE(model.totalSize(), models::PagedTableModel::kUnknownTotal);
        QCOMPARE(model.summaryText(false, QStringLiteral("number"), QStringLiteral("numbers")),
                 QStringLiteral("10 numbers loaded, more to come"));
        model.loadAll();
        QVERIFY(QTest::qWaitFor([&] { return model.state() == models::PagedTableModel::State::Complete; }, 5000));
        QCOMPARE(model.entityCount(), 25);
        QCOMPARE(model.totalSize(), 25);
        QCOMPARE(model.summaryText(false, QStringLiteral("number"), QStringLiteral("numbers")), QStringLiteral("25 numbers"));
    }

    // Load all inserts each page as one batch and stops on Esc (cancelLoading).
    void loadAllStopsWhenCancelled()
    {
        NumbersModel model(1000);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loadingAll(&model, &models::PagedTableModel::loadingAllChanged);
        model.loadAll();
        QVERIFY(QTest::qWaitFor([&] { return model.entityCount() >= 200; }, 5000));
        model.cancelLoading();
        const int atCancel = model.entityCount();
        QVERIFY(!model.isLoadingAll());
        QCOMPARE(loadingAll.count(), 2);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(!inserted.wait(200)); // no further page arrives by itself
        QCOMPARE(model.entityCount(), atCancel);
        QVERIFY(atCancel < 1000);
    }

    // Every status tone reads on light and dark palettes: its label has at least 4.5:1
    // contrast on the badge, and the badge stands out from the table's base colour.
    void statusColoursReadOnLightAndDarkThemes()
    {
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xf6, 0xf6, 0xf6));
        light.setColor(QPalette::WindowText, Qt::black);
        light.setColor(QPalette::Base, Qt::white);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Base, QColor(0x18, 0x19, 0x1b));
        QVERIFY(!isDarkPalette(light));
        QVERIFY(isDarkPalette(dark));
        using models::StatusTone;
        for (const QPalette &palette : {light, dark}) {
            QSet<QRgb> distinct;
            for (StatusTone tone : {StatusTone::Good, StatusTone::Pending, StatusTone::Warning, StatusTone::Danger,
                                    StatusTone::Neutral, StatusTone::Unknown}) {
                const QColor fill = statusColor(tone, palette);
                distinct.insert(fill.rgb());
                if (tone != StatusTone::Unknown) // drawn as an outline, its colour is the text
                    QVERIFY2(contrastRatio(textColorOn(fill), fill) >= 4.5, qPrintable(fill.name()));
                QVERIFY2(contrastRatio(fill, palette.color(QPalette::Base)) >= 2.0, qPrintable(fill.name()));
            }
            QCOMPARE(distinct.size(), 6); // every tone its own colour
        }
    }

    // The badge delegate paints the badge's colour; a cell without a badge paints as usual.
    void statusBadgeDelegatePaintsTheTone()
    {
        QTableWidget table(2, 1);
        table.setItemDelegate(new StatusBadgeDelegate(&table));
        auto *badged = new QTableWidgetItem;
        badged->setData(models::kStatusBadgeRole,
                        QVariant::fromValue(models::StatusBadge{QStringLiteral("Expired"), QStringLiteral("Re-authorize"),
                                                                models::StatusTone::Danger}));
        table.setItem(0, 0, badged);
        table.setItem(1, 0, new QTableWidgetItem(QStringLiteral("plain")));
        table.setColumnWidth(0, 160);
        table.resize(220, 120);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        const QImage image = table.viewport()->grab().toImage();
        const QColor danger = statusColor(models::StatusTone::Danger, table.palette());
        auto countOf = [&image](const QColor &color, const QRect &rect) {
            int n = 0;
            for (int y = rect.top(); y <= rect.bottom(); ++y)
                for (int x = rect.left(); x <= rect.right(); ++x)
                    n += QColor(image.pixel(x, y)) == color ? 1 : 0;
            return n;
        };
        const qreal dpr = image.devicePixelRatio();
        const QRect row0 = QRect(table.visualItemRect(badged).topLeft() * dpr, table.visualItemRect(badged).size() * dpr);
        const QRect row1 = QRect(table.visualItemRect(table.item(1, 0)).topLeft() * dpr,
                                 table.visualItemRect(table.item(1, 0)).size() * dpr);
        QVERIFY(countOf(danger, row0) > 50);
        QCOMPARE(countOf(danger, row1), 0);
    }

    void resourceTableViewActionsAndLayout()
    {
        QSettings().clear();
        ResourceTableView::setLayoutPersistence(true);
        NumbersModel model(25);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        {
            ResourceTableView view(QStringLiteral("numbers"));
            view.setPagedModel(&model);
            view.resize(600, 400);
            view.show();
            model.fetchMore(); // (does nothing if the view already asked)
            QVERIFY(QTest::qWaitFor([&] { return model.entityCount() >= 10; }, 5000));
            QCOMPARE(view.currentSourceRow(), -1);
            QVERIFY(!view.copyIdAction()->isEnabled());
            view.selectSourceRow(3);
            QCOMPARE(view.currentId(), QStringLiteral("id_3"));
            view.copyIdAction()->trigger();
            QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("id_3"));
            view.copyJsonAction()->trigger();
            QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("{\"n\": 3}"));
            // Sorted by the raw value, descending: the largest loaded first, the status row last.
            view.sortByColumn(0, Qt::DescendingOrder);
            QCOMPARE(view.model()->index(0, 0).data().toString().section(u':', 0, 0).toInt(), model.entityCount() - 1);
            view.sortByColumn(0, Qt::AscendingOrder);
            QCOMPARE(view.model()->index(0, 0).data().toString(), QStringLiteral("0:0"));
            QVERIFY(QTest::qWaitFor([&] {
                view.scrollToBottom();
                return model.state() == models::PagedTableModel::State::Complete;
            }, 5000));
            QCOMPARE(model.entityCount(), 25);
            view.setColumnWidth(0, 222);
            view.setColumnHidden(2, true);
        } // saved on destruction
        ResourceTableView again(QStringLiteral("numbers"));
        again.setPagedModel(&model);
        QCOMPARE(again.columnWidth(0), 222);
        QVERIFY(again.isColumnHidden(2));
        QCOMPARE(again.horizontalHeader()->sortIndicatorSection(), 0);
        ResourceTableView::setLayoutPersistence(false);
    }

    // The screenshot check every UI test makes can fail: a blank grab does not pass.
    // Every brand tile carries a white initial that reads (WCAG AA for large text and icons:
    // 3:1; we hold 4.5:1), keys match whatever their case or separators, and an unknown
    // provider gets the generic icon rather than nothing.
    void providerIconsReadAndUnknownOnesAreGeneric()
    {
        const QStringList keys = ui::knownProviderKeys();
        QVERIFY(keys.size() > 50);
        for (const QString &key : keys) {
            const QColor color = ui::providerColor(key);
            QVERIFY2(color.isValid(), qPrintable(key));
            QVERIFY2(ui::contrastRatio(color, Qt::white) >= 4.5, qPrintable(key));
        }
        for (const char *key :
             {"gmail", "slack", "okta", "azure_ad", "github", "stripe", "linear", "airtable"})
            QVERIFY2(keys.contains(QString::fromLatin1(key).remove(u'_')), key);
        QVERIFY(ui::isKnownProvider(QStringLiteral("AZURE_AD")));
        QVERIFY(ui::isKnownProvider(QStringLiteral("Google-Calendar")));
        QCOMPARE(ui::providerColor(QStringLiteral("OKTA")), ui::providerColor(QStringLiteral("okta")));
        QVERIFY(!ui::isKnownProvider(QStringLiteral("acme_internal_crm")));
        const QIcon unknown = ui::providerIcon(QStringLiteral("acme_internal_crm"));
        QVERIFY(!unknown.isNull());
        const QImage generic = unknown.pixmap(24, 24).toImage();
        const QImage gmail = ui::providerIcon(QStringLiteral("gmail")).pixmap(24, 24).toImage();
        QVERIFY(!gmail.isNull() && !generic.isNull());
        QVERIFY(gmail != generic);
        // The tile is the brand colour around its centre's initial.
        QCOMPARE(QColor(gmail.pixel(3, 12)).rgb(), ui::providerColor(QStringLiteral("gmail")).rgb());
    }

    void emptyStateLaysOutItsTextsWhenSeen()
    {
        const QString longHint = QStringLiteral(
            "Run <code>scalekit-console --sandbox</code> to explore a local sandbox with "
            "realistic data, or set <code>SCALEKIT_ENV_URL</code>, <code>SCALEKIT_CLIENT_ID</code> "
            "and <code>SCALEKIT_CLIENT_SECRET</code>.");
        // Never shown: it asks for no space (a stack asks every page, hidden or not).
        ui::EmptyStateWidget unseen;
        unseen.setMessage(longHint);
        QCOMPARE(unseen.sizeHint(), QSize(0, 0));
        QCOMPARE(unseen.heightForWidth(400), -1);

        ui::EmptyStateWidget empty;
        empty.setTitle(QStringLiteral("Nothing yet"));
        empty.setMessage(QStringLiteral("One line."));
        empty.setHint(longHint);
        empty.resize(800, 600);
        empty.show();
        QVERIFY(QTest::qWaitForWindowExposed(&empty));
        QVERIFY(empty.sizeHint().height() > 0);
        auto *hint = empty.findChild<QLabel *>(QStringLiteral("emptyStateHint"));
        QVERIFY(hint);
        const int tall = hint->minimumHeight();
        QVERIFY(tall > 2 * hint->fontMetrics().height()); // wrapped over three lines
        // A shorter text gets its own height, not the longer one's before it.
        empty.setHint(QStringLiteral("Press <b>F5</b> to refresh."));
        QVERIFY2(hint->minimumHeight() < tall, qPrintable(QString::number(hint->minimumHeight())));
        QVERIFY(hint->minimumHeight() > 0);
        empty.setHint(QString());
        QVERIFY(hint->isHidden());
    }

    void lazyIconStyleLoadsExtensionIconsWhenAsked()
    {
        ui::LazyIconStyle style;
        for (auto standard :
             {QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_ToolBarVerticalExtensionButton}) {
            const QIcon icon = style.standardIcon(standard);
            QVERIFY(!icon.isNull());
            const QImage image = icon.pixmap(QSize(16, 16)).toImage();
            QVERIFY(!image.isNull());
            QCOMPARE(image, style.baseStyle()->standardIcon(standard).pixmap(QSize(16, 16)).toImage());
        }
        // Every other icon is the base style's own.
        QCOMPARE(
            style.standardIcon(QStyle::SP_LineEditClearButton).pixmap(QSize(16, 16)).toImage(),
            style.baseStyle()->standardIcon(QStyle::SP_LineEditClearButton).pixmap(QSize(16, 16)).toImage());
    }

    void screenshotsRefuseABlankGrab()
    {
        QWidget blank;
        blank.resize(200, 120);
        blank.setAutoFillBackground(true);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^screenshot blank: only 1 colours")));
        QVERIFY(!sk::test::screenshot(&blank, QStringLiteral("blank")));
        QLabel text(QStringLiteral("Some text to render, with several colours once anti-aliased."));
        text.resize(420, 60);
        QVERIFY(sk::test::screenshot(&text, QStringLiteral("text")));
    }
};

QTEST_MAIN(TestSharedWidgets)
#include "tst_sharedwidgets.moc"
