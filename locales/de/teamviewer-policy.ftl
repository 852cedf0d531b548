# Szenario „teamviewer-policy“: Ein Projektmanager antwortet auf dein Gebot auf Freelancer,
# bittet um ein NDA auf der Plattform, wechselt zu WhatsApp und behauptet, TeamViewer sei von
# der Sicherheitsrichtlinie der Plattform vorgeschrieben.
# Variablen: $pm (ein Männername), $rate und $night (Dollar), $project (shop oder dashboard,
# für einen Selektor).
# Der Manager ist ein Mann. Er siezt, schreibt sauber, höflich und professionell in ganzen
# Sätzen, ohne Emojis, und bleibt auch beim Druckmachen förmlich. Die spielende Person siezt
# zurück. Text in eckigen Klammern ist eine Handlung, keine Nachricht.

teamviewer-policy-title = Eine Antwort auf dein Gebot bei Freelancer
teamviewer-policy-summary = Einem Projektmanager gefällt dein Gebot für laufende Arbeit am Webprojekt eines Kunden, und er möchte dich in sein Team holen.
teamviewer-policy-cast-pm = { $pm }

teamviewer-policy-bid = Neue Nachricht zu deinem Gebot auf „{ $project ->
    [shop] Bugfixes für einen Onlineshop
   *[dashboard] Neue Funktionen für ein Analyse-Dashboard
}“ (stundenweise).
teamviewer-policy-hello = Guten Tag, ich bin { $pm }, der Projektmanager für diesen Auftrag. Danke für Ihr Gebot: Es ist das stärkste, das wir erhalten haben, und Ihre Bewertungen sind ausgezeichnet.
teamviewer-policy-project = { $project ->
    [shop] Es geht um laufende Arbeit am Onlineshop unseres Kunden: Fehler im Checkout und kleine Funktionen.
   *[dashboard] Es geht um laufende Arbeit am Analyse-Dashboard unseres Kunden: neue Diagramme und Filter.
} Wir zahlen { MONEY($rate) } pro Stunde, bei etwa 30 Stunden pro Woche.
teamviewer-policy-nda = Bevor wir das Projekt vergeben, bittet unser Kunde alle Entwickler, ein kurzes NDA zu seinem Quellcode und seinen Kundendaten zu unterschreiben. Ich habe es hier auf Freelancer an das Projekt angehängt. Könnten Sie es lesen und unterschreiben?

teamviewer-policy-nda-choice-sign = Natürlich. Ein NDA für den Code des Kunden ist üblich; ich unterschreibe es im Projekt.
teamviewer-policy-nda-choice-later = Bei NDAs bin ich vorsichtig. Ich unterschreibe, sobald das Projekt vergeben und meine erste Woche bezahlt ist.
teamviewer-policy-nda-choice-later-feedback = Die Bedingung klingt umsichtig, blockiert aber die Arbeit: Der Kunde kann vor dem NDA keinen Code teilen, und dieses NDA liegt auf der Plattform und betrifft nur Code und Kundendaten. Das NDA war hier nie das Risiko.
teamviewer-policy-nda-choice-refuse = Ich unterschreibe nichts, bevor wir uns überhaupt kennen. Geheimhaltung macht mich misstrauisch.
teamviewer-policy-nda-choice-refuse-feedback = Ein vorsichtiger Reflex, aber diese Bitte war harmlos: Ein NDA, das auf der Plattform am Projekt hängt, schützt den Code und die Kundschaft des Kunden, und die Plattform sieht weiterhin die ganze Vereinbarung.

teamviewer-policy-nda-signed = Das NDA im Freelancer-Projekt ist eine Seite über den Quellcode und die Kundendaten des Kunden. Du unterschreibst es dort.
teamviewer-policy-nda-skip = Verstanden, das eilt nicht. Wir können bei der Vergabe darauf zurückkommen.
teamviewer-policy-move = Unser Team hält seine täglichen Stand-ups in einer WhatsApp-Gruppe ab. Könnten Sie mir Ihre Telefonnummer schicken, damit ich Sie hinzufüge? Das Onboarding machen wir dort.

teamviewer-policy-move-choice-go = Sicher, ein Team-Chat ist für tägliche Stand-ups sinnvoll. Hier meine Nummer, fügen Sie mich hinzu.
teamviewer-policy-move-choice-group = Nehmen Sie mich gern für die Stand-ups in die Gruppe, aber Vertrag und Zahlungen bleiben hier.
teamviewer-policy-move-choice-group-feedback = Der Beitritt zur Gruppe ist genau der Schritt, den er braucht: Onboarding, Dateien und die nächsten Bitten laufen jetzt dort, wo die Plattform nichts sieht. Ein Team-Chat kann nach einer Vergabe in Ordnung sein, nicht davor.
teamviewer-policy-move-choice-award = Gern, aber erst, wenn mir das Projekt hier vergeben ist. Könnten Sie es zuerst vergeben?
teamviewer-policy-move-choice-award-feedback = Die richtige Reihenfolge: erst eine Vergabe auf der Plattform, dann ein Team-Chat. Bis dahin sind die Nachrichten der Plattform deine Aufzeichnung.

teamviewer-policy-stay-reply = Die Vergabe kommt nach dem Onboarding; so ist unser Ablauf bei jedem Entwickler. WhatsApp ist nur für das Team, und alle sind dort. Bitte schicken Sie mir Ihre Nummer, und machen wir es nicht komplizierter, als es ist.
teamviewer-policy-insist-choice-give-in = Na gut. Jedes Team hat wohl seinen eigenen Ablauf. Hier ist meine Nummer.
teamviewer-policy-insist-choice-client = Nennen Sie mir zuerst den Firmennamen des Kunden. Wenn der stimmt, bekommen Sie meine Nummer.
teamviewer-policy-insist-choice-client-feedback = Einen Firmennamen zu nennen, ist leicht, und über ihn selbst beweist das nichts. Die Bitte war der Wechsel an sich, vor jeder Vergabe, von einem Manager, der sich gerade geweigert hatte, das Projekt auf der Plattform zu vergeben.
teamviewer-policy-insist-choice-report = [Nicht mehr antworten und seine letzte Nachricht über Freelancers Meldefunktion melden]
teamviewer-policy-insist-choice-report-feedback = Freelancer hat an jeder Nachricht eine Meldefunktion. Sie zu nutzen dauert eine Minute, und er muss nichts davon erfahren.
teamviewer-policy-client-reply = Der Name des Kunden fällt unter das NDA, ich nenne ihn Ihnen beim Onboarding. Ich füge Sie jetzt der Gruppe hinzu.

teamviewer-policy-wa-group = { $pm } hat dich zur Gruppe „Dev Team“ hinzugefügt. Mitglieder: { $pm } und du.
teamviewer-policy-wa-hello = Willkommen im Team. Bevor Sie Aufgaben bekommen, durchlaufen wir ein kurzes Sicherheits-Onboarding.
teamviewer-policy-wa-policy = Bei Stundenprojekten schreibt die Sicherheitsrichtlinie von Freelancer TeamViewer vor, damit die Arbeit überprüft werden kann. Ich habe Ihnen das Installationsprogramm geschickt.
teamviewer-policy-wa-file = { $pm } hat dir eine Datei geschickt: TeamViewer_Setup.exe (61 MB)
teamviewer-policy-wa-hurry = Bitte installieren Sie es heute und schicken Sie mir Ihre TeamViewer-ID und das Passwort. Dann kann ich Ihnen das Projekt morgen früh vergeben.
teamviewer-policy-policy-choice-install = [Das geschickte Installationsprogramm ausführen und ihm TeamViewer-ID und Passwort schicken]
teamviewer-policy-policy-choice-check = Ich prüfe diese Richtlinie zuerst beim Support von Freelancer und entscheide dann.
teamviewer-policy-policy-choice-check-feedback = Genau. Eine Plattform nennt ihre Regeln selbst, auf ihren Hilfeseiten oder über ihren Support. Ein Fremder auf WhatsApp ist nicht die Plattform.
teamviewer-policy-policy-choice-watch = Ich installiere es, solange es nur läuft, während ich am Schreibtisch sitze und zusehe.
teamviewer-policy-policy-choice-watch-feedback = Zuzusehen ändert nichts daran, wer arbeitet: jemand anderes, auf deinem Computer, über deine Verbindung und unter deinem Namen. Keine Richtlinie einer Plattform verlangt das; die Plattform selbst zu fragen, war der Weg, es zu prüfen.

teamviewer-policy-fake-doc = Das ist nicht nötig; ich habe das Dokument hier.
teamviewer-policy-fake-doc-file = { $pm } hat dir eine Datei geschickt: Freelancer_Security_Policy_2026.pdf (1 Seite, kein Briefkopf, kein Link zur Plattform)
teamviewer-policy-fake-doc-2 = Wie Sie sehen, ist es offiziell. Bitte schreiben Sie dem Support nicht deswegen: Die sind langsam und würden Ihr Profil in die Prüfung geben. Dann bekommt niemand den Auftrag. Installieren Sie es heute, dann können wir anfangen.

teamviewer-policy-brush-off = Der Support braucht meist zwei Wochen für eine Antwort.
teamviewer-policy-brush-off-2 = Ich mache das jede Woche. Und ich würde TeamViewer dort nicht erwähnen; neue Freelancer, die zu viele Fragen stellen, werden markiert. Installieren Sie es heute, dann können wir anfangen.
teamviewer-policy-after-check-install = Ich will das Projekt nicht wegen eines Support-Tickets verlieren. Gut, ich installiere es.
teamviewer-policy-after-check-old-laptop = Na gut, kein Ticket. Kann es auf meinen alten Laptop statt auf meinen Arbeitsrechner?
teamviewer-policy-after-check-old-laptop-feedback = Auch ein alter Laptop ist deine Verbindung und dein Name, und genau das braucht eine Proxy-Arbeitskraft. Und dem Support nichts zu sagen, ist die Geheimhaltung, die sie schützt, nicht dich.
teamviewer-policy-after-check-report = [Nichts installieren, die Gruppe verlassen und es dem Support von Freelancer melden]
teamviewer-policy-after-check-report-feedback = Richtig. Wenn dir jemand sagt, du sollst die Plattform nicht fragen, ist die Plattform zu fragen die Antwort, und du musst es ihm nicht vorher sagen. Behalte den Chat: Er ist ein Beweismittel.

teamviewer-policy-installed = TeamViewer ist auf deinem Laptop installiert. { $pm } ist verbunden.
teamviewer-policy-night = Danke, das funktioniert. Noch etwas: Unser Senior-Entwickler sitzt in einer anderen Zeitzone und erledigt nachts einige Aufgaben über TeamViewer. Bitte lassen Sie den Laptop eingeschaltet und am Ladegerät, mit offenem Deckel. Dafür erhalten Sie jede Woche { MONEY($night) } extra.
teamviewer-policy-night-quiet = Bitte erwähnen Sie die Nachtarbeit und unseren Entwickler gegenüber Freelancer nicht; das ist eine interne Angelegenheit. Am besten leeren Sie diesen Chat auch ab und zu. Kann ich mich auf Sie verlassen?
teamviewer-policy-night-choice-agree = Der Laptop steht nachts sowieso nur herum, und das Extra hilft. Gut, ich lasse ihn an.
teamviewer-policy-night-choice-uninstall = Nein. Ich deinstalliere TeamViewer, und ich verheimliche der Plattform nichts.
teamviewer-policy-night-choice-uninstall-feedback = Richtige Entscheidung, auch so spät noch. Die Deinstallation beendet den Zugriff; deine Passwörter von einem anderen Gerät aus zu ändern, schließt den Rest.
teamviewer-policy-night-choice-on-books = Die Nächte gehen in Ordnung, aber der Bonus läuft über Freelancer, und den Chat lösche ich nicht.
teamviewer-policy-night-choice-on-books-feedback = Offen mit dem Bonus umzugehen, ändert nichts daran, wozu du Ja gesagt hast: Jemand anderes arbeitet nachts von deinem Laptop aus, über deine Verbindung und unter deinem Namen. Den Laptop für ihn laufen zu lassen, war der Teil, den du ablehnen solltest.

teamviewer-policy-pushback = Das überrascht mich. Sie haben das Onboarding abgeschlossen, und wir haben Zeit in Sie investiert.
teamviewer-policy-pushback-2 = Wenn Sie jetzt aussteigen, muss ich dem Kunden sagen, dass Sie die Vereinbarung gebrochen haben, und Ihre Bewertung wird leiden. Lassen Sie den Laptop zwei Wochen an und schauen Sie, wie es läuft.
teamviewer-policy-pushback-choice-give-in = Eine schlechte Bewertung kann ich mir gerade nicht leisten. Gut, zwei Wochen, dann sehen wir weiter.
teamviewer-policy-pushback-choice-leave = Es gibt keine Vereinbarung. TeamViewer ist weg, und ich melde Sie jetzt bei Freelancer.
teamviewer-policy-pushback-choice-leave-feedback = Zu gehen war richtig, und Drohungen mit deiner Bewertung sind Druck, kein Vertrag. Aber die angekündigte Meldung gibt ihm Zeit, die Gruppe zu löschen und seine Spuren zu verwischen: erst blockieren, dann ohne ein Wort melden.
teamviewer-policy-pushback-choice-report = [TeamViewer deinstalliert lassen, ihn blockieren und den Chat Freelancer melden]

teamviewer-policy-fine-secrecy = Ein NDA, das auf der Plattform am Projekt hängt, schützt den Code und die Kundendaten des Kunden, und die Plattform sieht weiterhin die ganze Vereinbarung. Zum Warnsignal wurde Geheimhaltung, als er dich bat, Dinge vor Freelancer selbst zu verbergen und den Chat zu leeren.

teamviewer-policy-night-thanks = Danke. Den Bonus rechnen wir zum Ende der Woche ab. Sie gehören jetzt zum Team.
teamviewer-policy-suspended = Drei Wochen später: „Dein Freelancer-Konto wurde gesperrt, während wir verdächtige Aktivitäten prüfen.“
teamviewer-policy-sessions = Das Verbindungsprotokoll von TeamViewer zeigt fast jede Nacht Sitzungen, etwa von 1 bis 6 Uhr.
teamviewer-policy-compromised = Jemand hat jede Nacht deinen Laptop, deinen Internetanschluss und deinen Namen benutzt. So wirken Proxy-Arbeitskräfte für eine Plattform, als säßen sie vor Ort, und das FBI hat genau vor solchen Aufbauten gewarnt. So etwas zu beherbergen, kann dich zum Teil eines Betrugs machen, und das rechtliche Risiko bleibt bei dir, auch wenn man dir gesagt hat, es sei Vorschrift. Sich früh zu melden hilft, und wer getäuscht wurde, ist nicht dasselbe wie jemand, der so etwas wissentlich betrieben hat. Deinstalliere TeamViewer, ändere deine Passwörter von einem anderen Gerät aus, sag Freelancer, was passiert ist, und erstatte Anzeige bei der Polizei. Die Seite „Schon betroffen?“ im Spiel (Taste I) nennt die nächsten Schritte.

teamviewer-policy-reported-early = Du bist gegangen und hast die Nachricht gemeldet, ohne ihm ein Wort zu sagen. Freelancer kann diesen Projektmanager jetzt vor dem nächsten Gebot prüfen.
teamviewer-policy-reported = Du hast abgelehnt und es der Plattform gemeldet, dem einen Ort, der ihre echten Richtlinien kennt. Dein Laptop ist deiner geblieben.
teamviewer-policy-walked-away-late = Du hast TeamViewer deinstalliert und bist gegangen. Er weiß, dass du ihn melden willst, also tu es heute: Blockiere ihn, ändere deine Passwörter von einem anderen Gerät aus und sag Freelancer, was passiert ist.
teamviewer-policy-reported-late = Du hast TeamViewer deinstalliert, ihn blockiert und es gemeldet. Ändere auch deine Passwörter von einem anderen Gerät aus: Die Plattform weiß jetzt Bescheid, und dein Laptop gehört wieder dir.
