// Web tokens: URLs (with a scheme, "www.", or a bare domain ending in a known top-level
// domain), e-mail addresses, #hashtags and @mentions.
#pragma once

#include <string_view>

#include "tokens/match.h"

namespace vitext::tokens {

// `s[pos]` is an ASCII letter or digit. Matches a URL or e-mail address starting there.
Match match_url_or_email(std::string_view s, size_t pos);

// `s[pos]` is '#' or '@'. Matches "#tag" / "@name"; mentions are not matched inside words
// (an '@' glued to a word before it is an e-mail, found by match_url_or_email).
Match match_hashtag_or_mention(std::string_view s, size_t pos);

}  // namespace vitext::tokens
