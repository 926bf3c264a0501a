// Small string helpers shared by the pipeline stages.
#ifndef WHEREAS_SRC_STR_UTIL_H_
#define WHEREAS_SRC_STR_UTIL_H_

#include <string>
#include <string_view>

namespace whereas::internal {

// `s` without leading and trailing spaces and tabs.
std::string_view TrimView(std::string_view s);
inline std::string Trim(std::string_view s) { return std::string(TrimView(s)); }

// The last character of `s` that is not white space, a closing quote,
// bracket or emphasis mark, or '\0' if there is none.
char LastSignificantChar(std::string_view s);

// True when `s`, trimmed, ends a sentence or clause: . ; : ! ?
bool EndsSentence(std::string_view s);
// "and", "or" (any case, white space aside): after a ';' or ',' they may
// end an item of a list.
bool IsCoordinator(std::string_view word);
// `s` has a lower-case letter (of any script).
bool HasLower(std::string_view s);
// An ASCII digit, 0 to 9.
bool IsDigit(char c);
// True when `s`, trimmed, cannot end a paragraph: it ends in a comma or a
// word that needs words after it ("and", "of", "the", "for"...).
bool EndsMidSentence(std::string_view s);
// True when `s`, trimmed, ends in such a word (brackets and quotes before it
// aside: '("the'), but not in "and" or "or" after a ';', ',' or ':'. "...
// section 15 (5) and" and "set out in, the" run on; "...; and" may end an
// item of a list.
bool EndsInConnective(std::string_view s);
// True when the words of `line` run on into `next`: it EndsInConnective();
// or it ends no sentence and `next` starts with a word in lower case (not
// a label: "ii.", "a)"); or it ends in a word (no comma) and `next` starts
// with an en or em dash not before a label; or it ends in a word a number
// completes ("Appendix", "paragraph", "section") and `next` starts with a
// number or a label ("2", "(6)", "a."), or in such a word and a number
// ("section 15") and `next` starts with a bracket ("(5) and (6)").
bool RunsOnInto(std::string_view line, std::string_view next);
// True when `s`, trimmed, ends with ':' (it introduces a list).
bool EndsWithColon(std::string_view s);
// A line ending in a hyphen after a letter ("improve-", "co-") and a next
// line starting with a lower-case letter are one word broken by the page:
// they join with no space, the hyphen kept (only a dictionary could tell a
// typesetter's hyphen from the author's).
bool JoinsAtHyphen(std::string_view before, std::string_view after);
// The first `n` bytes of UTF-8 `s`, or fewer so that no character is cut.
std::string_view Utf8Prefix(std::string_view s, size_t n);
// True when the first letter-like character of `s` is a lowercase ASCII
// letter.
bool StartsLowercase(std::string_view s);

// "EDUCATION ACT 1996" -> "Education Act 1996"; small words (of, and, the,
// for, in, on, upon, to, by, at) stay lowercase except first.
std::string TitleCase(std::string_view s);
// "JANE O'BRIEN-SMITH" -> "Jane O'Brien-Smith", "SIÂN ÖZTÜRK" -> "Siân
// Öztürk", "DR MARÍA DE LA CRUZ CBE" -> "Dr María de la Cruz CBE" (name
// particles after the first word in lower case, honours in capitals);
// mixed-case input is returned unchanged.
std::string NameCase(std::string_view s);
// `s` with no white space at a number's brackets ("497A (4B)" ->
// "497A(4B)", "( 4B )" -> "(4B)") and one space for any other run of it
// ("15(5)  and (6)" -> "15(5) and (6)"), none at the ends.
std::string Squeeze(std::string_view s);
// `s` in lower case (ASCII letters).
std::string Lower(std::string_view s);

}  // namespace whereas::internal

#endif  // WHEREAS_SRC_STR_UTIL_H_
