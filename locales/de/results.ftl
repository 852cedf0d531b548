# Workshop-Ergebnisse: die Ergebnisdatei, `redflag results` und seine Tabellen.

results-file-corrupt = Die Ergebnisdatei { $path } lässt sich nicht lesen ({ $reason }). Sie bleibt genau so, wie sie ist. Bis sie repariert oder verschoben ist, werden keine Ergebnisse gespeichert; spielen kannst du trotzdem.
results-file-foreign = Die Datei { $path } ist keine Ergebnisdatei, die diese Version von redflag schreiben kann ({ $reason }). Sie bleibt genau so, wie sie ist. Bis sie repariert oder verschoben ist, werden keine Ergebnisse gespeichert; spielen kannst du trotzdem.
results-file-io = Die Ergebnisdatei { $path } ließ sich nicht verwenden: { $reason }. Dieses Ergebnis wird nicht gespeichert.
results-why-not-a-file = es ist keine normale Datei (eine Pipe, ein Gerät oder ein Ordner)
results-why-no-format = sie gibt nicht an, dass sie redflag-Ergebnisse enthält
results-why-format = sie gibt an, „{ $format }“ zu enthalten, keine redflag-Ergebnisse
results-why-newer = sie wurde in Version { $version } des Ergebnisformats geschrieben; dieses redflag schreibt Version { $supported }
results-bad-participant = „{ $code }“ kann kein Teilnahme-Code sein. Nimm 1 bis 32 Buchstaben, Ziffern, - oder _, zum Beispiel B7 oder gruppe2-14. Niemals einen Namen.
results-no-data-dir = Auf diesem System gibt es keinen Datenordner für Ergebnisse (setze XDG_DATA_HOME).
results-empty = Noch keine Ergebnisse in { $path }.
results-empty-kept = In diesem Browser gibt es noch keine Ergebnisse. Spiel ein Szenario bis zur Auswertung, dann wird es hier gespeichert.
results-heading = Ergebnisse in { $path }

results-overview = Überblick
results-flags = Warnsignale
results-scenarios = Szenarien
results-discernment = Betrug von ehrlichen Angeboten unterscheiden

results-col-records = Einträge
results-col-participants = Teilnahme-Codes
results-col-flag = Warnsignal
results-col-met = begegnet
results-col-spotted = erkannt
results-col-missed = übersehen
results-col-false_alarms = Fehlalarme
results-col-spot_rate = Erkennungsrate
results-col-scenario = Szenario
results-col-runs = Runden
results-col-best = beste
results-col-last = letzte
results-col-mean = Ø Punkte
results-col-safe = sichere Enden
results-col-measure = wo
results-col-n = Antworten
results-col-hit_rate = Treffer
results-col-false_alarm_rate = Fehlalarme
results-col-discernment = Unterscheidung
results-col-right = richtig %
results-col-certainty = sicher %
results-col-calibration_gap = Kalibrierung

results-col-d_prime = d′
results-col-bias = c
results-col-auc = AUC
results-participants = Der Vorher-nachher-Check pro Teilnahme-Code
results-col-participant = Teilnahme
results-col-d_prime_before = d′ vorher
results-col-d_prime_after = d′ nachher
results-col-bias_before = c vorher
results-col-bias_after = c nachher
results-col-auc_before = AUC vorher
results-col-auc_after = AUC nachher

results-row-play = im Spiel
results-row-before = Check vorher
results-row-after = Check nachher
results-row-booster = Auffrischungen
results-row-change = Veränderung (nachher − vorher)

results-note =
    Unterscheidung: Anteil der Betrugsnachrichten, die als Betrug erkannt wurden, minus Anteil der ehrlichen Nachrichten, die für Betrug gehalten wurden, in Prozentpunkten (höher ist besser; wer alles verdächtigt, kommt auf 0).
    Sicher %: Sicherheit 1 bis 5 gelesen als 50 % bis 100 %. Kalibrierung: sicher % minus richtig % (0 ist ideal; über 0 heißt zu selbstsicher).
    d′ (Trennschärfe): wie gut Betrug von ehrlichen Angeboten unterschieden wird, unabhängig von einer Neigung (0 ist Raten; höher ist besser). c (Neigung): unter 0 neigt dazu, Betrug zu sagen, über 0 dazu, ehrlich zu sagen; ein Workshop, der nur Misstrauen weckt, verschiebt c, nicht d′.
    AUC: aus den Urteilen und ihrer Sicherheit die Wahrscheinlichkeit, dass Betrug als betrügerischer eingestuft wird als eine ehrliche Nachricht (0,5 ist Zufall, 1 ist perfekt).

results-forget-confirm = Alle { $count } Einträge in { $path } löschen? Das lässt sich nicht rückgängig machen.
results-forget-yes = Löschen
results-forget-no = Behalten
results-forget-kept = Es wurde nichts gelöscht.
results-forgotten = { $count ->
    [one] 1 Eintrag gelöscht.
   *[other] { $count } Einträge gelöscht.
}
results-unknown-ids = { $count ->
    [one] Diese Ergebnisse nennen eine Kennung, die dieses redflag nicht kennt ({ $ids }): Sie wurde mit einem Paket gespielt. Gib dasselbe Paket vor dem Befehl an (redflag --scenarios ORDNER …), um ihren Namen zu sehen; bis dahin steht dort die Kennung.
   *[other] Diese Ergebnisse nennen { $count } Kennungen, die dieses redflag nicht kennt ({ $ids }): Sie wurden mit einem Paket gespielt. Gib dieselben Pakete vor dem Befehl an (redflag --scenarios ORDNER …), um ihre Namen zu sehen; bis dahin stehen dort die Kennungen.
}
