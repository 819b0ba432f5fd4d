// Vietnamese spelling: whether a word is one syllable Vietnamese can write. Every syllable of
// a Vietnamese personal name is one; a page's button labels, English words and a site's
// handles mostly are not ("Top", "Back", "Home", "Share", "Print"), so the test tells a
// one-word byline from a button's label left on the page, on any site, with no list of labels.
#pragma once

#include <string_view>

namespace tuyentap {

// The encoding detector's syllable (text/syllable.h: an initial, a nucleus, a final, at most
// one tone mark), with a final stop (c, ch, p, t) only under the sắc or nặng tone ("Phúc",
// "Mạc"; never "Top"). Any case. Letters only: a word with a digit, a dot or a hyphen is none.
bool is_vietnamese_syllable(std::string_view word);

// "Ksor", "Mah", "Mlô", "H'Hen": a syllable of the Central Highlands' languages (Jrai, Ê Đê,
// Bahnar … written in the national script), in whose names a byline may sign: a Vietnamese
// syllable (as is_vietnamese_syllable) with a minor consonant before its onset ("K" of "Ksor";
// never a pair Vietnamese writes, "th", "ng" …), a closing h, r, l or s, or a person's mark and
// an apostrophe before it ("H'"), at least one of them; a closing r, l or s alone only in a
// word with a letter English does not write ("Bar", "Tel", "Mail" are a contact's or a page's
// labels, no name). A button's English word fails it: "Top" (a stop with no tone), "Home",
// "Back", "Share", "Print", "Bar", "Mail".
bool is_highland_syllable(std::string_view word);

// "Top", "Back", "Home": one word of letters, not in capitals (an acronym, "TVB", may sign a
// text), that no Vietnamese syllable spells, as a page's button label left under the text is;
// every syllable of a Vietnamese name is one, and of a highland name is_highland_syllable. A
// handle with a digit ("Mn3/2") or a dot is no word of letters, and is let be.
bool is_foreign_word(std::string_view line);

// "Skip to content", "Site banner", "Ha Tinh Farmer's union", "menu_WAR_portlet_INSTANCE_x":
// a line in no Vietnamese, as a page's English labels, an image's alt text, a site's English
// name or a program's identifier left in the text are. Either a word joined by '_' (no
// language writes one), or two words or more with no letter of Vietnamese's own (no tone, no
// đ, â, ê, ô, ơ, ư, ă) of which one at least no syllable spells, even one typed without its
// tones (text/syllable.h): "World" or "banner" is no syllable, "Ket" of "Ket nap" typed
// bare is one. A Vietnamese line typed without its tones ("Tin tuc su kien") is kept, and so
// is one foreign word ("Multimedia"), which may name a section.
bool is_foreign_phrase(std::string_view line);

}  // namespace tuyentap
