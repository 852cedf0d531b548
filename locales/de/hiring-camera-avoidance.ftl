# Szenario „hiring-camera-avoidance“: Die spielende Person stellt für die eigene kleine Firma
# einen Backend-Entwickler ein, remote.
# Variablen: $candidate (der Name auf der Bewerbung; ein Mann: er), $colleague (die
# Backend-Leitung im Team; jedes Geschlecht möglich, daher keine geschlechtsbezogenen Wörter),
# $home (denver, chicago oder seattle: wo der Bewerber nach eigener Angabe wohnt),
# $rate (Dollar pro Stunde).
# Anrede: Bewerber und Firma siezen sich (auch die Kollegin/der Kollege siezt den Bewerber);
# im Team duzt man sich. Der Bewerber schreibt und spricht gepflegt, höflich, in ganzen Sätzen;
# Englisch ist seine Zweitsprache, und das ist nie ein Warnsignal.
# Im Videoanruf sind die Nachrichten gesprochene Sätze.

hiring-camera-avoidance-title = Bewerbungsgespräch mit einem Backend-Entwickler
hiring-camera-avoidance-summary = Du suchst für deine kleine Firma einen Backend-Entwickler, der remote arbeitet. Über LinkedIn kommt eine Bewerbung.
hiring-camera-avoidance-cast-candidate = { $candidate }
hiring-camera-avoidance-cast-colleague = { $colleague }

hiring-camera-avoidance-applied = { $candidate } hat sich auf deine Stellenanzeige „Backend-Entwicklung, Remote-Vertrag, { MONEY($rate) }/Std.“ beworben. Ein Lebenslauf ist angehängt.
hiring-camera-avoidance-hello = Guten Tag, und vielen Dank für die Ausschreibung. Ich bin Backend-Entwickler mit acht Jahren Erfahrung in Node.js und Go, wohne in { $home ->
    [denver] Denver
    [chicago] Chicago
   *[seattle] Seattle
} und würde mich über ein Gespräch freuen.
hiring-camera-avoidance-cv-note = Eine Anmerkung zu meinem Lebenslauf: Mein LinkedIn-Profil hat vor einigen Jahren eine Personalagentur angelegt, es ist nicht mehr aktuell. Bitte richten Sie sich nach dem Lebenslauf; das ist die aktuelle Fassung.
hiring-camera-avoidance-compare = Du legst den Lebenslauf neben das LinkedIn-Profil. LinkedIn: Abschluss 2014, danach fünf Jahre bei einer Logistikfirma. Lebenslauf: eine andere Universität, Abschluss 2017 und nur zwei Jahre bei derselben Firma.

hiring-camera-avoidance-profile-choice-update = Danke. Könnten Sie Ihr LinkedIn-Profil an den Lebenslauf anpassen und mir den Link schicken?
hiring-camera-avoidance-profile-choice-update-feedback = Wenn er das Profil selbst ändert, passen die beiden zusammen, aber du weißt immer noch nicht, welche Angaben stimmen. Nach Unterschieden zwischen Profilen fragt man live und mit Kamera: Ein echter Mensch erklärt sie in einer Minute.
hiring-camera-avoidance-profile-choice-later = Danke! Gehen wir den Lebenslauf und diese Unterschiede zusammen im Videocall durch.
hiring-camera-avoidance-profile-choice-later-feedback = Guter Plan. Durch den Vergleich der Profile sind dir die Lücken aufgefallen; ein Live-Call mit Kamera ist der richtige Ort, danach zu fragen.
hiring-camera-avoidance-profile-choice-skip = Agenturprofile stimmen oft nicht, kein Problem. Für uns zählt Ihr Lebenslauf; machen wir einen Termin aus.

hiring-camera-avoidance-update-reply = Selbstverständlich. Ich korrigiere das Profil heute Abend, damit alles übereinstimmt. Danke für den Hinweis.
hiring-camera-avoidance-invite = Du schickst eine Einladung zum Videocall für Donnerstag, 10 Uhr deiner Zeit.

hiring-camera-avoidance-resched = Vielen Dank für die Einladung. Wäre es möglich, das Gespräch auf Freitag zur selben Zeit zu verschieben? Ich habe am Donnerstagvormittag einen Arzttermin, den ich nicht verlegen kann.
hiring-camera-avoidance-resched-choice-yes = Selbstverständlich. Dann Freitag, 10 Uhr; ich ändere die Einladung.
hiring-camera-avoidance-resched-choice-refuse = Wir bleiben bei den angebotenen Terminen. Geht Donnerstag nicht, passen wir.
hiring-camera-avoidance-resched-choice-refuse-feedback = Das war strenger als nötig. Ein Gespräch einmal höflich und mit neuem Termin zu verschieben, ist ganz normales Leben; über die Identität sagt das nichts.
hiring-camera-avoidance-resched-choice-proof = Gut, wenn Sie uns eine Bestätigung vom Arzt über den Termin schicken.
hiring-camera-avoidance-resched-thanks = Herzlichen Dank. Dann bis Freitag um 10 Uhr.
hiring-camera-avoidance-resched-move = Ich verstehe. Dann verlege ich meinen Termin und bin wie geplant am Donnerstag dabei.

hiring-camera-avoidance-joined = { $candidate } ist dem Call beigetreten. Seine Kamera ist aus.
hiring-camera-avoidance-colleague-hi = Hallo, ich bin { $colleague } und leite das Backend-Team. Schön, Sie kennenzulernen!
hiring-camera-avoidance-cam-excuse = Guten Morgen, hören Sie mich gut? Entschuldigen Sie bitte: Meine Webcam ist seit gestern defekt, die neue kommt nächste Woche. Wäre heute nur Audio in Ordnung?

hiring-camera-avoidance-cam-choice-phone = Kann passieren. Könnten Sie kurz übers Handy beitreten, mit Kamera?
hiring-camera-avoidance-cam-choice-phone-feedback = Richtig. Fast alle haben eine zweite Kamera in der Tasche, und ihr seht ohnehin jede Bewerberin und jeden Bewerber live im Video. Wer sich auf keiner Kamera zeigen kann, ist ein ernstzunehmendes Zeichen.
hiring-camera-avoidance-cam-choice-audio = Klar, heute reicht Audio. Wir haben viel vor, also fangen wir einfach an.
hiring-camera-avoidance-cam-choice-cv = Gar kein Problem. Ihr Lebenslauf sagt schon viel; Audio reicht völlig.

hiring-camera-avoidance-phone-reply = Leider ist mein Handy ein altes Modell, und die Frontkamera funktioniert auch nicht. Könnten wir anfangen? Beim nächsten Mal schalte ich gern das Video ein.

hiring-camera-avoidance-accent = Bevor wir beginnen, eine kleine Bitte: Englisch ist meine Zweitsprache, ich frage also vielleicht ab und zu nach, ob Sie eine Frage wiederholen können. Ich hoffe, das ist in Ordnung.
hiring-camera-avoidance-accent-choice-fine = Natürlich. Fragen Sie jederzeit nach, und lassen Sie sich ruhig Zeit.
hiring-camera-avoidance-accent-choice-origin = Laut Profil wohnen Sie hier. Woher kommen Sie denn eigentlich?
hiring-camera-avoidance-accent-choice-origin-feedback = Diese Frage zielt auf das Falsche. Viele, die in den USA leben und arbeiten, sind mit einer anderen Sprache aufgewachsen. Ein Akzent sagt nichts über die Identität; das tun die Live-Kamera und die Ausweisprüfung beim HR-Dienstleister, für alle gleich.
hiring-camera-avoidance-accent-choice-native = Für eine Remote-Stelle erwarten wir eigentlich Englisch als Muttersprache.
hiring-camera-avoidance-accent-reply = Ich bin im Ausland aufgewachsen und vor einigen Jahren für die Arbeit hierhergezogen. Wollen wir mit dem technischen Teil beginnen?

hiring-camera-avoidance-q1 = Fangen wir mit Ihrem letzten Job an. Laut Lebenslauf haben Sie ein Zahlungssystem aus einer großen Anwendung in kleine Go-Services überführt. Was war dabei am schwierigsten?
hiring-camera-avoidance-pause-1 = Eine lange Pause. Du hörst schnelles Tippen.
hiring-camera-avoidance-a1 = Das ist eine sehr gute Frage. Am schwierigsten war die Skalierbarkeit. Microservices bieten Skalierbarkeit, Ausfallsicherheit und schnellere Deployments, und wir haben die Best Practices für Docker, Kubernetes und CI/CD befolgt.
hiring-camera-avoidance-q2 = Schon, aber konkret in Ihrem Projekt: Solange altes und neues System parallel liefen, wie haben Sie verhindert, dass eine Zahlung doppelt gebucht wird?
hiring-camera-avoidance-pause-2 = Wieder eine lange Pause, wieder Tippen. Dann beginnt die Antwort mitten im Satz, mit gleichmäßiger Stimme, wie vorgelesen.
hiring-camera-avoidance-a2 = …und deshalb haben wir verteilte Transaktionen über alle Services eingesetzt, was garantiert, dass keine Zahlung jemals doppelt erfolgt, in allen Fällen.

hiring-camera-avoidance-answers-choice-own-words = Lassen wir die Theorie beiseite. An welchen Bug aus dem Projekt erinnern Sie sich noch?
hiring-camera-avoidance-answers-choice-own-words-feedback = Guter Zug. Nachfragen zur eigenen früheren Arbeit lassen sich schwer vom Blatt beantworten; lange Pausen und Lehrbuchsätze deuten darauf hin, dass jemand anderes die Antworten liefert.
hiring-camera-avoidance-answers-choice-next = Klar genug, und es passt zu unserem Stack. Reden wir darüber, wann Sie anfangen könnten.
hiring-camera-avoidance-answers-choice-praise = Lehrbuchantworten, das ist ein gutes Zeichen. Kommen wir zum praktischen Teil.

hiring-camera-avoidance-bug-reply = Da gab es natürlich viele. Ich war vor allem für die Architektur zuständig; die Details einzelner Bugs lagen beim Team.

hiring-camera-avoidance-availability = Vielen Dank Ihnen beiden für Ihre Zeit. Ich könnte am Montag anfangen. Da meine Kamera noch defekt ist: Könnten wir den Rest per E-Mail erledigen? Ich kann Ihnen heute einen Scan meines Reisepasses und zwei Referenzen schicken.
hiring-camera-avoidance-verify-choice-live = Alle, die wir einstellen, machen einen Live-Videocall und die Ausweisprüfung unseres HR-Dienstleisters.
hiring-camera-avoidance-verify-choice-live-feedback = Genau: dieselben zwei Prüfungen für alle, egal mit welchem Akzent oder Hintergrund. Echte Bewerber bestehen sie in Minuten; ein per E-Mail geschickter Scan beweist nichts darüber, wer an der Tastatur sitzt.
hiring-camera-avoidance-verify-choice-scan = Ein Passscan und zwei Referenzen reichen uns. Schicken Sie sie, dann setzen wir den Vertrag auf.
hiring-camera-avoidance-verify-choice-after = Schicken Sie den Scan und die Referenzen heute; den Videocall machen wir, sobald Ihre neue Webcam da ist.
hiring-camera-avoidance-verify-choice-after-feedback = Erst einstellen und später prüfen heißt oft: nie prüfen. Sobald er Vertrag und Zugänge hat, kann die Kamera ruhig kaputt bleiben. Der Live-Call und die Ausweisprüfung kommen vor dem Angebot, bei allen Bewerbern.

hiring-camera-avoidance-live-invite = Du schickst die Einladung zu einem zweiten kurzen Call mit Kamera und den Link zur Ausweisprüfung eures HR-Dienstleisters, wie bei allen Bewerbungen.
hiring-camera-avoidance-no-show = Zur vereinbarten Zeit tritt { $candidate } nicht bei. Der Link zur Ausweisprüfung bleibt ungeöffnet. Eine Stunde später kommt eine E-Mail.
hiring-camera-avoidance-email-docs = Betreff: Meine Unterlagen. Sehr geehrte Damen und Herren, entschuldigen Sie bitte, dass ich den Call verpasst habe; meine Verbindung ist ausgefallen. Um zu zeigen, wer ich bin, hänge ich einen Scan meines Reisepasses und meine Referenzen an. Ich hoffe, wir können am Montag beginnen. Mit freundlichen Grüßen, { $candidate }
hiring-camera-avoidance-glitch-on = Diesmal ist die Kamera an. Das Gesicht ist glatt und gleichmäßig ausgeleuchtet. Wie bei allen Bewerbungen bittet { $colleague } ihn, den Kopf zur Seite zu drehen und eine Hand langsam vor dem Gesicht vorbeizuführen.
hiring-camera-avoidance-glitch = Als die Hand vorbeigeht, verschmiert das Gesicht an den Rändern und hinkt hinterher; der gedrehte Kopf wirkt flach, wie aufgeklebt.
hiring-camera-avoidance-glitch-excuse = Entschuldigen Sie, meine Verbindung ist heute sehr instabil, und das Bild bricht zusammen. Können wir diesen Teil überspringen? Ich kann Ihnen stattdessen einen Scan meines Reisepasses mailen.

hiring-camera-avoidance-final-choice-report = [Das Verfahren beenden, Notizen und E-Mails aufheben und das Profil bei LinkedIn melden]
hiring-camera-avoidance-final-choice-report-feedback = Still beenden und melden ist der sicherste Abschluss: LinkedIn kann sich das Profil ansehen, bevor es sich anderswo bewirbt. Heb den Lebenslauf, die E-Mails und deine Notizen aus den Calls auf.
hiring-camera-avoidance-final-choice-selfie = Dann schicken Sie uns zum Scan noch ein kurzes Video, in dem Sie Ihren Pass in die Kamera halten.
hiring-camera-avoidance-final-choice-selfie-feedback = Ein aufgezeichnetes Video ist keine Live-Prüfung: Niemand kann es bitten, den Kopf zu drehen oder eine Hand vor dem Gesicht vorbeizuführen, und es lässt sich vor dem Versenden bearbeiten. Nur ein Live-Call und die Ausweisprüfung des HR-Dienstleisters, für alle gleich, verbinden das Gesicht mit der Person.
hiring-camera-avoidance-final-choice-accept = Verbindungen fallen aus, verstehe. Ein Passscan reicht; Vertrag kommt am Montag.

hiring-camera-avoidance-offer-sent = Vertrag verschickt: { MONEY($rate) }/Std., ab Montag mit Zugriff auf den Code, den Chat und die Cloud-Konten deiner Firma.
hiring-camera-avoidance-weeks-later = Sechs Wochen später schreibt der IT-Dienstleister deiner Firma: Das Konto des neuen Auftragnehmers meldet sich über ein VPN an, und letzte Nacht wurde das gesamte Code-Repository auf ein unbekanntes Konto kopiert.
hiring-camera-avoidance-compromised = Die Person, die hier arbeitet, ist nicht die Person aus der Bewerbung. Das FBI warnt, dass solche Arbeitskräfte Firmencode kopiert und nach ihrer Entlassung Geld erpresst haben, und das Honorar verlässt das Land: Die Vereinten Nationen bringen diese Einnahmen mit den Waffenprogrammen Nordkoreas in Verbindung. Das ist schon Hunderten Firmen passiert, auch sorgfältigen; wichtig ist jetzt, dass du handelst. Sperr alle Zugänge, ändere Passwörter und Schlüssel, sichere die Protokolle und melde das Profil.
hiring-camera-avoidance-selfie-sent = Innerhalb einer Stunde kommt ein Video: ein glattes, gleichmäßig ausgeleuchtetes Gesicht, daneben ein hochgehaltener Pass, ein freundlicher Gruß. Niemand konnte es bitten, den Kopf zu drehen. Du schickst den Vertrag.
hiring-camera-avoidance-reported = Du hast das Verfahren beendet und es gemeldet. LinkedIn kann sich das Profil ansehen, bevor es sich bei der nächsten Firma bewirbt.

hiring-camera-avoidance-fine-unreachable = Ein Gespräch einmal zu verschieben, rechtzeitig und mit neuem Termin, ist ganz normales Leben. Das Warnsignal ist jemand, der zu den angegebenen Arbeitszeiten nie erreichbar ist, nicht eine einzelne Terminänderung.
hiring-camera-avoidance-fine-local-knowledge = Englisch als Zweitsprache ist unter Menschen, die in den USA leben und arbeiten, ganz normal, und ein Akzent sagt nichts darüber, wer jemand ist. Den Unterschied machten hier die Kamera, die aus blieb, und die Live-Prüfung, der er auswich.
