#include "search/fts_matches.h"

#include <vector>

namespace vitext::search {
namespace {

void vt_matches(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* out, int, sqlite3_value**) {
  int n = 0;
  if (api->xInstCount(fts, &n) != SQLITE_OK) {
    sqlite3_result_error(out, "vt_matches: no phrase instances", -1);
    return;
  }
  std::vector<PhraseInstance> found;
  found.reserve(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) {
    int phrase = 0, column = 0, offset = 0;
    // Column 0 holds the text's words, whose positions index the stored spans; a title
    // match (column 1) only ranks.
    if (api->xInst(fts, i, &phrase, &column, &offset) != SQLITE_OK || column != 0) continue;
    found.push_back({phrase, offset, api->xPhraseSize(fts, phrase)});
  }
  sqlite3_result_blob(out, found.data(), static_cast<int>(found.size() * sizeof(PhraseInstance)), SQLITE_TRANSIENT);
}

}  // namespace

Status register_fts_matches(Database& db) {
  fts5_api* api = nullptr;
  Statement get;
  Status st = db.prepare("SELECT fts5(?1)", get);
  if (!st.ok()) return st;
  sqlite3_bind_pointer(get.handle(), 1, &api, "fts5_api_ptr", nullptr);
  get.step();
  if (api == nullptr || api->iVersion < 2) return Status::Internal(db.path() + ": this SQLite has no FTS5");
  if (api->xCreateFunction(api, "vt_matches", nullptr, &vt_matches, nullptr) != SQLITE_OK) {
    return db.error("registering vt_matches");
  }
  return Status::Ok();
}

}  // namespace vitext::search
