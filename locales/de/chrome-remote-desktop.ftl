# Szenario „chrome-remote-desktop“: Ein „Startup-Gründer“ findet den Code der spielenden Person
# auf GitHub und wechselt zu Discord. Variablen: $founder (ein Name), $repo (das Repository der
# spielenden Person), $excuse (region oder security: warum er angeblich ihre Verbindung braucht),
# $share (Dollar pro Monat), $advance (Dollar).
# Der Gründer duzt, schreibt schnell und locker, mit kleinen Tippfehlern und vielen Emojis.

chrome-remote-desktop-title = Lass einfach einen Laptop laufen
chrome-remote-desktop-summary = Ein Startup-Gründer ist begeistert von deinem Open-Source-Code und hat einen Auftrag als Subunternehmer für einen US-Kunden.
chrome-remote-desktop-cast-founder = { $founder }

chrome-remote-desktop-issue = { $founder } hat in deinem Repository { $repo } ein Issue eröffnet: „Collab opportunity 🚀“
chrome-remote-desktop-gh-hello = Hey! echt sauberer code in { $repo }, wir nutzen das in unserem produkt 🙌 ich bin gründer von nem kleinen dev-startup, wir haben nen großen US-kunden und brauchen noch eine vertrauenswürdige person
chrome-remote-desktop-gh-move = issues sind nicht so gut zum reden 😅 addest du mich auf Discord? gleicher name. da erklär ich dir alles

chrome-remote-desktop-move-choice-here = Danke! Kannst du das Angebot hier beschreiben oder mir erst ein schriftliches Angebot mit den Daten deiner Firma schicken?
chrome-remote-desktop-move-choice-here-feedback = Gut. Ein echtes Angebot hält es aus, aufgeschrieben zu werden. Wer vor jeder Vereinbarung in einen privaten Chat wechselt, nimmt dir die Aufzeichnung dessen, was gesagt wurde.
chrome-remote-desktop-move-choice-go = Klar, ich add dich.
chrome-remote-desktop-move-choice-close = Über Issues nehme ich keine Aufträge an. Ich schließe das hier.

chrome-remote-desktop-gh-insist = ist ein vertraulicher kunde, kann keine details öffentlich schreiben 🙏 nur 5 min auf discord, versprochen es lohnt sich

chrome-remote-desktop-insist-choice-give-in = Okay, fünf Minuten.
chrome-remote-desktop-insist-choice-decline = Dann ist das ein Nein von mir. Viel Erfolg!
chrome-remote-desktop-insist-choice-report = Ich schließe das Issue und melde es bei GitHub.
chrome-remote-desktop-insist-choice-report-feedback = Eine Meldung dauert eine Minute. Wahrscheinlich steht derselbe Text gerade in den Repositories anderer Entwicklerinnen und Entwickler.

chrome-remote-desktop-dc-hello = yo 👋 danke fürs vorbeikommen. also: wir sind subunternehmer für nen US-kunden, langes projekt, gutes geld
chrome-remote-desktop-dc-team = wir sind 6 devs, sehr erfahren, hauptsächlich React und Node. der kunde ist ne große fintech-firma, die zahlen gut
chrome-remote-desktop-dc-plan = { $excuse ->
    [region] problem ist, der kunde lässt nur devs rein, die sich aus den USA oder der EU verbinden 🙄 unser team sitzt im ausland, also brauchen wir ne lokale verbindung
   *[security] problem ist, das sicherheitssystem vom kunden blockt unser land 🙄 dumme regeln. also brauchen wir ne lokale verbindung
}
chrome-remote-desktop-dc-crd = ganz einfach: du lässt zu hause einen laptop mit Chrome Remote Desktop laufen. unser dev verbindet sich und arbeitet über dein internet. du machst nix und kriegst jeden monat { MONEY($share) } 💸

chrome-remote-desktop-crd-choice-refuse = Fremde, die über meinen Computer und meine Leitung arbeiten? Nein.
chrome-remote-desktop-crd-choice-ask = Wenn der Kunde nur Leute von hier will, versteckt ihr dann nicht vor dem Kunden, wer die Arbeit wirklich macht?
chrome-remote-desktop-crd-choice-ask-feedback = Genau darum geht es: Der Deal funktioniert nur, wenn der Kunde darüber getäuscht wird, wer die Arbeit macht und von wo. Das ist der Kern der Proxy-Masche.
chrome-remote-desktop-crd-choice-accept = Ein Laptop, der einfach an bleibt? Easy, ich hab noch einen alten rumliegen.

chrome-remote-desktop-accept-reply = perfekt!! wusste doch, dass du schlau bist 😎
chrome-remote-desktop-dodge = das ist doch kein verstecken bro 😅 so funktioniert der kunde halt, machen alle so. { MONEY($share) } jeden monat fürs nichts tun, denk mal drüber nach

chrome-remote-desktop-dodge-choice-leave = Geld fürs Nichtstun ist nie wirklich umsonst. Ich bin raus.
chrome-remote-desktop-dodge-choice-report = Ich bin raus, und ich melde deinen Account bei Discord.
chrome-remote-desktop-dodge-choice-give-in = Okay… ich könnte das Geld echt gebrauchen. Was noch?

chrome-remote-desktop-accounts = ach und noch was: wir brauchen deinen GitHub-login. der kunde checkt, dass die commits von ner echten person mit historie kommen, dein account ist perfekt 👌
chrome-remote-desktop-accounts-2 = und deinen upwork-login auch, darüber rechnen wir mit dem kunden ab. du kriegst jeden monat deinen anteil, versprochen

chrome-remote-desktop-account-choice-refuse = Mein GitHub und mein Upwork-Account gehören mir. Niemand sonst loggt sich als ich ein.
chrome-remote-desktop-account-choice-ask = Eure Entwickler würden also unter meinem Namen Code committen und Kunden Rechnungen stellen?
chrome-remote-desktop-account-choice-ask-feedback = Ja, genau das heißt es. Wer über deine Accounts arbeitet, tut es in deinem Namen, und das rechtliche Risiko bleibt bei dir: Einen Account zu vermieten ist Identitätsbetrug.
chrome-remote-desktop-account-choice-give = Na gut, ich schick dir beide Logins.

chrome-remote-desktop-refuse-reply = ok ok, vergiss github erstmal. der laptop ist eh das wichtigste
chrome-remote-desktop-ask-reply = ist doch nur dein name auf dem papier bro, das checkt keiner 😂 der laptop ist eh das wichtigste
chrome-remote-desktop-give-reply = super, schick sie per DM. und mach die 2FA erstmal aus, die macht unseren devs probleme
chrome-remote-desktop-pressure = ok hör zu. ich schick dir heute { MONEY($advance) } vorschuss, wenn du es heute abend einrichtest. hab noch 3 andere leute in der warteschleife, brauch jetzt ne antwort ⏰
chrome-remote-desktop-secret = und das bleibt unter uns 🤫 nix zu upwork, nix zu github, der kunde muss es auch nicht wissen. ist halt NDA-kram
chrome-remote-desktop-guide-file = { $founder } hat dir eine Datei geschickt: crd_setup_steps.pdf
chrome-remote-desktop-guide-msg = einfach den schritten folgen: Chrome Remote Desktop installieren, ne PIN setzen, dann schickst du mir die PIN und das google-konto, das du benutzt hast 👍
chrome-remote-desktop-screen-call = am einfachsten: komm kurz in nen discord-call, teil deinen bildschirm und ich führ dich durch die einrichtung von Chrome Remote Desktop, 2 min 😎

chrome-remote-desktop-nudge = und? 👀 der vorschuss ist startklar

chrome-remote-desktop-final-choice-install = Okay, ich richte es heute Abend ein.
chrome-remote-desktop-final-choice-refuse = Kein Fernzugriff, keine geteilten Logins und keine Geheimnisse vor den Plattformen. Das war's.
chrome-remote-desktop-final-choice-report = Ich blockiere dich und melde das bei Discord, GitHub und Upwork.
chrome-remote-desktop-final-choice-report-feedback = Wenn du den Account auf jeder Plattform meldest, kommt er schwerer an die nächste Person heran. Heb den Chat auf: Er ist ein Beweismittel.

chrome-remote-desktop-crd-session = Chrome Remote Desktop: Jemand ist mit deinem Laptop verbunden. Es ist 3 Uhr nachts.
chrome-remote-desktop-accounts-used = GitHub: eine neue Anmeldung bei deinem Konto von einem Gerät, das du nicht kennst. Upwork: „Dein Konto wurde wegen Verstoßes gegen die Nutzungsbedingungen gesperrt.“
chrome-remote-desktop-traced = Fünf Wochen später schreibt dir eine Firma, von der du noch nie gehört hast: Ihr Sicherheitsteam hat die Anmeldungen einer externen Fachkraft zu deinem Internetanschluss zurückverfolgt und fragt, wer du bist.
chrome-remote-desktop-compromised = Fremde haben von deinem Computer aus und über deinen Internetanschluss gearbeitet, und ein Kunde wurde darüber getäuscht, wer die Arbeit macht. Sperren auf den Plattformen sind dauerhaft und hängen an deiner Identität; ein Mann, der Freelancer-Accounts vermietet hat (Didenko), bekam fünf Jahre Haft, und einem Mann, der gegen eine monatliche Gebühr Firmenlaptops mit Fernzugriff am Laufen hielt (Knoot), drohten bis zu 20 Jahre. Das passiert auch vorsichtigen Menschen: Wichtig ist jetzt, dass du handelst. Deinstalliere Chrome Remote Desktop und entferne den Computer aus der Fernzugriffsliste deines Google-Kontos, ändere deine Passwörter für Google, GitHub und Upwork und schalte die Zwei-Faktor-Anmeldung ein, informiere GitHub und Upwork und erstatte Anzeige bei der Polizei.

chrome-remote-desktop-walked-away-early = Du hast das Gespräch im Offenen gehalten und bist ausgestiegen, als dein Gegenüber das nicht wollte. Du hast nichts aus der Hand gegeben.
chrome-remote-desktop-reported-early = Du bist ausgestiegen und hast das Issue bei GitHub gemeldet. Der Account kann überprüft werden, bevor er der nächsten Person dasselbe anbietet.
chrome-remote-desktop-walked-away = Du hast Nein gesagt, bevor irgendetwas installiert oder herausgegeben war. Dein Computer, dein Anschluss und deine Accounts gehören weiter dir.
chrome-remote-desktop-reported = Du hast es beendet und gemeldet. Dein Computer, dein Anschluss und deine Accounts gehören weiter dir, und die Plattformen kennen diesen Account jetzt.
