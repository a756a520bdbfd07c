#include "sandbox/seednames.h"

#include <cctype>

namespace sk::sandbox::seednames {

namespace {

constexpr std::string_view kCompanies[] = {
    "Northwind Traders", "Contoso Pharmaceuticals", "Fabrikam Residences", "Tailspin Toys", "Wingtip Toys",
    "Litware Analytics", "Adventure Works Cycles", "Blue Yonder Airlines", "Proseware Health", "Lucerne Publishing",
    "Coho Winery", "Fourth Coffee", "Alpine Ski House", "Margie's Travel", "Trey Research", "Woodgrove Bank",
    "Humongous Insurance", "Relecloud", "VanArsdel Ltd", "A. Datum Corporation", "Bellows College",
    "Southridge Video", "Wide World Importers", "Tasmanian Traders", "City Power & Light", "Graphic Design Institute",
    "School of Fine Art", "Consolidated Messenger", "Lamna Healthcare", "Munson's Pickles", "Nod Publishers",
    "Olympia Supplies", "Parnell Aerospace", "Rhodes Robotics", "Sagebrush Logistics", "Tidewater Freight",
    "Umbra Security", "Vertex Payroll", "Willowbrook Clinics", "Zephyr Mobility", "Acme Rocket Works",
    "Globex Energy", "Initech Software", "Hooli Cloud", "Pied Piper Compression", "Stark Industrial",
    "Wayne Biotech", "Cyberdyne Devices", "Soylent Foods", "Massive Dynamic",
};

constexpr std::string_view kCompanyWords[] = {
    "Bright", "Harbor", "Silver", "Pine", "Granite", "Copper", "Cedar", "Summit", "River", "Meadow", "Falcon",
    "Aurora", "Beacon", "Crescent", "Delta", "Evergreen", "Frontier", "Golden", "Horizon", "Iron", "Juniper",
    "Keystone", "Lighthouse", "Maple", "Northstar", "Oak", "Pioneer", "Quartz", "Redwood", "Sterling", "Tundra",
    "Union", "Valley", "Westfield", "Yellowstone", "Zenith", "Atlas", "Bluebird", "Cobalt", "Driftwood",
};

constexpr std::string_view kCompanySuffixes[] = {
    "Labs", "Systems", "Health", "Logistics", "Capital", "Analytics", "Foods", "Energy", "Robotics", "Media",
    "Partners", "Software", "Networks", "Bank", "Insurance", "Studios", "Retail", "Motors", "Clinics", "Cloud",
};

constexpr std::string_view kGivenNames[] = {
    "Olivia", "Liam", "Emma", "Noah", "Ava", "Oliver", "Sophia", "Elijah", "Isabella", "James", "Mia", "Lucas",
    "Amelia", "Mateo", "Harper", "Ethan", "Evelyn", "Aiden", "Priya", "Arjun", "Mei", "Hiroshi", "Yuki", "Chen",
    "Fatima", "Omar", "Aisha", "Kwame", "Zanele", "Sipho", "Ingrid", "Lars", "Sofia", "Diego", "Camila", "Mateus",
    "Chloe", "Hugo", "Léa", "Jonas", "Anika", "Ravi", "Nadia", "Tomasz", "Zofia", "Marek", "Elena", "Ivan",
    "Grace", "Daniel", "Hannah", "Samuel", "Leah", "Benjamin", "Zoe", "Gabriel", "Nora", "Felix", "Maya", "Theo",
};

constexpr std::string_view kFamilyNames[] = {
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
    "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Patel",
    "Sharma", "Nguyen", "Kim", "Tanaka", "Suzuki", "Wang", "Zhang", "Okafor", "Mensah", "Dlamini", "Andersson",
    "Johansson", "Müller", "Schmidt", "Dubois", "Rossi", "Silva", "Santos", "Kowalski", "Nowak", "Novak",
    "Ivanova", "Petrov", "O'Brien", "Murphy", "Kelly", "Walsh", "Fischer", "Weber", "Becker", "Hoffmann",
    "Haddad", "Khan", "Ali", "Hussain", "Cohen", "Levi", "Costa", "Pereira",
};

constexpr std::string_view kTlds[] = {".com", ".io", ".co", ".dev", ".net", ".com", ".org", ".com"};

constexpr std::string_view kCities[] = {
    "San Francisco|US|CA|37.7749|-122.4194", "New York|US|NY|40.7128|-74.0060", "Austin|US|TX|30.2672|-97.7431",
    "London|GB|ENG|51.5074|-0.1278", "Berlin|DE|BE|52.5200|13.4050", "Paris|FR|IDF|48.8566|2.3522",
    "Bengaluru|IN|KA|12.9716|77.5946", "Hyderabad|IN|TG|17.3850|78.4867", "Singapore|SG|01|1.3521|103.8198",
    "Tokyo|JP|13|35.6762|139.6503", "Sydney|AU|NSW|-33.8688|151.2093", "Toronto|CA|ON|43.6532|-79.3832",
    "São Paulo|BR|SP|-23.5505|-46.6333", "Amsterdam|NL|NH|52.3676|4.9041", "Dublin|IE|D|53.3498|-6.2603",
};

constexpr std::string_view kUserAgents[] = {
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15|macOS|14.5|Safari|17.5|desktop",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36|Windows|10|Chrome|126.0|desktop",
    "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0|Linux||Firefox|127.0|desktop",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1|iOS|17.5|Mobile Safari|17.5|mobile",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36|Android|14|Chrome Mobile|126.0|mobile",
};

} // namespace

std::span<const std::string_view> companies() { return kCompanies; }
std::span<const std::string_view> companyWords() { return kCompanyWords; }
std::span<const std::string_view> companySuffixes() { return kCompanySuffixes; }
std::span<const std::string_view> givenNames() { return kGivenNames; }
std::span<const std::string_view> familyNames() { return kFamilyNames; }
std::span<const std::string_view> topLevelDomains() { return kTlds; }
std::span<const std::string_view> cities() { return kCities; }
std::span<const std::string_view> userAgents() { return kUserAgents; }

std::string slugify(std::string_view name, char separator)
{
    std::string out;
    bool pendingSeparator = false;
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x80 && std::isalnum(u)) {
            if (pendingSeparator && separator && !out.empty())
                out.push_back(separator);
            pendingSeparator = false;
            out.push_back(char(std::tolower(u)));
        } else if (c == ' ' || c == '-' || c == '.') {
            pendingSeparator = true;
        }
    }
    return out;
}

} // namespace sk::sandbox::seednames
