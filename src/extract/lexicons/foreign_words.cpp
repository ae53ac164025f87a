// Words that tell a capitalised run of foreign words is not a person's name, and upper-case
// abbreviations that are not organisations. Written by hand from general usage in news.
#include "extract/lexicons/lexicon_data.h"

namespace vitext::extract::lex {

std::span<const ForeignWord> foreign_name_stops() {
  static constexpr ForeignWord k[] = {
      // Organisations, clubs, companies, media: the run is an organisation ("Real Madrid",
      // "Manchester United", "Russia Today").
      {"Real", 'O'}, {"United", 'O'}, {"City", 'O'}, {"FC", 'O'}, {"Club", 'O'}, {"Bank", 'O'}, {"Airlines", 'O'},
      {"Airways", 'O'}, {"Motors", 'O'}, {"Media", 'O'}, {"Network", 'O'}, {"Studio", 'O'}, {"Studios", 'O'},
      {"Pictures", 'O'}, {"Entertainment", 'O'}, {"Foundation", 'O'}, {"Association", 'O'}, {"Federation", 'O'},
      {"Union", 'O'}, {"Council", 'O'}, {"Party", 'O'}, {"University", 'O'}, {"College", 'O'}, {"School", 'O'},
      {"Institute", 'O'}, {"Academy", 'O'}, {"Times", 'O'}, {"News", 'O'}, {"Post", 'O'}, {"Today", 'O'},
      {"Journal", 'O'}, {"Press", 'O'}, {"Agency", 'O'}, {"Sporting", 'O'}, {"Atletico", 'O'}, {"Athletic", 'O'},
      {"Inter", 'O'}, {"Juventus", 'O'}, {"Google", 'O'}, {"Apple", 'O'}, {"Microsoft", 'O'}, {"Facebook", 'O'},
      {"Amazon", 'O'}, {"Samsung", 'O'}, {"Sony", 'O'}, {"Toyota", 'O'}, {"Honda", 'O'}, {"Oppo", 'O'},
      {"Huawei", 'O'}, {"Xiaomi", 'O'}, {"Nokia", 'O'},
      // Words that end a company's name ("Allen & Company", "Amp Me Inc.").
      {"Inc", 'S'}, {"Corp", 'S'}, {"Corporation", 'S'}, {"Company", 'S'}, {"Group", 'S'}, {"Holdings", 'S'},
      {"Ltd", 'S'}, {"LLC", 'S'}, {"GmbH", 'S'},
      // Events, competitions, products, services: not marked.
      {"League", 'E'}, {"Cup", 'E'}, {"Open", 'E'}, {"Games", 'E'}, {"Championship", 'E'}, {"Challenge", 'E'},
      {"Conference", 'E'}, {"Summit", 'E'}, {"Festival", 'E'}, {"Awards", 'E'}, {"Award", 'E'}, {"Show", 'E'},
      {"Music", 'E'}, {"Idol", 'E'}, {"Got", 'E'}, {"Talent", 'E'}, {"Store", 'E'}, {"Play", 'E'}, {"Maps", 'E'},
      {"Plus", 'E'}, {"Pro", 'E'}, {"Max", 'E'}, {"Mini", 'E'}, {"Galaxy", 'E'}, {"Note", 'E'}, {"Phone", 'E'},
      {"Pay", 'E'}, {"Online", 'E'}, {"Mobile", 'E'}, {"Edition", 'E'}, {"Series", 'E'}, {"Day", 'E'},
      {"World", 'E'}, {"Global", 'E'}, {"International", 'E'}, {"National", 'E'}, {"Royal", 'E'},
      {"Express", 'E'}, {"Tech", 'E'}, {"Technology", 'E'},
      // Places and buildings: the run is a place ("Hotel des Invalides", "Sun Valley").
      {"Hotel", 'L'}, {"Resort", 'L'}, {"Tower", 'L'}, {"Square", 'L'}, {"Street", 'L'}, {"Avenue", 'L'},
      {"Road", 'L'}, {"Bridge", 'L'}, {"Station", 'L'}, {"Airport", 'L'}, {"Center", 'L'}, {"Centre", 'L'},
      {"Park", 'L'}, {"Valley", 'L'}, {"Beach", 'L'}, {"Bay", 'L'}, {"Island", 'L'}, {"Lake", 'L'},
      {"River", 'L'}, {"Mountain", 'L'}, {"Hill", 'L'},
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
