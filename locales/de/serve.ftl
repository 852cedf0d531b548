# `redflag serve`: das Spiel per SSH für einen ganzen Raum. Die Moderation liest den Starttext,
# die Ereigniszeilen und die Live-Ansicht; die Teilnehmenden lesen die Eingabeaufforderung und die
# Meldungen, mit denen eine Sitzung endet. Befehle wie „ssh -p 2222 A7@…“ bleiben, wie sie sind.

## Starttext (im Terminal der Moderation)

serve-start-heading = redflag serve läuft.
serve-start-join = Teilnehmende verbinden sich mit:
serve-start-no-address = Keine Netzwerkadresse gefunden. Auf diesem Computer verbindet man sich mit:
# Steht unter den Befehlen zum Verbinden. A7 ist ein Beispiel für einen Teilnahme-Code.
serve-start-codes = Alle Teilnehmenden nehmen statt A7 ihren eigenen Code; mit „guest“ spielt man, ohne dass Ergebnisse gespeichert werden.
serve-start-code = Raum-Code: { $code }
serve-start-open = Kein Raum-Code (--open): Alle, die diesen Port erreichen, können beitreten.
# $fingerprint sieht aus wie SHA256:… und muss genau so bleiben.
serve-start-fingerprint = Server-Schlüssel: { $fingerprint } (ssh zeigt ihn bei der ersten Verbindung; die Teilnehmenden können ihn vergleichen)
serve-start-key-made = Ein neuer Server-Schlüssel wurde erzeugt und in { $path } abgelegt.
serve-start-key-temporary = Es gibt keinen Datenordner: Dieser Server-Schlüssel gilt nur für diesen Lauf, und ssh warnt beim nächsten Mal vor einem geänderten Schlüssel.
serve-start-stop = Strg-C beendet den Server.

## Fehler beim Start

serve-error-listen = „{ $value }“ ist keine Adresse mit Port. Beispiel: --listen 0.0.0.0:2222
serve-error-code = Ein Raum-Code besteht aus 1 bis 32 Buchstaben, Ziffern, - oder _.
serve-error-bind = Der Server kann nicht auf { $address } lauschen: { $reason }. Benutzt ein anderer Server diesen Port? Versuch mit --listen einen anderen, zum Beispiel 0.0.0.0:2223.
serve-error-key = Der Server-Schlüssel { $path } lässt sich nicht verwenden ({ $reason }). Er bleibt, wie er ist; verschieb ihn an einen anderen Ort und starte neu, damit ein neuer Schlüssel erzeugt wird (ssh warnt die Teilnehmenden dann einmal vor einem geänderten Schlüssel).
serve-error-key-io = Der Server-Schlüssel { $path } lässt sich nicht lesen oder schreiben: { $reason }

## Ereigniszeilen (wenn die Ausgabe kein Terminal ist) und das Protokoll der Live-Ansicht

serve-event-joined = { $who } ist beigetreten (von { $peer })
serve-event-started = { $who } spielt in der Sprache { $lang }
serve-event-started-plain = { $who } spielt in der Sprache { $lang }, im reinen Textmodus
serve-event-playing = { $who } hat { $what ->
    [before] den Check vor dem Workshop
    [after] den Check nach dem Workshop
    [booster] eine Auffrischungsrunde
   *[other] { $what }
} begonnen
serve-event-finished = { $who } hat { $what ->
    [before] den Check vor dem Workshop
    [after] den Check nach dem Workshop
    [booster] eine Auffrischungsrunde
   *[other] { $what }
} beendet: { $points } von { $max }
serve-event-left = { $who } ist gegangen
serve-event-wrong-code = Falscher Raum-Code von { $peer }
serve-event-waits = { $peer } hat { $count }-mal einen falschen Raum-Code eingegeben und muss { $seconds } Sekunden warten
serve-event-full = { $peer } wurde abgewiesen: Der Raum ist voll
serve-event-request = Befehls- oder Weiterleitungsanfrage von { $peer } abgelehnt (der Server führt nur das Spiel aus)
serve-event-too-many = Verbindung von { $peer } abgewiesen: Zu viele warten gerade auf die Anmeldung
serve-event-crashed = Die Sitzung von { $who } wurde nach einem Fehler beendet ({ $message }); alle anderen spielen weiter.

## Die Live-Ansicht

serve-live-title = redflag serve: { $count ->
    [one] 1 Sitzung
   *[other] { $count } Sitzungen
}
serve-live-empty = Noch ist niemand beigetreten.
serve-live-col-who = Code
serve-live-col-lang = Sprache
serve-live-col-doing = Gerade
serve-live-col-done = Fertig
serve-live-col-last = Letztes Ergebnis
serve-live-plain = Text
serve-live-group = Gruppe: Teilnehmende { $participants }, beendete Runden { $runs } · erkannte Warnsignale { $spotted } von { $flags } · Fehlalarme { $alarms } von { $honest }
serve-live-before-after = Vorher-nachher-Check: vorher { $before } % richtig, nachher { $after } %
serve-live-stop = Strg-C beendet den Server; alle bekommen eine Verabschiedung, und die Ergebnisse beendeter Runden bleiben erhalten.
serve-screen-languages = wählt eine Sprache
serve-screen-start = auf dem Startbildschirm
serve-screen-chat = spielt { $what } ({ $step ->
    [one] 1 Antwort
   *[other] { $step } Antworten
})
serve-screen-debrief = liest die Auswertung von { $what }
serve-screen-handbook = im Handbuch
serve-screen-results = sieht sich die eigenen Ergebnisse an
# $what ist before, after oder booster.
serve-screen-quiz = { $what ->
    [before] im Check vor dem Workshop
    [after] im Check nach dem Workshop
    [booster] in der Auffrischungsrunde
   *[other] im Check { $what }
} ({ $step } beantwortet)
serve-screen-involved = liest „Schon betroffen?“

## Was die Teilnehmenden sehen

# Die Eingabeaufforderung von ssh für den Raum-Code, bevor das Spiel beginnt.
serve-prompt-code = Raum-Code:
serve-room-full = Der Raum ist gerade voll. Bitte warte eine Minute und verbinde dich dann neu, oder frag die Moderation.
serve-not-a-code = „{ $name }“ ist kein Teilnahme-Code. Verbinde dich mit dem Code, den du von der Moderation bekommen hast (Buchstaben, Ziffern, - oder _), zum Beispiel ssh -p 2222 A7@…, oder als guest, um zu spielen, ohne dass Ergebnisse gespeichert werden.
serve-goodbye = Danke fürs Spielen.
serve-idle = Diese Sitzung wurde nach { $minutes } Minuten ohne Tastendruck beendet. Verbinde dich neu, um weiterzumachen.
serve-shutdown = Die Moderation hat das Spiel beendet. Danke fürs Spielen.
# Wird bei Teilnehmenden mit Code (nicht bei guest) an die drei Meldungen oben angehängt.
serve-saved = Deine beendeten Spiele sind unter deinem Code gespeichert.
