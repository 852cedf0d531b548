# Szenario „hiring-new-address“: ein ehrlicher freier Mitarbeiter. Die spielende Person arbeitet
# einen Remote-Mitarbeiter (einen Mann) ein, der letzte Woche eingestellt wurde und seither wirklich
# umgezogen ist.
# Variablen: $contractor (der Name im Vertrag, ein Mann), $it (die Person, die sich um die IT
# kümmert; der Pool mischt Frauen und Männer, darum keine Formen, die das Geschlecht verraten),
# $home (columbus, atlanta oder phoenix: die Stadt im Vertrag; bestimmt auch die Stadt, in die
# er gezogen ist), $rate (Dollar pro Stunde).
# Der neue Kollege schreibt gepflegt und freundlich, in ganzen Sätzen, ohne Emoji; die IT ruhig
# und genau. Im Slack duzen sich alle.

hiring-new-address-title = Ein Laptop für den neuen Kollegen
hiring-new-address-summary = Du leitest ein kleines Team. Ein freier Mitarbeiter, den du letzte Woche eingestellt hast, fängt am Montag an, und sein Laptop ist versandbereit.
hiring-new-address-cast-contractor = { $contractor }
hiring-new-address-cast-it = { $it }

hiring-new-address-joined = { $contractor } ist #onboarding beigetreten. Der Vertrag wurde letzte Woche unterschrieben, zu { MONEY($rate) } pro Stunde; die Wohnadresse darin liegt in { $home ->
    [columbus] Columbus, Ohio
    [atlanta] Atlanta, Georgia
   *[phoenix] Phoenix, Arizona
}.
hiring-new-address-hi = Hallo zusammen, und danke für den herzlichen Empfang. Ich freue mich auf Montag.
hiring-new-address-it-laptop = Willkommen, { $contractor }! Ich bin { $it } und kümmere mich hier um die IT. Dein Laptop ist eingerichtet; ich schicke ihn heute an die Adresse aus deinem Vertrag, okay?
hiring-new-address-redirect = Danke. Eine Änderung vorher: Ich bin letztes Wochenende nach { $home ->
    [columbus] Pittsburgh
    [atlanta] Charlotte
   *[phoenix] Denver
} gezogen, weil meine Partnerin dort eine neue Stelle hat. Heute Morgen habe ich meine Adresse im HR-Portal selbst geändert, mit meinem eigenen Login und Zwei-Faktor-Code.
hiring-new-address-redirect-2 = Könnte der Laptop an die neue Adresse gehen? Ich bestätige das gern in einem kurzen Videoanruf, und der Kurier darf an der Tür gern meinen Ausweis prüfen.

hiring-new-address-ship-choice-process = So läuft bei uns ein Umzug. { $it }, schick ihn bitte an die Adresse im Portal, mit Ausweisprüfung.
hiring-new-address-ship-choice-process-feedback = Richtig. Eine Änderung, die die Person selbst im HR-System macht, mit eigenem Login, und die dann vor der Kamera bestätigt wird: So tut das Verfahren seine Arbeit.
hiring-new-address-ship-choice-lease = Wir schicken ihn los, sobald du uns deinen neuen Mietvertrag und eine aktuelle Stromrechnung schickst.
hiring-new-address-ship-choice-lease-feedback = Mietvertrag und Rechnungen im Chat fügen nichts hinzu, was das Verfahren nicht ohnehin prüft, und sie lassen private Unterlagen in einem Kanal liegen. Er hatte die Änderung selbst im HR-Portal gemacht; ein Anruf mit Kamera und die Ausweisprüfung an der Tür bestätigen sie.
hiring-new-address-ship-choice-refuse = Eine neue Adresse eine Woche nach der Unterschrift ist ein Warnsignal. Der Laptop geht an die Vertragsadresse.
hiring-new-address-ship-choice-refuse-feedback = Eine geänderte Adresse sollte man prüfen, und das Verfahren ist der Weg dazu. Den ersten Schritt hatte er schon selbst gemacht, und den Rest bot er an: einen Anruf mit Kamera und seinen Ausweis an der Tür.

hiring-new-address-it-process = Mach ich. Zu unserem Verfahren bei Umzügen gehört auch ein kurzer Videoanruf mit Kamera; ich setze ihn für heute Nachmittag an.
hiring-new-address-lease-reply = Kann ich, wenn ihr sie wirklich braucht, aber meinen Mietvertrag würde ich ungern in einen Slack-Kanal stellen. Die neue Adresse steht schon im HR-Portal, und ich bestätige sie gern vor der Kamera.
hiring-new-address-refuse-reply = Ich verstehe die Vorsicht. Die alte Wohnung ist allerdings schon übergeben, es wäre also niemand da, der den Empfang quittiert.
hiring-new-address-it-explains = Zur Info: Für Umzüge haben wir ein Verfahren. Die Person ändert die Adresse selbst im HR-Portal, wir bestätigen sie per Videoanruf, und der Kurier prüft bei der Zustellung den Ausweis. Schritt eins ist schon erledigt.
hiring-new-address-refuse-reply-2 = Den Rest mache ich gern heute noch. Würde dir ein Videoanruf um drei passen?

hiring-new-address-ship-again-follow = Dann halten wir uns an das Verfahren: Anruf um drei, und der Kurier prüft den Ausweis.
hiring-new-address-ship-again-call = Einverstanden. Drei passt; verschickt wird, sobald wir uns vor der Kamera gesprochen haben.
hiring-new-address-ship-again-end = Mir ist dabei nicht wohl. Beenden wir den Vertrag, bevor er anfängt.

hiring-new-address-on-call = { $contractor } kommt mit Kamera in den Anruf, in einem Zimmer voller Umzugskartons. Er ist der Mann, mit dem du vor zwei Wochen das Interview geführt hast; vor seinem Fenster ist mitten am Nachmittag, genau wie bei dir.
hiring-new-address-call-hi = Entschuldigt die Kartons. Die Adresse im Portal ist diese Wohnung; der Eingang ist hinten, bei den Fahrradständern.
hiring-new-address-call-hi-floor = Danke, dass ihr euch Zeit nehmt, und entschuldigt die Kartons: Der Rest unserer Möbel kommt erst nächste Woche. Die Adresse im Portal ist diese Wohnung, ganz oben im Haus; der Aufzug funktioniert, der Kurier kann also direkt hochkommen.
hiring-new-address-it-ship = Danke. Ich schicke ihn heute, mit Unterschrift bei Zustellung. Der Kurier gleicht deinen Ausweis mit dem Namen in deinem Vertrag ab.
hiring-new-address-delivered = Zwei Tage später bestätigt der Kurier die Zustellung an { $contractor }, nach Prüfung seines Ausweises. Der Laptop meldet sich zum ersten Mal an, mit laufender Sicherheitssoftware der Firma.

hiring-new-address-week-one = Woche eins: { $contractor } ist bei jedem Stand-up dabei, mit Kamera. Seine Pull-Requests kommen während deiner Arbeitszeit.
hiring-new-address-offline = Kurz vorab für Donnerstag: Ich bin von 14 bis 17 Uhr offline, weil die Umzugsfirma den Rest unserer Möbel bringt. Die Stunden hole ich Freitagvormittag nach.

hiring-new-address-offline-choice-calendar = Passt. Trag es bitte in den Teamkalender ein, damit am Donnerstag niemand auf dich wartet.
hiring-new-address-offline-choice-watch = Okay, aber lass am Donnerstagvormittag die Kamera an, damit wir wissen, dass du es bist.
hiring-new-address-offline-choice-watch-feedback = Eine Kamera den ganzen Vormittag behandelt einen angekündigten freien Nachmittag wie eine Bedrohung. Das Warnsignal ist jemand, der immer wieder ohne Grund schwer erreichbar ist, nicht eine geplante Pause, Tage vorher angekündigt und am nächsten Tag nachgeholt.
hiring-new-address-offline-choice-doubt = Offline während der Arbeitszeit ist ein Warnsignal. Ich lasse die IT deine Anmeldungen prüfen.
hiring-new-address-offline-choice-doubt-feedback = Das Warnsignal ist jemand, der immer wieder und ohne Grund schwer erreichbar ist. Ein Nachmittag für den Umzug, Tage vorher angekündigt und am nächsten Morgen nachgeholt, ist ganz normales Leben.

hiring-new-address-doubt-reply = Natürlich, prüft alles, was ihr braucht. Mir ist lieber, ihr seid euch sicher.

hiring-new-address-it-logins = Betreff: Anmeldungen von { $contractor }. Kurze Info: Seit Montag kommen seine Anmeldungen aus { $home ->
    [columbus] Pittsburgh
    [atlanta] Charlotte
   *[phoenix] Denver
}, nicht aus der Stadt im Vertrag. Ein Gerät, der Firmenlaptop, jedes Mal mit Zwei-Faktor, während unserer Arbeitszeit. Das passt zum Umzug. Soll ich etwas unternehmen?

hiring-new-address-logins-choice-note = Danke. Trag die neue Stadt bitte in seine Akte ein und behalte es wie üblich im Blick.
hiring-new-address-logins-choice-note-feedback = Gut. Die Anmeldungen passen zum angekündigten Umzug: ein Ort, ein Firmengerät, jedes Mal Zwei-Faktor. Die Protokolle im Blick zu behalten, ist normal; zu tun gab es nichts.
hiring-new-address-logins-choice-geoblock = Sperr bitte Anmeldungen außerhalb der Vertragsstadt, bis er den Umzug nachweist.
hiring-new-address-logins-choice-geoblock-feedback = Seine neue Stadt zu sperren, sperrt ihn selbst aus, denn dort lebt und arbeitet er jetzt. Eine neue Stadt, die, von der er erzählt hat, auf dem Firmenlaptop und jedes Mal mit Zwei-Faktor, passt zum Umzug; Anmeldungen aus mehreren Ländern oder über ein VPN täten es nicht.
hiring-new-address-logins-choice-suspend = Eine neue Stadt in der ersten Woche ist mir zu viel. Sperr seine Zugänge bitte vorerst.
hiring-new-address-logins-choice-suspend-feedback = Anmeldungen aus mehreren Ländern oder über ein VPN sind ein Warnsignal. Eine neue Stadt, nämlich die, in die er gezogen ist, auf dem eigenen Laptop der Firma, ist keins.

hiring-new-address-suspend-reply = Erledigt, auch wenn ich es gelassen hätte. Er hat innerhalb von Minuten geantwortet und einen Anruf angeboten; wir haben heute Morgen gesprochen, alles passt, und seine Zugänge sind wieder offen. Ein verlorener Tag.

hiring-new-address-bank = Betreff: Bankverbindung. Hallo, mit dem Umzug bin ich auch zu einer Bank vor Ort gewechselt. Könntest du meine Bankverbindung für die nächste Zahlung ändern? Die neue Kontonummer und die Bankleitzahl stehen unten. Danke! { $contractor }

hiring-new-address-bank-choice-portal = Danke. Ändere sie bitte selbst im Lohnportal; Bankverbindungen ändern wir nicht per E-Mail.
hiring-new-address-bank-choice-portal-feedback = Richtig. Eine E-Mail allein zeigt nicht, wer sie geschrieben hat. Das Lohnportal verlangt seinen eigenen Login und Zwei-Faktor-Code, also kann nur er ändern, wohin sein Geld geht.
hiring-new-address-bank-choice-reply = Klar. Antworte einfach von dieser Adresse, dass du es wirklich bist, dann leite ich es weiter.
hiring-new-address-bank-choice-reply-feedback = Eine Antwort von derselben Adresse beweist nichts: Wer die erste E-Mail schreiben konnte, kann auch die zweite schreiben. Bankdaten werden nur im Lohnportal geändert, mit seinem eigenen Login und Zwei-Faktor-Code.
hiring-new-address-bank-choice-forward = Kein Problem. Ich leite es heute an die Lohnbuchhaltung weiter, damit es vor der nächsten Zahlung drin ist.

hiring-new-address-bank-ok = Leuchtet ein; daran hätte ich denken sollen. Erledigt: Das Portal hat nach meinem Zwei-Faktor-Code gefragt, und das neue Konto steht jetzt dort.
hiring-new-address-bank-forwarded = Die Lohnbuchhaltung ändert das Konto nach deiner weitergeleiteten E-Mail.
hiring-new-address-paid = Zahltag: Die erste Zahlung an { $contractor } kommt auf seinem neuen Konto an.

hiring-new-address-safe = Dein neuer Kollege hat sich eingelebt, und er ist genau die Person aus dem Vertrag. Er ist wirklich umgezogen, und jeder Schritt lief über das übliche Verfahren: die Adresse von ihm selbst im HR-Portal geändert, ein Anruf mit Kamera, sein Ausweis an der Tür. Ablehnen musstest du nur die Bankänderung per E-Mail; er ist stattdessen ohne Aufhebens übers Portal gegangen.
hiring-new-address-safe-email = Dein neuer Kollege hat sich eingelebt, und das Geld ist bei ihm angekommen. Aber seine Bankverbindung wurde nach einer E-Mail geändert. Diesmal war er es wirklich; trotzdem zeigt eine E-Mail allein nicht, wer sie geschrieben hat. Nur im Lohnportal, mit seinem eigenen Login und Zwei-Faktor-Code, gehört so eine Änderung hin.
hiring-new-address-missed-end = Du hast den Vertrag mit einem ehrlichen freien Mitarbeiter beendet. Ein Laptop an eine neue Adresse ist eine Prüfung wert, und er hat jede angeboten: die Änderung im HR-Portal, einen Videoanruf, seinen Ausweis an der Tür. Lass beim nächsten Mal erst das Verfahren prüfen, bevor du entscheidest.

hiring-new-address-fine-laptop-redirect = Ein Laptop an eine andere Adresse als die im Vertrag ist ein Warnsignal. Hier kam die neue Adresse über das übliche Verfahren: von ihm selbst im HR-Portal geändert, mit eigenem Login und Zwei-Faktor-Code, vor der Kamera bestätigt und erst nach einer Ausweisprüfung übergeben.
hiring-new-address-fine-unreachable = Er hat Tage vorher Bescheid gesagt, aus einem klaren Grund, und die Stunden nachgeholt. Das Warnsignal ist jemand, der immer wieder ohne Erklärung schwer erreichbar ist.
hiring-new-address-fine-login-anomalies = Seine Anmeldungen kamen aus einer neuen Stadt, der, in die er gezogen war, vom Firmenlaptop, jedes Mal mit Zwei-Faktor. Anmeldungen aus mehreren Ländern oder über ein VPN wären eine andere Geschichte gewesen.
