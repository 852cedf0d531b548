# Szenario „take-home-own-repo“: Ein ehrlicher Recruiter von Halden Pay, einem Zahlungs-Startup
# in Vilnius, schreibt auf LinkedIn, wechselt für Terminabsprachen zu Telegram und bietet eine
# bezahlte Probeaufgabe an, die im eigenen Repository der spielenden Person entsteht und in
# einem Call mit geteiltem Bildschirm besprochen wird.
# Variablen: $recruiter (ein Männername: Wörter über ihn stehen in der männlichen Form),
# $monthly (Dollar im Monat), $fee (Dollar für die Aufgabe), $weekday (tuesday oder thursday,
# für einen Selektor).
# Ton: locker und freundlich, kurze Zeilen, manche Nachrichten beginnen klein, wenige tragen
# ein Emoji; Deutsch ist nicht seine Muttersprache (ein fehlender Artikel, „ich nehme dann“),
# nie zum Lachen. Er duzt, wie in Start-ups üblich; die Antworten duzen ebenfalls. Hinweise und
# Rückmeldungen an die spielende Person duzen, wie überall.
# Harmlos: der Portfolio-Link, der Wechsel zu Telegram, das Review mit geteiltem Bildschirm.
# Abzulehnen: das Setup-Skript aus ihrem Tools-Repository.

take-home-own-repo-title = Eine Full-Stack-Stelle bei einem Zahlungs-Startup
take-home-own-repo-summary = Ein Recruiter auf LinkedIn hat eine Remote-Stelle bei einem Fintech-Startup, mit einer bezahlten Probeaufgabe.
take-home-own-repo-cast-recruiter = { $recruiter }

take-home-own-repo-li-request = Neue Nachrichtenanfrage auf LinkedIn von { $recruiter }, Tech-Recruiter bei Halden Pay.
take-home-own-repo-li-hello = hey! Hier ist { $recruiter }, ich mache Tech-Recruiting bei Halden Pay. Wir sind Zahlungs-Startup in Vilnius, etwa 40 Leute. Hab deine Node-Projekte auf GitHub gesehen, richtig saubere Arbeit
take-home-own-repo-li-offer = Wir suchen Full-Stack-Dev, React + Node, remote, { MONEY($monthly) } im Monat. Der Ablauf ist kurz: bezahlte Probeaufgabe ({ MONEY($fee) }), dann Review-Call mit unserem Lead Dev, dann Angebot. Interesse?
take-home-own-repo-li-portfolio = Cool. Kannst du mir Link zu deinem Portfolio schicken, oder 2–3 Projekte, die du am liebsten magst? GitHub reicht.

take-home-own-repo-portfolio-choice-share = Klar, hier mein GitHub und Portfolio. Das Zahlungs-Dashboard passt am besten.
take-home-own-repo-portfolio-choice-refuse = Mein GitHub schicke ich ungern Fremden. Erzähl erst mal, wie das Team so ist?
take-home-own-repo-portfolio-choice-refuse-feedback = Dein GitHub und dein Portfolio sind ohnehin öffentlich, und ein Link zeigt deine Arbeit, nicht deine Identität. Ablehnen solltest du Bitten um Dokumente, Konten oder die Kontrolle über deinen Computer.
take-home-own-repo-portfolio-choice-contract = Meine Arbeit bleibt privat, bis es einen Vertrag gibt. Links danach, okay?
take-home-own-repo-portfolio-choice-contract-feedback = Ein Link zu Arbeit, die du schon veröffentlicht hast, verrät nichts: Jede und jeder kann sie finden. Danach zu fragen ist ein gewöhnlicher erster Schritt bei einer Einstellung.

take-home-own-repo-portfolio-refused = ok klar, kein Problem. Dann nehme ich, was auf deinem öffentlichen Profil ist.

take-home-own-repo-li-move = ehrlich gesagt schaue ich ins LinkedIn-Postfach vielleicht einmal am Tag 😅 für Termine ist Telegram für mich viel einfacher. Okay, wenn ich dich da hinzufüge?

take-home-own-repo-move-choice-check = Gut. Ich schaue mir Halden Pay erst selbst an, dann füge ich dich hinzu.
take-home-own-repo-move-choice-check-feedback = Gute Gewohnheit: Du prüfst die Firma über Quellen, die er nicht kontrolliert, und der Messenger dient nur den Terminen.
take-home-own-repo-move-choice-stay = Ich bleibe lieber ganz hier auf LinkedIn, bis es einen Vertrag gibt.
take-home-own-repo-move-choice-stay-feedback = Das darfst du, und er geht mit. Ein Messenger für Terminabsprachen ist nicht an sich die Gefahr: Entscheidend ist, ob du prüfen kannst, wer er ist, und worum du gebeten wirst.
take-home-own-repo-move-choice-pass = [Ihn blockieren und sein Profil bei LinkedIn melden: Auf Telegram passieren die Jobbetrügereien]
take-home-own-repo-move-choice-pass-feedback = Ein Messenger für Terminabsprachen ist nicht an sich die Gefahr. Entscheidend ist, ob du die Firma über Wege prüfen kannst, die er nicht kontrolliert, und worum du gebeten wirst. Hier war die Firma leicht zu prüfen.

take-home-own-repo-stay-reply = Klar, kein Problem, dann bleiben wir hier.

take-home-own-repo-register = Du suchst Halden Pay selbst. Das Handelsregister führt die Firma in Vilnius, gegründet vor drei Jahren. Du rufst die Büronummer auf ihrer eigenen Website an, und am Telefon wird bestätigt, dass { $recruiter } im Recruiting-Team arbeitet und die Stelle offen ist.
take-home-own-repo-office = Du findest die eigene Website von Halden Pay selbst, und die Stelle steht auf der Karriereseite. Du schreibst an die allgemeine Adresse dort, und ein Kollege antwortet von der Firmendomain: Ja, { $recruiter } rekrutiert für sie, und die Stelle ist offen.

take-home-own-repo-tg-hello = Hi, hier { $recruiter } von Halden 👋 danke fürs Hinzufügen
take-home-own-repo-task = Also, die Probeaufgabe: kleine API und UI, die eine Zahlung auf zwei Karten aufteilt. Du machst sie in deinem eigenen Repo, öffentlich oder privat, wie du willst. Etwa 3 Stunden. Wir zahlen { MONEY($fee) } nach dem Review, egal wie es ausgeht.
take-home-own-repo-agreement = Eine E-Mail von der Personalabteilung von Halden Pay, von der Firmendomain: eine einseitige Vereinbarung für die bezahlte Aufgabe. { MONEY($fee) }, auf dein eigenes Konto; der Code, den du schreibst, bleibt deiner.

take-home-own-repo-script = Ach, und Tipp: Unser Lead hat Setup-Skript gebaut, es installiert die richtige Node-Version und spielt Testdaten ein. Spart so eine Stunde. Liegt in unserem Tools-Repo, einfach klonen und setup.sh starten.

take-home-own-repo-script-choice-decline = Danke, aber fremde Skripte kommen nicht auf meinen Laptop. Node und Daten richte ich selbst ein.
take-home-own-repo-script-choice-decline-feedback = Richtig. Er ist wahrscheinlich ehrlich, aber von außen sieht ein freundliches Setup-Skript genauso aus wie die, die Wallets und Schlüssel stehlen. Eine Aufgabe im eigenen Repository braucht nichts von ihnen auf deinem Computer.
take-home-own-repo-script-choice-run = Eine Stunde gespart klingt super. Ich klone das Tools-Repo und starte es heute Abend.
take-home-own-repo-script-choice-read = Ich lese das Skript erst durch, und wenn es sauber aussieht, starte ich es.
take-home-own-repo-script-choice-read-feedback = Lesen hilft weniger, als es scheint: Ein Skript kann beim Laufen weiteren Code nachladen, und schädliche Teile verstecken sich gut. Dein eigenes Setup oder eine Wegwerf-VM hält ihren Code von deinen Konten und Schlüsseln fern.

take-home-own-repo-script-ok = fair, völlig okay 👍 die Versionen stehen in der README der Aufgabe, mehr brauchst du nicht
take-home-own-repo-script-ran = Du startest das Skript. Es installiert einen Node-Versionsmanager und eine kleine Testdatenbank, und sonst passiert nichts, was du sehen kannst.
take-home-own-repo-task-done = Du baust die Aufgabe an einem Abend, in deinem eigenen Repository, und schickst { $recruiter } den Link.

take-home-own-repo-review-ask = Danke, ist angekommen! Unser Lead will Review-Call am { $weekday ->
    [tuesday] Dienstag
   *[other] Donnerstag
}, 45 Min auf Google Meet. Du teilst deinen Bildschirm, gehst mit ihm durch deinen Code, er stellt Fragen.

take-home-own-repo-review-choice-share = Klingt gut. Ich teile den Bildschirm und gehe es mit ihm durch.
take-home-own-repo-review-choice-refuse = Bildschirm teilen mache ich nicht. Er kann das Repo lesen und schreiben.
take-home-own-repo-review-choice-refuse-feedback = Deinen eigenen Bildschirm zu teilen, in einer Meeting-App, die du schon benutzt, lässt dir die Kontrolle: Er sieht, was du zeigst, und kann nichts anfassen. Fernsteuerungs-Tools sind etwas anderes, und danach hat niemand gefragt.
take-home-own-repo-review-choice-pass = Bildschirm teilen mit Fremden? Ich höre lieber hier auf, sorry.
take-home-own-repo-review-choice-pass-feedback = Dein eigener Code auf einem geteilten Bildschirm, in deiner eigenen Meeting-App, gibt niemandem Kontrolle über deinen Computer. So wird eine Probeaufgabe ganz normal besprochen, und hier war es der letzte Schritt vor einem Angebot.

take-home-own-repo-review-no = hm, das Live-Durchgehen ist bei uns quasi das Interview. Du kannst auch nur dein Editor-Fenster teilen, sonst nichts. Ginge das?
take-home-own-repo-review-again-agree = Okay, nur das Editor-Fenster. Buch den Termin.
take-home-own-repo-review-again-written = Trotzdem nein. Kann er mir die Fragen mailen?
take-home-own-repo-review-again-decline = Sorry, gar kein Bildschirmteilen. Ich passe.

take-home-own-repo-review-call = Der Call: Du teilst dein Editor-Fenster, und der Lead fragt, warum du die Zahlung so aufgeteilt hast und wie du es testen würdest. Er zeigt dir einen Randfall, den du übersehen hast, und ihr behebt ihn zusammen in deinem eigenen Code.
take-home-own-repo-fee-paid = Zwei Tage später kommen { MONEY($fee) } auf deinem eigenen Bankkonto an, wie in der Vereinbarung.
take-home-own-repo-offer = Der Lead mochte deine Arbeit sehr. Wir wollen dir ein Angebot machen! Vertrag kommt von HR über unser Recruiting-System, auf deinen Namen.
take-home-own-repo-contract = Der Vertrag kommt per E-Mail von der Domain von Halden Pay: dein Name, Vollzeit, remote, { MONEY($monthly) } im Monat, auf dein eigenes Konto.
take-home-own-repo-script-note = Eins zum Merken: Du hast ein Skript aus ihrem Repository auf deinem eigenen Laptop ausgeführt. Diesmal war es harmlos, aber von außen sah es genauso aus wie die Skripte, die Wallets und Schlüssel stehlen. Richte die Umgebung beim nächsten Mal selbst ein.

take-home-own-repo-hired = Du hast die Stelle bekommen. Der Wechsel zu Telegram diente nur den Terminen, die Firma ließ sich über Quellen prüfen, die er nicht kontrollierte, die Aufgabe lag in deinem eigenen Repository, und beim Review hast du den geteilten Bildschirm selbst in der Hand gehabt.
take-home-own-repo-missed-move = Du hast eine echte Stelle ausgeschlagen. Ein Recruiter, der in einen Messenger wechselt, ist einen zweiten Blick wert, und hier war dieser Blick leicht: das Handelsregister, die Büronummer auf der eigenen Website der Firma und eine Aufgabe in deinem eigenen Repository. Erst prüfen, dann entscheiden.
take-home-own-repo-missed-review = Du hast eine echte Stelle wegen eines geteilten Bildschirms ausgeschlagen. Deinen eigenen Code in einer Meeting-App zu zeigen, die du schon benutzt, gibt niemandem Kontrolle über deinen Computer; das Warnsignal ist die Bitte, ihren Code auszuführen oder ihre Tools zu installieren.

take-home-own-repo-fine-identity-docs = Einen Link zu deinem GitHub oder Portfolio zu schicken war in Ordnung: Beides ist öffentlich und zeigt deine Arbeit, nicht deine Identität. Passfotos und Ausweisscans gehören nur ins eigene Onboarding eines Arbeitgebers.
take-home-own-repo-fine-off-platform = Der Wechsel zu Telegram für Termine war hier in Ordnung. Die Firma ließ sich über das Register und ihr eigenes Büro prüfen, die er nicht in der Hand hatte, und Aufgabe, Bezahlung und Vertrag liefen alle auf deinen Namen.
take-home-own-repo-fine-remote-access = Das Review mit geteiltem Bildschirm war in Ordnung: Du hast deinen eigenen Code gezeigt, in einer Meeting-App, die du schon benutzt, und die Kontrolle über deinen Computer behalten. Das Warnsignal ist die Bitte, ihren Code auszuführen oder ein Fernsteuerungs-Tool zu installieren.
