# Die Webseite: ihre Schaltflächen, Beschriftungen und Hinweise. Die Bildschirme des Spiels
# nutzen dieselben Texte wie das Spiel im Terminal.

web-title = redflag: Jobangebote erkennen, die deine Identität mieten wollen
web-noscript = Dieses Spiel braucht JavaScript und WebAssembly. Es läuft ganz in deinem Browser: Nichts, was du hier tust, wird irgendwohin gesendet.
web-load-failed = Das Spiel konnte in diesem Browser nicht starten. Browser führen es nicht aus einer Datei auf diesem Computer aus: Öffne den Link, den du bekommen hast, oder stelle den Ordner mit einem Webserver bereit (zum Beispiel python3 -m http.server -d web/dist). Sehr alte Browser können es gar nicht ausführen.
web-loading = Das Spiel wird geladen …
web-pack-zip = Szenario-Paket laden (.zip)
web-pack-folder = Paket-Ordner laden
web-export = Meine Ergebnisse exportieren
web-plain-on = Textmodus für Screenreader
web-keys = Tasten
web-key-up = Nach oben
web-key-down = Nach unten
web-key-enter = Enter: auswählen oder weiter
web-key-space = Leertaste: die nächsten Nachrichten zeigen
web-key-esc = Esc: zurück
web-key-help = Hilfe
web-key-lang = Sprache
web-key-settings = Einstellungen
web-screen-text = Der Bildschirm des Spiels als Text
web-plain-heading = Wähle ein Szenario:
web-plain-grid = Zurück zum Spielbildschirm
web-plain-list = Zurück zur Liste der Szenarien
web-storage-off = Dieser Browser erlaubt der Seite nicht, etwas zu speichern. Deine Einstellungen und Ergebnisse bleiben nur, bis du diesen Tab schließt.
web-state-unreadable = Deine gespeicherten Einstellungen in diesem Browser ließen sich nicht lesen ({ $reason }). Sie bleiben, wie sie sind, und werden nicht verändert.
web-results-unreadable = Deine Ergebnisse in diesem Browser ließen sich nicht lesen ({ $reason }). Sie bleiben, wie sie sind; neue Ergebnisse werden nicht gespeichert.
web-results-unwritable = Dieses Ergebnis ließ sich im Browser nicht speichern: { $reason }
web-pack-loaded = Paket { $name }: { $scenarios ->
    [one] 1 Szenario zum Spielen
   *[other] { $scenarios } Szenarien zum Spielen
    } ({ $errors ->
    [0] keine Fehler
    [one] 1 Fehler
   *[other] { $errors } Fehler
    }, { $warnings ->
    [0] keine Warnungen
    [one] 1 Warnung
   *[other] { $warnings } Warnungen
    }; siehe die Liste unter dem Spiel).
web-pack-report = Probleme in { $name }: { $count }
