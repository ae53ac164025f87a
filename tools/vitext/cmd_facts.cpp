// vitext facts: what a report says, at a glance — the quantitative facts, the people with
// rank and title, the dates and the awards of each document. A readable report (text), the
// full document JSON (json), or one row per fact for many documents (csv, jsonl).
#include <cmath>
#include <cstdio>
#include <iostream>
#include <sstream>

#include "commands.h"
#include "input_options.h"
#include "pipeline_options.h"
#include "vitext/extract.h"
#include "vitext/pipeline.h"
#include "vitext/writers.h"

namespace vitext::cli {
namespace {

struct FactsOptions {
  InputOptions input;
  std::string format = "text";
  std::string date;  // document date when the input has none
  PipelineOptions pipeline;  // extraction and only the stages it reads
};

std::string number(double v) {
  if (std::isnan(v)) return "";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.10g", v);
  return buf;
}

std::string csv_field(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += "\"\"";
    else if (c == '\n' || c == '\r') out += ' ';
    else out += c;
  }
  return out + "\"";
}

// "trên 50", "hàng trăm", "40% (share)".
std::string quantity(const Fact& f) {
  std::string q;
  if (!std::isnan(f.value)) {
    q = number(f.value);
    if (!std::isnan(f.hi) && f.hi != f.value) q += "-" + number(f.hi);
    if (f.unit == "%") q += "%";
  } else if (!std::isnan(f.lo)) {
    q = number(f.lo) + ".." + number(f.hi);
  } else {
    q = "?";
  }
  return q;
}

void print_report(const Document& doc, std::ostream& os) {
  os << "# " << (doc.meta.id.empty() ? doc.meta.source : doc.meta.id);
  if (!doc.meta.date.empty()) os << "  (date " << doc.meta.date << ")";
  os << "\n";
  if (!doc.meta.title.empty()) os << doc.meta.title << "\n";
  os << "\nFACTS\n";
  for (const Fact& f : doc.facts) {
    os << "  [s" << f.sentence << "] " << (f.qualifier.empty() ? "" : f.qualifier + " ") << quantity(f);
    if (f.unit != "%" && !f.unit.empty() && f.what.empty()) os << " " << f.unit;
    if (!f.what.empty()) os << (f.share ? " of " : " ") << "\"" << f.what << "\"";
    os << "\n";
    if (!f.subject.empty()) os << "        subject: " << f.subject << "\n";
    if (!f.phrase.empty()) os << "        phrase:  " << f.phrase << "\n";
  }
  os << "\nPEOPLE\n";
  for (const Person& p : doc.people) {
    os << "  " << (p.name.empty() ? "(unnamed)" : p.name);
    if (!p.rank.empty()) os << " | rank: " << p.rank;
    if (!p.titles.empty()) {
      os << " | titles: ";
      for (size_t i = 0; i < p.titles.size(); ++i) os << (i ? "; " : "") << p.titles[i];
    }
    if (!p.org.empty()) os << " | org: " << (p.org_normalized.empty() ? p.org : p.org_normalized);
    os << " | mentions: " << p.mentions.size() << " in sentences";
    for (uint32_t s : p.sentences) os << " " << s;
    os << "\n";
  }
  os << "\nDATES\n";
  for (const DateMention& d : doc.dates) {
    os << "  [s" << d.sentence << "] \"" << surface(doc, d.span, d.view) << "\" " << date_kind_name(d.kind) << " "
       << (d.iso.empty() ? "?" : d.iso) << (d.iso_end.empty() ? "" : " .. " + d.iso_end);
    if (!d.holiday.empty()) os << " (" << d.holiday << ")";
    if (!d.note.empty()) os << "  — " << d.note;
    os << "\n";
  }
  os << "\nAWARDS\n";
  for (const Award& a : doc.awards) {
    os << "  [s" << a.sentence << "] " << a.award;
    if (!a.recipient.empty()) os << " -> " << a.recipient;
    if (!a.recipient_person.empty()) os << " (" << a.recipient_person << ")";
    if (!a.giver.empty()) os << " | from " << a.giver;
    os << "\n";
  }
  os << "\nENTITIES\n";
  for (const Entity& e : doc.entities) {
    os << "  " << entity_label_name(e.label) << (e.outer ? "  " : " ^") << " \"" << surface(doc, e.span, e.view) << "\"";
    if (!e.type.empty()) os << " " << e.type;
    if (!e.normalized.empty()) os << " = " << e.normalized;
    if (!e.expansion.empty()) os << " = " << e.expansion;
    if (!e.province_after_2025.empty()) os << " (after 2025: " << e.province_after_2025 << ")";
    os << "\n";
  }
}

void print_csv_rows(const Document& doc, std::ostream& os) {
  for (const Fact& f : doc.facts) {
    os << csv_field(doc.meta.id) << ',' << f.sentence << ',' << f.span.start << ',' << f.span.end << ','
       << csv_field(f.qualifier) << ',' << number(f.value) << ',' << number(f.lo) << ',' << number(f.hi) << ','
       << csv_field(f.unit) << ',' << csv_field(f.what) << ',' << (f.share ? "true" : "false") << ','
       << csv_field(f.subject) << ',' << csv_field(f.phrase) << '\n';
  }
}

}  // namespace

void add_facts_command(CLI::App& root, Action& action) {
  auto opts = std::make_shared<FactsOptions>();
  auto* sub = root.add_subcommand("facts", "Facts, people, dates and awards of each document");
  add_input_options(sub, opts->input);
  sub->add_option("-f,--format", opts->format, "text (a readable report), json (one document per line), "
                                               "jsonl (one fact per line), csv (one fact per row)")
      ->check(CLI::IsMember({"text", "json", "jsonl", "csv"}))
      ->capture_default_str();
  sub->add_option("--date", opts->date, "Date of documents that carry none (YYYY-MM-DD, YYYY-MM or YYYY), "
                                        "for relative expressions such as \"hôm nay\"");
  add_pipeline_flag(sub, "from", "from", opts->pipeline, "Input encoding: " + option_values("from"))->default_str("auto");
  sub->callback([opts, &action] {
    action = [opts] {
      opts->pipeline.only = {StageId::kExtract};  // and what it reads: no segmenting, tagging or parsing
      std::unique_ptr<Pipeline> pipeline;
      if (Status st = Pipeline::create(opts->pipeline, pipeline); !st.ok()) {
        std::cerr << "vitext facts: " << st.message() << "\n";
        return static_cast<int>(kExitUsage);
      }
      if (opts->format == "csv") {
        std::cout << "id,sentence,start,end,qualifier,value,lo,hi,unit,what,share,subject,phrase\n";
      }
      bool first = true;
      auto process = [&](Document& doc) -> Status {
        // The same tokens and sentences as `vitext analyze`, so offsets and sentence numbers agree.
        if (doc.meta.date.empty()) doc.meta.date = opts->date;
        if (Status st = pipeline->run(doc); !st.ok()) return st;
        if (opts->format == "text") {
          if (!first) std::cout << "\n";
          print_report(doc, std::cout);
        } else if (opts->format == "json") {
          write_document(std::cout, doc, OutputFormat::kJson);
        } else if (opts->format == "jsonl") {
          write_fact_lines(std::cout, doc);
        } else {
          print_csv_rows(doc, std::cout);
        }
        first = false;
        return Status::Ok();
      };
      auto on_error = [&](const Document& doc, const Status& st) {
        if (opts->format == "json") write_error(std::cout, doc.meta.id, st, OutputFormat::kJson);
      };
      return for_each_document(opts->input, process, on_error);
    };
  });
}

}  // namespace vitext::cli
