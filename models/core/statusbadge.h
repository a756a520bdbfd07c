#pragma once

#include <QMetaType>
#include <QtCore/qnamespace.h>
#include <QString>

namespace sk::models {

// How a status value reads at a glance. Models say which tone a value has; the ui maps each
// tone to a colour checked against the current palette (ui/widgets/statuscolors.h), so badges,
// heatmaps and timelines read on light and dark themes alike. Unknown is for values the console
// does not know: they are shown raw and never count as good or ready.
enum class StatusTone { Good, Pending, Warning, Danger, Neutral, Unknown };

// What a status cell shows for one value: its label, a tooltip that says what the value means
// and what to do about it, and its tone. Models return it for PagedTableModel::BadgeRole.
// The item-data role that carries a StatusBadge, in every model and item widget.
inline constexpr int kStatusBadgeRole = Qt::UserRole + 64; // clear of the models' own roles
// A connector or identity-provider key ("gmail", "OKTA") on a cell: the shared delegate draws
// that provider's icon before the cell's text (ui/widgets/providericon.h).
inline constexpr int kProviderKeyRole = Qt::UserRole + 65;
// A mix of statuses on a cell, drawn as a bar of coloured segments proportional to the counts:
// a QVariantList of QVariantMap {"tone": int(StatusTone), "count": qint64, "label": QString}.
inline constexpr int kStatusMixRole = Qt::UserRole + 66;

struct StatusBadge
{
    QString text;
    QString tooltip;
    StatusTone tone = StatusTone::Unknown;

    bool isNull() const { return text.isEmpty(); }
};

} // namespace sk::models

Q_DECLARE_METATYPE(sk::models::StatusBadge)
