# Szenario „hiring-laptop-redirect“: Die spielende Person arbeitet eine Remote-Auftragnehmerin
# ein, die letzte Woche eingestellt wurde.
# Variablen: $contractor (der Name im Vertrag; eine Frau: sie), $it (die Person, die sich um die
# IT kümmert; jedes Geschlecht möglich, daher keine geschlechtsbezogenen Wörter), $home
# (columbus, atlanta oder phoenix: die Stadt im Vertrag; bestimmt auch den Bundesstaat des
# Cousins), $hours (Stunden ohne Antwort).
# Anrede: Im Slack duzen sich alle. Die Auftragnehmerin schreibt locker und schnell: kurze
# Zeilen, oft klein, ab und zu ein Emoji, kleine Fehler. Die IT schreibt ruhig und genau.

hiring-laptop-redirect-title = Eine neue Auftragnehmerin einarbeiten
hiring-laptop-redirect-summary = Du leitest ein kleines Team und arbeitest eine Remote-Auftragnehmerin ein, die du letzte Woche eingestellt hast. Der Firmenlaptop ist versandbereit.
hiring-laptop-redirect-cast-contractor = { $contractor }
hiring-laptop-redirect-cast-it = { $it }

hiring-laptop-redirect-joined = { $contractor } ist #onboarding beigetreten. Der Vertrag wurde letzte Woche unterschrieben; die Wohnadresse darin liegt in { $home ->
    [columbus] Columbus, Ohio
    [atlanta] Atlanta, Georgia
   *[phoenix] Phoenix, Arizona
}.
hiring-laptop-redirect-hi = hi zusammen!! freu mich mega, im team zu sein 🙌 kanns kaum erwarten, montag loszulegen
hiring-laptop-redirect-it-laptop = Willkommen, { $contractor }! Ich bin { $it } und kümmere mich hier um die IT. Dein Laptop ist eingerichtet; ich schicke ihn heute an die Adresse aus deinem Vertrag, okay?
hiring-laptop-redirect-redirect = ah, wegen dem laptop: kannst du ihn stattdessen zu meinem cousin nach { $home ->
    [columbus] Tennessee
    [atlanta] North Carolina
   *[phoenix] Nevada
} schicken? ich wohn die nächsten wochen bei ihm, familiäre gründe. ist nur vorübergehend und er ist voll zuverlässig, schick dir die adresse per DM

hiring-laptop-redirect-ship-choice-contract-address = Tut mir leid mit der Familie. Laptops gehen nur an die Wohnadresse aus dem Vertrag; dort wartet er auf dich.
hiring-laptop-redirect-ship-choice-contract-address-feedback = Richtig. Ein Laptop, der an eine andere als die geprüfte Adresse gehen soll, ist ein bekanntes Zeichen für eine Laptop-Farm: Dort hält eine Hilfsperson viele Firmenlaptops für Leute im Ausland am Laufen.
hiring-laptop-redirect-ship-choice-ship = Familie geht natürlich vor. Schick { $it } einfach die Adresse per DM, dann geht er heute zu deinem Cousin.
hiring-laptop-redirect-ship-choice-id-photo = Okay, wenn es nur ein paar Wochen sind. Schick { $it } die Adresse und sicherheitshalber ein Foto deines Ausweises.

hiring-laptop-redirect-address-reply = Ok klar, kein stress. ich krieg das irgendwie hin
hiring-laptop-redirect-shipped-event = { $it } schickt den Laptop an die neue Adresse. Zwei Tage später steht in der Sendungsverfolgung: zugestellt.

hiring-laptop-redirect-personal = Übrigens, kann ich nicht einfach an meinem eigenen PC arbeiten? der ist viel schneller als so ein standard-laptop und ich hab schon alles eingerichtet. machen die meisten freelancer so 👍

hiring-laptop-redirect-personal-choice-weeks = Für die ersten paar Wochen, bis du dich eingerichtet hast, okay. Danach nur noch der Firmenlaptop.
hiring-laptop-redirect-personal-choice-weeks-feedback = Ein paar Wochen auf einem Privatrechner sind alles, was eine Proxy-Arbeitskraft braucht: Niemand sieht, wer wirklich arbeitet und von wo, und der Code hat die Geräte deiner Firma schon verlassen. Firmencode bleibt vom ersten Tag an auf Firmengeräten.
hiring-laptop-redirect-personal-choice-ask-it = Ich kläre erst mit { $it }, was unsere Sicherheitsrichtlinie zu privaten Rechnern sagt.
hiring-laptop-redirect-personal-choice-ask-it-feedback = Bei der IT nachzufragen ist richtig. Auf einem privaten Computer zu bestehen, gehört zu den Zeichen, die Sicherheitsforscher bei Proxy-Arbeitskräften aufzählen: Auf einem Privatgerät sieht niemand, wer wirklich arbeitet und von wo.
hiring-laptop-redirect-personal-choice-allow = Klar, wenn's für dich schneller ist. Die meisten haben zu Hause eh bessere Rechner als den Laptop.

hiring-laptop-redirect-it-policy = Die Richtlinie ist eindeutig: nur Firmengeräte, mit unserer Sicherheitssoftware und Zwei-Faktor-Anmeldung. Und ehrlich gesagt: „Schick den Laptop woanders hin“ plus „ich nehm lieber meinen eigenen PC“ ist genau die Kombination, vor der Sicherheitsfirmen warnen.
hiring-laptop-redirect-personal-reply = ok passt, dann halt der firmenlaptop
hiring-laptop-redirect-allow-reply = mega, danke!! viel einfacher so

hiring-laptop-redirect-payroll = Kurze Frage: HR hat mir das Gehaltsformular für Auftragnehmer geschickt. Da trag ich einfach mein eigenes Bankkonto ein wie immer, oder? oder zahlt ihr hier anders?
hiring-laptop-redirect-payroll-choice-usual = Ja, dein eigenes Konto, wie bei allen. HR zahlt alle zwei Wochen.
hiring-laptop-redirect-payroll-choice-later = Warum fragst du in der ersten Woche schon nach Geld? Lass das erst mal.
hiring-laptop-redirect-payroll-choice-later-feedback = Das war überzogen. Sie wollte über die normale Gehaltsabrechnung auf ihr eigenes Konto bezahlt werden, und genau so soll es sein.
hiring-laptop-redirect-payroll-choice-slack = Moment: Schick mir deine Bankdaten erst mal hier, ich prüfe sie selbst.
hiring-laptop-redirect-payroll-thanks = perfekt, erledigt ✅
hiring-laptop-redirect-payroll-ok = Oh ok, sorry. dann füll ich einfach das HR-formular aus

hiring-laptop-redirect-week-one = Erste Woche: Die ersten Pull-Requests von { $contractor } kommen. Der Code ist gut. Jeder Commit entstand zwischen Mitternacht und 6 Uhr morgens deiner Zeit.
hiring-laptop-redirect-week-two = Zweite Woche.
hiring-laptop-redirect-night-owl = { $contractor } hat beide Daily-Stand-ups verpasst. Deine Nachrichten bleiben { $hours } Stunden unbeantwortet; die Antworten kommen mitten in deiner Nacht.
hiring-laptop-redirect-night-msg = sorry sorry, internet war wieder weg 😩 können wir die standups async im chat machen? passt besser für mich (gesendet um 3:40 Uhr deiner Zeit)
hiring-laptop-redirect-no-calls-event = { $contractor } hat die letzten drei Calls ausgelassen. Im Chat kommen die Antworten nachts schnell, während deines Arbeitstags aber kaum.
hiring-laptop-redirect-no-calls = Kann heute auch nicht in den call, mikro ist kaputt. lass uns ab jetzt alles im chat machen bitte

hiring-laptop-redirect-reach-choice-hours = Wir hatten nicht ohne Grund Kernzeiten vereinbart. Bitte komm heute um 14 Uhr in den Videocall, mit Kamera.
hiring-laptop-redirect-reach-choice-hours-feedback = Richtig. Wer während der Geschäftszeiten nie da ist, sitzt vielleicht in einer ganz anderen Zeitzone als auf dem Papier. Vereinbarte Zeiten und ein Live-Call zeigen, ob die Geschichte stimmt.
hiring-laptop-redirect-reach-choice-daily = Okay, erst mal async. Schreib nur jeden Morgen, nach unserer Zeit, ein kurzes Update in den Chat.
hiring-laptop-redirect-reach-choice-daily-feedback = Ein Morgen-Update im Chat kann jeder schreiben, aus jeder Zeitzone, und es erhält genau die Abmachung, die verbirgt, wo gearbeitet wird. Prüfen lässt sich das nur mit vereinbarten Zeiten und einem Live-Call mit Kamera.
hiring-laptop-redirect-reach-choice-async = Async im Chat passt für uns. Guter Code zählt, egal zu welchen Zeiten du arbeitest.

hiring-laptop-redirect-hours-reply = Ok, ich versuchs. internet ist hier aber echt schlecht
hiring-laptop-redirect-no-show = 14 Uhr: Der Call beginnt. { $contractor } kommt nicht und antwortet auch nicht.

hiring-laptop-redirect-it-report = Betreff: Geräte und Anmeldungen von { $contractor }. Ich habe mir unsere Geräteverwaltung und die Zugriffsprotokolle angesehen, und einiges fällt auf.
hiring-laptop-redirect-it-farm = Der Laptop, den wir verschickt haben, meldet sich von einem Privatanschluss in { $home ->
    [columbus] Tennessee
    [atlanta] North Carolina
   *[phoenix] Nevada
}, und auf ihm laufen drei Fernwartungsprogramme, die wir nie installiert haben. Unser Sicherheitsdienstleister hat unter derselben privaten IP-Adresse außerdem Laptops mehrerer anderer Firmen gesehen. Jemand arbeitet von woanders aus darauf. Wie willst du damit umgehen? Ich kann alles innerhalb von Minuten sperren.
hiring-laptop-redirect-it-home = Der Laptop steht an der Adresse aus dem Vertrag, aber auf ihm laufen zwei Fernwartungsprogramme, die wir nie installiert haben, und die ganze Arbeit kommt nachts über sie herein. Jemand arbeitet von woanders aus darauf. Wie willst du damit umgehen? Ich kann alles innerhalb von Minuten sperren.
hiring-laptop-redirect-it-blind = In den privaten PC sehen wir nicht hinein: Ihr Konto meldet sich über Astrill VPN an, wir können also nicht sehen, wo wirklich gearbeitet wird. Genau das ist das Problem. Wie willst du damit umgehen? Ich kann alles innerhalb von Minuten sperren.

hiring-laptop-redirect-logs-choice-suspend = Bitte sperr sofort alle ihre Zugänge und sichere die Daten. Den Rest entscheiden wir danach.
hiring-laptop-redirect-logs-choice-suspend-feedback = Richtige Reihenfolge: erst die Firma schützen, dann Fragen stellen. Was du jetzt sicherst, ist später ein Beweismittel.
hiring-laptop-redirect-logs-choice-ask = Lass ihre Zugänge erst mal an; ich frage { $contractor } selbst, was dahintersteckt.
hiring-laptop-redirect-logs-choice-ask-feedback = Erst zu fragen lässt die Zugänge offen und warnt sie: Wer hinter dem Konto steckt, hat Zeit, zu kopieren, was geht, und sich eine Antwort zurechtzulegen. Erst die Zugänge sperren und die Daten sichern, dann Fragen stellen.
hiring-laptop-redirect-logs-choice-ignore = Fernwartung und VPNs sind in der IT normal. Die Arbeit ist gut; nicht überreagieren.

hiring-laptop-redirect-it-done = Erledigt. Alle Zugänge sind gesperrt, und die Daten sind gesichert.
hiring-laptop-redirect-locked = hey, meine accounts sind gesperrt?? ich nutz fernwartung und VPN wegen sicherheit, ist in meinem bereich total normal. bitte heute entsperren, ich hab morgen ne deadline 🙏
hiring-laptop-redirect-excuse = Hi! ja ich nutz fernwartung und ein VPN wegen sicherheit, ist in meinem bereich total normal. und mein cousin arbeitet auch von zu hause, vllt sind das die anderen laptops?
hiring-laptop-redirect-excuse-2 = alles gut, bitte sperrt meine accounts nicht, ich hab morgen ne deadline und das team braucht mich 🙏

hiring-laptop-redirect-final-choice-report = [Den Vertrag beenden, Zugänge gesperrt lassen und das Profil bei der Plattform melden]
hiring-laptop-redirect-final-choice-report-feedback = Still beenden und melden hilft der nächsten Firma. Heb den Slack-Verlauf, den Versandbeleg und den Bericht der IT auf: Genau das brauchen die Plattform und die Ermittler.
hiring-laptop-redirect-final-choice-uninstall = Entfern die Fernwartungstools und das VPN heute noch, dann kannst du weiter bei uns arbeiten.
hiring-laptop-redirect-final-choice-uninstall-feedback = Sind die Tools weg, ändert das nichts daran, wer gearbeitet hat und von wo; beim nächsten Mal ist es nur besser versteckt. Die Daten zeigen schon, dass jemand den Laptop von anderswo bedient hat: Vertrag beenden, Beweise sichern und melden.
hiring-laptop-redirect-final-choice-keep = Der Code war gut, und Deadlines zählen. Entsperr es, und in einem Monat schauen wir noch mal.

hiring-laptop-redirect-month-later = Einen Monat später entdeckt { $it }, dass ein privates Code-Repository auf ein unbekanntes Konto kopiert wurde. Am nächsten Tag kommt eine E-Mail: Zahlt, oder der Code wird veröffentlicht.
hiring-laptop-redirect-compromised = Jemand, den du nie getroffen hast, hat unter fremdem Namen in deiner Firma gearbeitet, sehr wahrscheinlich aus dem Ausland, über einen Laptop, den jemand eigens dafür am Laufen hielt. Das FBI warnt, dass solche Arbeitskräfte Firmencode kopieren und Geld erpressen, und ihr Honorar verlässt das Land: Die Vereinten Nationen bringen diese Einnahmen mit den Waffenprogrammen Nordkoreas in Verbindung. Das ist schon Hunderten Firmen passiert, auch sorgfältigen; wichtig ist jetzt, dass du handelst. Sperr alle Zugänge, ändere Passwörter und Schlüssel, sichere die Daten, zahl nichts und melde das Profil.

hiring-laptop-redirect-reported = Du hast es beendet und gemeldet. Die Plattform kann verhindern, dass diese Identität bei der nächsten Firma landet.

hiring-laptop-redirect-fine-payment-redirect = Über die normale Gehaltsabrechnung auf ein Konto auf ihren eigenen Namen bezahlt zu werden, ist genau richtig, und in der ersten Woche danach zu fragen, ist normal. Das Warnsignal ist Geld, das an jemand anderen geht, ins Ausland oder in Krypto.
