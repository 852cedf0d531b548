# Meldungen von „redflag check“, für Autorinnen und Autoren von Szenarien und für Übersetzende.
# Jeder Code hat eine Meldung (diag-<code>) und kann einen Tipp haben (diag-<code>-hint).

check-error = Fehler
check-warning = Warnung
check-stale-was = Englisch damals
check-stale-now = Englisch jetzt
check-stale-not-kept = (nicht aufbewahrt: bestätigt, bevor redflag den englischen Text aufbewahrt hat)
check-hint = Tipp: { $hint }
check-summary = { $errors ->
    [one] 1 Fehler
   *[other] { $errors } Fehler
}, { $warnings ->
    [one] 1 Warnung
   *[other] { $warnings } Warnungen
}
diag-suggest = meintest du „{ $suggestion }“?

## Dateien

diag-e001 = das ist kein Ordner
diag-e001-hint = gib einen Ordner an, der scenarios/ und locales/ enthält
diag-e002 = diese Datei kann nicht gelesen werden: { $reason }
diag-e007 = das ist keine normale Datei (eine Pipe, ein Gerät oder ein Ordner) und wird deshalb nicht gelesen
diag-e007-hint = Inhaltsdateien sind normale Dateien; entferne sie oder ersetze den Link durch die Datei selbst
diag-e009 = diese Datei ist ein Link auf etwas außerhalb des Pakets und wird deshalb nicht gelesen
diag-e009-hint = lege die Datei selbst ins Paket statt eines Links
diag-e003 = diese Datei ist zu groß ({ $size } Bytes; die Grenze liegt bei { $limit })
diag-e003-hint = eine Szenario- oder Sprachdatei hat ein paar Kilobyte; prüfe, ob das die richtige Datei ist
diag-e016 = dieses Paket ist größer, als eine Seite liest ({ $files } Dateien, { $size } Bytes; höchstens { $max_files } Dateien und { $max_size } Bytes), deshalb wird der Rest nicht gelesen
diag-e016-hint = ein Paket besteht aus einigen hundert kleinen Dateien; prüfe, ob das der richtige Ordner oder das richtige Archiv ist
diag-e004 = diese Datei ist kein gültiger UTF-8-Text
diag-e004-hint = speichere die Datei in deinem Editor als UTF-8
diag-e005 = dieser Ordner kann nicht gelesen werden: { $reason }
diag-e005-hint = scenarios/, locales/ und data/ sind in einem Paket Ordner, die das Spiel lesen kann; prüfe den Namen und die Zugriffsrechte
diag-w005 = dieser Ordner enthält keine Szenarien, Sprach- oder Datendateien
diag-w005-hint = ein Paket enthält scenarios/<id>.ron und locales/<lang>/<id>.ftl
diag-w006 = das Spiel liest das nicht: es liegt nicht dort, wo eine Szenario-, Sprach- oder Datendatei hingehört
diag-w006-hint = Szenariodateien enden auf .ron und liegen in scenarios/; Sprachdateien enden auf .ftl und liegen in locales/<Sprache>/; alles andere gehört auf die oberste Ebene des Pakets
diag-e006 = unklar, was für eine Datei das ist
diag-e006-hint = Szenario-Dateien enden auf .ron und liegen in scenarios/; Sprachdateien enden auf .ftl und liegen in locales/<lang>/
diag-e008 = der Parser ist bei dieser Datei unerwartet abgebrochen; das ist ein Fehler in redflag, bitte melde ihn

## RON-Syntax und Felder

# $kind benennt den Fehler, den der RON-Parser gefunden hat; $reason sind die Worte des Parsers selbst (englisch),
# als Detail beibehalten. $char ist das Zeichen, das nicht hierhin gehört (für die Art „char“).
diag-e010 = das ist kein gültiges RON: { $kind ->
    [eof] die Datei endet zu früh: eine Klammer oder ein Anführungszeichen ist nicht geschlossen
    [comma] zwischen zwei Einträgen fehlt ein Komma
    [array-end] eine Liste ist nicht mit „]“ geschlossen
    [map-end] eine Map ist nicht mit „{ "}" }“ geschlossen
    [struct-end] eine „(“ ist nicht mit „)“ geschlossen
    [colon] nach einem Namen fehlt ein „:“
    [string] hier wird ein Text in doppelten Anführungszeichen erwartet
    [string-end] ein Text ist nicht mit einem doppelten Anführungszeichen geschlossen
    [identifier] hier wird ein Feldname erwartet
    [number] hier wird eine Zahl erwartet
    [boolean] hier wird true oder false erwartet
    [array] hier wird eine Liste in [ ] erwartet
    [map] hier wird eine Map in { "{" } { "}" } erwartet
    [struct] hier wird ein Wert wie Name(…) erwartet
    [trailing] nach dem Ende des Dateiinhalts steht noch weiterer Text
    [char] das Zeichen „{ $char }“ gehört nicht hierhin
    [comment] ein Kommentar ist nicht geschlossen
    [escape] ein „\“ in einem Text leitet eine ungültige Escape-Sequenz ein
    [too-big] diese Zahl ist zu groß
   *[other] { $reason }
}
diag-e010-hint = suche direkt vor dieser Stelle nach einem fehlenden Komma, einer fehlenden Klammer oder einem fehlenden Anführungszeichen (der Parser meldete: { $reason })
diag-e011 = unbekanntes Feld „{ $found }“
diag-e011-hint = erlaubt sind hier die Felder { $expected }
diag-e012 = das Feld „{ $field }“ fehlt
diag-e012-hint = füge { $field }: … innerhalb von { $outer } ein
diag-e013 = unbekannte Art „{ $found }“
diag-e013-hint = erlaubt sind hier die Arten { $expected }
diag-e014 = das Feld „{ $field }“ ist doppelt angegeben
diag-e014-hint = behalte nur eines davon
diag-e015 = die Datei ist tiefer als { $limit } Ebenen verschachtelt
diag-e015-hint = ein Szenario braucht nie so tiefe Verschachtelung; suche nach nicht geschlossenen Klammern

## Szenarien

diag-e020 = „{ $name }“ ist keine gültige ID
diag-e020-hint = verwende Kleinbuchstaben, Ziffern und einzelne Bindestriche, beginnend mit einem Buchstaben (zum Beispiel „ask-id-2“)
diag-e021 = die Szenario-ID „{ $name }“ passt nicht zum Dateinamen „{ $file }“
diag-e021-hint = benenne die Datei in { $name }.ron um oder ändere die ID
diag-e022 = das Szenario nennt keine Kanäle
diag-e022-hint = füge channels: ["upwork"] hinzu, mit dem Kanal zuerst, auf dem der Chat beginnt
diag-e023 = unbekannter Kanal „{ $name }“
diag-e023-hint = Kanäle sind in data/channels.ron festgelegt
diag-e024 = „{ $name }“ ist doppelt festgelegt
diag-e024-hint = jede ID muss eindeutig sein; benenne eine davon um
diag-e025 = „{ $name }“ ist kein gültiger Variablenname
diag-e025-hint = verwende Buchstaben, Ziffern, „-“ und „_“, beginnend mit einem Buchstaben
diag-e026 = für die Variable „{ $name }“ gibt es nichts zum Ziehen
diag-e026-hint = ein Amount braucht min ≤ max und einen step über 0; ein Pick braucht mindestens einen Eintrag
diag-e028 = der Betrag „{ $name }“ ist zu groß zum Ziehen
diag-e028-hint = halte min und max zwischen -{ $limit } und { $limit }
diag-e027 = das Szenario hat keine Knoten
diag-e027-hint = füge nodes: [ … ] mit mindestens einer Message und einem Ending hinzu
diag-e030 = es gibt keinen Knoten „{ $name }“
diag-e030-hint = verweise auf die ID eines Knotens in diesem Szenario
diag-w031 = der Zustand „{ $name }“ wird hier abgefragt, aber keine Antwort setzt ihn
diag-w031-hint = füge sets: ["{ $name }"] zu der Antwort hinzu, die ihn setzen soll
diag-e032 = „{ $name }“ ist der letzte Knoten und sagt nicht, wohin es weitergeht
diag-e032-hint = füge next: "…" hinzu oder beende das Szenario mit einem Ending
diag-e033 = „{ $name }“ gehört nicht zur Besetzung
diag-e033-hint = füge den Namen zu cast: [ … ] hinzu
diag-e034 = der Chat kann nicht zu „{ $name }“ wechseln: das Szenario nennt diesen Kanal nicht
diag-e034-hint = füge den Kanal zu channels: [ … ] hinzu
diag-e035 = „{ $name }“ bietet keinen Weg weiter
diag-e035-hint = gib mindestens zwei Optionen an
diag-w036 = die Auswahl „{ $name }“ hat nur eine Option
diag-w036-hint = eine Auswahl mit nur einer Antwort ist keine Auswahl; füge eine weitere hinzu oder verwende eine Message
diag-e037 = unbekanntes Warnsignal „{ $name }“
diag-e037-hint = Warnsignale sind in data/redflags.ron festgelegt
diag-w039 = die Antwort „{ $name }“ bewertet kein Warnsignal
diag-w039-hint = in einem Betrug sollte jede Antwort angeben, welches Warnsignal sie erkannt oder übersehen hat
diag-e043 = die Geschichte kann bei „{ $name }“ im Kreis laufen, ohne dass eine Frage sie anhält
diag-e043-hint = führ die Schleife über eine Choice oder ein Ending, oder lass ein `next` woandershin zeigen
diag-e044 = auf einem Weg zur Frage „{ $name }“ ist jede Antwort durch ihre Zustandsflags verborgen: die Geschichte bleibt dort stehen
diag-e044-hint = prüfe requires und unless ihrer Antworten gegen die Flags, die auf dem Weg gesetzt werden; lass eine Antwort, die immer gezeigt wird
diag-e040 = vom Start aus ist kein Ending erreichbar
diag-e040-hint = füge ein Ending(id: "…", outcome: …) hinzu und führe dorthin
diag-w041 = der Knoten „{ $name }“ ist nie erreichbar
diag-w041-hint = lass ein next, goto, then oder else darauf zeigen oder entferne ihn
diag-e042 = von „{ $name }“ aus ist kein Ending erreichbar
diag-e042-hint = die Geschichte dreht sich hier im Kreis oder bricht ab; gib ihr einen Weg zu einem Ending
diag-e053 = das Szenario „{ $name }“ gibt es schon in { $other }
diag-e053-hint = ein Paket kann kein Szenario ersetzen; gib deinem eine neue ID

## Sprachdateien

diag-w050 = eine Nachricht in dieser Sprachdatei hat einen Syntaxfehler und erscheint deshalb auf Englisch (der Rest der Datei wird verwendet): { $reason }
diag-e051 = die Meldung „{ $name }“ ist doppelt festgelegt
diag-e051-hint = behalte nur eine davon
diag-w052 = ein Paket kann das eingebaute „{ $name }“ nicht ersetzen; die Fassung des Pakets wird ignoriert
diag-w052-hint = gib der Meldung oder Festlegung des Pakets eine neue ID
diag-e055 = Fluent-Syntaxfehler: { $reason }
# $kind benennt den Fluent-Syntaxfehler; der Tipp für jede Art sagt, wie man ihn behebt.
diag-e055-hint = { $kind ->
    [brace] ein Platzhalter ist nicht geschlossen: zu jedem „{ "{" }“ gehört ein „{ "}" }“
    [closing-brace] dieses „{ "}" }“ schließt nichts: entferne es oder schreib eine Klammer als Text in Anführungszeichen, { "{" } "{ "}" }" { "}" }
    [empty] die Nachricht hat keinen Text nach „=“: schreib die Übersetzung oder setz ein # vor die Zeile, um sie für später aufzuheben
    [equals] eine Nachricht wird „id = Text“ geschrieben: das „=“ fehlt
    [default-variant] ein Selektor braucht eine Standardvariante, markiert mit *, etwa *[other]
    [default-variants] ein Selektor hat mehr als eine Standardvariante (*): behalte eine
    [string] ein Text in Anführungszeichen in einem Platzhalter ist nicht mit einem doppelten Anführungszeichen geschlossen
    [placeable] ein Platzhalter ist leer oder unverständlich: er enthält eine Variable ($name), einen Text in Anführungszeichen oder eine Funktion
    [escape] eine Escape-Sequenz in einem Text in Anführungszeichen ist ungültig: schreib sie als \u gefolgt von vier Hexadezimalziffern
   *[other] eine Nachricht sieht aus wie „id = Text“; Folgezeilen sind eingerückt
}
diag-w056 = im Text steht ein Steuerzeichen ({ $char }); es wird nicht angezeigt
diag-w056-hint = entferne es; es könnte ein Terminal durcheinanderbringen
diag-e060 = der englische Text „{ $id }“ fehlt
diag-e060-hint = füge „{ $id } = …“ in die Datei des Szenarios in locales/en/ ein
diag-w061 = „{ $id }“ ist für { $lang } noch nicht übersetzt; stattdessen wird Englisch angezeigt
diag-w061-hint = { $typo ->
    [none] füge hier „{ $id } = …“ ein; das Englische: { $english }
   *[other] „{ $typo }“ in dieser Datei sieht nach einem Tippfehler dafür aus: benenne es in „{ $id }“ um
}
diag-w062 = die Meldung „{ $id }“ wird nicht mehr verwendet
diag-w062-hint = { $meant ->
    [none] entferne sie oder prüfe, ob sich die Kennungen des Szenarios geändert haben
   *[other] meintest du „{ $meant }“? Diese Nachricht fehlt: benenne diese hier um und behalte deine Übersetzung
}
diag-e063 = die Meldung „{ $id }“ kann nicht angezeigt werden: { $reason }
diag-e063-hint = nur die Variablen des Szenarios können verwendet werden
diag-w063 = die Meldung „{ $id }“ kann nicht angezeigt werden: { $reason }
diag-w063-hint = prüfe die Funktionen, die sie aufruft (es gibt nur MONEY und GROUPED), und die Nachrichten, auf die sie verweist
diag-e064 = die Nachricht „{ $id }“ verwendet die Variable „{ $name }“, die das Szenario nicht bereitstellt
diag-e064-hint = die Variablen des Szenarios stehen unter vars: in seiner .ron-Datei
diag-e069 = die Nachricht „{ $id }“ verwendet die Variable „{ $name }“, die die englische Nachricht nicht hat
diag-e069-hint = verwende dieselben Variablen wie die englische Nachricht
diag-w065 = die Nachricht „{ $id }“ lässt die Variable „{ $name }“ weg, die die englische Nachricht zeigt
diag-w065-hint = behalte „{ $name }“ in der Übersetzung, außer die Sprache hat wirklich keinen Platz dafür
diag-w066 = die Nachricht „{ $id }“ wählt nach der Zahl „{ $name }“, hat aber keine Form für: { $missing }
diag-w066-hint = ergänze eine Variante für jede dieser Pluralkategorien der Sprache

## Testdurchläufe (check --walks, --exhaustive)

check-coverage = { $scenario }: Abdeckung: { $reached }/{ $total } Knoten erreicht
check-unreached = nie erreicht: { $nodes }
check-options-taken = gewählte Optionen: { $taken }/{ $total }
check-states = erkundete Zustände: { $states }
diag-e070 = ein Durchlauf (Seed { $seed }, { $lang }) zeigt eine Nachricht, die sich nicht formatieren lässt: { $reason }
diag-e070-hint = der Weg war: { $path }. Nachspielen mit „redflag --lang { $lang }{ $packs } play { $scenario } --seed { $seed }“.
diag-e071 = ein Durchlauf (Seed { $seed }, { $lang }) bricht ab, bevor er ein Ende erreicht
diag-e071-hint = der Weg war: { $path }
diag-e072 = von „{ $name }“ aus ist mit den unterwegs gesetzten Zustandsmarken kein Ende erreichbar
diag-e072-hint = der Weg war: { $path }. Gib diesem Teil der Geschichte einen Weg zu einem Ende.
diag-e073 = bei „{ $name }“ ist keine Option offen: Jede verlangt eine Zustandsmarke, die fehlt, oder wird durch eine ausgeschlossen
diag-e073-hint = der Weg war: { $path }. Ergänze eine Option ohne requires: oder unless:.
diag-w074 = der vollständige Testdurchlauf hat nach { $limit } Zuständen aufgehört; der Rest wurde nicht erkundet
diag-w074-hint = erhöhe die Grenze mit --max-states oder vereinfache die Zustandsmarken
diag-w075 = „{ $contact }“ ist kein angegebener Kontakt dieses Pakets
diag-w075-hint = ein gefälschter „hier melden“-Link ist selbst ein Betrug: Führe jede echte Adresse und Nummer in data/pack.ron des Pakets auf (contacts: [...]), damit jemand sie einzeln prüfen kann
diag-e057 = diese Datei verschachtelt Platzhalter tiefer als { $limit } Ebenen und lässt sich nicht lesen
diag-e057-hint = suche nach nicht geschlossenen „{"{"}“-Klammern
diag-w057 = diese Sprachdatei verschachtelt Platzhalter tiefer als { $limit } Ebenen und wird ausgelassen
diag-w058 = { $kind ->
    [hint] ein Tastenhinweis von „{ $id }“ in { $lang } ist { $width } Spalten breit; die Bildschirme zeigen jeden Hinweis in einer Zeile von { $limit }
   *[line] „{ $id }“ in { $lang } ist { $width } Spalten breit; die Bildschirme zeigen es in einer Zeile von { $limit }, das Ende wird abgeschnitten
}
diag-w058-hint = { $kind ->
    [hint] kürze diesen Hinweis (lass drei Leerzeichen zwischen den Hinweisen: nur dort wird umgebrochen)
   *[line] kürze es auf höchstens { $limit } Spalten, so gezählt, wie es angezeigt wird (eine Variable als ihr Wert); `redflag screens --size 40x12` zeigt, wo es steht
}

diag-w067 = der englische Text von „{ $id }“ hat sich geändert, nachdem er in { $lang } übersetzt wurde; die Übersetzung ist vielleicht veraltet
diag-w067-hint = vergleiche sie mit dem Englischen und passe sie bei Bedarf an; dann führ „redflag{ $packs } locales confirm { $lang } { $id }“ aus

## Die Hinweis-Prüfung: Antworten, die sich an Äußerlichkeiten verraten (siehe docs/authoring.md)

diag-w080 = in { $set ->
        [built-in] den eingebauten Szenarien
       *[other] dem Paket „{ $set }“
    } ist die längste Antwort in { $value } % der Entscheidungen mit richtiger und falscher Antwort eine richtige (höchstens { $high } %)
diag-w080-hint = Spielende lernen so, die längste Antwort zu wählen, statt die Bitte zu lesen: Schreib zustimmende und übervorsichtige Antworten mit derselben Sorgfalt und Länge (höchster Anteil: „{ $worst }“)
diag-w094 = in { $set ->
        [built-in] den eingebauten Szenarien
       *[other] dem Paket „{ $set }“
    } liegt eine Faustregel zur Antwortlänge (etwa „nimm die kürzeste“ oder „meide die längste“) um { $value } Punkte öfter richtig als Raten (höchstens { $high })
diag-w094-hint = die Länge darf nichts über die Antwort verraten: gib den meisten Entscheidungen eine richtige und zwei falsche Antworten, und mach die richtige etwa gleich oft zur längsten, mittleren und kürzesten (am schlimmsten: „{ $worst }“)
diag-w081 = in { $set ->
        [built-in] den eingebauten Szenarien
       *[other] dem Paket „{ $set }“
    } sind richtige Antworten im Schnitt { $value }-mal so lang wie falsche (erlaubt: { $low } bis { $high })
diag-w081-hint = mach richtige und falsche Antworten etwa gleich lang (am weitesten daneben: „{ $worst }“)
diag-w082 = in { $set ->
        [built-in] den eingebauten Szenarien
       *[other] dem Paket „{ $set }“
    } beginnen Nachrichten der Gegenseite bei einer Art Angebot um { $value } Punkte häufiger klein als bei der anderen (höchstens { $high })
diag-w082-hint = Stil ist kein Warnsignal: Viele Betrüger schreiben geschliffen, viele ehrliche Kunden locker oder in einer Zweitsprache; gib beiden Arten beide Tonlagen (am einseitigsten: „{ $worst }“)
diag-w083 = in { $set ->
        [built-in] den eingebauten Szenarien
       *[other] dem Paket „{ $set }“
    } enthalten Nachrichten der Gegenseite bei einer Art Angebot um { $value } Punkte häufiger Emojis als bei der anderen (höchstens { $high })
diag-w083-hint = gib Betrug und ehrlichen Angeboten dieselbe Mischung an Emojis (am einseitigsten: „{ $worst }“)
diag-w084 = in { $set ->
        [built-in] den eingebauten Szenarien
       *[other] dem Paket „{ $set }“
    } unterscheiden sich Betrug und ehrliche Angebote um { $value } in der mittleren Zahl der Antworten pro Entscheidung (höchstens { $high })
diag-w084-hint = gib Entscheidungen in beiden Arten von Angebot gleich viele Antworten
diag-w085 = in { $set ->
        [built-in] den eingebauten Szenarien
       *[other] dem Paket „{ $set }“
    } sind Entscheidungen mit fest platzierter Antwort bei einer Art Angebot um { $value } Punkte häufiger als bei der anderen (höchstens { $high })
diag-w085-hint = ein fest platziertes „Ich bin raus“, das nur ehrliche Angebote haben, verrät die Art des Angebots; platziere in beiden Arten fest oder in keiner (am einseitigsten: „{ $worst }“)
diag-w086 = Titel oder Zusammenfassung von „{ $name }“ setzen Wörter in Anführungszeichen
diag-w086-hint = Anführungszeichen sagen den Spielenden, was sie denken sollen; beschreib den Auftrag so, wie er in einer Liste erscheinen würde
diag-w087 = in { $set ->
        [built-in] den eingebauten Szenarien
       *[other] dem Paket „{ $set }“
    } sind { $value } % der Szenarien auf der { $side ->
    [hiring] Seite der Einstellenden
   *[other] Seite der Freelancer
} ehrliche Angebote (mindestens { $low } %)
diag-w087-hint = füge ehrliche Angebote mit derselben Oberfläche wie die Betrugsfälle hinzu, damit Spielende unterscheiden lernen statt allem zu misstrauen
diag-w088 = „{ $name }“ enthält keine harmlose Bitte: keine Antwort ist als trusted oder false_alarm bewertet
diag-w088-hint = füge eine Bitte hinzu, die riskant aussieht und in Ordnung ist (ein Gespräch auf der Plattform, ein Link zum Portfolio), damit auch Überreaktion einen Punkt kostet
diag-w089 = das ehrliche Angebot „{ $name }“ enthält keine Bitte zum Ablehnen: keine Antwort ist als spotted oder missed bewertet
diag-w089-hint = füge eine schlechte Bitte hinzu, die man ablehnt und trotzdem den Auftrag behält (etwa ein Bonus außerhalb der Plattform), bewertet als spotted oder missed

## Der Vorher-nachher-Check als Messung (data/quiz.ron)

diag-w090 = das Quiz-Paar „{ $name }“ hat { $count } Einträge; ein Paar hat zwei
diag-w090-hint = gib jedem Paar einen Betrug und seinen ehrlichen Zwilling: dieselbe Oberfläche, ein entscheidender Unterschied
diag-w091 = beide Einträge des Quiz-Paars „{ $name }“ haben dieselbe Antwort
diag-w091-hint = ein Paar enthält einen Betrug (scam: true) und einen ehrlichen Eintrag (scam: false)
diag-w092 = die beiden Einträge des Quiz-Paars „{ $name }“ unterscheiden sich in Form oder Kanal
diag-w092-hint = Zwillinge teilen Form (a, b oder bank) und Kanal, damit nur der entscheidende Unterschied sie trennt
diag-w093 = die Parallelformen sind verschieden groß: Form a hat { $a } Einträge, Form b { $b }
diag-w093-hint = die Runden vorher und nachher müssen vergleichbar sein: gib beiden Formen gleich viele Paare
diag-w099 = { $count } weitere { $code } in dieser Datei werden nicht gezeigt
diag-w099-hint = behebe die oben gezeigten und prüfe erneut; meist haben sie eine gemeinsame Ursache
diag-w068 = das Paket „{ $pack }“ enthält kein { $lang }: Wer in dieser Sprache spielt, sieht es auf Englisch
diag-w068-hint = übersetze es (redflag{ $packs } locales new { $lang }) oder nenne die enthaltenen Sprachen in data/pack.ron, zum Beispiel languages: ["en", "de"]
