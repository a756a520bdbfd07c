#pragma once

#include <span>
#include <string>
#include <string_view>

namespace sk::sandbox::seednames {

// Realistic-looking data for the seed generator (fictional companies and people).
std::span<const std::string_view> companies();   // well-known fictional company names
std::span<const std::string_view> companyWords(); // for composed names beyond the list
std::span<const std::string_view> companySuffixes();
std::span<const std::string_view> givenNames();
std::span<const std::string_view> familyNames();
std::span<const std::string_view> topLevelDomains();
std::span<const std::string_view> cities();
std::span<const std::string_view> userAgents();

// "Northwind Traders" -> "northwindtraders"
std::string slugify(std::string_view name, char separator = '\0');

} // namespace sk::sandbox::seednames
