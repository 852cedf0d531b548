# Szenario „take-home-test“: Eine Recruiterin von Lumenvault, einem Startup für grenzüberschreitende Zahlungen,
# schreibt auf LinkedIn, führt ein kurzes Kennenlerngespräch, wechselt zu Telegram oder Discord
# und bietet einen bezahlten technischen Test im Repository ihrer Firma an.
# Variablen: $recruiter (ein Frauenname: Wörter über sie stehen in der weiblichen Form),
# $monthly (Dollar im Monat), $fee (Dollar für den Test), $weekday (tuesday oder thursday,
# für einen Selektor).
# Ton: geschliffen, warm und professionell, ganze Sätze, kein Emoji. Sie siezt; die Antworten
# der Spielerin oder des Spielers siezen ebenfalls. Hinweise und Rückmeldungen an die spielende
# Person duzen, wie überall. Der Stil darf sie nicht verraten, nur das, worum sie bittet.
# Harmlos: ein Link zum öffentlichen Portfolio, ein Kennenlerngespräch auf Google Meet.

take-home-test-title = Eine Full-Stack-Stelle bei einem Startup für grenzüberschreitende Zahlungen
take-home-test-summary = Eine Recruiterin auf LinkedIn hat eine Remote-Stelle bei einem Zahlungs-Startup, mit einem bezahlten technischen Test.
take-home-test-cast-recruiter = { $recruiter }

take-home-test-li-request = Neue Nachrichtenanfrage auf LinkedIn von { $recruiter }, Talent Partnerin bei Lumenvault.
take-home-test-li-hello = Guten Tag, und danke für die Vernetzung. Ich bin { $recruiter }, Talent Partnerin bei Lumenvault. Wir bauen grenzüberschreitende Zahlungen auf Stablecoins, und Ihre Open-Source-Arbeit ist unserem CTO aufgefallen.
take-home-test-li-offer = Wir suchen eine Senior Full-Stack-Entwicklerin oder einen Senior Full-Stack-Entwickler: React, Node.js und etwas Smart-Contract-Arbeit. Vollständig remote, { MONEY($monthly) } im Monat plus Token-Beteiligung. Der Ablauf ist kurz: ein Kennenlerngespräch, ein bezahlter technischer Test ({ MONEY($fee) }) und ein abschließendes Gespräch mit unserem CTO.
take-home-test-li-portfolio = Bevor wir sprechen: Könnten Sie mir einen Link zu Ihrem Portfolio schicken, oder zu zwei, drei Projekten, auf die Sie stolz sind? Ihr GitHub-Profil genügt völlig.

take-home-test-portfolio-choice-share = Gern. Hier mein GitHub und meine Portfolio-Seite mit einem kleinen Zahlungs-Dashboard.
take-home-test-portfolio-choice-refuse = Mein GitHub gebe ich Recruitern, die ich nicht kenne, nicht. Erst mehr zum Team, bitte.
take-home-test-portfolio-choice-refuse-feedback = Dein GitHub und dein Portfolio sind ohnehin öffentlich, und ein Link darauf zeigt deine Arbeit, nicht deine Identität. Für dich behalten solltest du Ausweisdokumente und, wie die Geschichte noch zeigt, deinen Computer.
take-home-test-portfolio-choice-contract = Meine Projekte bleiben privat, bis ein Vertrag unterschrieben ist. Vorher keine Links.
take-home-test-portfolio-choice-contract-feedback = Ein Link zu Arbeit, die du schon veröffentlicht hast, verrät nichts: Jede und jeder kann sie finden. Danach zu fragen ist ein gewöhnlicher erster Schritt. Ablehnen solltest du Bitten um deine Dokumente, deine Konten oder deinen Computer.

take-home-test-portfolio-refused = Selbstverständlich. Ihr öffentliches Profil genügt; ich gebe es so an unseren CTO weiter.

take-home-test-call-ask = Vielen Dank. Hätten Sie am { $weekday ->
    [tuesday] Dienstag
   *[other] Donnerstag
} Zeit für ein Kennenlerngespräch von 20 Minuten? Ich schicke Ihnen eine Einladung für Google Meet; wenn Ihnen Zoom oder ein Anruf hier auf LinkedIn lieber ist, geht das auch.

take-home-test-call-choice-meet = Passt. Schicken Sie die Meet-Einladung, ich komme im Browser dazu.
take-home-test-call-choice-text = Meeting-Links von Recruitern öffne ich nie. Bitte nur per Chat.
take-home-test-call-choice-text-feedback = Ein Gespräch in einer Meeting-App, die du schon benutzt, geöffnet in deinem eigenen Browser, startet nichts Neues auf deinem Computer. Das Warnsignal ist eine unbekannte „Meeting-App“ zum Herunterladen oder ein Befehl zum Einfügen, und darum hat sie nicht gebeten.
take-home-test-call-choice-leave = Calls mit Leuten, die mich auf LinkedIn finden? Nein, danke.
take-home-test-call-choice-leave-feedback = Gehen darfst du immer, und nichts von ihnen ist auf deinen Computer gelangt. Aber ein Kennenlerngespräch auf Google Meet, im Browser, den du ohnehin nutzt, war harmlos; die Bitte, die du ablehnen solltest, kam erst noch.

take-home-test-call-text = Überhaupt kein Problem; dann machen wir schriftlich weiter.
take-home-test-call-done = Das Gespräch: zwanzig Minuten auf Google Meet, mit Kamera. { $recruiter } ist freundlich und gut vorbereitet. Sie beschreibt Team, Produkt und Bezahlung und sagt, der nächste Schritt sei der bezahlte Test.

take-home-test-move = Danke für Ihre Zeit. Unsere Entwickler führen die Tests außerhalb von LinkedIn durch, auf Telegram oder Discord, je nachdem, was Sie nutzen. Ich füge Sie dort hinzu und schicke Ihnen die Aufgabe.
take-home-test-chat-hello = Hallo noch einmal, hier ist { $recruiter } von Lumenvault. Willkommen, und danke, dass Sie dabei sind.
take-home-test-repo-link = { $recruiter } hat einen Link zu einem Repository geteilt: lumenvault-assessment, mit einer README und einer Aufgabenbeschreibung.
take-home-test-task = Die Aufgabe: Klonen Sie das Repository, führen Sie npm install && npm start aus und beheben Sie den Fehler, durch den ein Wallet-Guthaben von null angezeigt wird. Das dauert etwa 90 Minuten und wird unabhängig vom Ergebnis mit { MONEY($fee) } bezahlt. Könnten Sie es bis morgen Abend zurückschicken?

take-home-test-run-choice-run = [Das Repository klonen und npm install && npm start auf deinem Laptop ausführen]
take-home-test-run-choice-review = Ich lese den Code erst durch und starte ihn, wenn mir nichts auffällt.
take-home-test-run-choice-review-feedback = Den Code zu lesen reicht nicht: Der schädliche Teil steckt meist in einer Abhängigkeit oder einem Installationsskript, und npm install führt ihn aus, bevor du eine einzige Datei geöffnet hast.
take-home-test-run-choice-own = Fremden Code starte ich nicht auf meinem Laptop. Ginge der Fix in meinem eigenen Repo?
take-home-test-run-choice-own-feedback = Richtig. Ein echter Test verlangt nicht, dass du ihren Code bei dir ausführst: Dein eigenes Repository, ein geteilter Bildschirm oder eine Wegwerf-VM funktionieren alle, und eine echte Firma kann dir sagen, was davon.

take-home-test-pushback = Ich verstehe Ihre Vorsicht. Aber die Aufgabe ergibt nur in unserer Codebasis Sinn, und alle Kandidaten starten dasselbe Repository, damit wir fair vergleichen können. Damit Sie wissen, dass es uns wirklich gibt: Hier sind unsere Website, unsere Unternehmensseite und der Telegram-Kontakt unseres Head of Engineering. Er bestätigt Ihnen alles.

take-home-test-proof-choice-trust = Website und Teamseite wirken auf mich solide. Ich starte den Test heute Abend.
take-home-test-proof-choice-trust-feedback = Eine schicke Website und eine Teamseite kosten eine Scheinfirma sehr wenig. Alles, was sie als Beweis anbot, gehörte ihr: ihre Website, ihre Seite, ihr Kollege. Und selbst der Code einer echten Firma gehört nicht auf den Laptop mit deinem Wallet.
take-home-test-proof-choice-ask = Kann Ihr Head of Engineering das per E-Mail bestätigen? Dann mache ich weiter.
take-home-test-proof-choice-ask-feedback = Eine E-Mail ihres Head of Engineering kommt von einer Domain, die ihnen gehört, und von einer Person, die sie ausgesucht haben: Sie führt zu ihr zurück. Eine Prüfung zählt nur, wenn sie über einen Weg läuft, den sie nicht kontrolliert.
take-home-test-proof-choice-check = [Lumenvault selbst nachschlagen, im Handelsregister und per Telefon]
take-home-test-proof-choice-check-feedback = Genau diese Prüfung zählt: Quellen, die sie nicht in der Hand hat. Und was immer dabei herausgekommen wäre, ihr Code gehört trotzdem nicht auf deinen Laptop.

take-home-test-hr-confirm = Eine E-Mail vom Head of Engineering kommt an, von einer Lumenvault-Adresse: „Ich bestätige, dass { $recruiter } für uns rekrutiert. Wir freuen uns auf Ihren Test.“
take-home-test-check-result = Du suchst Lumenvault auf eigene Faust. Kein Handelsregister kennt die Firma. Die Nummer auf der Website landet auf einer Mailbox, die Domain ist wenige Monate alt, und die Leute auf der Teamseite hinterlassen keine Spur, die älter als dieses Jahr ist.

take-home-test-last-msg = Ich muss Sie um eine Entscheidung bitten: Der Test schließt morgen um zwölf, danach geht die Stelle an die nächste Person. Das Projekt zu starten dauert eine Minute: npm install && npm start.

take-home-test-last-choice-report = [Das Repository ungeöffnet lassen, sie blockieren und das Profil an LinkedIn melden]
take-home-test-last-choice-run = Das Honorar käme diesen Monat gelegen, und es ist ein Befehl. Gut, ich starte es.
take-home-test-last-choice-install = Ich führe nur npm install aus, um zu sehen, was es lädt, starte aber die App nicht.
take-home-test-last-choice-install-feedback = npm install reicht schon: Pakete können beim Installieren eigene Skripte ausführen, bevor irgendetwas startet. Ihr Code gehört nicht in die Nähe eines Computers mit deinem Wallet, deinen Passwörtern und Schlüsseln.

take-home-test-run-start = npm install läuft eine Minute und lädt ein paar hundert Pakete. Dann bricht npm start mit einem Fehler ab: „Cannot connect to the node provider“. Die App öffnet sich nicht.
take-home-test-not-starting = Das kommt auf manchen Rechnern vor. Bitte führen Sie zuerst npm run setup aus: Es installiert die richtige Node-Version und Konfiguration. Dann starten Sie es noch einmal; ich sage unserem CTO, dass Sie fast fertig sind.

take-home-test-again-choice-again = [npm run setup ausführen, wie sie sagt, und npm start noch einmal versuchen]
take-home-test-again-choice-share = Machen wir einen Call: Ich teile den Bildschirm, während ich das Setup ausführe.
take-home-test-again-choice-share-feedback = Ein geteilter Bildschirm hilft nur, wenn der Code deiner ist. Hier liefe ihr Code trotzdem auf deinem Laptop, mit deinen Sitzungen und deinem Wallet, während sie zuschaut.
take-home-test-again-choice-stop = [Aufhören. Den Laptop vom Netz nehmen, sie blockieren und das Profil melden]
take-home-test-again-choice-stop-feedback = Richtig, und schnell. npm install hatte ihren Code schon einmal ausgeführt: Betrachte den Laptop als nicht mehr sicher und sichere deine Konten von einem anderen Gerät aus.

take-home-test-drained = Drei Tage später ist dein Krypto-Wallet leer. Jeder Token ist an eine Adresse gegangen, die du nicht kennst.
take-home-test-github-used = GitHub schreibt dir: Eines deiner Zugriffstokens wurde von einem unbekannten Ort benutzt, um deine privaten Repositorys zu lesen und in ein Projekt zu pushen, das du betreust.
take-home-test-compromised = Ihr Test war der Angriff: Sobald er lief, konnte ihr Code deine Browser-Sitzungen, gespeicherten Passwörter, dein Wallet und deine GitHub-Tokens lesen. Diese falschen Vorstellungsgespräche sind für Entwicklerinnen und Entwickler gebaut, die gute Arbeit abliefern wollen, und auch vorsichtige Leute fallen darauf herein. Handle jetzt, von einem anderen Gerät aus: Verschiebe, was übrig ist, in ein neues Wallet, widerrufe Tokens und Schlüssel, ändere deine Passwörter, warne die Leute, die deine Repositorys nutzen, und setze den Laptop neu auf, bevor du ihm wieder vertraust. Die Seite „Schon betroffen?“ (Taste I oder redflag involved) führt dich durch die nächsten Schritte.

take-home-test-cleanup = Von deinem Handy und einem anderen Computer aus verschiebst du dein Krypto-Guthaben in ein neues Wallet, widerrufst deine GitHub-Tokens und SSH-Schlüssel und änderst deine Passwörter. Zwei Tage später meldet GitHub einen Anmeldeversuch mit einem der alten Tokens. Er funktioniert nicht mehr.
take-home-test-reported-after-run = Du hast nach dem ersten Lauf aufgehört und sie ohne Vorwarnung blockiert und gemeldet. npm install hatte ihren Code schon ausgeführt: Setze den Laptop neu auf oder lass ihn von jemandem prüfen, dem du vertraust, bevor du dich darauf irgendwo anmeldest. Schnelles Handeln hat dein Wallet und deine Repositorys gerettet. Die Seite „Schon betroffen?“ (Taste I) nennt die nächsten Schritte.

take-home-test-walked-away-early = Du hast das Gespräch beendet, bevor irgendetwas von ihrem Code auf deinen Computer kam. Nichts von ihnen lief auf deinem Rechner.
take-home-test-reported = Du hast sie blockiert und das Profil gemeldet, ohne sie vorzuwarnen. Nichts von ihnen lief auf deinem Computer, und LinkedIn kann sich das Konto ansehen, bevor es der nächsten Entwicklerin schreibt.

take-home-test-fine-identity-docs = Einen Link zu deinem GitHub oder Portfolio zu schicken war in Ordnung: Beides ist öffentlich und zeigt deine Arbeit, nicht deine Identität. Die Bitte, die du ablehnen solltest, kam später, und sie betraf deinen Computer.
take-home-test-fine-runs-their-code = Das Kennenlerngespräch war in Ordnung: Google Meet in einem Browser, den du schon nutzt, startet nichts Neues auf deinem Computer. Den Unterschied machte der Test: ihr Repository zu klonen und auf dem Laptop auszuführen, auf dem dein Wallet und deine Schlüssel liegen.
