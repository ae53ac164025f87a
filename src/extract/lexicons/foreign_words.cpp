// Words that tell a capitalised run of foreign words is not a person's name, and upper-case
// abbreviations that are not organisations. Written by hand from general usage in news.
#include "extract/lexicons/lexicon_data.h"

namespace vitext::extract::lex {

std::span<const char* const> foreign_name_stops() {
  static constexpr const char* k[] = {
      // Organisations, clubs, companies.
      "Real", "United", "City", "FC", "Club", "Inc", "Corp", "Corporation", "Company", "Group", "Holdings",
      "Bank", "Airlines", "Airways", "Motors", "Media", "Network", "Studio", "Studios", "Pictures",
      "Entertainment", "Foundation", "Association", "Federation", "Union", "Council", "Party", "University",
      "College", "School", "Institute", "Academy", "Times", "News", "Post", "Today", "Journal", "Press",
      "Agency", "Sporting", "Atletico", "Athletic", "Inter", "Juventus", "Google", "Apple", "Microsoft",
      "Facebook", "Amazon", "Samsung", "Sony", "Toyota", "Honda", "Oppo", "Huawei", "Xiaomi", "Nokia",
      // Events, competitions, products, services.
      "League", "Cup", "Open", "Games", "Championship", "Challenge", "Conference", "Summit", "Festival",
      "Awards", "Award", "Show", "Music", "Idol", "Got", "Talent", "Store", "Play", "Maps", "Plus", "Pro",
      "Max", "Mini", "Galaxy", "Note", "Phone", "Pay", "Online", "Mobile", "Edition", "Series", "Day",
      "World", "Global", "International", "National", "Royal", "Express", "Tech", "Technology",
      // Places and buildings.
      "Hotel", "Resort", "Tower", "Square", "Street", "Avenue", "Road", "Bridge", "Station", "Airport",
      "Center", "Centre", "Park", "Valley", "Beach", "Bay", "Island", "Lake", "River", "Mountain", "Hill",
  };
  return k;
}

std::span<const char* const> common_acronyms() {
  static constexpr const char* k[] = {
      "HIV", "AIDS", "SARS", "RAM", "ROM", "LED", "LCD", "USD", "VND", "VNĐ", "EUR", "SN", "BKS", "CEO", "CFO",
      "GDP", "CPI", "VAT", "FDI", "ODA", "PPP", "BOT", "BT", "SMS", "GPS", "PC", "TV", "DNA", "ATM", "OTP",
      "CCTV", "VIP", "PR", "IT", "AI", "MC", "DJ", "SUV", "GB", "MB", "TB", "KB", "CPU", "GPU", "USB", "HD",
      "LTE", "SIM", "OK", "PGS", "GS", "TS", "ThS", "BS", "THPT", "THCS", "ĐH", "CĐ", "TNHH", "CP", "MTV",
      "TM", "TMCP", "GPLX", "CMND", "CCCD", "TP", "HLV", "VĐV", "PV", "CTV", "NSND", "NSƯT", "KTS", "KS", "LS",
      "QL", "ĐT", "TNCS", "CSGT", "CLB", "GĐ", "PGĐ", "TGĐ", "II", "III", "IV", "VI", "VII", "VIII", "IX",
      "XI", "XII", "XIII", "XIV", "XV", "XX", "XXI", "BV", "MV", "PCCC", "UAV", "NFT", "IPO", "ETF", "PTS",
      // Vietnamese abbreviations of common nouns: "QĐ" quyết định, "DN" doanh nghiệp, "NH" ngân
      // hàng, "UB" ủy ban (unnamed), and the treebank's bracket tokens.
      "QĐ", "NĐ", "NQ", "TT", "CV", "DN", "DNNN", "NH", "UB", "NLĐ", "HS", "GV", "SV", "KCN", "KĐT", "BĐS",
      "XKLĐ", "NVƠNN", "LBKT", "RBKT",
  };
  return k;
}

}  // namespace vitext::extract::lex
