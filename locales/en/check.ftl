# Messages of “redflag check”, for scenario authors and translators.
# Every code has a message (diag-<code>) and may have a hint (diag-<code>-hint).

check-error = error
check-warning = warning
check-stale-was = English then
check-stale-now = English now
check-stale-not-kept = (not kept: confirmed before redflag kept the English)
check-hint = hint: { $hint }
check-summary = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
diag-suggest = did you mean “{ $suggestion }”?

## Files

diag-e001 = this is not a folder
diag-e001-hint = give a folder that holds scenarios/ and locales/
diag-e002 = cannot read this file: { $reason }
diag-e007 = this is not a regular file (a pipe, a device or a folder), so it is not read
diag-e007-hint = content files are plain files; remove it, or replace the link with the file itself
diag-e009 = this file is a link to somewhere outside the pack, so it is not read
diag-e009-hint = put the file itself in the pack instead of a link
diag-e003 = this file is too large ({ $size } bytes; the limit is { $limit })
diag-e003-hint = a scenario or locale file is a few kilobytes; check that this is the right file
diag-e016 = this pack is more than a page reads ({ $files } files, { $size } bytes; the most is { $max_files } files and { $max_size } bytes), so the rest of it is not read
diag-e016-hint = a pack is a few hundred small files; check that this is the right folder or archive
diag-e004 = this file is not valid UTF-8 text
diag-e004-hint = save the file as UTF-8 in your editor
diag-e005 = cannot read this folder: { $reason }
diag-e005-hint = scenarios/, locales/ and data/ in a pack are folders the game can read; check the name and the permissions
diag-w005 = this folder holds no scenarios, locales or data files
diag-w005-hint = a pack holds scenarios/<id>.ron and locales/<lang>/<id>.ftl
diag-w006 = the game does not read this: it is not where a scenario, locale or data file belongs
diag-w006-hint = scenario files end in .ron and sit in scenarios/; locale files end in .ftl and sit in locales/<lang>/; anything else belongs at the pack's top level
diag-e006 = cannot tell what this file is
diag-e006-hint = scenario files end in .ron and sit in scenarios/; locale files end in .ftl and sit in locales/<lang>/
diag-e008 = the parser stopped unexpectedly on this file; this is a bug in redflag, please report it

## RON syntax and fields

# $kind names the mistake the RON parser found; $reason is the parser's own words (English),
# kept as a detail. $char is the character that does not belong (for kind "char").
diag-e010 = this is not valid RON: { $kind ->
    [eof] the file ends too early: a bracket or a quote is not closed
    [comma] a comma is missing between two entries
    [array-end] a list is not closed with “]”
    [map-end] a map is not closed with “{ "}" }”
    [struct-end] a “(” is not closed with “)”
    [colon] a “:” is missing after a name
    [string] a text in double quotes is expected here
    [string-end] a text is not closed with a double quote
    [identifier] a field name is expected here
    [number] a number is expected here
    [boolean] true or false is expected here
    [array] a list in [ ] is expected here
    [map] a map in { "{" } { "}" } is expected here
    [struct] a value such as Name(…) is expected here
    [trailing] there is more text after the end of the file's content
    [char] the character “{ $char }” does not belong here
    [comment] a comment is not closed
    [escape] a “\” in a text starts an escape that is not valid
    [too-big] this number is too large
   *[other] { $reason }
}
diag-e010-hint = look for a missing comma, bracket or quote just before this spot (the parser said: { $reason })
diag-e011 = unknown field “{ $found }”
diag-e011-hint = the fields allowed here are { $expected }
diag-e012 = the field “{ $field }” is missing
diag-e012-hint = add { $field }: … inside this { $outer }
diag-e013 = unknown kind “{ $found }”
diag-e013-hint = the kinds allowed here are { $expected }
diag-e014 = the field “{ $field }” is given twice
diag-e014-hint = keep one of them
diag-e015 = the file nests deeper than { $limit } levels
diag-e015-hint = a scenario never needs this much nesting; look for unclosed brackets

## Scenarios

diag-e020 = “{ $name }” is not a valid id
diag-e020-hint = use lowercase letters, digits and single dashes, starting with a letter (for example “ask-id-2”)
diag-e021 = the scenario id “{ $name }” does not match its file name “{ $file }”
diag-e021-hint = rename the file to { $name }.ron, or change the id
diag-e022 = the scenario lists no channels
diag-e022-hint = add channels: ["upwork"], naming where the chat starts first
diag-e023 = unknown channel “{ $name }”
diag-e023-hint = channels are defined in data/channels.ron
diag-e024 = “{ $name }” is defined twice
diag-e024-hint = every id must be unique; rename one of them
diag-e025 = “{ $name }” is not a valid variable name
diag-e025-hint = use letters, digits, “-” and “_”, starting with a letter
diag-e026 = the variable “{ $name }” has nothing to draw from
diag-e026-hint = an Amount needs min ≤ max and a step above 0; a Pick needs at least one entry
diag-e028 = the amount “{ $name }” is too large to draw
diag-e028-hint = keep min and max between -{ $limit } and { $limit }
diag-e027 = the scenario has no nodes
diag-e027-hint = add nodes: [ … ] with at least one Message and one Ending
diag-e030 = there is no node “{ $name }”
diag-e030-hint = point to the id of a node in this scenario
diag-w031 = the state flag “{ $name }” is checked here but no answer sets it
diag-w031-hint = add sets: ["{ $name }"] to the answer that should set it
diag-e032 = “{ $name }” is the last node and does not say where to go next
diag-e032-hint = add next: "…", or end the scenario with an Ending
diag-e033 = “{ $name }” is not in the cast
diag-e033-hint = add it to cast: [ … ]
diag-e034 = the chat cannot move to “{ $name }”: the scenario does not list that channel
diag-e034-hint = add it to channels: [ … ]
diag-e035 = “{ $name }” offers no way on
diag-e035-hint = give it at least two options
diag-w036 = the choice “{ $name }” has a single option
diag-w036-hint = a choice with one answer is not a choice; add another, or use a Message
diag-e037 = unknown red flag “{ $name }”
diag-e037-hint = red flags are defined in data/redflags.ron
diag-w039 = the answer “{ $name }” assesses no red flag
diag-w039-hint = in a scam every answer should say which red flag it spotted or missed
diag-e043 = the story can go round in circles at “{ $name }” without a question to stop it
diag-e043-hint = lead the loop through a Choice or an Ending, or point a `next` elsewhere
diag-e044 = on some way to the question “{ $name }”, every answer is hidden by its state flags: the story stops there
diag-e044-hint = check the requires and unless of its answers against the flags set on the way; leave one answer that is always shown
diag-e040 = no ending can be reached from the start
diag-e040-hint = add an Ending(id: "…", outcome: …) and lead to it
diag-w041 = the node “{ $name }” can never be reached
diag-w041-hint = point a next, goto, then or else at it, or remove it
diag-e042 = no ending can be reached from “{ $name }”
diag-e042-hint = the story loops or stops here; give it a way to an Ending
diag-e053 = the scenario “{ $name }” already exists in { $other }
diag-e053-hint = a pack cannot replace a scenario; give yours a new id

## Locales

diag-w050 = a message in this locale file has a syntax error, so it shows in English (the rest of the file is used): { $reason }
diag-e051 = the message “{ $name }” is defined twice
diag-e051-hint = keep one of them
diag-w052 = a pack cannot replace the built-in “{ $name }”; the pack's version is ignored
diag-w052-hint = give the pack's message or definition a new id
diag-e055 = Fluent syntax error: { $reason }
# $kind names the Fluent syntax mistake; the hint for each says how to fix it.
diag-e055-hint = { $kind ->
    [brace] a placeable is not closed: each “{ "{" }” needs its “{ "}" }”
    [closing-brace] this “{ "}" }” closes nothing: remove it, or write a brace as a quoted text, { "{" } "{ "}" }" { "}" }
    [empty] the message has no text after “=”: write the translation, or put # before the line to leave it for later
    [equals] a message is written “id = text”: the “=” is missing
    [default-variant] a selector needs one default variant, marked with *, such as *[other]
    [default-variants] a selector has more than one default variant (*): keep one
    [string] a quoted text inside a placeable is not closed with a double quote
    [placeable] a placeable is empty or not understood: it holds a variable ($name), a quoted text or a function
    [escape] an escape in a quoted text is not valid: write it as \u followed by four hex digits
   *[other] a message looks like “id = text”; continuation lines are indented
}
diag-w056 = a control character ({ $char }) is in the text; it will not be shown
diag-w056-hint = remove it; a terminal could be confused by it
diag-e060 = the English text “{ $id }” is missing
diag-e060-hint = add “{ $id } = …” to the scenario's file in locales/en/
diag-w061 = “{ $id }” is not translated into { $lang } yet; English is shown instead
diag-w061-hint = { $typo ->
    [none] add “{ $id } = …” here; the English: { $english }
   *[other] “{ $typo }” in this file looks like a misspelling of it: rename that one to “{ $id }”
}
diag-w062 = the message “{ $id }” is no longer used
diag-w062-hint = { $meant ->
    [none] remove it, or check that the scenario's ids did not change
   *[other] did you mean “{ $meant }”? That message is missing: rename this one to it, and keep your translation
}
diag-e063 = the message “{ $id }” cannot be shown: { $reason }
diag-e063-hint = only the scenario's variables can be used
diag-w063 = the message “{ $id }” cannot be shown: { $reason }
diag-w063-hint = check the functions it calls (only MONEY and GROUPED exist) and the messages it refers to
diag-e064 = the message “{ $id }” uses the variable “{ $name }”, which the scenario does not provide
diag-e064-hint = the scenario's variables are listed under vars: in its .ron file
diag-e069 = the message “{ $id }” uses the variable “{ $name }”, which the English message does not have
diag-e069-hint = use the same variables as the English message
diag-w065 = the message “{ $id }” leaves out the variable “{ $name }” that the English message shows
diag-w065-hint = keep “{ $name }” in the translation, unless the language truly has no place for it
diag-w066 = the message “{ $id }” chooses by the number “{ $name }” but has no form for: { $missing }
diag-w066-hint = add a variant for each of these plural categories of the language

## Playtests (check --walks, --exhaustive)

check-coverage = { $scenario }: coverage: { $reached }/{ $total } nodes reached
check-unreached = never reached: { $nodes }
check-options-taken = options taken: { $taken }/{ $total }
check-states = states explored: { $states }
diag-e070 = a walk (seed { $seed }, { $lang }) shows a message that cannot be formatted: { $reason }
diag-e070-hint = the path was: { $path }. Replay it with “redflag --lang { $lang }{ $packs } play { $scenario } --seed { $seed }”.
diag-e071 = a walk (seed { $seed }, { $lang }) stops before it reaches an ending
diag-e071-hint = the path was: { $path }
diag-e072 = from “{ $name }” no ending can be reached with the state flags set on the way
diag-e072-hint = the path was: { $path }. Give this part of the story a way to an Ending.
diag-e073 = at “{ $name }” no option is open: every option requires a state flag that is not set, or is ruled out by one
diag-e073-hint = the path was: { $path }. Add an option without requires: or unless:.
diag-w074 = the exhaustive playtest stopped after { $limit } states; the rest was not explored
diag-w074-hint = raise the limit with --max-states, or simplify the state flags
diag-w075 = “{ $contact }” is not a declared contact of this pack
diag-w075-hint = a fake “report here” link is itself a scam: list every real address and number in the pack's data/pack.ron (contacts: [...]) so a reviewer can check each one
diag-e057 = this file nests placeables deeper than { $limit } levels and cannot be read
diag-e057-hint = look for unclosed “{"{"}” braces
diag-w057 = this locale file nests placeables deeper than { $limit } levels and is left out
diag-w058 = { $kind ->
    [hint] a key hint of “{ $id }” in { $lang } is { $width } columns wide; the screens show each hint on one line of { $limit }
   *[line] “{ $id }” in { $lang } is { $width } columns wide; the screens show it on one line of { $limit }, so the end is cut off
}
diag-w058-hint = { $kind ->
    [hint] shorten that hint (keep three spaces between hints: the line breaks only there)
   *[line] shorten it to { $limit } columns or fewer, counted as shown (a variable as its value); `redflag screens --size 40x12` shows where it goes
}

diag-w067 = the English text of “{ $id }” changed after it was translated into { $lang }; the translation may be out of date
diag-w067-hint = compare it with the English and update it if needed, then run “redflag{ $packs } locales confirm { $lang } { $id }”

## The cue check: answers that leak through surface cues (see docs/authoring.md)

diag-w080 = in { $set ->
        [built-in] the built-in scenarios
       *[other] the pack “{ $set }”
    }, the longest answer is a right one in { $value } % of the choices that have a right and a wrong answer (at most { $high } %)
diag-w080-hint = players learn to pick the longest answer instead of reading the request: write the answers that go along and the over-cautious ones with the same care and length (highest share: “{ $worst }”)
diag-w094 = in { $set ->
        [built-in] the built-in scenarios
       *[other] the pack “{ $set }”
    }, a rule of thumb about answer length (such as “pick the shortest” or “avoid the longest”) is right { $value } points more often than guessing (at most { $high })
diag-w094-hint = length must say nothing about the answer: give most choices one right answer and two wrong ones, and make the right one the longest, the middle or the shortest about equally often (worst: “{ $worst }”)
diag-w081 = in { $set ->
        [built-in] the built-in scenarios
       *[other] the pack “{ $set }”
    }, right answers are { $value } times as long as wrong ones on average (allowed: { $low } to { $high })
diag-w081-hint = make right and wrong answers about as long as each other (furthest off: “{ $worst }”)
diag-w082 = in { $set ->
        [built-in] the built-in scenarios
       *[other] the pack “{ $set }”
    }, messages from the other side start lowercase { $value } points more often in one kind of offer than in the other (at most { $high })
diag-w082-hint = style is not a red flag: many scammers write polished English and many honest clients write informally or in a second language; give both kinds both voices (most lopsided: “{ $worst }”)
diag-w083 = in { $set ->
        [built-in] the built-in scenarios
       *[other] the pack “{ $set }”
    }, messages from the other side carry emoji { $value } points more often in one kind of offer than in the other (at most { $high })
diag-w083-hint = give scams and honest offers the same mix of emoji (most lopsided: “{ $worst }”)
diag-w084 = in { $set ->
        [built-in] the built-in scenarios
       *[other] the pack “{ $set }”
    }, scams and honest offers differ by { $value } in their average number of answers per choice (at most { $high })
diag-w084-hint = give choices in scams and in honest offers the same number of answers
diag-w085 = in { $set ->
        [built-in] the built-in scenarios
       *[other] the pack “{ $set }”
    }, choices with a pinned answer are { $value } points more common in one kind of offer than in the other (at most { $high })
diag-w085-hint = a pinned “I'm out” answer that only honest offers have tells the player which kind it is; pin in both kinds or in neither (most lopsided: “{ $worst }”)
diag-w086 = the title or summary of “{ $name }” puts words in quotation marks
diag-w086-hint = quotation marks tell the player what to think; describe the job as a player would see it in a list
diag-w087 = in { $set ->
        [built-in] the built-in scenarios
       *[other] the pack “{ $set }”
    }, { $value } % of the { $side ->
    [hiring] hiring-side
   *[other] freelancer-side
} scenarios are honest offers (at least { $low } %)
diag-w087-hint = add honest offers with the same surface as the scams, so players learn to tell them apart rather than to suspect everything
diag-w088 = “{ $name }” has no harmless request: no answer is scored trusted or false_alarm
diag-w088-hint = add a request that looks risky and is fine (a call on the platform, a portfolio link), so that over-reacting costs a point too
diag-w089 = the honest offer “{ $name }” has no request to decline: no answer is scored spotted or missed
diag-w089-hint = add one bad request that a careful player declines while keeping the job (a bonus offered outside the platform, say), scored spotted or missed

## The before/after check as a measure (data/quiz.ron)

diag-w090 = the quiz pair “{ $name }” has { $count } items; a pair has two
diag-w090-hint = give each pair one scam and its honest twin: the same surface, one decisive difference
diag-w091 = both items of the quiz pair “{ $name }” have the same answer
diag-w091-hint = a pair holds one scam (scam: true) and one honest item (scam: false)
diag-w092 = the two items of the quiz pair “{ $name }” differ in form or channel
diag-w092-hint = twins share their form (a, b or bank) and their channel, so that only the decisive difference separates them
diag-w093 = the parallel forms differ in size: form a has { $a } items, form b { $b }
diag-w093-hint = the before and after rounds must be matched: give both forms the same number of pairs
diag-w099 = { $count } more { $code } in this file are not shown
diag-w099-hint = fix the ones above and check again; they usually share one cause
diag-w068 = the pack “{ $pack }” does not ship { $lang }: players in that language see it in English
diag-w068-hint = translate it (redflag{ $packs } locales new { $lang }), or list the languages it ships in data/pack.ron, for example languages: ["en", "de"]
