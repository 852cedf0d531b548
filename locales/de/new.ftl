# „redflag new“: die Kommentare und die Beispielgeschichte eines neuen Szenarios.

new-created = { $path } angelegt
new-exists = { $path } gibt es schon; redflag new überschreibt nie eine Datei. Wähle eine andere ID oder entferne die Datei.
new-bad-id = „{ $id }“ kann keine Szenario-ID sein: Verwende Kleinbuchstaben, Ziffern und einzelne Bindestriche, beginnend mit einem Buchstaben.
new-next-steps = Weiter: Bearbeite beide Dateien, dann „redflag check { $dir }“ und „redflag --scenarios { $dir } play { $id }“.

new-ron-intro = Ein neues Szenario. Diese Datei enthält nur die Struktur; jedes Wort, das die Spielenden lesen, steht in locales/en/{ $id }.ftl.
new-ron-id = Die ID: Kleinbuchstaben, Ziffern und Bindestriche. Sie ist auch der Name dieser Datei und ihrer .ftl-Datei.
new-ron-version = Erhöhe die Version, wenn du die Geschichte änderst, damit Ergebnisse alter Durchläufe unterscheidbar bleiben.
new-ron-perspective = freelancer (die Person wird angeschrieben) oder hiring (die Person stellt jemanden ein).
new-ron-legitimate = false für einen Betrug; true für ein ehrliches Angebot, das nur verdächtig aussieht.
new-ron-difficulty = easy, medium oder hard; und die ungefähre Spieldauer in Minuten.
new-ron-vars = Werte, die für jeden Durchlauf gezogen und jeder Nachricht übergeben werden: ein Name aus einem Pool in pools.ftl, ein Betrag in einem Bereich oder eine Auswahl aus einer Liste.
new-ron-cast = Die Personen, mit denen gechattet wird. Ihr Name ist die Nachricht <szenario>-cast-<person>.
new-ron-channels = Wo der Chat stattfindet; der erste Kanal ist der Anfang. Alle Kanäle stehen in data/channels.ron.
new-ron-nodes = Das Gespräch, der Reihe nach. Ein Knoten führt zum nächsten, außer er sagt next: "eine-id".
new-ron-message = Eine Nachricht einer Person; delay sind die Millisekunden „schreibt…“, bevor sie erscheint.
new-ron-choice = Die Spielenden antworten. Jede Option sagt, wohin es geht (goto) und was sie mit einer Bitte macht: spotted oder missed bei einem echten Warnsignal, trusted oder false_alarm bei einer harmlosen Bitte, die nur so aussieht (auch Betrugsfälle haben solche). Schreib jede Option mit derselben Sorgfalt und etwa gleich lang: Die richtige Antwort darf nicht die längste sein. feedback: true zeigt danach <szenario>-<knoten>-<option>-feedback.
new-ron-switch = Der Chat wechselt den Kanal; die Spielenden sehen den Wechsel.
new-ron-event = Eine Systemmeldung, etwa eine empfangene Datei oder ein gesperrtes Konto. Symbole: info, file, warning, money, lock.
new-ron-ending = Enden: walked_away, reported, hired, safe, compromised oder missed_opportunity.

new-ftl-intro = Alle Wörter des Szenarios „{ $id }“. Die IDs kommen aus der .ron-Datei: <szenario>-<knoten> und <szenario>-<knoten>-<option> für Antworten. Variablen aus vars: schreibt man { $name }.
new-sample-title = Ein neues Szenario
new-sample-summary = Eine Zeile über den Auftrag, so wie sie in der Liste steht.
new-sample-hello = Hallo! Dein Profil gefällt mir. Wir zahlen { $rate } Dollar pro Stunde. Schickst du mir einen Link zu deinem Portfolio?
new-sample-portfolio-choice-share = Klar, hier ist der Link zu meinem öffentlichen Portfolio und zu meinem GitHub.
new-sample-portfolio-choice-refuse = Ich schicke Leuten, die ich noch nicht kenne, keine Links.
new-sample-portfolio-choice-refuse-feedback = Ein Portfolio-Link ist öffentlich und zeigt deine eigene Arbeit: Ihn zu teilen ist normal.
new-sample-portfolio-choice-later = Erst wenn wir hier einen Vertrag haben, sorry.
new-sample-portfolio-choice-later-feedback = Ein öffentliches Portfolio ist für Kundschaft gedacht; es zurückzuhalten kostet dich nur den Auftrag.
new-sample-move = Danke! Lass uns auf Telegram weitermachen, da geht's schneller.
new-sample-move-choice-stay = Ich rede lieber hier weiter, bis es einen Vertrag gibt.
new-sample-move-choice-stay-feedback = Vor einem Vertrag schützt dich die Plattform.
new-sample-move-choice-go = Klar, Telegram ist für mich auch einfacher. Bis gleich dort drüben.
new-sample-move-choice-halfway = Okay, aber nur zum Reden; der Vertrag bleibt hier.
new-sample-ask = Super! Installier bitte dieses kleine Tool, damit unser Team dir beim Einrichten hilft.
new-sample-file = { $contact } hat dir eine Datei geschickt: RemoteHelper.exe
new-sample-install-choice-install = Okay, ich installiere es gleich, damit euer Team mir beim Einrichten hilft.
new-sample-install-choice-refuse = [Konto blockieren und den Chat bei Upwork melden]
new-sample-install-choice-watch = Okay, aber nur solange ich selbst auf den Bildschirm schaue.
new-sample-walked-away = Du bist auf der Plattform geblieben und gegangen.
new-sample-reported = Du hast das Konto blockiert und den Chat gemeldet.
new-sample-compromised = Eine fremde Person steuert jetzt deinen Computer. Unter „Schon betroffen?“ steht, was jetzt zu tun ist.

new-sample-fine-identity-docs = Ein Portfolio-Link ist öffentlich und zeigt deine eigene Arbeit; er ist kein Dokument, mit dem jemand in deinem Namen auftreten könnte.

## „redflag ids“: was jedes Ereignissymbol zeigt und wie viele Namen eine Namensliste enthält.

ids-icon-info = ein Hinweis: Etwas ist passiert (Standard)
ids-icon-file = eine Datei wurde geschickt oder geteilt
ids-icon-warning = eine Warnung der Plattform oder des Systems
ids-icon-money = Geld wurde gezahlt, verlangt oder bewegt
ids-icon-lock = ein Konto, eine Anmeldung oder eine Prüfung
ids-pool-names = { $count ->
    [one] 1 Name
   *[other] { $count } Namen
}
