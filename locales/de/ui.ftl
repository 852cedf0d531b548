# Die Oberfläche: die Texte rund um das Gespräch. Englisch ist die Ausgangssprache;
# jede andere Sprache übersetzt diese IDs. Die Spielerin/der Spieler wird geduzt.

# Der Name der Sprache in ihrer eigenen Sprache, für die Sprachauswahl.
language-name = Deutsch

# Steht dort, wo ein Text in keiner Sprache vorhanden ist (ein Fehler im Inhalt, nicht beim Spielen).
missing-text = [Text fehlt]

## Das Gespräch

chat-starts-on = Das Gespräch beginnt auf { $channel }.
chat-moves = Das Gespräch wechselt von { $from } zu { $to }.
# Der eigene Name der spielenden Person im Chat.
chat-you = Du

## Ausgänge und was die spielende Person getan hat

outcome-walked-away = Du bist ausgestiegen
outcome-reported = Du bist ausgestiegen und hast es gemeldet
outcome-hired = Du hast den Auftrag bekommen, und alles blieb sicher
outcome-safe = Du bist sicher geblieben
outcome-compromised = Diesmal hat der Betrug funktioniert
outcome-missed-opportunity = Du hast ein ehrliches Angebot abgelehnt

assessment-spotted = erkannt
assessment-missed = übersehen
assessment-false-alarm = Fehlalarm
assessment-trusted = zu Recht vertraut

perspective-freelancer = Freelancer
perspective-hiring = Auftraggeber
difficulty-easy = leicht
difficulty-medium = mittel
difficulty-hard = schwer

## Die Auswertung

debrief-outcome = Ausgang: { $outcome }
# Die Form „Punkte/Höchstwert“ (zum Beispiel 7/10) muss bleiben.
debrief-score = Punkte: { $points }/{ $max }
debrief-seed = Seed: { $seed } (mit --seed { $seed } spielst du diese Runde noch einmal)
debrief-seed-page = Seed: { $seed } (um diese Runde noch einmal zu spielen, hänge ?seed={ $seed } an die Adresse der Seite an)
debrief-no-flags = In dieser Runde kam kein Warnsignal vor.
debrief-heading = Auswertung
debrief-flags-heading = Die Warnsignale in diesem Gespräch
debrief-quote = Hier: „{ $text }“
debrief-fine-heading = Sah riskant aus, war in Ordnung – und warum
debrief-ahead-heading = Was noch gekommen wäre
debrief-ahead = Du bist früh gegangen, und das war sicher. Wärst du geblieben, { $count ->
    [one] wäre noch ein Warnsignal gekommen
   *[other] wären noch { $count } Warnsignale gekommen
}:
debrief-why = Warum das wichtig ist: { $text }
debrief-instead = Was du stattdessen tun kannst: { $text }
debrief-sources = Quellen: { $text }

## Listen

# Angaben zu einem Szenario in einer Liste.
list-facts = { $perspective }, { $difficulty }, { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}
list-pack = [Paket: { $pack }]
list-empty = Keine Szenarien gefunden.

## Textmodus

plain-title = === { $title } ===
plain-channel = * { $text }
plain-message = [{ $channel }] { $name }: { $text }
plain-notice = [{ $channel }] ({ $kind ->
    [file] Datei
    [warning] Warnung
    [money] Zahlung
    [lock] Konto
   *[other] Hinweis
}) { $text }
plain-feedback = >> { $text }
plain-narration = { $text }
plain-end = === { $outcome } ===
    { $text }
plain-menu-heading = Wähle ein Szenario (gib seine Nummer ein oder q zum Beenden):
plain-bad-input = Bitte gib eine Zahl von 1 bis { $max } ein oder q zum Beenden.

## Probleme beim Spielen

play-unknown-scenario = Es gibt kein Szenario namens „{ $name }“. { $suggestion ->
    [none] Mit „redflag list“ siehst du alle.
   *[other] Meintest du „{ $suggestion }“? Mit „redflag list“ siehst du alle.
}
play-skipped = Warnung: { $location }: { $message }
engine-error = Dieses Szenario kann nicht weiterlaufen: { $reason }. Bitte gib der Autorin oder dem Autor Bescheid (mit „redflag check“).
engine-missing-node = die Geschichte verweist auf „{ $name }“, das es nicht gibt
engine-stuck = die Geschichte dreht sich bei „{ $name }“ im Kreis, ohne eine Frage
engine-no-options = bei „{ $name }“ ist keine Antwort offen
engine-bad-choice = diese Antwort gibt es nicht
engine-ended = die Geschichte ist schon zu Ende
io-error = Lesen oder Schreiben nicht möglich: { $reason }

## Ein Szenario beim Schreiben beobachten (play --watch)

watch-playing = === { $title } (Seed { $seed }; Datei speichern startet neu) ===
watch-reloaded = *** Die Dateien haben sich geändert: Neustart. ***
watch-broken = *** So lässt sich das Szenario nicht spielen: ***
watch-waiting = *** Warte, bis du eine Änderung speicherst (q beendet). ***

## Wie Zahlen und Geldbeträge geschrieben werden, für { GROUPED($n) } und { MONEY($amount) } in jeder Nachricht
number-money = { $amount }{ "\u00A0" }$
lang-unknown = redflag gibt es noch nicht auf „{ $lang }“, daher geht es auf Englisch weiter. Sprachen: { $langs }. Ein Paket kann eine hinzufügen: redflag --scenarios ORDNER --lang { $lang }
