#pragma once

#include "services/credentials/profile.h"

#include <QIcon>

namespace sk::ui {

// The coloured dot that stands for a profile in menus and lists; production gets a ring so it
// reads differently even to someone who cannot tell the colours apart.
struct ProfileChip
{
    static QIcon icon(const QString &color, bool production = false, int size = 14);
    static QIcon icon(const services::Profile &profile) { return icon(profile.effectiveColor(), profile.isProduction()); }
    // "acme-prod · Production · read-only"
    static QString label(const services::Profile &profile);
};

} // namespace sk::ui
