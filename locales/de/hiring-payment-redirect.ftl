# Szenario „hiring-payment-redirect“: Die kleine Firma der spielenden Person will mit einem
# Entwickler von Upwork weiterarbeiten. Variablen: $dev (der Entwickler; ein Mann: er),
# $colleague (die Lead-Entwicklung im eigenen Team; jedes Geschlecht möglich, daher keine
# geschlechtsbezogenen Wörter), $payout (usdt oder uncle: wie er zuerst bezahlt werden will),
# $friend1 und $friend2 (GitHub-Handles zweier „Freunde“), $invoice (Dollar), $demand (Dollar).
# Anrede: Entwickler und Firma siezen sich; im Team duzt man sich. Der Entwickler schreibt
# gepflegt und höflich, in ganzen Sätzen; die Kollegin/der Kollege knapp und sachlich.

hiring-payment-redirect-title = Ein Upwork-Entwickler soll bleiben
hiring-payment-redirect-summary = Ein Entwickler, den du auf Upwork gefunden hast, arbeitet gut, und deine kleine Firma wandelt seinen Vertrag über Upwork in einen direkten um, mit monatlicher Rechnung.
hiring-payment-redirect-cast-dev = { $dev }
hiring-payment-redirect-cast-colleague = { $colleague }

hiring-payment-redirect-context = Du hast { $dev } vor drei Monaten auf Upwork gefunden. Die Arbeit ist gut, und deine Firma hat Upworks Umwandlungsgebühr bezahlt, um mit einem direkten Vertrag weiterzumachen, bezahlt per Monatsrechnung: der Weg, den die Plattform selbst dafür vorsieht.
hiring-payment-redirect-hi = Guten Morgen. Ich habe den Vertragsentwurf erhalten, vielen Dank. Er sieht gut aus, ich unterschreibe ihn heute.
hiring-payment-redirect-pay-ask = { $payout ->
    [usdt] Noch ein praktischer Punkt zu den Rechnungen: Könnten Sie mich in USDT bezahlen statt per Überweisung? Das geht schneller und spart auf beiden Seiten Gebühren.
   *[uncle] Noch ein praktischer Punkt zu den Rechnungen: Könnten Sie vorerst auf das Konto meines Onkels im Ausland zahlen? Mein US-Bankkonto hat gerade ein vorübergehendes Problem.
}

hiring-payment-redirect-pay-choice-once = { $payout ->
    [usdt] Dann die erste Rechnung in USDT, und danach auf ein Bankkonto auf Ihren eigenen Namen.
   *[uncle] Dann die erste Rechnung aufs Konto Ihres Onkels, und danach auf Ihr eigenes Konto.
}
hiring-payment-redirect-pay-choice-once-feedback = Schon eine Zahlung in Krypto oder an jemand anderen im Ausland ist Geld, das über fremde Hände abfließt, und aus „nur die erste“ wird leicht die Regel. Zahl nur auf ein Konto, das auf den Namen des Auftragnehmers selbst läuft, ab der ersten Rechnung.
hiring-payment-redirect-pay-choice-why = { $payout ->
    [usdt] Warum Krypto? Laut Profil wohnen Sie in Austin, und wir überweisen allen auf ein Konto auf den eigenen Namen.
   *[uncle] Warum Ihr Onkel im Ausland? Laut Profil Austin, und wir zahlen an Sie, auf ein Konto auf Ihren Namen.
}
hiring-payment-redirect-pay-choice-why-feedback = Gute Frage. Lohn, der in Krypto oder auf das Konto einer anderen Person im Ausland geht, ist der Weg, auf dem das Geld abfließt; die US-Warnung zu nordkoreanischen IT-Arbeitskräften nennt genau das.
hiring-payment-redirect-pay-choice-ok = { $payout ->
    [usdt] Wenn es auf beiden Seiten Gebühren spart, gern. Schreiben Sie die Wallet-Adresse auf die Rechnung.
   *[uncle] Bankprobleme kann jeder haben. Schreiben Sie die Kontodaten Ihres Onkels auf die Rechnung.
}

hiring-payment-redirect-pay-reply = Verstanden. Dann per Überweisung; ich schicke die Daten mit der Rechnung.
hiring-payment-redirect-pay-ok = Vielen Dank, das hilft mir sehr. Die Daten stehen dann auf der Rechnung.

hiring-payment-redirect-leave = Noch eine Bitte, wenn ich darf: Meine Schwester heiratet, und ich würde gern vom 14. bis zum 18. freinehmen. Meine offenen Aufgaben übergebe ich vorher, und für Dringendes lese ich E-Mails.
hiring-payment-redirect-leave-choice-yes = Herzlichen Glückwunsch an sie! Genießen Sie es; eine Übergabenotiz reicht uns.
hiring-payment-redirect-leave-choice-refuse = Im ersten Monat eines neuen Vertrags gehen fünf freie Tage bei uns leider nicht.
hiring-payment-redirect-leave-choice-refuse-feedback = Das war strenger als nötig. Ein paar freie Tage, rechtzeitig angefragt und mit Übergabe, sind normal; das Warnsignal ist jemand, der zu den angegebenen Arbeitszeiten nie erreichbar ist.
hiring-payment-redirect-leave-choice-proof = Gut, aber schicken Sie uns bitte eine Kopie der Hochzeitseinladung für die Akten.
hiring-payment-redirect-leave-thanks = Vielen Dank, das ist sehr freundlich. Die Übergabenotiz schicke ich am 13.
hiring-payment-redirect-leave-ok = Ich verstehe. Ich schaue, was ich mit meiner Familie regeln kann.

hiring-payment-redirect-access-ask = Außerdem: Könnte ich auch Zugriff auf die anderen Repositories bekommen, die Mobile-App und die Admin-Tools? Ich würde gern breiter mithelfen.
hiring-payment-redirect-referral = Und eine gute Nachricht: Zwei Freunde von mir sind hervorragende Entwickler und gerade frei, @{ $friend1 } und @{ $friend2 } auf GitHub. Gleicher Satz wie ich. Ich verbürge mich persönlich für sie.
hiring-payment-redirect-github-check = Du öffnest beide GitHub-Profile. Beide Konten wurden vor fünf Wochen angelegt, zeigen aber Commits an jedem einzelnen Tag zurück bis 2019, alle in ein paar kleinen Repositories.

hiring-payment-redirect-referral-choice-vet = Danke! Sie können sich gern bewerben, über unser normales Verfahren mit Live-Videogespräch.
hiring-payment-redirect-referral-choice-vet-feedback = Richtig: Empfohlene Bewerbungen durchlaufen dieselben Prüfungen wie alle. Brandneue Konten mit jahrelang zurückdatierter Historie sind ein bekanntes Zeichen für eine Gruppe, die mehrere Arbeitskräfte unterbringt.
hiring-payment-redirect-referral-choice-trial = Passt gut. Wenn Sie sich für die beiden verbürgen, starten sie mit einer bezahlten Probewoche.
hiring-payment-redirect-referral-choice-trial-feedback = Eine bezahlte Probewoche ist auch eine Einstellung: Konten, Zugänge und Geld, ohne dass irgendwer geprüft wurde. Brandneue GitHub-Konten mit jahrelang zurückdatierter Historie sind ein bekanntes Zeichen für eine Gruppe, die mehrere Arbeitskräfte unterbringt; wer empfohlen wird, durchläuft dieselben Prüfungen wie alle.
hiring-payment-redirect-referral-choice-hire = Ihre eigene Arbeit spricht für sich, also reicht uns Ihr Wort. Schicken Sie die beiden für nächste Woche.

hiring-payment-redirect-vet-reply = Selbstverständlich. Ich gebe das an die beiden weiter.

hiring-payment-redirect-mismatch = Betreff: Vertrag für { $dev }. Hi! Beim Vorbereiten des Vertrags habe ich die Profile verglichen. Upwork sagt Austin, Texas; LinkedIn sagt Toronto. Und im Lebenslauf stehen eine andere Uni und für 2019 bis 2022 ein anderer Arbeitgeber als auf LinkedIn. Willst du das vor der Unterschrift ansprechen?
hiring-payment-redirect-mismatch-choice-video = Ja. Gehen wir das mit { $dev } in einem Live-Videocall durch, mit Kamera.
hiring-payment-redirect-mismatch-choice-video-feedback = Richtig. Unterschiede zwischen Profilen sind ein Live-Gespräch wert; eine echte Person kann sie meist in einer Minute erklären.
hiring-payment-redirect-mismatch-choice-ask = Ja, bitte lass dir von { $dev } jeden Unterschied schriftlich erklären, für unsere Unterlagen.
hiring-payment-redirect-mismatch-choice-ask-feedback = Eine schriftliche Erklärung ist eine Prüfung, die er selbst in der Hand hat: Eine glaubwürdige Geschichte kann jeder schreiben. Unterschiede zwischen Profilen klärt man live, mit Kamera, wo ein echter Mensch sie in einer Minute erklärt.
hiring-payment-redirect-mismatch-choice-ignore = Niemand hält LinkedIn aktuell. Seine Arbeit ist gut, also lass uns deswegen nichts aufhalten.

hiring-payment-redirect-ignore-reply = Okay, deine Entscheidung. Ich schicke den Vertrag heute raus.
hiring-payment-redirect-dev-written = Betreff: AW: Fragen. Entschuldigen Sie die Verwirrung: Mein LinkedIn ist alt, und ich bin seitdem mehrmals umgezogen. Der Lebenslauf ist die aktuelle und richtige Fassung.
hiring-payment-redirect-dev-explain = Betreff: AW: Fragen. Entschuldigen Sie die Verwirrung: LinkedIn ist alt, und ich bin mehrmals umgezogen. Was einen Videocall angeht, meine Kamera ist im Moment unzuverlässig. Könnten wir das schriftlich klären?

hiring-payment-redirect-invoice-1 = Betreff: Rechnung Nr. 1. Anbei die Rechnung über { MONEY($invoice) }. Bitte beachten Sie die neue Bankverbindung: Meine bisherige Bank hat mein Konto ohne Begründung gekündigt. Das neue Konto ist im Ausland, auf den Namen meines Cousins, und er leitet mir das Geld weiter.
hiring-payment-redirect-invoice-file = Anhang: rechnung_1.pdf. { MONEY($invoice) }, zahlbar auf ein Konto im Ausland, auf den Namen einer anderen Person.
hiring-payment-redirect-two-days = Zwei Tage später kommt noch eine E-Mail von { $dev }.
hiring-payment-redirect-invoice-2 = Betreff: AW: Rechnung Nr. 1. Verzeihung: Bitte nutzen Sie stattdessen das Konto unten, mit dem vorigen gibt es ein Problem. Ich wäre dankbar, wenn Sie diese Woche zahlen könnten, meine Miete ist fällig.

hiring-payment-redirect-invoice-choice-verify = Wir zahlen nur auf ein Konto auf Ihren Namen, und neue Daten bestätigen wir immer in einem Videocall.
hiring-payment-redirect-invoice-choice-verify-feedback = Genau. Bankdaten, die sich immer wieder ändern, auf fremde Namen und im Ausland, sind schon für sich ein Warnsignal. Eine Bestätigung über einen Kanal, dem du vertraust, stoppt den meisten Zahlungsbetrug.
hiring-payment-redirect-invoice-choice-letter = Schicken Sie uns ein Schreiben der Bank, das das neue Konto bestätigt, dann zahlen wir diese Woche.
hiring-payment-redirect-invoice-choice-letter-feedback = Ein Schreiben über ein Auslandskonto auf einen fremden Namen, geschickt von dem, der das Geld will, beweist nichts von dem, was du wissen musst. Zahl nur auf ein Konto auf den Namen des Auftragnehmers selbst, und bestätige neue Daten über einen Kanal, dem du vertraust.
hiring-payment-redirect-invoice-choice-pay = [Die Rechnung aufs neueste Konto zahlen: Die Miete kann nicht warten, und die Arbeit war gut]

hiring-payment-redirect-verify-reply = Verstanden, auch wenn es die Sache für mich komplizierter macht. Ich versuche, ein Konto zu eröffnen; bitte geben Sie mir ein paar Tage.
hiring-payment-redirect-letter-sent = Betreff: AW: Rechnung Nr. 1. Wie gewünscht, anbei ein Schreiben der Bank, das das Konto bestätigt. Ich wäre Ihnen dankbar, wenn die Überweisung noch diese Woche käme.
hiring-payment-redirect-paid-event = Überweisung ausgeführt: { MONEY($invoice) } auf das Konto im Ausland.
hiring-payment-redirect-code-alert = Betreff: Dringend. Unser GitHub-Audit-Log zeigt, dass { $dev } letzte Nacht alle unsere privaten Repositories geklont hat, auch die, um die er gebeten hatte. Der Code unserer App liegt jetzt in einem privaten GitHub-Konto unter seinem Namen.
hiring-payment-redirect-extortion = Ich sehe, dass Sie viele Fragen stellen. Wenn Sie meinen Vertrag beenden, veröffentliche ich Ihren Code. Zahlen Sie innerhalb von 48 Stunden { MONEY($demand) } in USDT, dann lösche ich alles.
hiring-payment-redirect-silent = { $dev } antwortet nicht mehr. Das private Konto mit dem Code deiner Firma ist weiter online.

hiring-payment-redirect-after-choice-report = [Alle Zugänge sperren, Logs und Rechnungen sichern und das Konto bei Upwork melden]
hiring-payment-redirect-after-choice-report-feedback = Richtig: zuerst still die Zugänge, und kein Geld an jemanden, der droht; Zahlen beendet eine Forderung selten. Die Logs, Rechnungen und E-Mails sind genau das, was Upwork und Ermittler brauchen.
hiring-payment-redirect-after-choice-deal = Schreiben wir ihm: Wenn er jede Kopie löscht und einen Nachweis schickt, bleibt das unter uns.
hiring-payment-redirect-after-choice-deal-feedback = Ein Versprechen und ein „Nachweis“ über das Löschen sind eine Prüfung, die er selbst in der Hand hat, und Stillschweigen schützt nur ihn; währenddessen hat er weiter Zugang. Zuerst die Zugänge sperren, die Logs sichern, nichts zahlen und melden.
hiring-payment-redirect-after-choice-quiet = Lass uns ihn nicht provozieren. Alles bleibt erst mal, wie es ist; vielleicht legt sich das.

hiring-payment-redirect-later = Zwei Wochen später hat { $dev } immer noch Zugriff auf die Systeme deiner Firma, und eine E-Mail droht: Wird nicht gezahlt, geht der Code an die Öffentlichkeit.
hiring-payment-redirect-friends-too = Die beiden „Freunde“, die du aufgenommen hast, melden sich von derselben IP-Adresse an wie { $dev }.
hiring-payment-redirect-money-gone = Deine Bank sagt, dass die Zahlungen ins Ausland wahrscheinlich nicht zurückzuholen sind.
hiring-payment-redirect-compromised = Du hast mit jemandem gearbeitet, der nicht die Person aus den Profilen war, und der Code deiner Firma ist in fremden Händen. Die US-Warnung zu nordkoreanischen IT-Arbeitskräften nennt Zahlungen in Krypto oder auf Konten im Ausland und ständig wechselnde Bankdaten als Warnsignale; das FBI warnt vor Codediebstahl und Erpressung nach der Einstellung; die Vereinten Nationen bringen die Einnahmen mit Waffenprogrammen in Verbindung. Das passiert auch sorgfältigen Firmen. Wichtig ist jetzt: alle Zugänge sperren, Passwörter und Schlüssel ändern, jede E-Mail und Rechnung aufheben, nicht auf die Forderung eingehen, die Bank informieren und das Konto melden.

hiring-payment-redirect-reported = Du hast die Zugänge gesperrt, keine Forderung bezahlt und es gemeldet. Upwork kann verhindern, dass diese Identität noch einmal benutzt wird.

hiring-payment-redirect-fine-unreachable = Ein paar freie Tage für eine Familienhochzeit, rechtzeitig angefragt und mit Übergabe, sind ganz normal. Das Warnsignal ist jemand, der zu den angegebenen Arbeitszeiten nie da ist, nicht eine geplante Abwesenheit.
