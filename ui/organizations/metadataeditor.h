#pragma once

#include "services/json/jsonfields.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QToolButton;

namespace sk::ui {

// Key/value metadata as an editable table, checked against the documented limits: keys 3–25
// characters, values 1–256, at most 10 pairs, keys unique. Used by the organization dialogs and
// the detail pane.
class MetadataEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMinKeyLength = 3;
    static constexpr int kMaxKeyLength = 25;
    static constexpr int kMinValueLength = 1;
    static constexpr int kMaxValueLength = 256;
    static constexpr int kMaxPairs = 10;

    explicit MetadataEditor(QWidget *parent = nullptr);

    void setMetadata(const json::StringMap &metadata);
    json::StringMap metadata() const;
    // Problems with what is typed, one sentence each (empty: valid). Blank rows are ignored.
    QStringList problems() const;
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }
    void setEditable(bool editable);

    QTableWidget *table() const { return m_table; }
    void addPair(const QString &key, const QString &value);

signals:
    void edited();

private:
    void updateButtons();

    QTableWidget *m_table = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_remove = nullptr;
    QLabel *m_problems = nullptr;
    bool m_modified = false;
    bool m_editable = true;
    bool m_filling = false;
};

} // namespace sk::ui
