# Szenario „payroll-id-check“: ein ehrliches Angebot. Ein Engineering-Manager (ein Mann) einer
# US-Firma bietet dir auf LinkedIn einen Vertrag über sechs Monate an; die Firma bezahlt
# Auftragnehmer im Ausland über einen Employer-of-Record-Dienst namens Orvane (erfunden; der
# Name bleibt in jeder Sprache gleich, wie der Firmenname Halden Labs).
# Variablen: $manager (ein Männername), $sector (fintech, health oder logistics), $monthly
# (Dollar im Monat). Der Manager schreibt gepflegt und freundlich, in ganzen Sätzen, ohne Emoji.
# Er siezt die spielende Person, und sie siezt ihn. Zeilen in eckigen Klammern sind
# Handlungen, keine Nachrichten.

payroll-id-check-title = Sechs Monate bei einem US-Softwareteam
payroll-id-check-summary = Ein Engineering-Manager schreibt dir auf LinkedIn wegen eines Vertrags über sechs Monate.
payroll-id-check-cast-manager = { $manager }

payroll-id-check-li-hello = Guten Tag, ich bin { $manager }, Engineering-Manager bei Halden Labs, { $sector ->
    [fintech] einem Fintech-Unternehmen
    [health] einem Health-Tech-Unternehmen
   *[logistics] einem Anbieter von Logistiksoftware
} in den USA. Ihr Profil und Ihr öffentlicher Code sind unserem Team aufgefallen.
payroll-id-check-li-role = Wir suchen eine Backend-Entwicklerin oder einen Backend-Entwickler für sechs Monate, Vollzeit und remote, für { MONEY($monthly) } im Monat. Die Stellenanzeige steht auf unserer Unternehmensseite hier auf LinkedIn.
payroll-id-check-li-interview = Wenn Sie Interesse haben, wäre der erste Schritt ein Video-Interview von 45 Minuten mit mir und unserem Lead Engineer, mit Kamera. Es geht um Ihre eigenen Projekte und darum, wie Sie gern arbeiten. Passt Ihnen Donnerstag?

payroll-id-check-interview-choice-who = Donnerstag passt mir. Der Vertrag liefe auf meinen Namen, und ich mache die Arbeit selbst?
payroll-id-check-interview-choice-who-feedback = Eine gute Frage, und hier lautet die Antwort Ja: dein Interview, dein Vertrag, deine Arbeit.
payroll-id-check-interview-choice-voice = Könnten wir die Kameras auslassen? Für ein Gespräch über Code reicht ein Audioanruf.
payroll-id-check-interview-choice-voice-feedback = Ohne Kamera fiele genau das weg, was beide Seiten schützt: dass die Firma sieht, dass die Person, die sie einstellt, auch die Arbeit macht. Das Warnsignal ist, für jemand anderen vor die Kamera zu sollen.
payroll-id-check-interview-choice-no = Vor einem Vertrag mache ich lieber kein Video; ich habe von gefälschten Interviews gelesen.
payroll-id-check-interview-choice-no-feedback = Das Warnsignal ist, für jemand anderen vor die Kamera zu sollen. Eine Firma, die die Person, die sie einstellt, vor der Unterschrift kennenlernen will, macht es richtig.

payroll-id-check-no-video-reply = Ich verstehe die Vorsicht; es sind gefälschte Angebote unterwegs. Aber wir lernen alle, die wir einstellen, vor der Unterschrift kennen, und dieses Interview wäre Ihres, für einen Vertrag auf Ihren eigenen Namen. Alle Einzelheiten stehen in der Anzeige auf unserer Unternehmensseite.
payroll-id-check-video-again-yes = Das leuchtet mir ein. Donnerstag passt; schicken Sie mir bitte die Einladung.
payroll-id-check-video-again-test = Könnte ich stattdessen eine bezahlte Testaufgabe machen? Die zeigt mein Können besser.
payroll-id-check-video-again-test-feedback = Eine Testaufgabe zeigt dein Können, aber nicht, wer die Arbeit macht. Die Person vor der Unterschrift kennenzulernen, ist der Weg, auf dem eine ehrliche Firma beide Seiten schützt.
payroll-id-check-video-again-no = Mit Video fühle ich mich trotzdem nicht wohl, also sage ich ab. Danke.
payroll-id-check-test-reply = Eine Testaufgabe kann später dazukommen, aber wir unterschreiben mit niemandem, den wir nicht kennengelernt haben. Schade, dass es diesmal nicht passt; ich behalte Ihr Profil im Blick.

payroll-id-check-interview = Donnerstag: 45 Minuten Video mit { $manager } und dem Lead Engineer. Du stellst zwei deiner eigenen Projekte vor, und die beiden zeigen dir den Teil des Systems, an dem du arbeiten würdest.
payroll-id-check-offer = Danke für Donnerstag; das Team hat das Gespräch sehr genossen. Wir möchten Ihnen den Vertrag anbieten: sechs Monate, { MONEY($monthly) } im Monat, Beginn in zwei Wochen.
payroll-id-check-offer-lead = Nochmals danke für Donnerstag. Unserem Lead Engineer hat besonders gefallen, wie Sie Ihre eigenen Projekte erklärt haben. Wir möchten Ihnen den Vertrag anbieten: sechs Monate, { MONEY($monthly) } im Monat, Beginn in zwei Wochen.
payroll-id-check-eor = Da Sie außerhalb der USA leben, schließen wir den Vertrag über Orvane, unseren Employer-of-Record-Dienst. Orvane stellt den Vertrag auf Ihren Namen aus und zahlt Sie jeden Monat aus.
payroll-id-check-eor-email = E-Mail von Orvane: Halden Labs hat dich eingeladen, deinen Auftragnehmervertrag zu unterschreiben. Um das Onboarding abzuschließen, bestätige deine Identität in der Orvane-App.
payroll-id-check-id-request = Die Einladung von Orvane sollte inzwischen bei Ihnen sein. Die App fragt nach einem Foto Ihres Reisepasses oder Personalausweises und einem kurzen Selfie-Video, damit klar ist, dass wirklich Sie unterschreiben. Ihre Dokumente sehen wir nie; wir sehen nur, dass Sie bestätigt sind.

payroll-id-check-id-choice-app = Alles klar. Dann mache ich die Prüfung heute Abend in der Orvane-App.
payroll-id-check-id-choice-later = Ich prüfe mich lieber nach dem ersten Monat, wenn eine Zahlung da ist.
payroll-id-check-id-choice-later-feedback = Auf die erste Zahlung zu warten klingt vorsichtig, aber erst die Prüfung erlaubt Orvane, einen Vertrag auf deinen Namen auszustellen und dich überhaupt zu bezahlen. Sie lief in der eigenen App des Anbieters, für deinen eigenen Vertrag.
payroll-id-check-id-choice-skip = Meinen Pass lade ich nie in Apps hoch. Kann Orvane bei mir auf die Prüfung verzichten?
payroll-id-check-id-choice-skip-feedback = Scans nicht an Personen zu schicken, ist richtig. Das hier war etwas anderes: die eigene Prüfung des Lohnabrechnungsdienstes, in seiner eigenen App, für einen Vertrag auf deinen eigenen Namen.

payroll-id-check-id-refused = Ich verstehe die Sorge. Aber Orvane prüft alle, die es bezahlt, und ohne die Prüfung kann es keinen Vertrag ausstellen. Sie gilt Ihrem Vertrag, auf Ihren Namen, und die Dokumente bleiben bei Orvane, nicht bei uns.
payroll-id-check-id-again-ok = Na gut. Ich mache die Prüfung heute in der Orvane-App.
payroll-id-check-id-again-proof = Reicht nicht mein LinkedIn-Profil als Nachweis?
payroll-id-check-id-again-no = Dann lasse ich es. Online-Ausweisprüfungen sind nichts für mich.
payroll-id-check-proof-reply = Leider nicht: Orvane macht für jeden Vertrag seine eigene Prüfung, daran können wir nichts ändern. Schade; falls Sie es sich diese Woche anders überlegen, gilt die Einladung noch.

payroll-id-check-liveness = In der Orvane-App auf deinem Handy: ein Foto deines Reisepasses, dann das Selfie-Video. Du schaust in die Kamera und drehst den Kopf langsam nach links, dann nach rechts. Eine Minute später: Identität bestätigt.
payroll-id-check-signed = Orvane: Dein Auftragnehmervertrag mit Halden Labs ist unterschrieben. Die erste Zahlung ist zum Monatsende fällig.
payroll-id-check-welcome = Willkommen an Bord. Die IT hat Ihr Firmenkonto eingerichtet und die Zugangsdaten an die E-Mail-Adresse aus Ihrem Vertrag geschickt.
payroll-id-check-mfa = Bei der ersten Anmeldung richten Sie die Zwei-Faktor-Anmeldung mit einer Authenticator-App auf Ihrem Handy ein. Danach bittet Ihr Handy Sie bei jeder Anmeldung um Bestätigung.
payroll-id-check-mfa-prompt = Montagmorgen. Du tippst dein neues Passwort am Laptop ein, und eine Sekunde später fragt dein Handy: Anmeldung bei deinem Arbeitskonto bestätigen?

payroll-id-check-mfa-choice-check = [Uhrzeit und Gerät in der Anfrage prüfen, dann bestätigen]
payroll-id-check-mfa-choice-check-feedback = Genau diese Gewohnheit lohnt sich: Eine Anfrage, die in dem Moment kommt, in dem du dich selbst anmeldest, ist deine. Ablehnen solltest du eine Anfrage, die du nicht selbst ausgelöst hast.
payroll-id-check-mfa-choice-deny = [Ablehnen und die IT fragen, wer sich in dein Konto einloggt]
payroll-id-check-mfa-choice-deny-feedback = Eine Anfrage abzulehnen, die du nicht ausgelöst hast, ist richtig. Diese hattest du selbst ausgelöst, eine Sekunde vorher, an deinem eigenen Laptop.
payroll-id-check-mfa-choice-ignore = [Ablaufen lassen, dann die IT fragen, ob die Anfrage echt ist]
payroll-id-check-mfa-choice-ignore-feedback = Die Anfrage ablaufen zu lassen, fühlt sich sicher an, blockiert aber deine eigene Anmeldung. Eine Anfrage, die genau dann kommt, wenn du dein Passwort eintippst, ist deine; ablehnen solltest du eine, die du nicht selbst ausgelöst hast.

payroll-id-check-mfa-denied = Die IT sagt mir, die nicht bestätigte Anfrage war Ihre eigene Anmeldung von vor einer Minute; es ist also nichts passiert. Wenn die Anfrage genau dann kommt, wenn Sie Ihr Passwort eintippen, sind das Sie. Versuchen Sie es einfach noch einmal.

payroll-id-check-weeks = Zwei Wochen später: Du bist jeden Morgen im Stand-up des Teams, und dein erstes Feature ist im Review.
payroll-id-check-on-hold = Orvane: Deine erste Zahlung ist angehalten. Die Steuerangaben in deinem Profil sind unvollständig.
payroll-id-check-login-request = Ich habe gesehen, dass Orvane Ihre Zahlung angehalten hat; das tut mir leid. Unsere HR-Leiterin kennt deren Formulare in- und auswendig. Könnten Sie mir Ihren Orvane-Benutzernamen und Ihr Passwort schicken, und den Code, wenn er kommt? Sie meldet sich als Sie an und bringt es heute noch in Ordnung.

payroll-id-check-login-choice-support = Danke, aber mein Login bleibt bei mir. Ich korrigiere es selbst, mit dem Orvane-Support.
payroll-id-check-login-choice-support-feedback = Richtig. Dein Konto beim Lohnabrechnungsdienst gehört nur dir, auch bei einem ehrlichen Arbeitgeber. Der Support des Anbieters bringt ein Profil in Ordnung, ohne dass jemand dein Passwort braucht.
payroll-id-check-login-choice-call = Mein Passwort tippe ich ungern in einen Chat. Lassen Sie uns telefonieren, dann lese ich es ihr vor.
payroll-id-check-login-choice-send = Das ist nett von ihr, danke. Ich schicke das Passwort gleich, und den Code, sobald er kommt.

payroll-id-check-login-ok = Berechtigter Einwand, und Sie haben recht: Es ist Ihr Konto. Laut HR ist es meistens das Feld für den steuerlichen Wohnsitz. Der Orvane-Support kann es Ihnen in der App bestätigen.
payroll-id-check-fixed-self = Du füllst das fehlende Feld selbst aus. Der Orvane-Support bestätigt innerhalb einer Stunde, dass dein Profil vollständig ist.
payroll-id-check-login-sent = Danke. Sie hat sich angemeldet und es korrigiert; Ihr Profil ist jetzt vollständig.
payroll-id-check-paid = Orvane: Deine erste Zahlung über { MONEY($monthly) } ist auf dem Weg zu deinem Bankkonto.

payroll-id-check-hired = Du hast den Vertrag, auf deinen eigenen Namen. Jede Prüfung galt dir: ein Video-Interview für deinen eigenen Job, die Ausweisprüfung des Lohnabrechnungsdienstes in seiner eigenen App und Anmeldeanfragen für deine eigenen Anmeldungen. Ablehnen musstest du nur eine Bitte, die nach deinem Login, und der Job ging ohne sie weiter.
payroll-id-check-hired-shared = Du hast den Vertrag, und die Zahlung ist angekommen. Eins solltest du noch geraderücken: Dein Orvane-Passwort und ein Anmeldecode sind durch einen Chat gegangen, also ändere das Passwort jetzt. Hier ist es gut gegangen, aber wer deinen Login hat, handelt in deinem Namen, und der Support des Anbieters hätte das Formular auch in Ordnung gebracht.
payroll-id-check-missed-early = Du hast einen ehrlichen Vertrag abgelehnt. Vorsicht bei Videoanrufen ist sinnvoll, wenn jemand dich für eine andere Person vor der Kamera haben will. Hier war das Interview deines, für deinen eigenen Job, mit den Leuten, für die du arbeiten würdest. Die Frage, wessen Vertrag es ist, hätte das geklärt.
payroll-id-check-missed-id = Du hast einen ehrlichen Vertrag bei der Ausweisprüfung abgelehnt. Vorsicht mit Dokumenten ist richtig, wenn jemand Scans per Chat haben will. Hier lief die Prüfung in der eigenen App des Lohnabrechnungsdienstes, für deinen eigenen Vertrag, und die Firma hat deinen Pass nie gesehen.

payroll-id-check-fine-proxy-verification = Ein Video-Interview, ein Selfie-Video und eine Anmeldeanfrage kommen auch im Betrug mit Strohleuten vor. Der Unterschied: Hier galt jedes davon dir, für einen Vertrag auf deinen eigenen Namen, und niemand sonst sollte die Arbeit machen oder sich als du anmelden.
payroll-id-check-fine-identity-docs = Du hast deine Identität in der eigenen App des Lohnabrechnungsdienstes bestätigt, für deinen eigenen Vertrag, statt Scans an eine Person zu schicken. Die Firma hat nur gesehen, dass du bestätigt bist, nie deinen Pass.
