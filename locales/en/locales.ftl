# redflag locales: the translator's toolkit (status, new, check, confirm).

## Skeleton files (redflag locales new)

locales-skeleton-header =
    { $lang } translation of { $file }, made by “redflag locales new”.
    Every message is commented out until it is translated: remove the “# ” before its id and write the text after “=”.
    Until then the game shows the English text and “redflag locales check { $lang }” reports the message as not translated.
locales-skeleton-speaker = Who speaks: { $name }
locales-skeleton-player = Who speaks: the player (an answer to choose)
locales-skeleton-channel = Channel: { $channel }
locales-skeleton-before = Just before: { $text }
locales-skeleton-length = Keep it short: at most { $max } characters (the English has { $len })
locales-skeleton-english = English: { $text }

locales-new-written = Wrote { $files ->
        [one] one file
       *[other] { $files } files
    } with { $messages ->
        [one] one message
       *[other] { $messages } messages
    } to { $dir }.
locales-new-kept = Kept { $path }: it exists already.
locales-new-next =
    Next: translate the messages, then see your progress with “redflag locales” and the problems with “redflag locales check { $lang }”.
    Set “language-name” in ui.ftl to the language's own name: the language switcher shows it.
locales-new-next-pack = Try it with “redflag --scenarios { $dir } --lang { $lang }”.
locales-bad-tag = “{ $lang }” is not a language tag such as “pl” or “pt-BR”.
locales-write-failed = Could not write { $path }: { $reason }
locales-unknown = There is no locale “{ $lang }”. Start one with “redflag locales new { $lang }”.

## Status (redflag locales)

locales-col-locale = Locale
locales-col-file = File
locales-col-complete = Complete
locales-col-missing = Missing
locales-col-obsolete = Obsolete
locales-col-stale = Stale
locales-all-files = all files
locales-percent = { $percent }%
locales-untracked = not tracked
locales-pseudo =
    Pseudo-locales, made from English when the game starts: en-XA (accented, about 40% longer) and ar-XB (mirrored, right to left).
    Try them with “--lang en-XA”; “--show-ids” shows each message's id beside its text.

## Stale translations (redflag locales confirm)

locales-confirmed = Confirmed { $count ->
        [one] one translation
       *[other] { $count } translations
    } of { $lang } in { $path }; { $stale ->
        [0] none is stale.
        [one] one is still stale.
       *[other] { $stale } are still stale.
    }
locales-confirm-unknown = “{ $id }” is not a translated message of { $lang } with an English source; skipped.
locales-check-file = { $file }: missing { $missing }, obsolete { $obsolete }, stale { $stale }, other warnings { $other }
locales-check-file-new = { $file }: not started yet, { $missing ->
    [one] 1 message
   *[other] { $missing } messages
} to translate
locales-check-more = Every warning in full: add --all; or choose with --file NAME, --code W061 or --errors-only.
locales-skeleton-pool = Their name comes from the pool “{ $pool }” in pools.ftl: make the words about them agree with that pool's grammatical gender
locales-skeleton-note = Note: { $text }
locales-unknown-here = There is a folder locales/{ $lang } here, but this redflag does not have “{ $lang }”: it knows its built-in languages and the packs it is given. Use this folder as a pack: “redflag --scenarios . locales check { $lang }”; in a copy of the repository, “cargo build” adds it to the program.
# In the status table, instead of the percentage: the file has a syntax error (see locales check).
locales-broken = broken

## Bringing files up to date (redflag locales update)

locales-updated = Updated { $changed ->
        [0] no file
        [one] one file
       *[other] { $changed } files
    }{ $created ->
        [0] {""}
        [one] {" "}and created one
       *[other] {" "}and created { $created }
    } in { $dir }: { $added ->
        [0] no message added
        [one] one message added
       *[other] { $added } messages added
    }, comments refreshed above { $refreshed ->
        [0] no message
        [one] one message
       *[other] { $refreshed } messages
    }. No translation was changed.
    Next: “redflag{ $packs } locales check { $lang }” shows what is left to translate and each stale translation with its English then and now.
locales-updated-nothing = Nothing to update in { $dir }: every file matches the English.
locales-update-unreadable = Left { $path } as it is: { $kind ->
        [utf8] it is not UTF-8 text.
        [not-a-file] it is not an ordinary file.
        [too-large] it is larger ({ $detail } bytes) than a translation file may be.
       *[io] { $detail }
    }
