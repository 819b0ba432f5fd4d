// A row of a page's share buttons printed as text: the services' names one after another,
// spaced, set apart by bars, or glued where the buttons' labels were icons ("Facebook Twitter
// Email", "Facebook | Zalo", "Facebookmail": real-eval53/phatgiaodanang-1). No writer types
// such a line; the page's chrome (page_widgets.h).
#pragma once

#include <string_view>

namespace tuyentap {

// Two names or more of the share services and their buttons (Facebook, Zalo, Twitter, Tweet,
// LinkedIn, Pinterest, Messenger, Telegram, Zingme, Email, Mail, Gmail, Print, Share, Like …),
// in any case, and nothing else but spaces and the marks between buttons ("|", "/", "•", "-",
// "+", "!"): at most 80 bytes. After the row's label ("Chia sẻ", "Share", a colon or none:
// "Chia sẻFacebook! Twitter! Zingme!") one name is enough. One name alone is the markers'
// (templates/chrome-markers.txt: "Facebook"); a name in a sentence ("Facebook và Zalo của xã") has
// other words.
bool is_share_buttons_line(std::string_view line);

}  // namespace tuyentap
