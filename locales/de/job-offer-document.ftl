# Szenario „job-offer-document“: Eine Recruiterin einer Kryptobörse, Tessaline Exchange,
# schreibt auf LinkedIn und schickt die „Stellenbeschreibung mit Gehalt und Benefits“ als Datei,
# die man auf besondere Weise öffnen soll (Operation DreamJob). Harmlos sind hier ihre Fragen
# zur Arbeit der spielenden Person und ein kurzer Kennenlern-Call mit Kamera. Abzulehnen: der
# Wechsel zu Telegram, das Öffnen der Datei und Belege, die nur zu ihr selbst zurückführen.
# Variablen: $recruiter (Frauenname: sie), $salary (Dollar im Jahr), $weekday (tuesday oder
# thursday), $doc (pdf, archive oder macro: welche Art Datei sie schickt).
# Ton: locker. Sie schreibt schnelle, freundliche Zeilen, manche kleingeschrieben, ein paar
# Emoji, mit Kürzeln wie „Comp“ für Vergütung. Nie als Karikatur.
# Anrede: Sie duzt, und die spielende Person duzt zurück; die Erzählstimme duzt wie im ganzen Spiel.
# Text in eckigen Klammern ist eine Handlung der spielenden Person, keine Nachricht.

job-offer-document-title = Eine Backend-Stelle bei einer Kryptobörse
job-offer-document-summary = Eine Recruiterin auf LinkedIn hat eine Remote-Stelle als Senior Engineer bei einer Kryptowährungsbörse.
job-offer-document-cast-recruiter = { $recruiter }

job-offer-document-li-request = Neue Nachrichtenanfrage auf LinkedIn von { $recruiter }, Talent Partner bei Tessaline Exchange.
job-offer-document-li-hello = hi! { $recruiter } hier, Talent Partner bei Tessaline 👋 wir sind eine Kryptobörse, rund 300 Leute, komplett remote. deine Go-Projekte auf GitHub sind mir aufgefallen
job-offer-document-li-hello-alt = Hallo! Ich bin { $recruiter } und stelle Entwickler für Tessaline ein, eine komplett remote arbeitende Kryptobörse mit rund 300 Leuten 👋 hab deine Go-Sachen auf GitHub gesehen und musste einfach schreiben
job-offer-document-li-role = Wir suchen einen Senior Backend Engineer fürs Matching-Engine-Team: { MONEY($salary) } im Jahr plus Token-Bonus, remote, flexible Zeiten. Die kurze öffentliche Ausschreibung steht auf unserer Karriereseite.
job-offer-document-li-questions = Bevor ich dir das ganze Paket schicke, ein paar kurze Fragen: Wie viele Jahre Go? Was ist das größte System, an dem du gearbeitet hast? Und ist Rufbereitschaft eine Woche im Monat okay für dich?

job-offer-document-exp-choice-answer = Sechs Jahre Go, vor allem Payment-Backends. Eine Woche Rufbereitschaft im Monat passt für mich.
job-offer-document-exp-choice-profile = Steht eigentlich alles im Profil. Ich würde lieber erst alle Details sehen, bevor ich Fragen beantworte.
job-offer-document-exp-choice-profile-feedback = Fragen zu deiner Arbeit gehören zu jedem Recruiting, ehrlich oder nicht, und sie zu beantworten gefährdet nichts. Die Grenze liegt bei Dokumenten und persönlichen Daten: Ausweiskopien, Steuernummern, Zugangsdaten.
job-offer-document-exp-choice-package = Schick mir erst Gehalt und Benefits, dann antworte ich. Spart uns beiden Zeit.
job-offer-document-exp-choice-package-feedback = Fragen zu deiner Erfahrung sind harmlos, egal wer sie stellt. Sie abzulehnen schützt nichts, und wer zuerst das Paket verlangt, beschleunigt nur die Datei, die ohnehin kommt.

job-offer-document-exp-thanks = Super, Payments ist genau das, was das Team braucht 🙌
job-offer-document-exp-skip = Klar, kein Problem, dein Profil sagt ja schon viel.

job-offer-document-move = Der LinkedIn-Chat ist bei mir so lahm 😅 können wir auf Telegram weitermachen? Da gehen Dateien und kurze Calls leichter.
job-offer-document-move-choice-stay = Ich bleibe erst mal lieber hier auf LinkedIn. Dateien gehen hier auch.
job-offer-document-move-choice-stay-feedback = Gut. Ein Drängen von LinkedIn auf einen Messenger, bevor irgendetwas vereinbart ist, ist ein bekanntes Muster bei falschen Jobangeboten: Der Verlauf bleibt bei ihr, und LinkedIn sieht die Dateien nie, die sie schickt.
job-offer-document-move-choice-go = Klar, Telegram ist mir auch lieber. Füg mich hinzu, mein Username ist einfach mein Name.
job-offer-document-move-choice-halfway = Für die Dateien ist Telegram okay, aber das eigentliche Angebot bleibt hier auf LinkedIn.
job-offer-document-move-choice-halfway-feedback = Gerade die Dateien sollten nicht in einen privaten Chat wandern: Dort sieht niemand außer dir, was sie schickt. Im Kanal zu bleiben, in dem alles begann, kostet eine ehrliche Recruiterin nichts.

job-offer-document-stay-reply = ok ok, dann bleiben wir hier
job-offer-document-tg-hello = hey, hier ist { $recruiter } von Tessaline. danke fürs Hinzufügen!

job-offer-document-call-ask = Nächster Schritt ist ein 15-Minuten-Kennenlern-Call mit mir, am { $weekday ->
    [tuesday] Dienstag
   *[thursday] Donnerstag
}, mit Kamera. Einfach um uns kennenzulernen, und ich erzähle dir vom Team. Zoom oder Google Meet, was du eben schon nutzt.
job-offer-document-call-choice-accept = { $weekday ->
    [tuesday] Dienstag
   *[thursday] Donnerstag
} passt. Mit Kamera, und ich komme über die Zoom-App, die ich schon habe.
job-offer-document-call-choice-audio = Ein Call ist okay, aber nur Audio. Bei Recruitern bleibt meine Kamera aus.
job-offer-document-call-choice-audio-feedback = Ein kurzer Videocall mit einer Recruiterin, als du selbst, ist ein normaler Schritt und eine gute Gelegenheit, sie einzuschätzen. Das Risiko war hier nie der Call, sondern das, was sie danach schickte.
job-offer-document-call-choice-writing = Können wir alles schriftlich machen? Im Text antworte ich sowieso viel besser.
job-offer-document-call-choice-writing-feedback = Eine Recruiterin als du selbst per Kamera zu treffen, in einer App, die du schon nutzt, gefährdet nichts, und du erfährst viel dabei. Das Risiko kam hier später, in einer Datei.

job-offer-document-call-done = { $weekday ->
    [tuesday] Dienstag
   *[thursday] Donnerstag
}: fünfzehn Minuten mit Kamera mit { $recruiter }. Sie ist flott und freundlich, kennt die Produkte der Börse, stellt gute Fragen zu deiner Go-Arbeit und verspricht, gleich danach das ganze Paket zu schicken.
job-offer-document-call-skip = hm ok, passt schon. Dann machen wir hier weiter.

job-offer-document-doc-intro = Wie versprochen, hier die komplette Stellenbeschreibung mit Gehalt und Benefits. Da stehen vertrauliche Comp-Details drin, deshalb schützt unser HR-System die Datei.
job-offer-document-doc-file = { $doc ->
    [pdf] { $recruiter } hat eine Datei geschickt: Tessaline_Senior_Backend_Offer.pdf. Die Vorschau zeigt eine verschwommene Seite mit dem Logo der Börse und einem Button: View securely.
    [archive] { $recruiter } hat ein Archiv geschickt: Tessaline_Offer_Package.zip. Darin liegen ein PDF namens Job_Description und ein kleines Programm namens SecureDocViewer.
   *[macro] { $recruiter } hat eine Datei geschickt: Tessaline_Salary_and_Benefits.docx. Die Vorschau zeigt eine graue Seite: Dieses Dokument ist geschützt. Aktivieren Sie den Inhalt, um es anzuzeigen.
}
job-offer-document-doc-how = { $doc ->
    [pdf] klick einfach auf View securely. Das öffnet unser Dokumentenportal und will ein kleines Viewer-Plugin, eine Minute und du siehst alles
    [archive] das PDF ist verschlüsselt, also öffne es mit dem Viewer im selben Ordner. eine Minute und du siehst alles
   *[macro] wenn Word fragt, klick auf Inhalt aktivieren, das ist nur unser HR-Schutz. eine Minute und du siehst alles
}

job-offer-document-doc-choice-text = Kannst du die Beschreibung hier als reinen Text einfügen? Dateien von Recruitern öffne ich nicht.
job-offer-document-doc-choice-text-feedback = Richtig. Eine Stellenbeschreibung ist Text: Eine ehrliche Recruiterin kann ihn einfügen oder dich auf die Karriereseite der Firma verweisen. Eine Datei, die einen Viewer, ein Plugin oder aktivierte Inhalte braucht, will etwas auf deinem Computer ausführen. Jobangebote mit solchen Dateien sind ein bekannter Trick; Sicherheitsforscher von ESET nannten eine lange Kampagne Operation DreamJob.
job-offer-document-doc-choice-open = Alles klar, ich mache sie gleich auf. Ehrlich gesagt bin ich echt neugierig auf den Token-Bonus.
job-offer-document-doc-choice-scan = Ich lasse erst meinen Virenscanner drüberlaufen, und wenn sie sauber ist, mache ich sie auf.
job-offer-document-doc-choice-scan-feedback = Ein Scanner kann eine Datei übersehen, die für ein einzelnes Ziel gebaut wurde, und der Viewer, das Plugin oder die aktivierten Inhalte laufen in dem Moment, in dem du sie öffnest. Sicher war nur, sie gar nicht zu öffnen und um reinen Text zu bitten.

job-offer-document-doc-pushback = Verstehe ich, Sicherheit geht vor! Aber einfügen kann ich es nicht: Comp-Daten sind vertraulich, und die Rechtsabteilung erlaubt sie nur in der geschützten Datei.
job-offer-document-proof = Du kannst aber prüfen, dass ich echt bin. Ich stehe auf der Teamseite unserer Website, ich habe hier über 500 Kontakte, und unsere HR-Direktorin kann dir per E-Mail die Stelle bestätigen.

job-offer-document-proof-choice-check = [Die Börse selbst nachschlagen: ihre Karriereseite über die Hauptseite und ihren offiziellen Support]
job-offer-document-proof-choice-check-feedback = Richtig. Die eigene Karriereseite der Börse, über ihre Hauptseite erreicht, und ihr offizieller Support sind Kanäle, die sie nicht kontrolliert. Ihr Profil, die Teamseite, auf die sie verweist, und die HR-Direktorin, die sie anbietet, führen alle zu ihr zurück.
job-offer-document-proof-choice-hr = Okay, dann soll deine HR-Direktorin mir mailen. Wenn das passt, öffne ich die Datei.
job-offer-document-proof-choice-hr-feedback = Eine E-Mail von jemandem, den sie ins Spiel bringt, ist immer noch ihr Beleg: Die Adresse kam von ihr. Nur ein Kanal, den du selbst findest, etwa die eigene Website der Firma oder ihr offizieller Support, kann bestätigen, wer sie ist.
job-offer-document-proof-choice-trust = Du bist auf der Teamseite, und wir haben gemeinsame Kontakte. Das reicht mir, ich öffne sie.
job-offer-document-proof-choice-trust-feedback = Ein Profil voller Kontakte und ein Name auf einer Teamseite sind leicht zu fälschen oder zu leihen, und über die Datei sagen sie nichts. Eine Stellenbeschreibung braucht nie einen Viewer, ein Plugin oder aktivierte Inhalte.

job-offer-document-hr-mail = Eine E-Mail von Tessalines „HR-Direktorin“ kommt an, von der Adresse, die { $recruiter } dir genannt hat: freundlich, mit vollem Titel unterschrieben, und sie bestätigt, dass { $recruiter } fürs Matching-Engine-Team rekrutiert.
job-offer-document-last-hr = Siehst du? Alles offiziell 😊 Der Hiring Manager will heute Abend dein Feedback zum Paket, sonst geht der Platz an den nächsten Kandidaten. Mach die Datei einfach auf, dauert eine Minute.
job-offer-document-check-result = Du suchst Tessaline Exchange selbst und öffnest die Karriereseite über die Hauptseite. Die Stelle als Senior Backend Engineer steht dort, mit einem Bewerbungsformular. Der Support antwortet am nächsten Morgen: Bewerbungen laufen nur über dieses Formular, Kandidaten bekommen keine Dateien zum Öffnen, und einen Talent Partner dieses Namens können sie nicht bestätigen.
job-offer-document-last-checked = der Support ist ausgelagert, die wissen nicht, wer im Recruiting ist 🙄 Der Hiring Manager will heute Abend dein Feedback zum Paket, sonst geht der Platz an den nächsten Kandidaten. Mach die Datei einfach auf, dauert eine Minute.

job-offer-document-last-choice-report = [{ $recruiter } blockieren, ihr Profil bei LinkedIn melden, über die Karriereseite bewerben]
job-offer-document-last-choice-report-feedback = Erst blockieren und dann ohne Ankündigung melden ist der sicherste Ausweg: nichts zu diskutieren, und LinkedIn kann das Profil stoppen, bevor es den nächsten Entwickler erreicht. Wenn die Stelle echt ist, bewirbst du dich über die Karriereseite.
job-offer-document-last-choice-work-laptop = [Die Datei an den Arbeitslaptop schicken und dort öffnen, hinter dem Firmen-Virenschutz]
job-offer-document-last-choice-work-laptop-feedback = Ein Arbeitslaptop verschiebt das Risiko nur: Auf ihm liegen die Konten und das Netz deines Arbeitgebers, und die Datei läuft dort genauso. Öffne nie Dateien von Recruitern auf einem Computer, auf dem Konten, Schlüssel oder Wallets liegen.
job-offer-document-last-choice-open = Na gut, wegen einer Datei will ich den Platz nicht verlieren. Ich öffne sie und melde mich.

job-offer-document-opened = { $doc ->
    [pdf] Du klickst auf View securely. Eine Seite mit dem Logo der Börse will ein Viewer-Plugin; du installierst es, und das Angebot erscheint: ein großzügiges Gehalt, ein Token-Bonus, nichts Ungewöhnliches.
    [archive] Du startest SecureDocViewer. Nach einem Moment erscheint die Stellenbeschreibung: ein großzügiges Gehalt, ein Token-Bonus, nichts Ungewöhnliches.
   *[macro] Du klickst auf Inhalt aktivieren. Aus der grauen Seite wird ein ordentliches zweiseitiges Angebot: ein großzügiges Gehalt, ein Token-Bonus, nichts Ungewöhnliches.
}
job-offer-document-opened-reply = Perfekt! Als Nächstes morgen ein technisches Gespräch mit dem Hiring Manager. Er schickt die Coding-Aufgabe auch als geschützte Datei, { $doc ->
    [macro] also lass die Inhalte für unsere Dateien aktiviert.
   *[other] also lass den Viewer installiert.
}

job-offer-document-after-choice-stop = [Aufhören. Vom Handy aus Passwörter ändern, Krypto umziehen und sie melden]
job-offer-document-after-choice-stop-feedback = Richtig: aufhören, dann von einem anderen Gerät aus aufräumen. Was die Datei gestartet hat, kann Passwörter, Browser-Sitzungen und Wallet-Schlüssel schon kopiert haben, also ändere alles und melde dich überall ab, von einem Gerät, das sie nie berührt hat.
job-offer-document-after-choice-task = [Ihr danken, alles so lassen und auf die Coding-Aufgabe von morgen warten]
job-offer-document-after-choice-uninstall = Ich { $doc ->
    [macro] lösche das Dokument
   *[other] deinstalliere den Viewer
} sicherheitshalber sofort und mache dann mit dem Gespräch weiter.
job-offer-document-after-choice-uninstall-feedback = Das Entfernen nimmt nicht zurück, was schon passiert ist: Passwörter, Browser-Sitzungen und Wallet-Schlüssel können in dem Moment kopiert werden, in dem es läuft. Hör auf, und ändere deine Passwörter und melde alle Sitzungen von einem anderen Gerät aus ab.

job-offer-document-drained = Zwei Tage später ist deine Krypto-Wallet leer. Jede Münze ging über Nacht an eine Adresse, die du nicht kennst.
job-offer-document-sessions = Deine E-Mail und GitHub: neue Anmeldungen von Geräten, die du nicht kennst, ohne dass ein Passwort abgefragt wurde. Jemand nutzt deine gespeicherten Sitzungen.
job-offer-document-compromised = Das Öffnen der Datei hat ihren Code auf deinem Computer ausgeführt, und er hat mitgenommen, was er fand: gespeicherte Passwörter, Browser-Sitzungen, Wallet-Schlüssel. Das Angebot, der Call und die Datei waren so gemacht, dass sie gewöhnlich wirken, und auch vorsichtige Leute fallen darauf herein. Handle jetzt, von einem sauberen Gerät aus: Ändere deine Passwörter und schalte die Zwei-Faktor-Anmeldung ein, melde alle Sitzungen ab, zieh, was übrig ist, auf eine neue Wallet um, und installiere den Computer neu, bevor du ihm wieder vertraust. Melde ihr Profil bei LinkedIn und den Diebstahl bei der Polizei. Die Seite „Schon verwickelt?“ (Taste I oder redflag involved) führt dich durch die nächsten Schritte.

job-offer-document-cleanup = Vom Handy aus änderst du die Passwörter deiner E-Mail, deines GitHub- und deines Börsenkontos, meldest alle Sitzungen ab und ziehst deine Krypto auf eine neue Wallet um. Dann blockierst du { $recruiter }, meldest ihr Profil bei LinkedIn und lässt den Laptop offline, bis er neu installiert ist.
job-offer-document-reported-after-open = Du hast aufgehört, sobald du gesehen hast, wohin es führt, und von einem anderen Gerät aus aufgeräumt, bevor viel passieren konnte. Behalte deine Konten in den nächsten Wochen im Blick, und installiere den Computer neu, bevor du ihn für etwas Wichtiges benutzt. Deine Meldung hilft LinkedIn, das Profil zu stoppen, bevor es den nächsten Entwickler erreicht.
job-offer-document-reported = Du hast sie blockiert und das Profil gemeldet, ohne etwas zu öffnen. Deine Passwörter, Sitzungen und deine Wallet sind deine geblieben. Und falls die Stelle echt ist, kannst du dich immer noch über die eigene Karriereseite der Börse bewerben.

job-offer-document-fine-identity-docs = Fragen nach deinen Jahren mit Go, deinem größten Projekt oder der Rufbereitschaft gehören zu jedem Recruiting, und die Antworten stehen ohnehin in deinem Profil. Die Grenze liegt bei Dokumenten und Daten, mit denen jemand in deinem Namen handeln kann: Ausweiskopien, Steuernummern, Zugangsdaten.
job-offer-document-fine-proxy-verification = Ein kurzer Kennenlern-Call mit Kamera, als du selbst, in einer Meeting-App, die du schon nutzt, ist ein normaler Schritt und eine faire Gelegenheit, sie einzuschätzen. Der Call war nie das Risiko, sondern die Datei danach.
