# Szenario „hiring-laptop-redirect“: Die spielende Person arbeitet eine Remote-Fachkraft ein,
# die letzte Woche eingestellt wurde.
# Variablen: $contractor (der Name im Vertrag), $it (die Person, die sich um die IT kümmert),
# $home (columbus, atlanta oder phoenix: die Stadt im Vertrag; bestimmt auch den Bundesstaat des
# „Cousins“), $hours (Stunden ohne Antwort), $countries (Zahl der Länder in den Anmeldedaten).
# Im Slack duzen sich alle. Die neue Fachkraft schreibt fröhlich, schnell und mit kleinen
# Tippfehlern; die IT-Kollegin/der IT-Kollege ruhig und genau.

hiring-laptop-redirect-title = Die Adresse vom Cousin
hiring-laptop-redirect-summary = Du leitest ein kleines Team und arbeitest eine Remote-Fachkraft ein, die ihr letzte Woche eingestellt habt. Der Firmenlaptop ist versandbereit.
hiring-laptop-redirect-cast-contractor = { $contractor }
hiring-laptop-redirect-cast-it = { $it }

hiring-laptop-redirect-joined = { $contractor } ist #onboarding beigetreten. Der Vertrag wurde letzte Woche unterschrieben; die Wohnadresse darin liegt in { $home ->
    [columbus] Columbus, Ohio
    [atlanta] Atlanta, Georgia
   *[phoenix] Phoenix, Arizona
}.
hiring-laptop-redirect-hi = hi zusammen!! freu mich mega, im team zu sein 🙌 kanns kaum erwarten, montag loszulegen
hiring-laptop-redirect-it-laptop = Willkommen, { $contractor }! Ich bin { $it } und kümmere mich hier um die IT. Dein Laptop ist eingerichtet; ich schicke ihn heute an die Adresse aus deinem Vertrag, okay?
hiring-laptop-redirect-redirect = ah, wegen dem laptop 😅 kannst du ihn stattdessen zu meinem cousin nach { $home ->
    [columbus] Tennessee
    [atlanta] North Carolina
   *[phoenix] Nevada
} schicken? ich wohn die nächsten wochen bei ihm, familiäre gründe. schick dir die adresse per DM

hiring-laptop-redirect-redirect-2 = ist nur vorübergehend, max 2-3 wochen, und mein cousin ist voll zuverlässig 😊

hiring-laptop-redirect-ship-choice-contract-address = Tut mir leid zu hören. Firmenlaptops verschicken wir nur an die Wohnadresse aus dem Vertrag; dort kann er auf dich warten.
hiring-laptop-redirect-ship-choice-video = Lass uns erst kurz per Video sprechen, damit ich die Lage verstehe und wir die neue Adresse gemeinsam bestätigen.
hiring-laptop-redirect-ship-choice-video-feedback = Gutes Gespür. Ein Laptop, der an eine andere als die geprüfte Adresse gehen soll, ist ein bekanntes Zeichen für eine Laptop-Farm: Dort hält eine Hilfsperson viele Firmenlaptops für Leute im Ausland am Laufen.
hiring-laptop-redirect-ship-choice-ship = Kein Problem, schick { $it } die neue Adresse per DM.

hiring-laptop-redirect-video-reply = klar klar, vielleicht morgen? heute ist echt chaos mit der familie 🙏 aber wegen dem laptop kein stress
hiring-laptop-redirect-shipped-event = { $it } schickt den Laptop an die neue Adresse. Zwei Tage später steht in der Sendungsverfolgung: zugestellt.

hiring-laptop-redirect-personal = übrigens, kann ich nicht einfach an meinem eigenen PC arbeiten? der ist viel schneller als so ein standard-laptop und ich hab schon alles eingerichtet. machen die meisten freelancer so 👍

hiring-laptop-redirect-personal-choice-refuse = Firmencode bleibt auf Firmengeräten, mit unserer Sicherheits-Einrichtung. Das gilt für alle im Team.
hiring-laptop-redirect-personal-choice-ask-it = Ich kläre kurz mit { $it }, was unsere Sicherheitsrichtlinie sagt.
hiring-laptop-redirect-personal-choice-ask-it-feedback = Bei der IT nachzufragen ist richtig. Auf einem privaten Computer zu bestehen, gehört zu den Zeichen, die Sicherheitsforscher bei Proxy-Arbeitskräften aufzählen: Auf einem Privatgerät sieht niemand, wer wirklich arbeitet.
hiring-laptop-redirect-personal-choice-allow = Klar, nimm einfach, was für dich am besten passt.

hiring-laptop-redirect-personal-reply = ok passt 👍 dann halt der laptop
hiring-laptop-redirect-allow-reply = mega, danke!! 🙌 viel einfacher so
hiring-laptop-redirect-it-policy = Die Richtlinie ist eindeutig: nur Firmengeräte, mit unserer Sicherheitssoftware und Zwei-Faktor-Anmeldung. Und ehrlich gesagt: „Schick den Laptop woanders hin“ plus „ich nehm lieber meinen eigenen PC“ ist genau die Kombination, vor der Sicherheitsfirmen warnen.

hiring-laptop-redirect-week-one = Erste Woche: Die ersten Pull-Requests von { $contractor } kommen. Der Code ist gut. Jeder Commit entstand zwischen Mitternacht und 6 Uhr morgens deiner Zeit.
hiring-laptop-redirect-week-two = Zweite Woche.
hiring-laptop-redirect-night-owl = { $contractor } hat beide Daily-Stand-ups verpasst. Deine Nachrichten bleiben { $hours } Stunden unbeantwortet; die Antworten kommen mitten in deiner Nacht.
hiring-laptop-redirect-night-msg = sorry sorry, internet war wieder weg 😩 bin jetzt dran!! (gesendet um 3:40 Uhr deiner Zeit)
hiring-laptop-redirect-no-calls = kann heute nicht in den call, mikro ist kaputt 😕 lass uns alles im chat machen bitte
hiring-laptop-redirect-no-calls-event = Das ist schon der dritte Call in Folge, den { $contractor } auslässt. Im Chat kommen die Antworten nachts schnell, während deines Arbeitstags aber kaum.

hiring-laptop-redirect-reach-choice-hours = Wir hatten Kernzeiten vereinbart. Ich brauche dich heute um 14 Uhr im Videocall, mit Kamera.
hiring-laptop-redirect-reach-choice-check = { $it }, kannst du mal schauen, von wo sich { $contractor } anmeldet?
hiring-laptop-redirect-reach-choice-check-feedback = Gute Idee. Wer zu euren Geschäftszeiten nie da ist, sitzt vielleicht in einer ganz anderen Zeitzone als auf dem Papier, und die Anmeldedaten zeigen das.
hiring-laptop-redirect-reach-choice-async = Kein Ding, asynchron passt für uns.

hiring-laptop-redirect-hours-reply = ok ok, ich versuchs 🙏 internet ist hier aber echt schlecht
hiring-laptop-redirect-no-show = 14 Uhr: Der Call beginnt. { $contractor } kommt nicht und antwortet auch nicht.

hiring-laptop-redirect-it-report = Betreff: Anmeldedaten von { $contractor }. Ich habe mir unsere Zugriffsprotokolle angesehen, und etwas fällt auf. In den letzten 48 Stunden haben sich die Konten aus { $countries } verschiedenen Ländern angemeldet, meist über Astrill VPN. Zweimal waren gleichzeitig zwei Sitzungen auf verschiedenen Kontinenten offen.
hiring-laptop-redirect-it-tools = Und auf dem Laptop, den wir verschickt haben, laufen jetzt drei Fernwartungsprogramme, die wir nie installiert haben. Jemand steuert ihn von woanders.
hiring-laptop-redirect-it-blind = Auf dem privaten Computer sehen wir gar nichts, und genau das ist das Problem.
hiring-laptop-redirect-it-ask = Wie willst du damit umgehen? Ich kann alles innerhalb von Minuten sperren.

hiring-laptop-redirect-logs-choice-suspend = Bitte sperr sofort alle Zugänge und sichere die Daten. Den Rest entscheiden wir danach.
hiring-laptop-redirect-logs-choice-suspend-feedback = Richtige Reihenfolge: erst die Firma schützen, dann Fragen stellen. Was du jetzt sicherst, ist später ein Beweismittel.
hiring-laptop-redirect-logs-choice-ask = Ich frage erst mal { $contractor }, was dahintersteckt.
hiring-laptop-redirect-logs-choice-ignore = Viele nutzen ein VPN für ihre Privatsphäre. Lass uns nicht überreagieren.

hiring-laptop-redirect-it-done = Erledigt. Alle Zugänge sind gesperrt, und die Daten sind gesichert.
hiring-laptop-redirect-excuse = Hi! ja ich nutz ein VPN wegen sicherheit, ist in meinem bereich total normal. und die freunde von meinem cousin sind manchmal im wlan, vllt liegts daran? alles gut, mach dir keine sorgen 🙏

hiring-laptop-redirect-excuse-2 = und bitte sperrt meine accounts nicht, ich hab morgen ne deadline und das team braucht mich 🙏

hiring-laptop-redirect-final-choice-report = Wir beenden den Vertrag, melden das Profil bei der Plattform, über die wir eingestellt haben, und erstatten Anzeige: bei der Onlinewache der Polizei oder, bei einer US-Firma, beim IC3 des FBI (ic3.gov).
hiring-laptop-redirect-final-choice-report-feedback = Eine Meldung hilft der nächsten Firma. Heb den Slack-Verlauf, den Versandbeleg und den Anmeldebericht der IT auf: Genau das brauchen die Ermittler.
hiring-laptop-redirect-final-choice-end = Wir beenden den Vertrag heute und entziehen alle Zugänge.
hiring-laptop-redirect-final-choice-keep = Die Arbeit war bisher okay. Geben wir dem Ganzen noch einen Monat.

hiring-laptop-redirect-month-later = Einen Monat später entdeckt { $it }, dass ein privates Code-Repository auf ein unbekanntes Konto kopiert wurde. Am nächsten Tag kommt eine E-Mail: Zahlt, oder der Code wird veröffentlicht.
hiring-laptop-redirect-compromised = Jemand, den du nie getroffen hast, hat unter fremdem Namen in deiner Firma gearbeitet, sehr wahrscheinlich aus dem Ausland. Das FBI warnt, dass solche Arbeitskräfte Firmencode kopieren und Geld erpressen, und ihr Honorar verlässt das Land: Die Vereinten Nationen bringen diese Einnahmen mit den Waffenprogrammen Nordkoreas in Verbindung. Das ist schon Hunderten Firmen passiert; wichtig ist jetzt, dass du handelst. Sperr alle Zugänge, ändere Passwörter und Schlüssel, sichere die Daten, zahl nichts und melde den Fall bei der Plattform und bei der Polizei (Onlinewache) oder, bei einer US-Firma, beim IC3 des FBI (ic3.gov).

hiring-laptop-redirect-walked-away = Du hast den Vertrag beendet, bevor Schaden entstand. Ein Laptop, der woandershin soll, der Wunsch nach dem Privatrechner, jemand, der zu deiner Tageszeit nie da ist, und Anmeldungen aus mehreren Ländern: Zusammen passt das zu einer Laptop-Farm.
hiring-laptop-redirect-reported = Du hast es beendet und gemeldet. Die Plattform kann verhindern, dass diese Identität bei der nächsten Firma landet, und deine Unterlagen helfen den Behörden, diese Maschen zu verstehen.
