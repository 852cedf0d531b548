# Szenario „account-rental-fifth“: Ein „Teamleiter“ auf Freelancer will über dein verifiziertes
# Konto arbeiten und bietet dir ein Fünftel der Einnahmen; der Chat wechselt zu WhatsApp.
# Variablen: $lead (ein Name), $skill (wordpress, python oder design), $earnings, $monthly und
# $payment (US-Dollar). Der Teamleiter schreibt herzlich und schnell, duzt, mit Tippfehlern und Emoji.

account-rental-fifth-title = Ein Fünftel für dich
account-rental-fifth-summary = Ein freundlicher Teamleiter auf Freelancer hat eine „langfristige Partnerschaft“ im Sinn.
account-rental-fifth-cast-lead = { $lead }

account-rental-fifth-fl-hello = Hallo! Ich bin { $lead }, Teamleiter von einem kleinen Dev-Team. Hab dein Profil gesehen, deine { $skill ->
    [wordpress] WordPress-Seiten sehen
    [python] Python-Skripte sehen
   *[design] Designs sehen
} echt professionel aus 👏
account-rental-fifth-fl-team = Wir haben grad mehr Kunden als wir schaffen, deshalb such ich einen langfristigen Partner. Kein einmaliger Job, was Dauerhaftes
account-rental-fifth-fl-move = der chat hier bei freelancer ist nicht gut für details, manchmal verschwinden nachrichten. können wir auf WhatsApp schreiben? schick mir einfach deine nummer 🙏

account-rental-fifth-move-choice-stay = Danke! Ich schreibe lieber hier auf Freelancer weiter.
account-rental-fifth-move-choice-ask = Worum geht es bei der Partnerschaft genau? Du kannst es mir hier erzählen.
account-rental-fifth-move-choice-ask-feedback = Gutes Gespür. Alles Ehrliche lässt sich auch auf der Plattform sagen, wo der Chat dokumentiert ist und du geschützt bist.
account-rental-fifth-move-choice-go = Klar, hier ist meine Nummer.

account-rental-fifth-stay-reply = versteh ich, aber hier markieren die wörter wie "zahlung" und sperren dich für nix 😅 alle nutzen whatsapp, ist nur 5 min reden
account-rental-fifth-insist-choice-give-in = Na gut. Hier ist meine Nummer.
account-rental-fifth-insist-choice-decline = Wenn man das hier nicht sagen kann, hab ich kein Interesse. Viel Glück!
account-rental-fifth-insist-choice-report = Kein Interesse, und ich melde diese Nachricht bei Freelancer.
account-rental-fifth-insist-choice-report-feedback = Eine Meldung dauert eine Minute. Die Plattform kann sich das Profil dann ansehen, bevor es die nächste Person anschreibt.

account-rental-fifth-wa-hello = hi, hier ist { $lead } von freelancer 😊 danke für deine zeit!
account-rental-fifth-wa-story = ich bin ehrlich zu dir. mein eigener account wurde wegen regionalen beschränkungen geschlossen, freelancer lässt mein land nicht mehr zu. mein team ist echt gut aber wir können jetzt auf nix mehr bieten 😔
account-rental-fifth-wa-pitch = deshalb meine idee: wir arbeiten über deinen verifizierten account. mein team macht die jobs, redet mit den kunden, alles. du musst gar nix machen. und du kriegst ein fünftel von allen einnahmen, 20% 💰
account-rental-fifth-wa-earnings = auf meinem alten account haben wir so { MONEY($earnings) } im monat gemacht. also stell dir deine 20% davon vor, für null arbeit
account-rental-fifth-pitch-choice-easy = Ich leihe dir also einfach meinen Account und kriege 20 %? Klingt einfach.
account-rental-fifth-pitch-choice-refuse = Nein. Mein Account hängt an meiner Identität, da arbeitet niemand anderes drüber.
account-rental-fifth-pitch-choice-who = Wer würde sich dann eigentlich einloggen und als ich mit den Kunden reden?
account-rental-fifth-pitch-choice-who-feedback = Genau die richtige Frage. Die ehrliche Antwort lautet: Fremde, mit deinem Namen, deinen Bewertungen und deiner Verifizierung.
account-rental-fifth-who-reply = meine jungs, sehr erfahrene devs 😄 den kunden ist egal wer den code schreibt, hauptsache er läuft. merkt keiner

account-rental-fifth-proof-intro-yes = perfekt!! und damit du siehst dass es echt ist, schau
account-rental-fifth-proof-intro-no = warte warte, sag noch nicht nein. schau erst mal
account-rental-fifth-proof-file = { $lead } hat ein Bild geschickt: payouts_partners.jpg
account-rental-fifth-proof-text = das ist mein partner in polen, noch einer in brasilien. die kriegen ihren anteil jeden monat pünktlich wie ne uhr. 100% sicher, kein risiko für dich

account-rental-fifth-sob-intro-yes = danke dir, wirklich 🙏 du weißt nicht wie sehr uns das hilft
account-rental-fifth-sob-intro-no = bitte sag nicht so schnell nein 🙏 lass mich erklären
account-rental-fifth-sob-text = als mein account zu war, haben wir alles verloren, 4 familien hängen an dem team. wir sind gute leute, wir brauchen nur einen verifizierten account zum arbeiten. du würdest uns echt helfen

account-rental-fifth-fixed = ok, ich mach es noch besser für dich. vergiss die prozente: ich zahl dir fest { MONEY($monthly) } jeden monat, egal wie viele jobs wir machen. den ersten monat im voraus 😊
account-rental-fifth-fixed-hurry = aber ich brauch heute ne antwort bitte, ein anderer freelancer wartet schon und die kunden warten nicht
account-rental-fifth-fixed-choice-accept = Okay, fest { MONEY($monthly) } im Monat. Abgemacht.
account-rental-fifth-fixed-choice-leave = So viel Geld fürs Nichtstun, und dann noch mit Frist? Das passt nicht zusammen. Ich bin raus.
account-rental-fifth-fixed-choice-leave-feedback = Richtig: Gutes Geld ohne Arbeit plus „antworte heute“ ist ein Muster. Ein echtes Angebot hält einen Tag Bedenkzeit aus.
account-rental-fifth-fixed-choice-report = Kein Deal. Ich blockiere dich und melde dein Profil bei Freelancer.

account-rental-fifth-setup = super!! 🤝 dann schick mir deine freelancer email und passwort, mein dev loggt sich von seinem laptop ein
account-rental-fifth-setup-code = wenn freelancer dir einen sicherheitscode schickt, leitest du ihn mir einfach schnell weiter. vielleicht wollen die ab und zu ein selfie, das machst du dann, easy
account-rental-fifth-secrecy = und wichtig: sag dem freelancer support nix von uns. wenn die fragen, sagst du du machst die arbeit selber. und lösch unseren chat ab und zu 😉
account-rental-fifth-secret-choice-share = Okay. Ich schick dir jetzt die Zugangsdaten.
account-rental-fifth-secret-choice-refuse = Wenn ich es vor der Plattform verstecken muss, ist es keine Partnerschaft. Nein.
account-rental-fifth-secret-choice-report = Ich lüge die Plattform nicht an. Ich melde das bei Freelancer und hebe diesen Chat als Beweis auf.
account-rental-fifth-secret-choice-report-feedback = Den Chat aufzuheben ist klug: Er zeigt der Plattform und der Polizei genau, was von dir verlangt wurde.

account-rental-fifth-weeks-later = Drei Wochen später. In deinem Freelancer-Konto stehen Projekte, auf die du nie geboten hast, und Chats mit Kunden, mit denen du nie gesprochen hast.
account-rental-fifth-paid = gute nachrichten!! der erste kunde hat bezahlt 🎉
account-rental-fifth-forward = einziges problem, freelancer kann nicht in mein land auszahlen. also geht das geld auf dein konto, du behältst deinen teil und schickst den rest an meinen cousin. überweisung geht, krypto (USDT) ist noch besser
account-rental-fifth-bank-in = Deine Bank: Zahlungseingang über { GROUPED($payment) } US-Dollar von Freelancer.
account-rental-fifth-forward-hurry = bitte schick heute noch, meine jungs warten auf ihr gehalt 🙏 ich schick dir gleich die daten
account-rental-fifth-pay-choice-forward = Okay, ich behalte meinen Teil und schicke den Rest heute.
account-rental-fifth-pay-choice-refuse = Ich verschiebe kein fremdes Geld. Ich ändere mein Passwort und beende das hier.
account-rental-fifth-pay-choice-report = Ich leite nichts weiter. Ich erzähle meiner Bank und Freelancer, was passiert ist.
account-rental-fifth-pay-choice-report-feedback = Das ist jetzt der beste Schritt. Banken und Plattformen können viel besser helfen, wenn du dich zuerst meldest, bevor sie es selbst herausfinden.

account-rental-fifth-frozen = Zwei Wochen später sperrt deine Bank dein Konto und bittet dich, die Zahlungseingänge und Überweisungen zu erklären.
account-rental-fifth-banned = Freelancer: „Dein Konto wurde wegen Verstoßes gegen unsere Nutzungsbedingungen dauerhaft geschlossen.“
account-rental-fifth-compromised = Fremde haben unter deinem Namen für Kunden gearbeitet, und das Geld dafür ist über dein Bankkonto gelaufen. Geld für andere weiterzuleiten gilt als Geldwäsche („Money Mule“), auch gegen einen Anteil: In Großbritannien verlieren Finanzagenten ihr Bankkonto und ihre Kreditwürdigkeit, und es drohen bis zu 14 Jahre Haft. Sperren auf Plattformen sind dauerhaft und hängen an deiner Identität. Viele Menschen geraten so hinein; wichtig ist jetzt, dass du handelst. Ändere dein Freelancer-Passwort, beende alle Sitzungen, erzähl Freelancer und deiner Bank die ganze Geschichte und erstatte Anzeige bei der Polizei. Heb den Chat auf: Er ist ein Beweismittel.

account-rental-fifth-walked-away-early = Du hast das Gespräch auf Freelancer gehalten und bist gegangen, als dein Gegenüber das nicht wollte. Der Schutz der Plattform war die ganze Zeit bei dir.
account-rental-fifth-reported-early = Du bist gegangen und hast die Nachricht gemeldet. Freelancer kann sich dieses Profil jetzt ansehen, bevor die nächste Person dasselbe Angebot bekommt.
account-rental-fifth-walked-away = Du hast Nein gesagt, bevor jemand deinen Account angefasst hat. Dein Name, deine Bewertungen und deine Verifizierung gehören weiter dir.
account-rental-fifth-reported = Du hast Nein gesagt und es gemeldet. Dein Account gehört weiter dir, und die Plattform weiß von dem Angebot.
account-rental-fifth-walked-away-late = Du hast aufgehört, bevor Geld über dich gelaufen ist. Jemand anderes hatte aber deine Zugangsdaten: Ändere jetzt dein Passwort, melde alle Sitzungen ab und sag Freelancer, dass eine andere Person deinen Account benutzt hat. Das schützt dich.
account-rental-fifth-reported-late = Du hast aufgehört, bevor Geld über dich gelaufen ist, und deiner Bank und der Plattform Bescheid gesagt. Genau das schützt dich. Ändere jetzt dein Passwort und melde alle Sitzungen ab. Frag deine Bank, was mit dem eingegangenen Geld passieren soll, und schick es nicht auf eigene Faust irgendwohin.
