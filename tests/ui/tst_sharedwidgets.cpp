// The widgets every tab shares, offscreen: FieldErrors (violations next to their fields, the rest
// in the general label, cleared by typing), SecretField (masked until Reveal, Copy, Open only for
// http(s)), QrCodeWidget (a real QR code of the text, hidden while masked), MetadataEditor (the
// documented limits), ResourceTableView (copy actions, layout saved and restored), and the
// screenshot check of uitest.h refusing a blank grab.
#include "models/core/pagedtablemodel.h"
#include "services/api/apierror.h"
#include "tests/ui/uitest.h"
#include "ui/organizations/metadataeditor.h"
#include "ui/widgets/fielderrors.h"
#include "ui/widgets/qrcodewidget.h"
#include "ui/widgets/resourcetableview.h"
#include "ui/widgets/secretfield.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace sk;
using namespace sk::ui;

namespace {

// A paged model over a fixed list, served a page at a time from the event loop.
class NumbersModel : public models::PagedTableModel
{
public:
    explicit NumbersModel(int count) : m_count(count) {}
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 3; }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return QStringLiteral("Column %1").arg(section);
        return {};
    }

protected:
    api::ApiCall *requestPage(const std::string &pageToken) override
    {
        const int start = pageToken.empty() ? 0 : std::stoi(pageToken);
        QTimer::singleShot(0, this, [this, start] {
            const int end = std::min(m_count, start + 10);
            beginAppend(end - start);
            for (int i = start; i < end; ++i)
                m_rows.push_back(i);
            endAppend();
            pageLoaded(end < m_count ? std::to_string(end) : std::string(), m_count);
        });
        return nullptr;
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
