# Der Vorher-Nachher-Check, Auffrischungsrunden und die Zusammenfassung für die Moderation.

quiz-heading-before = Check vor dem Workshop: { $count } Nachrichten
quiz-heading-after = Check nach dem Workshop: { $count } Nachrichten
quiz-heading-booster = Auffrischungsrunde: { $count } Nachrichten
quiz-intro = Zu jeder Nachricht: Ist sie Betrug oder seriös, und wie sicher bist du dir? Manche sind ehrlich. Tipp die Nummer ein und drück Enter; q beendet.
quiz-item = [{ $index }/{ $count }] { $channel } · { $name }:
quiz-verdict-question = Betrug oder seriös?
quiz-verdict-scam = Betrug
quiz-verdict-legitimate = Seriös
quiz-confidence-question = Wie sicher bist du dir?
quiz-confidence-1 = 1 – nur geraten
quiz-confidence-2 = 2 – eher unsicher
quiz-confidence-3 = 3 – ziemlich sicher
quiz-confidence-4 = 4 – sehr sicher
quiz-confidence-5 = 5 – ganz sicher
quiz-feedback-right = Richtig: { $answer }. { $why }
quiz-feedback-wrong = Diesmal nicht: Es ist { $answer }. { $why }
quiz-done = Fertig: { $right } von { $count } richtig. Danke!
quiz-no-items = Es gibt keine Check-Nachrichten (data/quiz.ron).

booster-offer = Schon { $days } Tage her: Eine kurze Auffrischungsrunde hält das Gelernte frisch. Starte sie mit: redflag booster
booster-nothing = Gerade gibt es nichts zu üben.
booster-flags = Du übst: { $flags }

workshop-heading = Workshop-Zusammenfassung ({ $files ->
    [one] 1 Datei
   *[other] { $files } Dateien
})
workshop-file-skipped = { $path } übersprungen: { $reason }
workshop-why-too-large = sie ist { $size } Byte groß; gelesen werden höchstens { $limit }
workshop-why-csv-columns = ihr fehlen Spalten eines CSV-Exports von redflag: { $columns }
workshop-why-csv-value = Zeile { $line }: „{ $value }“ kann kein Wert der Spalte { $column } sein
workshop-no-files = Keine der Dateien ließ sich als exportierte redflag-Ergebnisse lesen.

# Die Ergebnis- und Check-Bildschirme der Terminal-Oberfläche.
tui-results-heading = Deine Ergebnisse
tui-results-keys = Auf/Ab blättern   Bild auf/ab seitenweise   Links/Rechts Spalten   Esc zurück
tui-quiz-heading = Betrug oder seriös? Der Check
tui-quiz-keys = Pfeile wählen   Eingabe bestätigen   1-5 antworten   Esc verlassen ohne Speichern
tui-quiz-stage-question = Wann machst du den Check?
tui-quiz-stage-before = Vor dem Workshop
tui-quiz-stage-after = Nach dem Workshop
tui-quiz-stage-booster = Auffrischungsrunde (die Warnsignale zum Üben)
tui-quiz-next = Weiter
tui-quiz-back = Zurück zur Liste
