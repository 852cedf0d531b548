# The interface: words around the conversation. English is the source language;
# every other locale translates these ids.

# The language's own name, shown in the language switcher.
language-name = English

# Shown in place of a text that no language has (a bug in the content, not the player's fault).
missing-text = [text missing]

## The conversation

chat-starts-on = The conversation starts on { $channel }.
chat-moves = The conversation moves from { $from } to { $to }.
# The player's own name in the chat.
chat-you = You

## Outcomes and what the player did

outcome-walked-away = You walked away
outcome-reported = You walked away and reported it
outcome-hired = You got the job, safely
outcome-safe = You stayed safe
outcome-compromised = The scam worked this time
outcome-missed-opportunity = You turned down an honest offer

assessment-spotted = spotted
assessment-missed = missed
assessment-false-alarm = false alarm
assessment-trusted = rightly trusted

perspective-freelancer = freelancer
perspective-hiring = hiring
difficulty-easy = easy
difficulty-medium = medium
difficulty-hard = hard

## The debrief

debrief-outcome = Outcome: { $outcome }
# Keep the form "points/max" (for example 7/10) in every language.
debrief-score = Score: { $points }/{ $max }
debrief-seed = Seed: { $seed } (play this run again with --seed { $seed })
debrief-seed-page = Seed: { $seed } (to play this run again, add ?seed={ $seed } to the page's address)
debrief-no-flags = No red flag came up in this run.
debrief-heading = Debrief
debrief-flags-heading = The red flags in this conversation
debrief-quote = Here: “{ $text }”
debrief-fine-heading = Looked risky, was fine, and why
debrief-ahead-heading = What was coming next
debrief-ahead = You left early, and that was the safe thing to do. Had you stayed, { $count ->
    [one] one more red flag
   *[other] { $count } more red flags
} would have come up:
debrief-why = Why it matters: { $text }
debrief-instead = What to do instead: { $text }
debrief-sources = Sources: { $text }

## Lists

# Facts about a scenario in a list.
list-facts = { $perspective }, { $difficulty }, { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
list-pack = [pack: { $pack }]
list-empty = No scenarios found.

## Plain mode

plain-title = === { $title } ===
plain-channel = * { $text }
plain-message = [{ $channel }] { $name }: { $text }
plain-notice = [{ $channel }] ({ $kind ->
    [file] file
    [warning] warning
    [money] payment
    [lock] account
   *[other] notice
}) { $text }
plain-feedback = >> { $text }
# Narration between messages (a time jump, a consequence), on a line of its own.
plain-narration = { $text }
plain-end = === { $outcome } ===
    { $text }
plain-menu-heading = Choose a scenario (type its number, or q to quit):
plain-bad-input = Please type a number from 1 to { $max }, or q to quit.

## Problems while playing

play-unknown-scenario = There is no scenario called “{ $name }”. { $suggestion ->
    [none] Run “redflag list” to see them all.
   *[other] Did you mean “{ $suggestion }”? Run “redflag list” to see them all.
}
play-skipped = warning: { $location }: { $message }
engine-error = This scenario cannot go on: { $reason }. Please tell its author (run “redflag check”).
engine-missing-node = the story points to “{ $name }”, which does not exist
engine-stuck = the story goes round in circles at “{ $name }” without a question
engine-no-options = no answer is open at “{ $name }”
engine-bad-choice = that answer is not available
engine-ended = the story has already ended
io-error = Could not write or read: { $reason }

## Watching a scenario while writing it (play --watch)

watch-playing = === { $title } (seed { $seed }; save a file to restart) ===
watch-reloaded = *** The files changed: starting again. ***
watch-broken = *** The scenario cannot be played as it is: ***
watch-waiting = *** Waiting for you to save a change (q quits). ***

## Where the currency sign goes in { MONEY($amount) } (the digits and separators of it and of { GROUPED($n) } come from CLDR for the language)
number-money = ${ $amount }
lang-unknown = redflag has no “{ $lang }” yet, so it goes on in English. Languages: { $langs }. A pack can add one: redflag --scenarios DIR --lang { $lang }
