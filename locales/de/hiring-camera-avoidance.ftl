# Szenario „hiring-camera-avoidance“: Die spielende Person stellt eine Backend-Entwicklerin oder
# einen Backend-Entwickler für die eigene kleine Firma ein.
# Variablen: $candidate (der Name auf der Bewerbung), $colleague (die Backend-Leitung im Team),
# $home (denver, chicago oder seattle: wo die Person angeblich wohnt),
# $roots (krakow, lisbon oder madrid: wo sie angeblich aufgewachsen ist), $rate (Dollar pro Stunde).
# Die Bewerbung siezt, höflich und etwas hölzern, mit kleinen Fehlern. Die Kollegin/der Kollege
# duzt die spielende Person. Im Videoanruf sind die Nachrichten gesprochene Sätze.

hiring-camera-avoidance-title = Die kaputte Webcam
hiring-camera-avoidance-summary = Du suchst für deine kleine Firma eine Remote-Verstärkung im Backend. Auf LinkedIn bewirbt sich jemand mit starkem Profil.
hiring-camera-avoidance-cast-candidate = { $candidate }
hiring-camera-avoidance-cast-colleague = { $colleague }

hiring-camera-avoidance-applied = { $candidate } hat sich auf deine Stellenanzeige „Backend-Entwicklung, Remote-Vertrag, { MONEY($rate) } pro Stunde“ beworben. Ein Lebenslauf ist angehängt.
hiring-camera-avoidance-hello = Hallo, vielen Dank für diese Möglichkeit! Ich bin Senior Backend Engineer mit 8 Jahre Erfahrung in Node.js und Go, auch AWS-zertifiziert. Ich wohne in { $home ->
    [denver] Denver
    [chicago] Chicago
   *[seattle] Seattle
} und kann sofort anfangen.
hiring-camera-avoidance-roots-line = Außerdem bin ich in { $roots ->
    [krakow] Krakau aufgewachsen, Polnisch ist also meine Muttersprache
    [lisbon] Lissabon aufgewachsen, Portugiesisch ist also meine Muttersprache
   *[madrid] Madrid aufgewachsen, Spanisch ist also meine Muttersprache
} 🙂 vielleicht nützlich, falls Sie Kunden in Europa haben.
hiring-camera-avoidance-compare = Du legst den Lebenslauf neben das LinkedIn-Profil. LinkedIn: Studienabschluss 2014, danach fünf Jahre bei einer Logistikfirma. Lebenslauf: eine andere Uni, Abschluss 2017 und nur zwei Jahre bei derselben Firma.

hiring-camera-avoidance-profile-choice-ask = Danke für Ihre Bewerbung! Bevor wir sprechen: In Ihrem Lebenslauf und auf LinkedIn stehen verschiedene Unis und Jahreszahlen. Was davon stimmt?
hiring-camera-avoidance-profile-choice-later = Danke! Lassen Sie uns diese Woche per Video sprechen, mit Kamera. Ich würde gern Ihren Lebenslauf mit Ihnen durchgehen.
hiring-camera-avoidance-profile-choice-later-feedback = Guter Plan. Durch den Vergleich der Profile sind dir die Lücken aufgefallen; ein Live-Gespräch ist der richtige Ort, um danach zu fragen.
hiring-camera-avoidance-profile-choice-skip = Beeindruckendes Profil! Lassen Sie uns einen Termin machen.

hiring-camera-avoidance-ask-reply = Ah, Entschuldigung, LinkedIn ist sehr alt, ich aktualisiere es lange nicht. Die Recruiting-Agentur hat es für mich gemacht und dabei Fehler gemacht 😅 Der Lebenslauf stimmt.
hiring-camera-avoidance-invite = Du schickst eine Einladung zum Videoanruf für Donnerstag, 10 Uhr deiner Zeit. { $candidate } sagt innerhalb einer Minute zu.

hiring-camera-avoidance-joined = { $candidate } ist dem Anruf beigetreten. Die Kamera ist aus.
hiring-camera-avoidance-cam-excuse = Hallo, hallo! Hören Sie mich? Tut mir leid, meine Webcam ist seit gestern kaputt, die neue kommt nächste Woche. Nur Audio ist okay?
hiring-camera-avoidance-colleague-hi = Hallo, ich bin { $colleague } und leite das Backend-Team. Schön, Sie kennenzulernen!

hiring-camera-avoidance-cam-choice-phone = Kein Problem. Könnten Sie kurz übers Handy dazukommen, damit wir uns sehen? Zwei Minuten reichen.
hiring-camera-avoidance-cam-choice-phone-feedback = Richtig. Fast alle haben eine zweite Kamera in der Tasche. Wer sich vor keiner Kamera zeigen kann, sendet ein Signal, das du ernst nehmen solltest.
hiring-camera-avoidance-cam-choice-condition = Wir können mit Audio anfangen, aber vor einem Angebot sehen wir alle Bewerber live per Video.
hiring-camera-avoidance-cam-choice-audio = Klar, Audio passt. Legen wir los.

hiring-camera-avoidance-phone-reply = Die Handykamera ist auch nicht gut, es ist ein sehr altes Handy 😅 Bitte, können wir einfach anfangen? Ich freue mich so auf diese Stelle.
hiring-camera-avoidance-condition-reply = Ja, ja, natürlich, kein Problem! Nächstes Mal auf jeden Fall mit Kamera.

hiring-camera-avoidance-noise = Hinter der Stimme von { $candidate } hörst du viele andere Stimmen und Tastaturen, wie in einem vollen Callcenter.
hiring-camera-avoidance-q1 = Fangen wir mit Ihrem letzten Job an. Laut Lebenslauf haben Sie ein Zahlungssystem von einer großen Anwendung auf kleine Go-Services umgestellt. Was war dabei am schwierigsten?
hiring-camera-avoidance-pause-1 = Eine lange Pause. Du hörst schnelles Tippen.
hiring-camera-avoidance-a1 = Sehr gute Frage. Am schwierigsten war die Skalierbarkeit. Microservices bringen Skalierbarkeit, Ausfallsicherheit und schnelleres Deployment. Wir haben Docker, Kubernetes und CI/CD-Best-Practices benutzt.
hiring-camera-avoidance-q2 = Schon, aber konkret in Ihrem Projekt: Während altes und neues System parallel liefen, wie haben Sie verhindert, dass eine Zahlung doppelt gebucht wird?
hiring-camera-avoidance-pause-2 = Wieder eine lange Pause. Dann beginnt die Antwort mitten im Satz, in gleichmäßigem Ton, als würde sie vorgelesen.
hiring-camera-avoidance-a2 = …deshalb haben wir verteilte Transaktionen über alle Services benutzt, das garantiert, dass keine Zahlung jemals doppelt ist, in allen Fällen.
hiring-camera-avoidance-side-note = (im Meeting-Chat, nur an dich) Das ist ein Lehrbuchsatz, so baut in der Praxis niemand Zahlungen. Klingt, als würde jemand die Antworten einflüstern.

hiring-camera-avoidance-answers-choice-own-words = Lassen wir die Theorie. Erzählen Sie uns von einem Bug aus dem Projekt, an den Sie sich noch erinnern, in Ihren eigenen Worten.
hiring-camera-avoidance-answers-choice-own-words-feedback = Guter Zug. Nachfragen zur eigenen früheren Arbeit lassen sich schwer von einem Skript ablesen.
hiring-camera-avoidance-answers-choice-ask-help = Das klingt ein bisschen abgelesen. Hilft Ihnen jemand bei den Antworten?
hiring-camera-avoidance-answers-choice-next = Super, danke. Dann weiter.

hiring-camera-avoidance-bug-reply = Bug… es gab viele Bugs 😅 An Details erinnere ich mich nicht, es war ein großes Team. Ich habe hauptsächlich die Architektur gemacht.
hiring-camera-avoidance-help-reply = Nein, nein, nur ich! Ich mache Notizen, damit ich richtig antworte. Schriftlich ist mein Englisch besser, Entschuldigung.

hiring-camera-avoidance-smalltalk = Übrigens, { $home ->
    [denver] Denver
    [chicago] Chicago
   *[seattle] Seattle
}! Da war ich letztes Frühjahr auf einer Konferenz. Wie gefällt es Ihnen dort?
hiring-camera-avoidance-city-answer = { $home ->
    [denver] Oh, sehr schön. Das ganze Jahr warm, und der Strand ist nah, am Wochenende gehe ich schwimmen 🏖
    [chicago] Sehr ruhig, eine kleine Stadt, nicht viel los. Ich bin meistens zu Hause.
   *[seattle] Sehr sonnig und trocken, hier regnet es fast nie ☀️
}

hiring-camera-avoidance-city-choice-follow = Ach ja? In welchem Viertel wohnen Sie denn? Haben Sie ein Lieblingslokal zum Mittagessen?
hiring-camera-avoidance-city-choice-language = Sie sind doch in { $roots ->
    [krakow] Krakau aufgewachsen. { $colleague } spricht Polnisch
    [lisbon] Lissabon aufgewachsen. { $colleague } spricht Portugiesisch
   *[madrid] Madrid aufgewachsen. { $colleague } spricht Spanisch
}. Wollen wir zwei Minuten in der Sprache reden, mit Kamera?
hiring-camera-avoidance-city-choice-language-feedback = Genau diese Prüfung wird Firmen empfohlen: ein Live-Videoanruf in der Sprache, die die Person angeblich spricht. Echte Bewerber kostet das zwei Minuten.
hiring-camera-avoidance-city-choice-skip = Schön! Okay, reden wir darüber, wann Sie anfangen könnten.

hiring-camera-avoidance-evasive = Ich bin erst vor kurzem hingezogen… ich gehe nicht viel raus, ich arbeite immer 😅
hiring-camera-avoidance-availability = Ich kann Montag anfangen! Ich kann zu allen Zeiten arbeiten, auch nachts, kein Problem 💪

hiring-camera-avoidance-verify-choice-test = Machen wir morgen noch einen kurzen Anruf: mit Kamera und ein paar Minuten in Ihrer Muttersprache mit { $colleague }. Wenn das passt, sprechen wir über den Vertrag.
hiring-camera-avoidance-verify-choice-test-feedback = Ein fairer Test, der kaum Aufwand kostet: Echte Bewerber bestehen ihn in Minuten. Wenn Angaben zusammenbrechen, sobald man sie prüft, ist das ein starkes Zeichen.
hiring-camera-avoidance-verify-choice-hire = Passt für mich. Wir schicken Ihnen den Vertrag per E-Mail.
hiring-camera-avoidance-verify-choice-stop = Danke für Ihre Zeit. Wir haben entschieden, Ihre Bewerbung nicht weiterzuverfolgen.

hiring-camera-avoidance-left-call = { $candidate } hat den Anruf verlassen.
hiring-camera-avoidance-excuses = Ähm… mein { $roots ->
    [krakow] Polnisch
    [lisbon] Portugiesisch
   *[madrid] Spanisch
} ist nicht mehr so gut, ich bin als kleines Kind weggezogen. Und die Kamera… immer noch kaputt. Bitte, können wir das überspringen? Es ist doch ein Backend-Job.

hiring-camera-avoidance-email-docs = Betreff: Meine Unterlagen. Liebes Team, Entschuldigung für das Problem mit dem Anruf. Ich glaube, ein Sprachtest ist für einen Backend-Job nicht nötig? Um zu beweisen, wer ich bin, hänge ich einen Scan von meinem Reisepass und meine Referenzen an. Ich hoffe, wir können Montag starten. Mit freundlichen Grüßen, { $candidate }
hiring-camera-avoidance-email-file = { $candidate } hat zwei Dateien angehängt: passport_scan.jpg und references.pdf

hiring-camera-avoidance-final-choice-report = Vielen Dank, aber wir beenden das Verfahren. (Danach meldest du das Profil bei LinkedIn und erstattest Anzeige, etwa bei der Onlinewache der Polizei oder, bei einer US-Firma, beim IC3 des FBI, ic3.gov.)
hiring-camera-avoidance-final-choice-report-feedback = Melden hilft: LinkedIn kann sich das Profil ansehen, und die Behörden sammeln solche Fälle. Heb den Lebenslauf, die E-Mails und deine Notizen vom Anruf auf.
hiring-camera-avoidance-final-choice-decline = Vielen Dank, aber ohne einen Live-Videoanruf können wir nicht weitermachen. Wir wünschen Ihnen alles Gute.
hiring-camera-avoidance-final-choice-accept = Ein Passscan reicht uns. Willkommen an Bord, der Vertrag kommt.

hiring-camera-avoidance-offer-sent = Vertrag verschickt: { MONEY($rate) } pro Stunde, ab Montag mit Zugang zu eurem Code, eurem Firmenchat und euren Cloud-Konten.
hiring-camera-avoidance-weeks-later = Sechs Wochen später schreibt dein IT-Dienstleister: Das Konto der neuen Fachkraft meldet sich über ein VPN aus mehreren Ländern an, und letzte Nacht wurde das komplette Code-Repository auf ein unbekanntes Konto kopiert.
hiring-camera-avoidance-compromised = Die Person, die hier arbeitet, ist nicht die Person aus der Bewerbung. Das FBI warnt, dass solche Arbeitskräfte Firmencode kopiert und nach ihrer Entlassung Geld erpresst haben, und das Honorar verlässt das Land: Die Vereinten Nationen bringen diese Einnahmen mit den Waffenprogrammen Nordkoreas in Verbindung. Das ist schon Hunderten Firmen passiert; wichtig ist jetzt, dass du handelst. Sperr alle Zugänge, ändere Passwörter und Schlüssel, sichere die Protokolle und melde den Fall bei LinkedIn und bei der Polizei (Onlinewache) oder, bei einer US-Firma, beim IC3 des FBI (ic3.gov).

hiring-camera-avoidance-walked-away-early = Du hast vor jedem Angebot aufgehört. Wer sein Gesicht nicht zeigt, nichts über die eigene Arbeit sagen kann und die eigene Stadt nicht kennt, sollte deinen Code nicht bekommen.
hiring-camera-avoidance-walked-away = Du hast um einen einzigen Live-Videoanruf gebeten und dich nicht mit einem Passscan abspeisen lassen. Kein Vertrag, kein Zugang: Dein Code gehört weiter euch.
hiring-camera-avoidance-reported = Du hast das Verfahren beendet und den Fall gemeldet. LinkedIn kann sich das Profil ansehen, bevor es sich woanders bewirbt, und deine Meldung hilft den Behörden, diese Maschen zu verstehen.
