# The before/after check, boosters and the facilitator's summary.

quiz-heading-before = Check before the workshop: { $count } messages
quiz-heading-after = Check after the workshop: { $count } messages
quiz-heading-booster = Booster round: { $count } messages
quiz-intro = For each message: is it a scam or legitimate, and how sure are you? Some are honest. Type the number and press Enter; q stops.
quiz-item = [{ $index }/{ $count }] { $channel } · { $name }:
quiz-verdict-question = Scam or legitimate?
quiz-verdict-scam = Scam
quiz-verdict-legitimate = Legitimate
quiz-confidence-question = How sure are you?
quiz-confidence-1 = 1 – just guessing
quiz-confidence-2 = 2 – not very sure
quiz-confidence-3 = 3 – fairly sure
quiz-confidence-4 = 4 – very sure
quiz-confidence-5 = 5 – certain
quiz-feedback-right = Right: { $answer }. { $why }
quiz-feedback-wrong = Not this time: it is { $answer }. { $why }
quiz-done = Done: { $right } of { $count } right. Thank you!
quiz-no-items = There are no check items (data/quiz.ron).

booster-offer = It has been { $days } days: a short booster round keeps what you learned fresh. Start it with: redflag booster
booster-nothing = Nothing to practise right now.
booster-flags = Practising: { $flags }

workshop-heading = Workshop summary ({ $files ->
    [one] 1 file
   *[other] { $files } files
})
workshop-file-skipped = Skipped { $path }: { $reason }
workshop-why-too-large = it is { $size } bytes; the most that is read is { $limit }
workshop-why-csv-columns = a redflag CSV export has columns this file lacks: { $columns }
workshop-why-csv-value = line { $line }: “{ $value }” cannot be a value of the column { $column }
workshop-no-files = None of the files could be read as exported redflag results.

# The terminal UI's results and check screens.
tui-results-heading = Your results
tui-results-keys = Up/Down scroll   PgUp/PgDn page   Left/Right columns   Esc back
tui-quiz-heading = Scam or legitimate? The check
tui-quiz-keys = Up/Down choose   Enter confirm   1-5 answer   Esc leave without saving
tui-quiz-stage-question = When are you taking it?
tui-quiz-stage-before = Before the workshop
tui-quiz-stage-after = After the workshop
tui-quiz-stage-booster = Booster round (the red flags to practise)
tui-quiz-next = Next
tui-quiz-back = Back to the list
