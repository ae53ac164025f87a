#include "search/sqlite_db.h"

namespace vitext::search {

Status Database::open(const std::string& path, int flags) {
  path_ = path;
  if (sqlite3_open_v2(path.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    return error("opening");
  }
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, 10000);  // another process writing: wait for it rather than fail
  return Status::Ok();
}

Status Database::exec(const char* sql) {
  return sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) == SQLITE_OK ? Status::Ok() : error("running SQL");
}

Status Database::prepare(std::string_view sql, Statement& out) {
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &s, nullptr) != SQLITE_OK) {
    sqlite3_finalize(s);
    return error("preparing a statement");
  }
  out = Statement(s);
  return Status::Ok();
}

Status Database::error(std::string_view doing) const {
  int code = db_ ? sqlite3_errcode(db_) : SQLITE_CANTOPEN;
  std::string what = db_ ? sqlite3_errmsg(db_) : "out of memory";
  if ((code & 0xff) == SQLITE_NOTADB || (code & 0xff) == SQLITE_CORRUPT) {
    return Status::InvalidInput(path_ + ": not a vitext index or damaged (" + what + ")");
  }
  return Status::IoError(path_ + ": " + std::string(doing) + ": " + what);
}

Status Database::check(int code, std::string_view doing) const {
  return code == SQLITE_ROW || code == SQLITE_DONE || code == SQLITE_OK ? Status::Ok() : error(doing);
}

}  // namespace vitext::search
