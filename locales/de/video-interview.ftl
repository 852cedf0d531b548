# Szenario „video-interview“: Die spielende Person hat sich über eine Jobbörse bei Wrenfield
# Systems beworben, einem mittelgroßen Hersteller von Lagersoftware (erfundene Firma). Eine
# Recruiterin antwortet per E-Mail und lädt zu einem Videointerview in einer bekannten
# Meeting-App ein; zu Beginn zeigt die Kamera der spielenden Person nichts.
# Variablen: $recruiter (ein Frauenname: Wörter über sie stehen in der weiblichen Form),
# $manager (ein Männername: der Hiring Manager, Leiter des Web-Teams), $monthly (Dollar im
# Monat), $weekday (tuesday oder thursday, für einen Selektor), $app (meet oder zoom, für einen
# Selektor: Google Meet oder Zoom).
# Ton: locker. Die Recruiterin schreibt freundlich und kurz; Deutsch ist nicht ihre
# Muttersprache (ein fehlender Artikel, „war schön zu schauen“), nie zum Lachen. Der Manager
# hat es eilig: kurze, lockere Zeilen. Beide duzen, wie in der ganzen Firma üblich; die
# Antworten der spielenden Person duzen ebenfalls. Hinweise und Rückmeldungen an die spielende
# Person duzen, wie überall. Manche Nachrichten beginnen klein, wenige tragen ein Emoji.
# Im Videocall sind Nachrichten das, was jemand laut sagt; Ereignisse das, was man sieht.

video-interview-title = Eine Frontend-Stelle bei einem Hersteller von Lagersoftware
video-interview-summary = Du hast dich über eine Jobbörse beworben, und eine Recruiterin lädt dich zum Videointerview ein.
video-interview-cast-recruiter = { $recruiter }
video-interview-cast-manager = { $manager }

video-interview-applied = Vor zwei Wochen hast du dich über eine Jobbörse auf „Frontend-Entwickler*in (remote, Vollzeit)“ bei Wrenfield Systems beworben. Heute kommt eine E-Mail von { $recruiter }, Recruiterin bei Wrenfield.
video-interview-hello = Hallo! Ich bin { $recruiter } aus dem Talent-Team von Wrenfield Systems. Danke für deine Bewerbung auf unsere Frontend-Stelle, dein Portfolio war wirklich schön zu schauen.
video-interview-role = Kurz zu uns: etwa 400 Leute, wir machen Lagersoftware für Händler in Europa. Die Stelle ist React und TypeScript, komplett remote, Arbeitsvertrag auf deinen Namen, { MONEY($monthly) } pro Monat. Hiring Manager ist { $manager }, er leitet unser Web-Team.
video-interview-questionnaire = erster Schritt ist kleiner Fragebogen, nur fünf Fragen: dein Haupt-Stack, Jahre Erfahrung, Zeitzone, Kündigungsfrist und Gehaltsvorstellung. Antworte einfach auf diese Mail, dauert 5 Minuten

video-interview-q-choice-answer = Gern: React und TypeScript, sechs Jahre, MEZ, ein Monat Kündigungsfrist. Die Spanne passt.
video-interview-q-choice-later = Gehalt und Kündigungsfrist sage ich lieber später, wenn ich ein echtes Angebot gesehen habe.
video-interview-q-choice-later-feedback = Das sind die Fragen aus jedem Bewerbungsprozess, über deine Arbeit, nicht über deine Identität. Spar dir dein Nein für das, womit jemand als du oder auf deinem Computer handeln kann: Dokumente, Logins, Installationen.
video-interview-q-choice-passport = Die Antworten stehen unten. Meinen Pass habe ich auch angehängt, dann hat HR ihn schon.
video-interview-q-choice-passport-feedback = Niemand hat danach gefragt, und ein Passscan in einem Postfach kann überall landen. Auch bei einem ehrlichen Arbeitgeber gehört der Ausweis nur in dessen eigenes HR-System, wenn der Vertrag ihn braucht.

video-interview-q-later-reply = ok kein Problem, dann sprechen wir im Interview darüber.
video-interview-q-id-reply = Danke für die Antworten! Aber bitte keinen Pass per Mail schicken 🙈 den Ausweis brauchen wir erst später, in unserem HR-System. Deine Datei habe ich schon gelöscht.

video-interview-video-ask = Nächster Schritt ist Videointerview mit { $manager } und mir, 45 Minuten, am { $weekday ->
    [tuesday] Dienstag
   *[other] Donnerstag
} um 10:00. Bitte mit Kamera, er sieht gern, mit wem er spricht. Das ist gleich für alle Kandidaten.

video-interview-video-choice-yes = Passt. Mit Kamera, und um zehn bin ich da.
video-interview-video-choice-voice = Geht es auch als reiner Anruf? Ohne Kamera bin ich viel ruhiger.
video-interview-video-choice-voice-feedback = Ein Videogespräch als du selbst, für eine Arbeit, die du selbst machst, ist normal und gibt nichts preis. Das Warnsignal ist, wenn du für jemand anderen auftreten oder eine Prüfung bestehen sollst.
video-interview-video-choice-withdraw = Videocalls mit Fremden beunruhigen mich inzwischen. Ich ziehe zurück.

video-interview-voice-reply = Verstehe ich, aber beim finalen Interview will { $manager } immer Video, mit allen Kandidaten. Ich schicke die Einladung mit Kamera, und wenn es wirklich ein Problem ist, schreib mir vorher.

video-interview-invite = Eine Kalendereinladung kommt von der Wrenfield-Adresse von { $recruiter }: „Interview: Frontend-Entwickler*in“, { $weekday ->
    [tuesday] Dienstag
   *[other] Donnerstag
} um 10:00, mit einem { $app ->
    [meet] Google-Meet
   *[other] Zoom
}-Link.
video-interview-invite-note = Einladung ist raus! Der Link öffnet direkt { $app ->
    [meet] Google Meet
   *[other] Zoom
}, das hast du schon, oder? Falls nicht, nimm es von der offiziellen Seite, mehr musst du nicht installieren. Bis dann!

video-interview-link-choice-accept = [Die Einladung annehmen. Der Link öffnet die App, die du schon nutzt]
video-interview-link-choice-own-page = Gibt es keine eigene Meeting-Seite der Firma? Der würde ich mehr trauen.
video-interview-link-choice-own-page-feedback = Eine „eigene“ Meeting-Seite oder App einer Firma ist genau das, womit falsche Interviews ihren Code auf deinen Computer bringen. Eine bekannte App, die du schon von ihrer offiziellen Seite hast, führt nichts Neues aus.
video-interview-link-choice-withdraw = Mit Links in Mails fangen diese falschen Interviews an. Ich bin raus.

video-interview-own-page-reply = nein, für Interviews nutzen wir nur { $app ->
    [meet] Google Meet
   *[other] Zoom
}, wie die meisten Firmen. Der Link öffnet das nur. Du kannst es auch selbst starten und den Meeting-Code aus der Einladung eintippen.

video-interview-call-start = { $weekday ->
    [tuesday] Dienstag
   *[other] Donnerstag
}, 10:00. Du klickst auf den Link, und { $app ->
    [meet] Google Meet
   *[other] Zoom
} öffnet sich wie immer. { $recruiter } ist schon da, mit Kamera. Dein eigenes Bild bleibt schwarz: „Kamera nicht verfügbar“.
video-interview-cam-fix = Guten Morgen! Ich höre dich gut, aber sehe nur deine Initialen 😅 passiert ständig. Klick auf den kleinen Pfeil neben dem Kamerasymbol und wähl deine Kamera, vielleicht ist eine andere ausgewählt. Oder geh raus und komm neu rein. Wenn immer noch nichts, kein Stress: Dann sprechen wir jetzt per Telefon und machen Video an einem anderen Tag.

video-interview-fix-choice-settings = Ich schaue in die Kameraeinstellung der App. Sonst gern per Telefon.
video-interview-fix-choice-tool = Gibt es ein kleines Tool, das das behebt? Schick es mir, ich starte es gleich.
video-interview-fix-choice-tool-feedback = Auch von einer ehrlichen Recruiterin: Starte nie ein Tool oder einen Befehl, den dir jemand für die Kamera schickt. Die echte Lösung steckt in den eigenen Einstellungen der Meeting-App, im Neubeitritt oder in einem neuen Termin.
video-interview-fix-choice-leave = [Den Call verlassen, die Recruiterin blockieren und ihr Profil melden: Eine Kamera-Reparatur im Interview ist ein bekannter Trick]

video-interview-tool-reply = nein nein, wir haben kein Tool, und bitte starte so was nie, von niemandem. Das ist nur eine Einstellung in der App, probier den Pfeil.
video-interview-cam-fixed = In den Videoeinstellungen der App ist eine alte virtuelle Kamera ausgewählt. Du wählst die Kamera deines Laptops, und dein Gesicht erscheint.
video-interview-manager-hello = Morgen, sorry, mein Meeting davor hat länger gedauert. Gut, wir sehen dich. Fangen wir mit deinem letzten Projekt an?
video-interview-interview = Vierzig Minuten: Du erzählst von deinem letzten Projekt, teilst deinen Bildschirm, um Code aus deinem eigenen öffentlichen Repository zu zeigen, und beantwortest die Fragen von { $manager } zum State-Management. Die Kamera ist an, und mehr wird nicht von dir verlangt.

video-interview-offer = Gute Nachrichten! 🎉 { $manager } und das Team möchten dir ein Angebot machen. Der Vertrag kommt diese Woche aus unserem HR-System, Start ist in zwei Wochen.
video-interview-offer-alt = hallo nochmal, ich habe gute Nachricht: { $manager } und dem Team hat dein Interview sehr gefallen, und sie wollen dir ein Angebot machen. Vertrag kommt diese Woche aus unserem HR-System, Start wäre in zwei Wochen.
video-interview-proof = Bevor du unterschreibst, willst du uns vielleicht ein bisschen prüfen, das ist normal. Unsere Karriereseite steht in meiner Signatur, mein Profil ist auf LinkedIn, und { $manager } kann dir von seiner Mailadresse schreiben, wenn du willst.

video-interview-proof-choice-register = Danke! Ich suche Wrenfield im Handelsregister und rufe dort an.
video-interview-proof-choice-register-feedback = Genau diese Prüfung zählt: eine Quelle, die sie nicht kontrolliert. Eine Karriereseite, ein Profil und eine Mail von ihrem Kollegen können alle von denselben Leuten stammen, auch wenn sie hier echt sind.
video-interview-proof-choice-links = [Karriereseite und ihr Profil über die Links in ihrer Signatur öffnen]
video-interview-proof-choice-links-feedback = Hier waren sie echt, aber Karriereseiten und Profile sind genau das, was Scheinfirmen bauen: Im Juni 2025 haben US-Behörden 21 betrügerische Websites beschlagnahmt, die wie echte Firmen aussehen sollten. Prüfe über eine Quelle, die sie nicht kontrolliert.
video-interview-proof-choice-manager = Eine Mail von { $manager } würde mir reichen. Danke dir!
video-interview-proof-choice-manager-feedback = Eine Mail von ihrem Kollegen kommt aus derselben Firma, für die sie spricht, und wiederholt nur, was sie dir gesagt hat. Such eine Quelle, die sie nicht schreiben können: das Handelsregister, eine Telefonnummer, die du selbst findest.

video-interview-links-check = Die Karriereseite listet die Stelle, und ihr Profil zeigt vier Jahre bei Wrenfield. Alles passt, und du schreibst ihr das.
video-interview-manager-mail = Eine Mail von { $manager } kommt von einer Wrenfield-Adresse: Das Angebot ist echt, und er freut sich auf die Zusammenarbeit.
video-interview-own-check = Du suchst Wrenfield Systems selbst im Handelsregister: eingetragen vor zwölf Jahren, unter der Adresse von der Website. Du rufst die dort angegebene Hauptnummer an; HR bestätigt das Angebot und dass { $recruiter } zum Team gehört.
video-interview-contract = Der Vertrag kommt über das E-Signatur-System von Wrenfields HR: dein Name, Vollzeit, { MONEY($monthly) } im Monat, auf dein eigenes Bankkonto. Ein Firmenlaptop wird dir vor dem Start geschickt.
video-interview-id-note = Das HR-System bittet dich, deinen Ausweis dort hochzuladen. { $recruiter } schreibt dazu: Die Kopie, die du vorher gemailt hast, ist gelöscht.

video-interview-welcome = hey, willkommen an Bord! Kurz vor deinem Start: Die IT hängt diesen Monat mit Laptops hinterher, deiner kommt vielleicht erst an Tag drei.
video-interview-script-ask = Damit wir die Tage nicht verlieren: Bitte lass das angehängte setup.sh am Wochenende auf deinem eigenen Laptop laufen. Installiert unsere Dev-Tools und das VPN und trägt deinen SSH-Key in unsere Repos ein, max. 10 Minuten

video-interview-script-choice-it = Ich warte lieber und richte es mit der IT ein. Auf meinem Laptop liegen Keys anderer Kunden.
video-interview-script-choice-it-feedback = Richtig, und er ist einverstanden. Lass nie das Skript eines Arbeitgebers auf einem Rechner laufen, auf dem deine anderen Konten, Keys oder Wallets liegen: Firmentools gehören auf Firmenhardware, eingerichtet über die IT. Ein gefälschtes Skript sähe genauso aus wie dieses echte.
video-interview-script-choice-run = Klar, ich lasse es Samstag laufen, dann lege ich an Tag eins richtig los.
video-interview-script-choice-read = Ich lese es erst durch und starte es, wenn nichts komisch aussieht.
video-interview-script-choice-read-feedback = Ein Skript kann mehr Code nachladen und starten, als du darin siehst, und Lesen ändert nichts daran, wo es läuft: auf dem Rechner mit der Arbeit deiner anderen Kunden. Die Firmeneinrichtung gehört auf den Firmenlaptop.

video-interview-it-reply = guter Punkt, mein Fehler. Unsere Security-Leute würden dir zustimmen 😅 Ich bitte die IT, deinen Laptop per Express zu schicken, und am ersten Morgen richtest du ihn mit ihnen ein.
video-interview-ran = Das Skript läuft zehn Minuten. Es installiert ein Dutzend Tools, ein VPN-Profil und einen Wrenfield-Zugangsschlüssel auf deinem eigenen Laptop, neben der Arbeit deiner anderen Kunden.

video-interview-laptop = Der Firmenlaptop kommt vor deinem Start an. Am ersten Morgen richtet ihn jemand aus der Wrenfield-IT mit dir in einem Call ein: ihr Gerät, ihre Tools, deine neuen Konten.
video-interview-it-note = Die IT bittet dich außerdem, das VPN-Profil und den Zugangsschlüssel von deinem privaten Laptop zu löschen: Firmenzugänge gehören nur auf Firmengeräte. Diesmal war das Skript echt; ein gefälschtes hätte genauso ausgesehen.
video-interview-first-day = Willkommen im Team! Standup ist um 10, ich füge dich gleich dem Channel hinzu.

video-interview-hired = Du hast die Stelle bekommen, als du selbst. Das Interview lief in einer Meeting-App, die du schon nutztest, die Kamera-Reparatur war eine Einstellung in dieser App, die Firma ließ sich über eine Quelle prüfen, die die Recruiterin nicht in der Hand hatte, und Firmentools gehören auf Firmenhardware, eingerichtet über die IT.
video-interview-missed-video = Du hast eine echte Stelle ausgeschlagen. Vorsicht vor der Kamera ist verständlich; hier aber ging es um ein Interview mit dir, für eine Arbeit, die du selbst machen würdest, bei einer Firma, die du prüfen konntest. Das Warnsignal ist, wenn du für jemand anderen auftreten sollst.
video-interview-missed-link = Du hast eine echte Stelle ausgeschlagen. Meeting-Links zu prüfen ist klug, und dieser hätte die Prüfung bestanden: Er kam von der Adresse der Firma und öffnete eine bekannte App, die du schon hattest. Das Warnsignal ist eine eigene Meeting-App oder Datei, die du installieren sollst.
video-interview-missed-fix = Du hast ein echtes Interview verlassen. Den Trick mit der Kamera-Reparatur zu kennen ist gut, und hier war die Lösung harmlos: eine Einstellung in der App, die du schon nutzt, oder ein Telefonat. Das Warnsignal ist ein Befehl zum Einfügen oder eine Datei zum Ausführen.

video-interview-fine-identity-docs = Der Fragebogen fragte nach deiner Arbeit: Stack, Jahre Erfahrung, Zeitzone, Kündigungsfrist, Gehaltsspanne. Das fragt jedes Recruiting. Dokumente, Logins und Installationen sind das, womit jemand in deinem Namen oder auf deinem Computer handeln kann.
video-interview-fine-proxy-verification = Das Videointerview mit Kamera war in Ordnung: Es ging um dich als du selbst, um eine Arbeit, die du selbst machen würdest, genau wie bei allen anderen Kandidaten. Das Warnsignal ist, wenn du für jemand anderen auftreten oder eine Prüfung bestehen sollst.
video-interview-fine-runs-their-code = Der Link in der Einladung und die Kamera-Reparatur waren in Ordnung: Der Link öffnete eine bekannte App, die du schon nutztest, und die Reparatur war eine Einstellung darin, ohne etwas herunterzuladen, einzufügen oder zu starten. Ablehnen solltest du ihren eigenen Code auf deinem Computer: eine Meeting-App von ihnen, einen Befehl, ein Skript.
