#pragma once

#include <QColor>
#include <QIcon>
#include <QString>
#include <QStringList>

namespace sk::ui {

// The icon of a connector or identity provider, by its key ("gmail", "OKTA", "azure_ad", any
// connections.ConnectionProvider wire name such as "MICROSOFT_AD" or "PING_IDENTITY"; case
// and separators do not matter): a rounded tile in the provider's brand colour with its
// initial, drawn here (no network, no bundled trademarks). An unknown key gets the generic
// plug icon, so a new provider still reads as "some provider" rather than as a blank.
QIcon providerIcon(const QString &key);

// The brand colour of a known provider, or an invalid QColor for an unknown one.
QColor providerColor(const QString &key);

// Whether the key is one the console knows (has a brand colour for).
bool isKnownProvider(const QString &key);

// Every key with a brand colour, normalized (lower case, letters and digits only).
QStringList knownProviderKeys();

} // namespace sk::ui
