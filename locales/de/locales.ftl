# redflag locales: das Werkzeug für Übersetzende (Stand, neu, prüfen, bestätigen).

## Gerüstdateien (redflag locales new)

locales-skeleton-header =
    Übersetzung von { $file } in { $lang }, angelegt von „redflag locales new“.
    Jede Nachricht ist auskommentiert, bis sie übersetzt ist: Lösche das „# “ vor ihrer ID und schreib den Text hinter das „=“.
    Bis dahin zeigt das Spiel den englischen Text, und „redflag locales check { $lang }“ meldet die Nachricht als nicht übersetzt.
locales-skeleton-speaker = Wer spricht: { $name }
locales-skeleton-player = Wer spricht: du selbst (eine Antwort zur Auswahl)
locales-skeleton-channel = Kanal: { $channel }
locales-skeleton-before = Direkt davor: { $text }
locales-skeleton-length = Fasse dich kurz: höchstens { $max } Zeichen (das Englische hat { $len })
locales-skeleton-english = Englisch: { $text }

locales-new-written = { $files ->
        [one] Eine Datei
       *[other] { $files } Dateien
    } mit { $messages ->
        [one] einer Nachricht
       *[other] { $messages } Nachrichten
    } nach { $dir } geschrieben.
locales-new-kept = { $path } gibt es schon; die Datei bleibt, wie sie ist.
locales-new-next =
    Als Nächstes: Übersetze die Nachrichten, sieh dir deinen Fortschritt mit „redflag locales“ an und die Probleme mit „redflag locales check { $lang }“.
    Trag in ui.ftl bei „language-name“ den Namen der Sprache in ihr selbst ein: Die Sprachauswahl zeigt ihn.
locales-new-next-pack = Probier es aus mit „redflag --scenarios { $dir } --lang { $lang }“.
locales-bad-tag = „{ $lang }“ ist kein Sprach-Tag wie „pl“ oder „pt-BR“.
locales-write-failed = { $path } ließ sich nicht schreiben: { $reason }
locales-unknown = Die Sprache „{ $lang }“ gibt es nicht. Leg sie an mit „redflag locales new { $lang }“.

## Stand (redflag locales)

locales-col-locale = Sprache
locales-col-file = Datei
locales-col-complete = Fertig
locales-col-missing = Fehlend
locales-col-obsolete = Überholt
locales-col-stale = Veraltet
locales-all-files = alle Dateien
locales-percent = { $percent } %
locales-untracked = nicht verfolgt
locales-pseudo =
    Pseudo-Sprachen, beim Start aus dem Englischen erzeugt: en-XA (mit Akzenten, etwa 40 % länger) und ar-XB (gespiegelt, von rechts nach links).
    Probier sie mit „--lang en-XA“ aus; „--show-ids“ zeigt neben jedem Text die ID seiner Nachricht.

## Veraltete Übersetzungen (redflag locales confirm)

locales-confirmed = { $count ->
        [one] Eine Übersetzung
       *[other] { $count } Übersetzungen
    } in { $lang } bestätigt, in { $path }; { $stale ->
        [0] keine ist veraltet.
        [one] eine ist noch veraltet.
       *[other] { $stale } sind noch veraltet.
    }
locales-confirm-unknown = „{ $id }“ ist keine übersetzte Nachricht in { $lang } mit englischer Vorlage; übersprungen.
locales-check-file = { $file }: fehlend { $missing }, veraltet { $obsolete }, nicht mehr aktuell { $stale }, andere Warnungen { $other }
locales-check-file-new = { $file }: noch nicht begonnen, { $missing ->
    [one] 1 Nachricht
   *[other] { $missing } Nachrichten
} zu übersetzen
locales-check-more = Jede Warnung vollständig: füge --all hinzu; oder wähle mit --file NAME, --code W061 oder --errors-only.
locales-skeleton-pool = Der Name stammt aus der Namensliste „{ $pool }“ in pools.ftl: Passe die Wörter über diese Person an das grammatische Geschlecht dieser Liste an
locales-skeleton-note = Hinweis: { $text }
locales-unknown-here = Hier gibt es einen Ordner locales/{ $lang }, aber dieses redflag kennt „{ $lang }“ nicht: Es kennt seine eingebauten Sprachen und die Pakete, die man ihm gibt. Nutze diesen Ordner als Paket: „redflag --scenarios . locales check { $lang }“; in einer Kopie des Repositorys fügt „cargo build“ ihn dem Programm hinzu.
# In der Statustabelle statt des Prozentwerts: Die Datei hat einen Syntaxfehler (siehe locales check).
locales-broken = defekt

## Dateien auf den neuen Stand bringen (redflag locales update)

locales-updated = { $changed ->
        [0] Keine Datei erneuert
        [one] Eine Datei erneuert
       *[other] { $changed } Dateien erneuert
    }{ $created ->
        [0] {""}
        [one] {" "}und eine neu angelegt
       *[other] {" "}und { $created } neu angelegt
    } in { $dir }: { $added ->
        [0] keine Nachricht ergänzt
        [one] eine Nachricht ergänzt
       *[other] { $added } Nachrichten ergänzt
    }, Kommentare über { $refreshed ->
        [0] keiner Nachricht
        [one] einer Nachricht
       *[other] { $refreshed } Nachrichten
    } erneuert. Keine Übersetzung wurde verändert.
    Weiter: „redflag{ $packs } locales check { $lang }“ zeigt, was noch zu übersetzen ist, und jede veraltete Übersetzung mit ihrem Englisch damals und jetzt.
locales-updated-nothing = In { $dir } gibt es nichts zu erneuern: Jede Datei passt zum Englischen.
locales-update-unreadable = { $path } bleibt, wie sie ist: { $kind ->
        [utf8] Die Datei ist kein UTF-8-Text.
        [not-a-file] Das ist keine gewöhnliche Datei.
        [too-large] Die Datei ist größer ({ $detail } Bytes), als eine Übersetzungsdatei sein darf.
       *[io] { $detail }
    }
