# The terminal interface (redflag play in a terminal). Short texts: they must fit 40 columns
# where possible. Key names (Enter, Esc, PgUp) are what is printed on keyboards.

tui-app-title = redflag
tui-start-heading = Choose a conversation
tui-start-keys = Up/Down choose   Enter play   L language   S settings   H handbook   R results   C check   I already involved?   ? help   Q quit
tui-not-played = not played yet
# Keep the form "points/max" (for example 7/10), as in the debrief.
tui-best = { $plays ->
    [one] played once
   *[other] played { $plays } times
}, best { $points }/{ $max }
tui-state-broken = Your saved progress in { $path } could not be read. It is kept as it is and will not be changed; this session is not saved.
tui-state-unwritable = Your progress could not be saved: { $reason }

## The language picker and switcher

tui-pick-language = Choose your language (Up/Down, Enter):
tui-languages-title = Language

## Settings

tui-settings-title = Settings
tui-settings-keys = Up/Down choose, Enter or Space change, Esc close. Settings are saved.
tui-setting-typing = Typing speed: { $value }
tui-setting-motion = Reduced motion: { $value }
tui-setting-colours = Colours: { $value }
tui-setting-plain = Plain screen-reader mode (from next start): { $value }
tui-setting-ascii = ASCII symbols only: { $value }
tui-speed-slow = slow
tui-speed-normal = normal
tui-speed-fast = fast
tui-speed-instant = instant
tui-colours-normal = normal
tui-colours-high-contrast = high contrast
tui-colours-none = no colour
tui-colours-no-color-env = none (NO_COLOR)
tui-on = on
tui-off = off

## Help

tui-help-title = Help
tui-help =
    Read the chat and answer as you would. Watch for red flags: requests that would let someone work under your name.
    Up/Down or number keys: choose an answer. Enter: send it.
    Space or Enter: show every message up to your next answer.
    PgUp/PgDn, Home/End: scroll the chat.
    Esc or Q: back to the list. Ctrl-C: quit at once.
    Press any key to close this help.

## The conversation

tui-status-online = online
tui-status-typing = typing…
tui-typing = { $name } is typing
tui-your-answer = Your answer
tui-show-all = Space or Enter: show all messages
tui-see-debrief = The conversation is over. Press Enter for your debrief.
tui-more-below = more below (End)
tui-feedback-label = Tip:
tui-chat-keys = ? help   Esc leave

## The debrief

tui-replay-hint = Press R to play on from your last answer and see them (practice: not recorded).
tui-debrief-keys = Up/Down/PgUp/PgDn scroll   Esc or Q back to the list

## The handbook

tui-handbook-heading = Red-flag handbook
tui-handbook-met = { $count ->
    [0] none met yet
    [one] 1 met so far
   *[other] { $count } met so far
}
tui-handbook-locked = { $name } (locked)
tui-handbook-locked-why = You have not met this red flag in a conversation yet. Play a scenario to unlock its explanation.
tui-handbook-side = Side: { $side }
tui-handbook-keys = Up/Down choose   PgUp/PgDn read   Esc back

## Small terminals

tui-too-small = Please enlarge the window to at least { $width } columns and { $height } lines.

tui-involved-keys = Up/Down/PgUp/PgDn scroll   Esc or Q back
tui-involved-hint = Already involved? Press I for what to do now.
