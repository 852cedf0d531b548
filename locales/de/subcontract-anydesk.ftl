# Szenario „subcontract-anydesk“: ein Angebot als „Subunternehmer“ auf Upwork, das zu Telegram wechselt.
# Variablen: $recruiter (ein Name), $handle (ein Telegram-Handle), $rate (Dollar pro Stunde),
# $monthly (Dollar pro Monat). Der Anwerber schreibt schnell und locker, duzt, mit kleinen Tippfehlern.

subcontract-anydesk-title = Die Agentur mit zu viel Arbeit
subcontract-anydesk-summary = Ein freundlicher Agenturinhaber auf Upwork bietet dir regelmäßige Arbeit als Subunternehmer an.
subcontract-anydesk-cast-recruiter = { $recruiter }

subcontract-anydesk-hello = Hi! Hab dein Profil gesehen, echt starke Bewertungen 👍 ich hab ne kleine Dev-Agentur in Austin, wir haben grad mehr Kunden als Leute
subcontract-anydesk-hello-invite = Hey! Hab dich zu meinem Job eingeladen, wollte dir aber auch direkt schreiben 😊 wir sind eine kleine Dev-Agentur in Austin, grad mehr Kunden als Leute
subcontract-anydesk-offer = Hättest du Lust, als Subunternehmer für uns zu arbeiten? { MONEY($rate) } pro Stunde, feste Arbeit, hauptsächlich React und paar APIs. Ehrlich gesagt easy für jemand wie dich
subcontract-anydesk-move = der upwork chat ist bei uns echt mega langsam, können wir auf Telegram weiterschreiben? mein handle ist @{ $handle }

subcontract-anydesk-move-choice-stay = Danke! Ich würde lieber hier auf Upwork weiterschreiben, bis es einen Vertrag gibt.
subcontract-anydesk-move-choice-ask = Warum schickst du mir nicht erst mal ein Vertragsangebot über Upwork?
subcontract-anydesk-move-choice-ask-feedback = Gute Frage. Ein echter Auftraggeber kann dir auf der Plattform ein Angebot machen; danach zu fragen kostet dich nichts.
subcontract-anydesk-move-choice-go = Klar, ich schreib dir dort.

subcontract-anydesk-stay-reply = ok kein problem, aber ehrlich auf tg ist es viel einfacher, mein ganzes team ist da. vertrag können wir später machen, keine sorge
subcontract-anydesk-insist-choice-give-in = Na gut, dann wechseln wir eben zu Telegram.
subcontract-anydesk-insist-choice-decline = Dann lasse ich es lieber. Viel Erfolg mit dem Projekt!
subcontract-anydesk-insist-choice-report = Dann bin ich raus, und ich melde diese Nachricht bei Upwork.
subcontract-anydesk-insist-choice-report-feedback = Eine Meldung dauert eine Minute und schützt alle, die diese Person als Nächstes anschreibt.

subcontract-anydesk-tg-hello = hey, ich bins, { $recruiter } 👋 danke fürs rüberkommen
subcontract-anydesk-tg-plan = also so arbeiten wir: mein upwork account wurde wegen regionalen beschränkungen gesperrt 😕 deshalb arbeiten wir über accounts von guten freelancern wie dir
subcontract-anydesk-tg-share = unsere devs machen die ganze arbeit über deinen account, du kriegst 20% fürs quasi nichts tun. das sind locker { MONEY($monthly) } im monat
subcontract-anydesk-account-choice-easy = Ich leihe euch also einfach meinen Account und werde dafür bezahlt? Klingt ja ziemlich einfach.
subcontract-anydesk-account-choice-refuse = Andere über meinen Account arbeiten zu lassen, verstößt gegen die Regeln von Upwork. Nein.
subcontract-anydesk-account-choice-who = Wer genau würde sich dann unter meinem Namen einloggen?
subcontract-anydesk-account-choice-who-feedback = Zu fragen, wer in deinem Namen handeln würde, ist genau richtig: Die ehrliche Antwort wäre hier „eine fremde Person“.

subcontract-anydesk-pressure = chill mal bro, das machen doch alle so 😅 ist einfach business. { MONEY($monthly) } jeden monat garantiert. aber ich brauch heute ne antwort, ein anderer freelancer wartet schon
subcontract-anydesk-pressure-choice-give-in = Okay, okay. Was brauchst du von mir?
subcontract-anydesk-pressure-choice-leave = Bei so einem Zeitdruck werde ich vorsichtiger, nicht leichtsinniger. Ich bin raus.
subcontract-anydesk-pressure-choice-report = Ich bin raus, und ich melde diesen Chat.

subcontract-anydesk-ask-id = super!! zuerst müssen wir nochmal durch die upwork verifizierung. schick mir n foto von deinem reisepass, beide seiten, und ein selfie wo du ihn in der hand hälst
subcontract-anydesk-ask-video = und wenn upwork nach dem video check fragt, machst du den einfach, mein kollege sitzt dann gleichzeitig am pc
subcontract-anydesk-id-choice-send = Okay, ich schicke dir jetzt die Fotos.
subcontract-anydesk-id-choice-refuse = Meinen Pass schicke ich nicht, und einen Video-Check für jemand anderen mache ich auch nicht.
subcontract-anydesk-id-choice-refuse-feedback = Richtig: Deine Dokumente und dein Gesicht würden für jemanden bürgen, den du nie gesehen hast.
subcontract-anydesk-id-choice-report = Das ist Identitätsbetrug. Ich beende das hier und melde dich.

subcontract-anydesk-anydesk = ok ok, letzte sache. installier AnyDesk, damit unser dev von deinem computer aus arbeiten kann, dann sieht upwork deine IP und alles ist sauber ✅
subcontract-anydesk-anydesk-file = { $recruiter } hat dir eine Datei geschickt: AnyDesk.exe (5,2 MB)
subcontract-anydesk-keep-quiet = lass den laptop einfach nachts an. und sag upwork nix von unserer partnerschaft, lösch den chat danach 😉
subcontract-anydesk-anydesk-choice-install = Installiert. Hier ist mein AnyDesk-Code.
subcontract-anydesk-anydesk-choice-refuse = Niemand bekommt Fernzugriff auf meinen Computer, und ich verheimliche der Plattform nichts. Das war's.
subcontract-anydesk-anydesk-choice-report = Ich blockiere dich und melde das bei Upwork und der Polizei.
subcontract-anydesk-anydesk-choice-report-feedback = Blockieren und melden ist hier der stärkste Schritt. Heb den Chat auf: Er ist ein Beweismittel.

subcontract-anydesk-suspended = Drei Wochen später: „Dein Upwork-Konto wurde wegen Verstoßes gegen die Nutzungsbedingungen gesperrt.“
subcontract-anydesk-docs-used = Deine Bank schreibt: Mit den Daten aus deinem Reisepass wurde online ein Konto eröffnet.
subcontract-anydesk-compromised = Fremde haben über deinen Account gearbeitet, auf deinem Computer, unter deinem Namen. Die Sperre auf der Plattform ist dauerhaft, und alles Geld, das über dich geflossen ist, lässt sich zu dir zurückverfolgen. Das passiert auch vorsichtigen Menschen: Wichtig ist jetzt, dass du handelst. Deinstalliere AnyDesk, ändere deine Passwörter, informiere Upwork und deine Bank und melde den Vorfall.

subcontract-anydesk-walked-away-early = Du hast das Gespräch auf Upwork gehalten und bist ausgestiegen, als dein Gegenüber dort nicht bleiben wollte. So hattest du die ganze Zeit den Schutz der Plattform.
subcontract-anydesk-reported-early = Du bist ausgestiegen und hast die Nachricht gemeldet. Upwork kann sich diesen Account jetzt ansehen, bevor darüber die nächste Person angeschrieben wird.
subcontract-anydesk-docs-out-left = Du hattest schon Fotos deines Passes geschickt. Sag deiner Bank Bescheid und achte auf Konten, die in deinem Namen eröffnet werden.
subcontract-anydesk-walked-away = Du hast das Gespräch beendet, bevor dein Account oder dein Computer aus der Hand gegeben waren. Auf deinem Rechner lief nichts unter deinem Namen.
subcontract-anydesk-docs-out-reported = Du hattest schon Fotos deines Passes geschickt. Erwähne das in deiner Meldung, sag deiner Bank Bescheid und achte auf Konten, die in deinem Namen eröffnet werden.
subcontract-anydesk-reported = Du hast es beendet und gemeldet. Dein Account und dein Computer gehören weiter dir, und die Plattform weiß Bescheid.
