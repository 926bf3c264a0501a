// Small string helpers: case conversion and sentence ends.
#include <doctest/doctest.h>

#include "str_util.h"

using namespace whereas::internal;

TEST_CASE("TitleCase keeps small words low and leaves mixed case alone") {
  CHECK(TitleCase("EDUCATION ACT 1996") == "Education Act 1996");
  CHECK(TitleCase("ISLE OF WIGHT COUNCIL") == "Isle of Wight Council");
  CHECK(TitleCase("CHILDREN AND FAMILIES ACT 2014") == "Children and Families Act 2014");
  CHECK(TitleCase("Education Act 1996") == "Education Act 1996");
  CHECK(TitleCase("THE CHILDREN'S TRUST") == "The Children's Trust");
}

TEST_CASE("NameCase") {
  CHECK(NameCase("SUZANNE LUNN") == "Suzanne Lunn");
  CHECK(NameCase("MARY O'BRIEN-SMITH") == "Mary O'Brien-Smith");
  CHECK(NameCase("Jane Doe") == "Jane Doe");
}

TEST_CASE("names as people write them: any script, particles, honours") {
  // Capitals to names, letter by letter with Unicode's case mapping.
  CHECK(NameCase("SIÂN ÖZTÜRK") == "Siân Öztürk");               // Welsh, Turkish
  CHECK(NameCase("ZOË ŁUKASIEWICZ") == "Zoë Łukasiewicz");       // Polish
  CHECK(NameCase("SEÁN Ó BRIAIN") == "Seán Ó Briain");           // Irish
  CHECK(NameCase("ΠΑΎΛΟΣ ΝΙΚΟΛΆΟΥ") == "Παύλος Νικολάου");       // Greek, with its final sigma
  CHECK(NameCase("АННА ПЕТРОВА") == "Анна Петрова");             // Russian
  CHECK(NameCase("DR MARÍA DE LA CRUZ CBE") == "Dr María de la Cruz CBE");
  CHECK(NameCase("JAN VAN DER BERG") == "Jan van der Berg");
  CHECK(NameCase("DAFYDD AP GRUFFYDD") == "Dafydd ap Gruffydd");  // Welsh
  CHECK(NameCase("ANNE MCALLISTER") == "Anne McAllister");
  CHECK(NameCase("SEÁN O\u2019BRIEN-SMITH") == "Seán O\u2019Brien-Smith");  // a curly apostrophe
  CHECK(NameCase("THE COUNCIL\u2019S OFFICER") == "The Council\u2019s Officer");
  // Mixed case is the writer's own, kept as printed.
  CHECK(NameCase("Siân Öztürk") == "Siân Öztürk");
  CHECK(NameCase("Ngozi Adébáyọ̀") == "Ngozi Adébáyọ̀");
  CHECK(NameCase("Jan van der Berg") == "Jan van der Berg");
  CHECK(NameCase("Émile DE LA Rue") == "Émile DE LA Rue");
  // A lower-case letter of any script counts as mixed case.
  CHECK(HasLower("ÖZTÜRk"));
  CHECK(HasLower("ΠΑΎΛΟς"));
  CHECK_FALSE(HasLower("ÖZTÜRK 1996"));
}

TEST_CASE("sentence ends and list openers") {
  CHECK(EndsSentence("the Council;"));
  CHECK(EndsSentence("the report.\""));
  CHECK(EndsSentence("it was 'good'.\xE2\x80\x9D"));
  CHECK_FALSE(EndsSentence("make a recommendation in"));
  CHECK(EndsWithColon("including: "));
  CHECK_FALSE(EndsWithColon("including"));
  CHECK(StartsLowercase("  which appears"));
  CHECK_FALSE(StartsLowercase("Northamptonshire were"));
  CHECK(Squeeze("497A (4B)") == "497A(4B)");
  CHECK(Squeeze("497A ( 4B )") == "497A(4B)");
  CHECK(Squeeze("15 (5)  and\n(6)") == "15(5) and (6)");
  CHECK(Squeeze(" 12 ") == "12");
  CHECK(Squeeze("15(5) AND (6)") == "15(5) AND (6)");
}

TEST_CASE("Utf8Prefix never cuts a character") {
  const std::string s = "Furthe\xC3\xA9\xC3\xA9x";  // "Furtheééx"
  CHECK(Utf8Prefix(s, 7) == "Furthe");                 // 7 is inside the first é
  CHECK(Utf8Prefix(s, 8) == "Furthe\xC3\xA9");
  CHECK(Utf8Prefix(s, 100) == s);
  CHECK(Utf8Prefix("\xE2\x80\x9Cq", 2).empty());       // inside a curly quote
}

TEST_CASE("JoinsAtHyphen: a letter and a hyphen, then a lower-case letter") {
  CHECK(JoinsAtHyphen("improve-", "ment"));
  CHECK(JoinsAtHyphen("co-", "operate"));
  CHECK_FALSE(JoinsAtHyphen("direction -", "as agreed"));  // a dash, not a hyphen
  CHECK_FALSE(JoinsAtHyphen("improve-", "Ment"));
  CHECK_FALSE(JoinsAtHyphen("2018-", "and"));
  CHECK_FALSE(JoinsAtHyphen("-", "x"));
  CHECK_FALSE(JoinsAtHyphen("word", "next"));
}

TEST_CASE("EndsMidSentence: a comma or a word that needs more words") {
  CHECK(EndsMidSentence("appointed me as Commissioner for"));
  CHECK(EndsMidSentence("to achieve rapid and "));
  CHECK(EndsMidSentence("instability; and,"));
  CHECK(EndsMidSentence("set out in THE"));
  // A headline or a link's title ends unpunctuated but whole.
  CHECK_FALSE(EndsMidSentence("Six Blogs and a Damning Report - Why we need a change"));
  CHECK_FALSE(EndsMidSentence("Conclusions and recommendations"));
  CHECK_FALSE(EndsMidSentence(""));
  CHECK_FALSE(EndsMidSentence("the end."));
}
