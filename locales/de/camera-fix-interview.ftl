# Szenario „camera-fix-interview“: Ein Recruiter auf LinkedIn lädt dich zum Vorstellungsgespräch
# für eine Remote-Backend-Stelle bei Halvex Labs ein, einem Krypto-Zahlungs-Start-up (eine
# erfundene Firma). Die Fallen: ein „eigener Meeting-Client“ zum Installieren und ein Befehl
# zum Einfügen, wenn die Kamera „streikt“.
# Variablen: $recruiter (ein Männername), $cto (ein Frauenname: die Interviewerin), $monthly
# (US-Dollar im Monat), $weekday (tuesday oder thursday, für einen Selektor).
# Ton: geschliffen. Beide schreiben vollständige, korrekte Sätze, freundlich und effizient,
# ohne Emoji. Beide siezen, und der Spieler siezt zurück. Rückmeldungen und Enden duzen den
# Spieler, wie überall im Spiel.
# Harmlos: der kurze Fragebogen (identity-docs) und das Videogespräch mit Kamera
# (proxy-verification).

camera-fix-interview-title = Eine Backend-Stelle bei einem Zahlungs-Start-up
camera-fix-interview-summary = Ein Recruiter auf LinkedIn lädt dich zum Gespräch für eine Remote-Stelle als Senior-Backend-Entwickler ein.
camera-fix-interview-cast-recruiter = { $recruiter }
camera-fix-interview-cast-cto = { $cto }

camera-fix-interview-li-request = Neue Nachricht auf LinkedIn von { $recruiter }, Talent Partner bei Halvex Labs.
camera-fix-interview-li-hello = Guten Tag, und danke, dass Sie die Kontaktanfrage angenommen haben. Ich bin { $recruiter }, Talent Partner bei Halvex Labs. Wir bauen Zahlungsinfrastruktur für Krypto-Börsen, und Ihre Backend-Projekte auf GitHub sind unserer CTO aufgefallen.
camera-fix-interview-li-hello-alt = Guten Tag, und vielen Dank, dass Sie meine Einladung angenommen haben. Mein Name ist { $recruiter }, ich bin bei Halvex Labs für das Recruiting im Engineering zuständig. Wir entwickeln Zahlungsinfrastruktur für Krypto-Börsen, und unsere CTO hat mich gebeten, mich bei Ihnen zu melden, nachdem sie sich Ihren Open-Source-Code angesehen hat.
camera-fix-interview-li-role = Wir suchen einen Senior Backend Engineer: vollständig remote, { MONEY($monthly) } im Monat, mit einem Vertrag auf Ihren eigenen Namen. Der Ablauf ist kurz: ein paar Fragen, ein Videogespräch mit unserer CTO, dann ein Angebot.
camera-fix-interview-questionnaire = Könnten Sie mir zum Einstieg hier fünf kurze Fragen beantworten? Ihre wichtigsten Sprachen, Ihre Jahre im Backend, Ihre Zeitzone, Ihre Kündigungsfrist und Ihre Gehaltsvorstellung.

camera-fix-interview-q-choice-answer = Gern. Vor allem Go und Node, acht Jahre Backend, ein Monat Kündigungsfrist; die Spanne passt.
camera-fix-interview-q-choice-later = Das alles verrate ich lieber erst, wenn ich ein schriftliches Angebot von Ihrer Firma habe.
camera-fix-interview-q-choice-later-feedback = Das sind die Fragen, die jeder Recruiter stellt, und sie betreffen deine Arbeit, nicht deine Identität. Heb dir dein Nein für das auf, womit jemand in deinem Namen oder auf deinem Rechner handeln kann: Dokumente, Logins, Installationen.
camera-fix-interview-q-choice-leave = Gehalt und Kündigungsfrist schon in der zweiten Nachricht? Zu schnell für mich, danke.

camera-fix-interview-q-later-reply = Verstehe. Dann gehen wir diese Punkte im Gespräch durch.
camera-fix-interview-q-thanks = Vielen Dank, das passt sehr gut zu dem, was wir suchen.

camera-fix-interview-proof = Bevor wir das Gespräch ansetzen, möchten Sie sicher wissen, wer wir sind. Auf unserer Website finden Sie das Team und unsere Seed-Runde, unsere Unternehmensseite hier zeigt vierzig Mitarbeitende, und unsere COO bestätigt Ihnen die Stelle gern per E-Mail.
camera-fix-interview-proof-choice-own = Danke. Ich suche Halvex selbst in einem Handelsregister und rufe die Nummer an, die ich dort finde.
camera-fix-interview-proof-choice-own-feedback = Genau diese Prüfung zählt: eine Quelle, die der Recruiter nicht in der Hand hat. Website, Unternehmensseite und eine E-Mail „der COO“ können alle von denselben Leuten stammen.
camera-fix-interview-proof-choice-site = Ihre Website und die Unternehmensseite wirken seriös. Das genügt mir, danke.
camera-fix-interview-proof-choice-site-feedback = Eine gepflegte Website und eine Seite voller Mitarbeitender sind genau das, was Scheinfirmen aufbauen: Im Juni 2025 beschlagnahmten US-Behörden 21 betrügerische Websites, mit denen solche Arbeitskräfte als echte Unternehmen auftraten. Prüfe über eine Quelle, die der Recruiter nicht kontrolliert.
camera-fix-interview-proof-choice-coo = Eine E-Mail Ihrer COO würde mich überzeugen. Könnten Sie sie bitten, mir zu schreiben?
camera-fix-interview-proof-choice-coo-feedback = Eine E-Mail „der COO“ kommt von einer Domain, die dieselben Leute betreiben; sie wiederholt also nur, was der Recruiter schon gesagt hat. Such eine Quelle, die sie nicht selbst schreiben können: ein Register, eine Telefonnummer, die du selbst findest.

camera-fix-interview-own-check = Du suchst selbst nach Halvex Labs. Außer der Website, die vor ein paar Monaten angelegt wurde, und der Unternehmensseite findest du nichts: keinen Registereintrag, der passt, keine Telefonnummer außer der auf der Website. Die Firma lässt sich nicht bestätigen. Du machst vorsichtig weiter: Ein Gespräch kostet dich nichts, aber nichts von ihnen wird auf deinem Rechner laufen.
camera-fix-interview-coo-mail = Eine E-Mail von einer Adresse auf Halvex' eigener Domain trifft ein. Die COO bestätigt die Stelle in zwei freundlichen Zeilen und wünscht dir viel Erfolg.

camera-fix-interview-interview-ask = Der nächste Schritt ist ein 45-minütiges Videogespräch mit unserer CTO, { $cto }, am { $weekday ->
    [tuesday] Dienstag
   *[other] Donnerstag
}. Bitte mit Kamera: Wir möchten die Menschen sehen, die wir einstellen.
camera-fix-interview-video-choice-yes = Gern, mit Kamera. Schicken Sie mir bitte die Einladung.
camera-fix-interview-video-choice-chat = Ginge es schriftlich? Vor der Kamera mit Fremden ist mir unwohl.
camera-fix-interview-video-choice-chat-feedback = Ein Videogespräch, in dem du als du selbst auftrittst, für eine Arbeit, die du selbst machen würdest, ist normal und gibt nichts preis. Die Gefahr in dieser Geschichte liegt woanders: in dem, was sie auf deinem Rechner laufen lassen wollen.
camera-fix-interview-video-choice-pass = Bei all den Deepfake-Meldungen sind mir Videocalls nicht geheuer. Nein, danke.

camera-fix-interview-chat-reply = Verstehe. Unsere CTO führt Gespräche allerdings nur per Video: Wir wollen sicher sein, dass wir mit dem echten Kandidaten sprechen. Ich schicke Ihnen die Einladung, und Sie entscheiden.

camera-fix-interview-invite = Betreff: Ihr Gespräch mit Halvex Labs. Unsere Gespräche laufen über Halvex Meet, unseren eigenen verschlüsselten Meeting-Client; Links von Zoom oder Google Meet sind nach unseren Compliance-Regeln nicht erlaubt. Bitte installieren Sie ihn vor dem Termin über den Download-Link in dieser E-Mail. Das dauert zwei Minuten.
camera-fix-interview-app-choice-install = [Halvex Meet über den Link in der E-Mail laden und das Installationsprogramm starten]
camera-fix-interview-app-choice-once = Ich installiere es nur für das Gespräch und lösche es gleich danach wieder.
camera-fix-interview-app-choice-once-feedback = Hinterher löschen ist zu spät: Sobald ein Installationsprogramm läuft, kann es in Sekunden Passwörter, Browser-Sitzungen und Wallet-Schlüssel kopieren. Nimm an Calls nur mit einer Meeting-App teil, die du schon nutzt und von der offiziellen Seite installiert hast.
camera-fix-interview-app-choice-own = Ich nutze für Calls nur Apps, die ich schon habe. Geht ein Link für Meet oder Zoom?
camera-fix-interview-app-choice-own-feedback = Richtig. Jede echte Firma kann dich in einer gewöhnlichen Meeting-App treffen. Gefälschte Bewerbungsseiten haben Kandidaten aufgefordert, eine eigene App zu installieren oder einen Befehl einzufügen, um die Kamera zu reparieren: Genau dieser Download ist die Falle.

camera-fix-interview-installed = Installationsprogramm von Halvex Meet: Es fragt nach dem Passwort deines Rechners und öffnet dann ein Meeting-Fenster mit dem Halvex-Logo.
camera-fix-interview-own-app-reply = Das ist bei uns unüblich, aber ich mache eine Ausnahme. Sie bekommen einen Google-Meet-Link für denselben Termin.

camera-fix-interview-call-start = Das Videogespräch. { $cto } und { $recruiter } sitzen mit Kamera in einem hellen Büro. Du schaltest dich mit eingeschalteter Kamera dazu.
camera-fix-interview-cto-hello = Schön, Sie kennenzulernen. Fangen wir mit Ihrem letzten Projekt an: Wie haben Sie Ihren Zahlungsdienst sicher gegen Wiederholungen gemacht?
camera-fix-interview-call-talk = Ihr sprecht zehn Minuten über Queues und Idempotenzschlüssel. Die CTO hakt präzise nach.
camera-fix-interview-cam-black = Entschuldigen Sie die Unterbrechung. Ihr Bild ist bei uns seit einer Minute schwarz; wir hören Sie nur.
camera-fix-interview-cmd = { $recruiter } postet einen langen, einzeiligen Befehl in den Chat des Calls.
camera-fix-interview-cam-fix = Das passiert bei manchen Laptops nach einem Systemupdate. Unser IT-Support hat eine schnelle Lösung: Öffnen Sie das Terminal, fügen Sie die Zeile ein, die ich gerade geschickt habe, und drücken Sie Enter. Das setzt den Kameratreiber in zehn Sekunden zurück.

camera-fix-interview-fix-choice-paste = Okay, ich füge es gleich ein. Ihre CTO soll nicht auf mich warten.
camera-fix-interview-fix-choice-read = Ich lese es erst durch. Wenn es nur die Kamera betrifft, führe ich es aus.
camera-fix-interview-fix-choice-read-feedback = Eine Zeile kann ein ganzes Programm herunterladen und starten, das du nie zu sehen bekommst. Was sie auch zu reparieren verspricht: Ein Befehl vom Recruiter lässt seinen Code auf deinem Rechner laufen.
camera-fix-interview-fix-choice-phone = Befehle aus einem Chat füge ich nie ein. Ich komme per Handy wieder.
camera-fix-interview-fix-choice-phone-feedback = Richtig. Kein Interviewer braucht es, dass du seinen Befehl ausführst. Wenn deine Kamera wirklich streikt, wähl dich mit einem anderen Gerät ein oder verschieb das Gespräch.

camera-fix-interview-push = Das geht leider nicht: Wir müssen Sie an dem Rechner sehen, an dem Sie arbeiten würden, das gehört zu unserer Sicherheitsprüfung. { $cto } hat noch fünf Minuten, und wir besetzen die Stelle heute. Bitte führen Sie die Lösung einfach aus.
camera-fix-interview-push-choice-give = Gut, die Stelle ist ein kleines Risiko wert. Ich führe es jetzt aus.
camera-fix-interview-push-choice-file = Können Sie mir die Lösung als Datei schicken? Ich würde sie gern erst scannen.
camera-fix-interview-push-choice-file-feedback = Ein Scan, der nichts findet, macht ihr Programm nicht sicher, und ihre Datei zu öffnen lässt ihren Code genauso laufen wie der Befehl. Verlass den Call: Ein echter Arbeitgeber kann einen neuen Termin machen.
camera-fix-interview-push-choice-report = [Den Call verlassen, ihn blockieren und sein Profil bei LinkedIn melden]
camera-fix-interview-push-choice-report-feedback = Ein stiller Abgang ist das Beste. Fristen und „einfach ausführen“ sind der Druck; zu gehen kostet dich nichts, und die Meldung lässt LinkedIn das Profil prüfen, bevor der nächste Entwickler dieselbe Einladung bekommt.

camera-fix-interview-file-sent = Eine Datei namens camera_fix kommt an. Dein Virenscanner findet nichts, also öffnest du sie. Die Kamera bleibt schwarz.
camera-fix-interview-pasted = Ein Fenster blitzt auf und schließt sich wieder. Deine Kamera zeigt weiter schwarz.
camera-fix-interview-after-paste = Danke. Vielleicht braucht es einen Neustart. { $cto } muss zum nächsten Termin; wir melden uns wegen der nächsten Schritte.
camera-fix-interview-days-later = Zwei Tage später: Anmeldewarnungen von deinem GitHub- und deinem E-Mail-Konto, und deine Browser-Wallet zeigt eine Überweisung, die du nie gemacht hast. Die Website von Halvex ist verschwunden, das Profil des Recruiters auch.

camera-fix-interview-compromised = Die „Lösung“ war ihr Programm. Es lief auf deinem Rechner und nahm mit, was es fand: gespeicherte Passwörter, Browser-Sitzungen, Wallet-Schlüssel. Gefälschte Vorstellungsgespräche dieser Art zielen seit 2022 auf Entwickler, oft für Krypto- und Fintech-Stellen, und sie sind darauf gebaut, Menschen zu erwischen, die den Job wollen. Ändere von einem anderen Gerät aus deine Passwörter, melde dich überall ab, bring, was in deinen Wallets übrig ist, in neue Wallets und ersetze alle Schlüssel, die auf dem Rechner lagen. Lass ihn dann bereinigen oder neu aufsetzen, bevor du ihn wieder nutzt.
camera-fix-interview-reported = Du hast den Call verlassen, ihn blockiert und das Profil gemeldet. Nichts von ihnen lief auf deinem Rechner, und LinkedIn kann sich das Profil ansehen, bevor der nächste Entwickler dieselbe Einladung bekommt.
camera-fix-interview-reported-installed = Du hast ihn blockiert und das Profil gemeldet, und das hilft dem nächsten Kandidaten. Aber das Installationsprogramm von Halvex Meet lief schon mit deinem Passwort: Betrachte diesen Rechner als kompromittiert. Ändere von einem anderen Gerät aus deine Passwörter, melde dich überall ab, bring deine Kryptowerte in neue Wallets und ersetze alle Schlüssel, die darauf lagen. Lass den Rechner dann bereinigen oder neu aufsetzen.
camera-fix-interview-walked-away-q = Du bist gegangen, bevor etwas von dir auf dem Spiel stand, und das war sicher. Seine Fragen waren aber die, die jeder Recruiter stellt. Heb dir dein Nein für Bitten auf, die fremden Code auf deinen Rechner bringen oder jemanden in deinem Namen handeln lassen.
camera-fix-interview-walked-away-video = Du bist sicher gegangen. Das Videogespräch selbst war allerdings nicht die Gefahr: Du wärst als du selbst aufgetreten. Heb dir dein Nein für den Moment auf, in dem jemand will, dass du seine App installierst oder seinen Befehl ausführst.

camera-fix-interview-fine-identity-docs = Der Fragebogen drehte sich um deine Arbeit: Sprachen, Berufsjahre, Zeitzone, Kündigungsfrist, Gehaltsspanne. Das fragt jeder Recruiter. Dokumente, Logins und Installationen sind das, womit jemand in deinem Namen oder auf deinem Rechner handeln kann.
camera-fix-interview-fine-proxy-verification = Ein Videogespräch mit eingeschalteter Kamera war in Ordnung: Du wärst als du selbst aufgetreten, für eine Arbeit, die du selbst machen würdest. Die Gefahr in diesem Call war nicht die Kamera, sondern was mitkam: ihre App und ihr Befehl.
