# `redflag serve`: the game over SSH for a room. The facilitator reads the start text, the
# event lines and the live view; participants read the prompt and the messages that end a
# session. Keep commands such as "ssh -p 2222 A7@…" as they are.

## Start text (the facilitator's terminal)

serve-start-heading = redflag serve is running.
serve-start-join = Participants join with:
serve-start-no-address = No network address found. On this computer, join with:
# Shown after the join commands. A7 is an example of a participant code.
serve-start-codes = Each participant uses their own code instead of A7; "guest" plays without being recorded.
serve-start-code = Room code: { $code }
serve-start-open = No room code (--open): anyone who can reach this port can join.
# $fingerprint looks like SHA256:… and must stay exactly as it is.
serve-start-fingerprint = Server key: { $fingerprint } (ssh shows it on the first connection; participants can compare)
serve-start-key-made = A new server key was made and kept in { $path }.
serve-start-key-temporary = There is no data folder: this server key is only for this run, and ssh will warn about a changed key next time.
serve-start-stop = Ctrl-C stops the server.

## Errors at start

serve-error-listen = "{ $value }" is not an address and port. Example: --listen 0.0.0.0:2222
serve-error-code = A room code is 1 to 32 letters, digits, - or _.
serve-error-bind = Cannot listen on { $address }: { $reason }. Is another server using this port? Try another one with --listen, for example 0.0.0.0:2223.
serve-error-key = The server key { $path } cannot be used ({ $reason }). It was left as it is; move it away and start again to make a new key (participants' ssh will then warn once about a changed key).
serve-error-key-io = The server key { $path } cannot be read or written: { $reason }

## Event lines (when the output is not a terminal) and the live view's log

serve-event-joined = { $who } joined from { $peer }
serve-event-started = { $who } plays in language { $lang }
serve-event-started-plain = { $who } plays in language { $lang }, plain text mode
# $what is a scenario's id, or a stage of the check: before, after or booster.
serve-event-playing = { $who } started { $what ->
    [before] the before check
    [after] the after check
    [booster] a booster round
   *[other] { $what }
}
serve-event-finished = { $who } finished { $what ->
    [before] the before check
    [after] the after check
    [booster] a booster round
   *[other] { $what }
}: { $points } of { $max }
serve-event-left = { $who } left
serve-event-wrong-code = Wrong room code from { $peer }
serve-event-waits = { $peer } gave { $count } wrong room codes and must wait { $seconds } seconds
serve-event-full = { $peer } was turned away: the room is full
serve-event-request = Refused a command or forwarding request from { $peer } (the server only runs the game)
serve-event-too-many = Turned away a connection from { $peer }: too many are waiting to log in
serve-event-crashed = The session of { $who } stopped after an error ({ $message }); everyone else plays on.

## The live view

serve-live-title = redflag serve: { $count ->
    [one] 1 session
   *[other] { $count } sessions
}
serve-live-empty = No one has joined yet.
serve-live-col-who = Code
serve-live-col-lang = Language
serve-live-col-doing = Doing
serve-live-col-done = Finished
serve-live-col-last = Last score
serve-live-plain = plain
serve-live-group = Group: { $participants ->
    [one] 1 participant
   *[other] { $participants } participants
}, { $runs } finished · red flags spotted { $spotted } of { $flags } · false alarms { $alarms } of { $honest }
serve-live-before-after = Before/after check: { $before } % right before, { $after } % after
serve-live-stop = Ctrl-C stops the server; everyone gets a goodbye and finished results are kept.
serve-screen-languages = choosing a language
serve-screen-start = on the start screen
serve-screen-chat = playing { $what } ({ $step ->
    [one] 1 answer
   *[other] { $step } answers
})
serve-screen-debrief = reading the debrief of { $what }
serve-screen-handbook = in the handbook
serve-screen-results = looking at their results
serve-screen-quiz = { $what ->
    [before] in the before check
    [after] in the after check
   *[booster] in a booster round
} ({ $step } answered)
serve-screen-involved = reading "Already involved?"

## What participants see

# The prompt of ssh for the room code, before the game starts.
serve-prompt-code = Room code:
serve-room-full = The room is full right now. Please wait a minute and connect again, or ask the facilitator.
serve-not-a-code = "{ $name }" is not a participant code. Connect with the code the facilitator gave you (letters, digits, - or _), for example ssh -p 2222 A7@…, or as guest to play without being recorded.
serve-goodbye = Thank you for playing.
serve-idle = This session was closed after { $minutes } minutes without a key. Connect again to go on.
serve-shutdown = The facilitator has stopped the game. Thank you for playing.
# Added after the three messages above for participants with a code (not for guest).
serve-saved = Your finished games are saved under your code.
