// A thin RAII layer over the SQLite C API for the search index: a connection and prepared
// statements, every failure turned into a Status that names the file.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "vitext/status.h"

namespace vitext::search {

class Statement {
 public:
  Statement() = default;
  explicit Statement(sqlite3_stmt* s) : s_(s) {}
  ~Statement() { sqlite3_finalize(s_); }
  Statement(Statement&& o) noexcept : s_(o.s_) { o.s_ = nullptr; }
  Statement& operator=(Statement&& o) noexcept {
    std::swap(s_, o.s_);
    return *this;
  }

  // Bindings are 1-based, as in SQLite.
  void bind(int i, int64_t v) { sqlite3_bind_int64(s_, i, v); }
  void bind(int i, double v) { sqlite3_bind_double(s_, i, v); }
  void bind(int i, std::optional<double> v) { v ? bind(i, *v) : bind_null(i); }
  // The text must outlive the step (bound without a copy).
  void bind(int i, std::string_view v) { sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC); }
  void bind_blob(int i, const void* p, size_t n) { sqlite3_bind_blob(s_, i, p, static_cast<int>(n), SQLITE_STATIC); }
  void bind_null(int i) { sqlite3_bind_null(s_, i); }
  int parameter(const char* name) const { return sqlite3_bind_parameter_index(s_, name); }
  sqlite3_stmt* handle() const { return s_; }

  // SQLITE_ROW, SQLITE_DONE or an error code.
  int step() { return sqlite3_step(s_); }
  void reset() {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }

  int64_t integer(int col) const { return sqlite3_column_int64(s_, col); }
  double real(int col) const { return sqlite3_column_double(s_, col); }
  bool null(int col) const { return sqlite3_column_type(s_, col) == SQLITE_NULL; }
  std::optional<double> optional_real(int col) const { return null(col) ? std::nullopt : std::optional<double>(real(col)); }
  std::string_view text(int col) const {
    const void* p = sqlite3_column_blob(s_, col);
    int n = sqlite3_column_bytes(s_, col);
    return p ? std::string_view(static_cast<const char*>(p), static_cast<size_t>(n)) : std::string_view();
  }

 private:
  sqlite3_stmt* s_ = nullptr;
};

class Database {
 public:
  Database() = default;
  ~Database() { sqlite3_close_v2(db_); }
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // flags: SQLITE_OPEN_READONLY or SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE.
  Status open(const std::string& path, int flags);
  Status exec(const char* sql);
  Status prepare(std::string_view sql, Statement& out);
  // The last error of this connection, as a Status naming the file.
  Status error(std::string_view doing) const;
  // `code` from step(): Ok for SQLITE_ROW and SQLITE_DONE.
  Status check(int code, std::string_view doing) const;
  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
};

}  // namespace vitext::search
