# Szenario „hiring-payment-redirect“: Die kleine Firma der spielenden Person will mit einer
# Entwicklerin/einem Entwickler von Upwork weiterarbeiten. Variablen: $dev (die Person),
# $colleague (die Lead-Entwicklung im eigenen Team), $payout (usdt oder uncle: wie die Person
# zuerst bezahlt werden will), $friend1 und $friend2 (GitHub-Handles zweier „Freunde“),
# $invoice (Dollar), $demand (Dollar).
# Alle duzen sich. Die Person schreibt freundlich, schnell und mit kleinen Fehlern; die
# Kollegin/der Kollege knapp und sachlich.

hiring-payment-redirect-title = Zahl an meinen Onkel
hiring-payment-redirect-summary = Eine Fachkraft, die du auf Upwork gefunden hast, arbeitet gut, und deine kleine Firma will sie halten. Dann ändern sich die Zahlungsdaten.
hiring-payment-redirect-cast-dev = { $dev }
hiring-payment-redirect-cast-colleague = { $colleague }

hiring-payment-redirect-context = Du hast { $dev } vor drei Monaten auf Upwork gefunden. Die Arbeit ist gut, und deine Firma will direkt weitermachen, mit einem eigenen Vertrag und monatlicher Rechnung.
hiring-payment-redirect-hi = Hi! Hab den Vertragsentwurf bekommen, sieht super aus 👍 unterschreib heute noch
hiring-payment-redirect-pay-ask = { $payout ->
    [usdt] eine kleinigkeit noch: kannst du die rechnungen in USDT statt per überweisung zahlen? geht schneller und keine gebühren für uns beide 😅
   *[uncle] eine kleinigkeit noch: kannst du die rechnungen aufs konto von meinem onkel im ausland zahlen? meine US-bank hat grad ein problem, ist nur vorübergehend 😅
}

hiring-payment-redirect-pay-choice-own-name = Wir zahlen per Überweisung auf ein Konto auf deinen eigenen Namen, wie bei allen anderen.
hiring-payment-redirect-pay-choice-why = { $payout ->
    [usdt] Warum Krypto? Laut deinem Profil wohnst du in Austin, und wir zahlen alle per Überweisung auf ihren eigenen Namen.
   *[uncle] Warum soll dein Honorar an deinen Onkel im Ausland gehen? Laut deinem Profil wohnst du in Austin.
}
hiring-payment-redirect-pay-choice-why-feedback = Gute Frage. Honorar in Krypto oder auf das Konto einer anderen Person im Ausland ist der Weg, auf dem das Geld verschwindet; die US-Warnung zu nordkoreanischen IT-Arbeitskräften nennt genau das.
hiring-payment-redirect-pay-choice-ok = Klar, schreib die Daten einfach auf deine erste Rechnung.

hiring-payment-redirect-pay-reply = ok ok kein problem 👍 dann überweisung, ich schick die daten mit der rechnung
hiring-payment-redirect-pay-ok = super, danke!! schreib ich auf die rechnung 🙏

hiring-payment-redirect-access-ask = übrigens, kann ich auch zugriff auf die anderen repos kriegen? die mobile app und die admin-tools. will mehr helfen 💪
hiring-payment-redirect-referral = Und gute nachrichten für dich 😄 zwei freunde von mir sind super devs und grad frei: @{ $friend1 } und @{ $friend2 } auf GitHub. gleicher satz wie bei mir, ich leg meine hand für sie ins feuer 💯
hiring-payment-redirect-github-check = Du öffnest beide GitHub-Profile. Beide Konten wurden vor fünf Wochen angelegt, zeigen aber Commits an jedem einzelnen Tag zurück bis 2019, alle in ein paar kleinen Repositories.

hiring-payment-redirect-referral-choice-vet = Danke! Sie können sich gern bewerben. Sie durchlaufen unser normales Verfahren, mit Live-Videointerview und Referenzen.
hiring-payment-redirect-referral-choice-vet-feedback = Richtig: Empfohlene Bewerber werden genauso geprüft wie alle anderen. Ganz neue Konten mit jahrelanger, rückdatierter Historie sind ein bekanntes Zeichen für eine Gruppe, die mehrere Leute einschleust.
hiring-payment-redirect-referral-choice-ask = Komisch: Beide Konten sind fünf Wochen alt, zeigen aber Commits von 2019. Wie geht das?
hiring-payment-redirect-referral-choice-hire = Wenn du für sie bürgst, reicht mir das. Schick sie rüber, sie können nächste Woche anfangen.

hiring-payment-redirect-vet-reply = klar klar, sag ich ihnen 👍
hiring-payment-redirect-referral-reply = die sind von ner anderen seite umgezogen und haben die historie importiert 🙂 ganz normal

hiring-payment-redirect-mismatch = Betreff: Vertrag für { $dev }. Hi! Beim Vorbereiten des Vertrags habe ich die Profile verglichen. Auf Upwork steht Austin, Texas; auf LinkedIn Toronto. Und im Lebenslauf stehen eine andere Uni und für 2019 bis 2022 ein anderer Arbeitgeber als auf LinkedIn. Willst du vor der Unterschrift nachfragen?
hiring-payment-redirect-mismatch-choice-video = Ja. Lass uns einen Live-Videocall mit { $dev } machen, mit Kamera, und die Unterschiede durchgehen, bevor irgendwas unterschrieben wird.
hiring-payment-redirect-mismatch-choice-video-feedback = Richtig. Unterschiede zwischen Profilen sind ein Live-Gespräch wert; ein echter Mensch kann sie meist in einer Minute erklären.
hiring-payment-redirect-mismatch-choice-ask = Frag { $dev } bitte schriftlich, wie die Unterschiede zustande kommen.
hiring-payment-redirect-mismatch-choice-ignore = LinkedIn hält doch niemand aktuell. Lass uns das nicht aufhalten.

hiring-payment-redirect-ignore-reply = Okay, deine Entscheidung. Ich schicke den Vertrag heute raus.
hiring-payment-redirect-dev-explain = Betreff: AW: Fragen. Hi! sorry für die verwirrung, LinkedIn ist alt, bin viel umgezogen 😅 falls ihr nen videocall wollt: meine kamera ist grad nicht so gut, können wir das im chat machen?

hiring-payment-redirect-invoice-1 = Betreff: Rechnung Nr. 1. Hi! Rechnung im anhang, { MONEY($invoice) }. Bitte beachte die NEUE bankverbindung: meine alte bank hat mein konto einfach so gekündigt 🙄 das neue ist bei einer bank im ausland, auf den namen von meinem cousin, aber passt schon, er leitet mir das geld weiter.
hiring-payment-redirect-invoice-file = Anhang: invoice_1.pdf. { GROUPED($invoice) } US-Dollar, zahlbar auf ein Konto im Ausland, das auf eine andere Person läuft.
hiring-payment-redirect-two-days = Zwei Tage später kommt noch eine E-Mail von { $dev }.
hiring-payment-redirect-invoice-2 = Betreff: AW: Rechnung Nr. 1. Sorry!! bitte nimm doch dieses konto, mit dem anderen gibts ein problem. ist dringend, meine miete ist fällig 🙏

hiring-payment-redirect-invoice-choice-verify = Wir zahlen nur auf ein Konto auf deinen eigenen Namen. Schick uns die Daten dafür, und wir bestätigen sie vor der Zahlung mit dir in einem Live-Videocall.
hiring-payment-redirect-invoice-choice-verify-feedback = Genau. Bankdaten, die sich immer wieder ändern, auf fremde Namen und im Ausland, sind schon für sich ein Warnsignal. Eine Bestätigung über einen Weg, dem du vertraust, stoppt den meisten Zahlungsbetrug.
hiring-payment-redirect-invoice-choice-end = Zu viele Änderungen und zu viele Widersprüche. Wir beenden den Vertrag und melden das Konto bei Upwork.
hiring-payment-redirect-invoice-choice-pay = Okay, auf das neueste Konto überwiesen.

hiring-payment-redirect-verify-reply = warum so kompliziert 😩 ok ok, ich versuch ein konto aufzumachen, gib mir paar tage
hiring-payment-redirect-paid-event = Überweisung ausgeführt: { GROUPED($invoice) } US-Dollar auf das Konto im Ausland.
hiring-payment-redirect-code-alert = Betreff: Dringend. Laut unserem GitHub-Audit-Log hat { $dev } letzte Nacht alle unsere privaten Repositories geklont. Der Code unserer App liegt jetzt in einem privaten GitHub-Konto auf diesen Namen.
hiring-payment-redirect-extortion = Ich sehe, du stellst viele fragen. Wenn du meinen vertrag beendest, veröffentliche ich euren code. Zahl { MONEY($demand) } in USDT und ich lösche alles. Du hast 48 stunden.
hiring-payment-redirect-silent = { $dev } antwortet nicht mehr. Das private Konto mit eurem Code ist weiter online.

hiring-payment-redirect-after-choice-report = Wir sperren sofort alle Zugänge, sichern die Logs, zahlen nichts und melden es bei Upwork und bei der Polizei (Onlinewache) oder, bei einer US-Firma, beim IC3 des FBI (ic3.gov).
hiring-payment-redirect-after-choice-report-feedback = Richtig: erst die Zugänge, und kein Geld an jemanden, der droht; Zahlen beendet eine Erpressung selten. Die Logs, Rechnungen und E-Mails sind genau das, was Upwork und die Ermittler brauchen.
hiring-payment-redirect-after-choice-end = Wir sperren heute alle Zugänge und beenden den Vertrag.
hiring-payment-redirect-after-choice-quiet = Lass uns das leise halten und niemanden reizen. Vielleicht erledigt es sich von selbst.

hiring-payment-redirect-later = Zwei Wochen später hat { $dev } immer noch Zugang zu euren Systemen, und eine E-Mail kommt: Zahlt, oder euer Code wird veröffentlicht.
hiring-payment-redirect-friends-too = Die beiden „Freunde“, die ihr aufgenommen habt, melden sich von derselben IP-Adresse an wie { $dev }.
hiring-payment-redirect-money-gone = Deine Bank sagt, dass die Zahlungen ins Ausland wahrscheinlich nicht zurückzuholen sind.
hiring-payment-redirect-compromised = Du hast mit jemandem gearbeitet, der nicht die Person aus den Profilen war, und euer Code ist in fremden Händen. Die US-Warnung zu nordkoreanischen IT-Arbeitskräften nennt Zahlungen in Krypto oder auf Konten im Ausland und ständig wechselnde Bankdaten als Warnsignale; das FBI warnt vor Codediebstahl und Erpressung nach der Einstellung; die Vereinten Nationen bringen die Einnahmen mit Waffenprogrammen in Verbindung. Das passiert auch sorgfältigen Firmen. Wichtig ist jetzt: alle Zugänge sperren, Passwörter und Schlüssel ändern, jede E-Mail und Rechnung aufheben, nicht auf die Forderung eingehen, die Bank informieren und den Fall bei Upwork und bei der Polizei (Onlinewache) oder, bei einer US-Firma, beim IC3 des FBI (ic3.gov) melden.

hiring-payment-redirect-reported-early = Du hast aufgehört, bevor Geld geflossen ist. Zahlungen auf fremde Konten im Ausland, zweimal geänderte Bankdaten, Profile, die sich widersprechen: Zusammen hat das gereicht, und Upwork weiß jetzt Bescheid.
hiring-payment-redirect-walked-away = Du hast die Zugänge gesperrt und den Vertrag beendet, ohne jemandem Geld zu zahlen. Heb die Logs und E-Mails auf: Falls der Code irgendwo auftaucht, sind sie deine Beweise.
hiring-payment-redirect-reported = Du hast die Zugänge gesperrt, keiner Forderung nachgegeben und den Fall gemeldet. Upwork kann verhindern, dass diese Identität wieder benutzt wird, und deine Unterlagen helfen den Behörden, diese Maschen zu verstehen.
