#include "ui/organizations/metadataeditor.h"

#include "ui/widgets/textstyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace sk::ui {

MetadataEditor::MetadataEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_problems(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("metadataTable"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(0, 160);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(110);
    m_table->setMaximumHeight(m_table->verticalHeader()->defaultSectionSize() * (kMaxPairs / 2 + 2));
    m_add->setObjectName(QStringLiteral("metadataAdd"));
    m_add->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    m_add->setText(tr("Add"));
    m_add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_remove->setObjectName(QStringLiteral("metadataRemove"));
    m_remove->setIcon(QIcon(QStringLiteral(":/icons/delete.svg")));
    m_remove->setText(tr("Remove"));
    m_remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_problems->setObjectName(QStringLiteral("metadataProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(textStyle(TextRole::Error));
    m_problems->hide();
    auto *hint = new QLabel(tr("Keys 3–25 characters, values 1–256, up to 10 pairs. Metadata cannot be searched."), this);
    hint->setWordWrap(true);
    hint->setStyleSheet(textStyle(TextRole::Muted));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(hint);
    layout->addWidget(m_problems);

    connect(m_add, &QToolButton::clicked, this, [this] {
        addPair({}, {});
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        m_modified = true;
        emit edited();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        m_modified = true;
        const QStringList found = problems();
        m_problems->setText(found.join(u'\n'));
        m_problems->setVisible(!found.isEmpty());
        emit edited();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &MetadataEditor::updateButtons);
    updateButtons();
}

void MetadataEditor::addPair(const QString &key, const QString &value)
{
    const int row = m_table->rowCount();
    const bool filling = std::exchange(m_filling, true);
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(key));
    m_table->setItem(row, 1, new QTableWidgetItem(value));
    m_filling = filling;
    if (!m_filling) {
        m_modified = true;
        emit edited();
    }
    updateButtons();
}

void MetadataEditor::setMetadata(const json::StringMap &metadata)
{
    m_filling = true;
    m_table->setRowCount(0);
    for (const auto &[key, value] : metadata)
        addPair(QString::fromStdString(key), QString::fromStdString(value));
    m_filling = false;
    m_modified = false;
    m_problems->hide();
    updateButtons();
}

json::StringMap MetadataEditor::metadata() const
{
    json::StringMap map;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        const QString value = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
        if (key.isEmpty() && value.isEmpty())
            continue;
        map[key.toStdString()] = value.toStdString();
    }
    return map;
}

QStringList MetadataEditor::problems() const
{
    QStringList found;
    QSet<QString> keys;
    int pairs = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        const QString value = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
        if (key.isEmpty() && value.isEmpty())
            continue;
        ++pairs;
        if (key.size() < kMinKeyLength || key.size() > kMaxKeyLength)
            found << tr("Row %1: the key must be %2–%3 characters.").arg(row + 1).arg(kMinKeyLength).arg(kMaxKeyLength);
        if (value.size() < kMinValueLength || value.size() > kMaxValueLength)
            found << tr("Row %1: the value must be %2–%3 characters.").arg(row + 1).arg(kMinValueLength).arg(kMaxValueLength);
        if (!key.isEmpty() && keys.contains(key))
            found << tr("Row %1: the key “%2” is used twice.").arg(row + 1).arg(key);
        keys.insert(key);
    }
    if (pairs > kMaxPairs)
        found << tr("At most %1 pairs are allowed (%2 given).").arg(kMaxPairs).arg(pairs);
    return found;
}

void MetadataEditor::setEditable(bool editable)
{
    m_editable = editable;
    m_table->setEditTriggers(editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                              | QAbstractItemView::AnyKeyPressed
                                      : QAbstractItemView::NoEditTriggers);
    updateButtons();
}

void MetadataEditor::updateButtons()
{
    m_add->setVisible(m_editable);
    m_remove->setVisible(m_editable);
    m_add->setEnabled(m_table->rowCount() < kMaxPairs);
    m_remove->setEnabled(m_table->currentRow() >= 0);
}

} // namespace sk::ui
