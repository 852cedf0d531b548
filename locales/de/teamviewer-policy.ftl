# Szenario „teamviewer-policy“: Ein „Projektmanager“ antwortet auf dein Gebot auf Freelancer,
# wechselt zu WhatsApp und behauptet, TeamViewer sei „von der Sicherheitsrichtlinie der Plattform
# vorgeschrieben“.
# Variablen: $pm (ein Name), $rate und $night (Dollar), $project (shop oder dashboard, für einen Selektor).
# Der Manager schreibt knapp, selbstsicher, etwas bestimmend, duzt, mit kleinen Tippfehlern und Emoji.

teamviewer-policy-title = Die Sicherheitsrichtlinie
teamviewer-policy-summary = Ein Projektmanager antwortet auf dein Gebot auf Freelancer und erklärt dir die „Sicherheitsregeln“ der Plattform.
teamviewer-policy-cast-pm = { $pm }

teamviewer-policy-bid = Neue Nachricht zu deinem Gebot auf „{ $project ->
    [shop] Bugfixes für einen Onlineshop
   *[dashboard] Neue Funktionen für ein Analyse-Dashboard
}“ (Stundenbasis).
teamviewer-policy-hello = Hallo! Ich bin { $pm }, Projektmanager für diesen Auftrag. Dein Gebot ist das stärkste, das wir bekommen haben 👏
teamviewer-policy-project = { $project ->
    [shop] Es geht um laufende Arbeit am Onlineshop unseres Kunden, Bugs im Checkout, kleine Features.
   *[dashboard] Es geht um laufende Arbeit am Analyse-Dashboard unseres Kunden, neue Diagramme und Filter.
} { MONEY($rate) } die Stunde, so 30 Stunden pro Woche.
teamviewer-policy-reviews = hab deine bewertungen gesehen, überall 5 sterne 😍
teamviewer-policy-move = Unser Team macht die Daily Standups auf WhatsApp, schick mir bitte deine Nummer, dann füg ich dich zur Gruppe hinzu. Onboarding machen wir dann dort

teamviewer-policy-move-choice-go = Klar, hier ist meine Nummer.
teamviewer-policy-move-choice-stay = Danke! Ich würde lieber hier auf Freelancer weiterschreiben, bis mir das Projekt vergeben ist.
teamviewer-policy-move-choice-award = Ich komme gern in den Team-Chat, sobald mir das Projekt hier vergeben wurde. Kannst du es zuerst vergeben?
teamviewer-policy-move-choice-award-feedback = Die richtige Reihenfolge: erst die Vergabe auf der Plattform, dann irgendein Team-Chat. Bis dahin sind die Nachrichten auf der Plattform dein Nachweis.

teamviewer-policy-stay-reply = vergabe kommt nach dem onboarding, so ist der ablauf. whatsapp ist nur fürs team, da sind alle. mach es nicht kompliziert 🙂
teamviewer-policy-insist-choice-give-in = Okay, hier ist meine Nummer.
teamviewer-policy-insist-choice-decline = Dann lasse ich es. Viel Erfolg mit dem Projekt.
teamviewer-policy-insist-choice-report = Dann lasse ich es, und ich melde diese Nachricht bei Freelancer.
teamviewer-policy-insist-choice-report-feedback = Freelancer hat an jeder Nachricht eine Melden-Funktion. Sie zu nutzen dauert eine Minute und warnt die Plattform.

teamviewer-policy-wa-group = { $pm } hat dich zur Gruppe „Dev Team 🚀“ hinzugefügt. Mitglieder: { $pm } und du.
teamviewer-policy-wa-hello = Willkommen im Team 😊 { $pm } hier
teamviewer-policy-wa-team = wir sind 6 devs, wird dir gefallen. bevor du tasks bekommst, machen wir das security onboarding
teamviewer-policy-wa-policy = bei stundenprojekten ist TeamViewer laut der sicherheitsrichtlinie von Freelancer pflicht. die brauchen das, damit die arbeit überprüft werden kann. installier es bitte und schick mir deine ID und das passwort
teamviewer-policy-wa-file = { $pm } hat dir eine Datei geschickt: TeamViewer_Setup.exe (61 MB)
teamviewer-policy-wa-hurry = muss heute erledigt sein, dann kann ich dir morgen früh den auftrag vergeben ⏰
teamviewer-policy-policy-choice-install = Okay, ich installiere es. ID und Passwort schicke ich dir gleich.
teamviewer-policy-policy-choice-check = Ich frage erst beim Support von Freelancer nach dieser Richtlinie.
teamviewer-policy-policy-choice-check-feedback = Genau. Ihre Regeln nennt dir eine Plattform selbst, in ihrer Hilfe oder über ihren Support. Eine fremde Person auf WhatsApp ist nicht die Plattform.
teamviewer-policy-policy-choice-refuse = Fernzugriff auf meinen Computer gibt es für niemanden. An so eine Richtlinie glaube ich nicht.

teamviewer-policy-fake-doc = nicht nötig, hab sie hier 👇
teamviewer-policy-fake-doc-file = { $pm } hat dir eine Datei geschickt: Freelancer_Security_Policy_2026.pdf (1 Seite, kein Briefkopf, kein Link zur Plattform)
teamviewer-policy-fake-doc-2 = siehst du? offiziell. und schreib dem support nix davon, die sind langsam und setzen dein profil auf prüfung, dann kriegt keiner den auftrag 🙄

teamviewer-policy-brush-off = support?? 😂 die brauchen 2 wochen für ne antwort
teamviewer-policy-brush-off-2 = vertrau mir, ich mach das jede woche. und erwähn TeamViewer da lieber nicht, die markieren neue freelancer die zu viele fragen stellen
teamviewer-policy-after-check-install = Na gut, ich will den Auftrag nicht verlieren. Ich installiere es.
teamviewer-policy-after-check-leave = Eine echte Richtlinie müsste man nicht vor dem Support der Plattform verstecken. Ich bin raus.
teamviewer-policy-after-check-report = Ich schicke das jetzt doch an den Support von Freelancer, mit dem Chat.
teamviewer-policy-after-check-report-feedback = Richtig. Wenn dir jemand sagt, du sollst die Plattform nicht fragen, ist genau das die Antwort. Heb den Chat auf: Er ist ein Beweismittel.

teamviewer-policy-installed = TeamViewer ist auf deinem Laptop installiert. { $pm } ist verbunden.
teamviewer-policy-night = perfekt ✅ noch eine sache. unser senior dev ist in ner anderen zeitzone, der macht nachts ein paar tasks über TeamViewer
teamviewer-policy-night-pay = lass den laptop einfach an und am ladekabel, klapp ihn nicht zu. dafür kriegst du jede woche { MONEY($night) } extra, leicht verdientes geld 💸
teamviewer-policy-night-quiet = und sag Freelancer bitte nix von der nachtarbeit oder unserem dev, ist intern, geht die nix an. lösch den chat ab und zu 😉
teamviewer-policy-night-choice-agree = Okay, ich lass ihn an. Extra Geld kann ich gut gebrauchen.
teamviewer-policy-night-choice-uninstall = Nein. Ich deinstalliere TeamViewer, und ich verheimliche der Plattform nichts.
teamviewer-policy-night-choice-uninstall-feedback = Richtige Entscheidung, auch jetzt noch. Mit der Deinstallation endet der Zugriff; danach deine Passwörter zu ändern, schließt den Rest.
teamviewer-policy-night-choice-report = Ich deinstalliere TeamViewer und melde das bei Freelancer.

teamviewer-policy-pushback = warte warte. du hast das onboarding schon gemacht, wir haben zeit in dich investiert
teamviewer-policy-pushback-2 = wenn du jetzt gehst, sag ich dem kunden, dass du die vereinbarung gebrochen hast, dann ist deine bewertung weg. lass ihn einfach 2 wochen an und schau 🙂
teamviewer-policy-pushback-choice-give-in = Okay… zwei Wochen, dann sehen wir weiter.
teamviewer-policy-pushback-choice-leave = Es gibt keine Vereinbarung. TeamViewer ist weg. Tschüss.
teamviewer-policy-pushback-choice-report = TeamViewer ist weg, und ich melde dich jetzt bei Freelancer.
teamviewer-policy-pushback-choice-report-feedback = Drohungen gegen deine Bewertung sind Druck, kein Vertrag. Die Plattform kann dein Profil viel besser schützen, wenn sie weiß, was passiert ist.

teamviewer-policy-night-thanks = super 👍 der erste bonus kommt nächsten freitag. jetzt gehörst du richtig zum team
teamviewer-policy-suspended = Drei Wochen später: „Dein Freelancer-Konto wurde gesperrt, während wir verdächtige Aktivitäten prüfen.“
teamviewer-policy-sessions = Das Verbindungsprotokoll von TeamViewer zeigt fast jede Nacht Sitzungen, etwa von 1 bis 6 Uhr.
teamviewer-policy-compromised = Jemand hat jede Nacht deinen Laptop, deinen Internetanschluss und deinen Namen benutzt. So wirken Proxy-Arbeiter für eine Plattform wie Einheimische; das FBI hat genau vor solchen Aufbauten gewarnt, und wer wissentlich Laptops für sie betrieben hat, wie Matthew Knoot und Christina Chapman, wurde angeklagt. Dir wurde gesagt, das sei Vorschrift. Wichtig ist jetzt: Deinstalliere TeamViewer, ändere deine Passwörter von einem anderen Gerät aus, erzähl Freelancer, was passiert ist, und erstatte Anzeige bei der Polizei.

teamviewer-policy-walked-away-early = Du hast das Gespräch bis zur Vergabe auf Freelancer gehalten und bist gegangen, als das abgelehnt wurde. Der Schutz der Plattform blieb bei dir.
teamviewer-policy-reported-early = Du bist gegangen und hast die Nachricht gemeldet. Freelancer kann diesen „Projektmanager“ jetzt überprüfen, bevor das nächste Gebot kommt.
teamviewer-policy-walked-away = Du hast den Fernzugriff auf deinen Computer abgelehnt. Keine echte Plattform verlangt in ihren Richtlinien, dass du ihn aus der Hand gibst.
teamviewer-policy-reported = Du hast abgelehnt und es der Plattform gemeldet, also genau der Stelle, die ihre echten Richtlinien kennt. Dein Laptop gehört weiter dir.
teamviewer-policy-walked-away-late = Du hast TeamViewer deinstalliert und bist gegangen. Ändere sicherheitshalber deine Passwörter von einem anderen Gerät aus, und überleg, Freelancer zu erzählen, was passiert ist.
teamviewer-policy-reported-late = Du hast TeamViewer deinstalliert und es gemeldet. Ändere auch deine Passwörter von einem anderen Gerät aus: Die Plattform weiß jetzt Bescheid, und dein Laptop gehört wieder dir.
