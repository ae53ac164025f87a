#include "tokens/web.h"

#include <array>

#include "core/utf8.h"
#include "tokens/char_class.h"

namespace vitext::tokens {

namespace {

// Top-level domains that make a bare "name.tld" a URL. Short on purpose: every entry must
// be unlikely as the word after a missing space ("xong.Anh" must stay three tokens).
constexpr std::array<std::string_view, 30> kTopLevelDomains = {
    "vn",  "com", "net", "org", "edu", "gov",  "info", "biz",  "io", "me",
    "tv",  "co",  "uk",  "us",  "jp",  "cn",   "kr",   "fr",   "de", "ru",
    "app", "dev", "xyz", "asia", "int", "mobi", "online", "news", "au", "sg"};

bool equals_ignore_ascii_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if ((a[i] | 0x20) != (b[i] | 0x20)) return false;
  return true;
}

bool is_tld(std::string_view label) {
  for (std::string_view t : kTopLevelDomains)
    if (equals_ignore_ascii_case(label, t)) return true;
  return false;
}

bool starts_with_ignore_ascii_case(std::string_view s, size_t pos, std::string_view prefix) {
  return s.size() - pos >= prefix.size() && equals_ignore_ascii_case(s.substr(pos, prefix.size()), prefix);
}

bool is_label_char(unsigned char c) { return is_ascii_alnum(c) || c == '-' || c == '_'; }

bool letter_or_digit_at(std::string_view s, size_t i) {
  if (i >= s.size()) return false;
  CharClass c = classify(utf8::decode(s, i).cp);
  return c == CharClass::kLetter || c == CharClass::kDigit || c == CharClass::kMark;
}

// ASCII characters a URL may hold after its scheme. Stops at spaces and quotes.
bool is_url_char(unsigned char c) {
  if (c <= 0x20 || c >= 0x7F) return false;
  switch (c) {
    case '"': case '<': case '>': case '\\': case '^': case '`': case '{': case '|': case '}':
      return false;
    default:
      return true;
  }
}

// A URL does not end in sentence punctuation, nor in a bracket it did not open.
size_t trim_url_end(std::string_view s, size_t start, size_t end) {
  while (end > start) {
    char c = s[end - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'') {
      --end;
      continue;
    }
    if (c == ')' || c == ']') {
      char open = c == ')' ? '(' : '[';
      int depth = 0;
      for (size_t i = start; i < end; ++i) depth += s[i] == open ? 1 : s[i] == c ? -1 : 0;
      if (depth < 0) {
        --end;
        continue;
      }
    }
    break;
  }
  return end;
}

// The end of the URL whose scheme, "www." or host ends at i. Letters, marks and digits of
// any script belong to it: Vietnamese text quotes addresses as the browser shows them
// ("https://vi.wikipedia.org/wiki/Hà_Nội", "http://báo.vn/tin-tức"), not percent-encoded.
// Other non-ASCII characters (typographic quotes, "…", odd spaces) end it.
size_t url_rest(std::string_view s, size_t start, size_t i) {
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (!is_url_char(c)) break;
      ++i;
    } else {
      if (!letter_or_digit_at(s, i)) break;
      i += utf8::decode(s, i).len;
    }
  }
  return trim_url_end(s, start, i);
}

// Host "label(.label)+" at i; returns its end, or 0. `*last_label` receives the last label.
size_t match_host(std::string_view s, size_t i, std::string_view* last_label, size_t* labels) {
  size_t end = 0;
  *labels = 0;
  while (i < s.size() && is_ascii_alnum(static_cast<unsigned char>(s[i]))) {
    size_t l = i;
    while (l < s.size() && is_label_char(static_cast<unsigned char>(s[l]))) ++l;
    *last_label = s.substr(i, l - i);
    ++*labels;
    end = l;
    if (l + 1 < s.size() && s[l] == '.' && is_ascii_alnum(static_cast<unsigned char>(s[l + 1]))) {
      i = l + 1;
    } else {
      break;
    }
  }
  return end;
}

Match match_email(std::string_view s, size_t pos, size_t at) {
  if (at == pos || s[at - 1] == '.') return {};
  std::string_view tld;
  size_t labels = 0;
  size_t end = match_host(s, at + 1, &tld, &labels);
  if (labels < 2 || tld.size() < 2 || letter_or_digit_at(s, end)) return {};
  for (char c : tld)
    if (!is_ascii_alpha(static_cast<unsigned char>(c))) return {};
  return {end, TokenKind::kEmail};
}

// A bare domain: the longest run of labels whose last label is a known top-level domain.
Match match_bare_domain(std::string_view s, size_t pos) {
  size_t i = pos, labels = 0, best = 0;
  while (i < s.size() && is_ascii_alnum(static_cast<unsigned char>(s[i]))) {
    size_t l = i;
    while (l < s.size() && is_label_char(static_cast<unsigned char>(s[l]))) ++l;
    ++labels;
    if (labels >= 2 && is_tld(s.substr(i, l - i)) && !letter_or_digit_at(s, l)) best = l;
    if (l + 1 < s.size() && s[l] == '.' && is_ascii_alnum(static_cast<unsigned char>(s[l + 1]))) {
      i = l + 1;
    } else {
      break;
    }
  }
  if (!best) return {};
  if (best < s.size() && (s[best] == '/' || s[best] == ':' || s[best] == '?' || s[best] == '#')) {
    size_t end = url_rest(s, pos, best);
    return {end > best ? end : best, TokenKind::kUrl};
  }
  return {best, TokenKind::kUrl};
}

}  // namespace

constexpr std::string_view kSchemes[] = {"https://", "http://", "ftp://"};

Match match_url_or_email(std::string_view s, size_t pos) {
  const char first = static_cast<char>(s[pos] | 0x20);
  if (first == 'h' || first == 'f') {
    for (std::string_view scheme : kSchemes) {
      if (starts_with_ignore_ascii_case(s, pos, scheme)) {
        size_t end = url_rest(s, pos, pos + scheme.size());
        if (end > pos + scheme.size()) return {end, TokenKind::kUrl};
        return {};
      }
    }
  } else if (first == 'w' && starts_with_ignore_ascii_case(s, pos, "www.") && pos + 4 < s.size() &&
             is_ascii_alnum(static_cast<unsigned char>(s[pos + 4]))) {
    return {url_rest(s, pos, pos + 4), TokenKind::kUrl};
  }
  // One cheap scan over the characters an e-mail local part or a host may hold; most
  // Vietnamese syllables stop it at their first non-ASCII letter.
  size_t i = pos;
  bool dot = false;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (is_ascii_alnum(c) || c == '-' || c == '_' || c == '+' || c == '%') {
      ++i;
    } else if (c == '.') {
      dot = true;
      ++i;
    } else {
      break;
    }
  }
  if (i < s.size() && s[i] == '@') {
    if (Match m = match_email(s, pos, i)) return m;
  }
  if (dot) return match_bare_domain(s, pos);
  return {};
}

Match match_hashtag_or_mention(std::string_view s, size_t pos) {
  const bool hashtag = s[pos] == '#';
  size_t i = pos + 1;
  bool letter = false;
  while (i < s.size()) {
    utf8::Decoded d = utf8::decode(s, i);
    CharClass c = classify(d.cp);
    if (c == CharClass::kLetter || c == CharClass::kMark) {
      letter = true;
    } else if (c != CharClass::kDigit && d.cp != '_' && !(d.cp == '.' && !hashtag)) {
      break;
    }
    i += d.len;
  }
  while (i > pos + 1 && s[i - 1] == '.') --i;  // "@name." ends a sentence
  if (!letter || i == pos + 1) return {};
  return {i, hashtag ? TokenKind::kHashtag : TokenKind::kMention};
}

}  // namespace vitext::tokens
