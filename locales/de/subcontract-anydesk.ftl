# Szenario „subcontract-anydesk“: ein Angebot als Subunternehmer für eine Agentur auf Upwork, das zu Telegram wechselt.
# Variablen: $recruiter (ein Frauenname), $handle (ein Telegram-Handle), $rate (Dollar pro Stunde),
# $monthly (Dollar pro Monat). Die Agenturinhaberin ist eine Frau. Sie schreibt locker und
# freundlich, duzt: kurze Zeilen, manches klein, ab und zu ein Emoji, aber sauberes Deutsch.
# Der Spieler duzt zurück. Der Videocall auf Upwork ist harmlos: Zusagen ist richtig.

subcontract-anydesk-title = Aufträge für eine ausgelastete Agentur
subcontract-anydesk-summary = Eine Agenturinhaberin aus Austin bietet dir auf Upwork regelmäßige React-Arbeit an.
subcontract-anydesk-cast-recruiter = { $recruiter }

subcontract-anydesk-hello = Hi! Ich hab dein Profil gesehen, deine Bewertungen sind richtig stark. Ich leite eine kleine Dev-Agentur in Austin, und wir haben gerade mehr Kunden als Leute.
subcontract-anydesk-hello-invite = Hey, ich hab dich zu meiner Stellenanzeige eingeladen, wollte dir aber auch direkt schreiben 🙂 Wir sind eine kleine Dev-Agentur in Austin, gerade mehr Kunden als Leute.
subcontract-anydesk-offer = Hättest du Lust, als Subunternehmer für uns zu arbeiten? { MONEY($rate) } pro Stunde, regelmäßig, vor allem React und ein paar APIs. Mit deinem Profil gut machbar.
subcontract-anydesk-call = Bevor wir ins Detail gehen: Können wir kurz 10 Minuten per Video hier auf Upwork sprechen? Ich sehe gern, mit wem ich arbeite.
subcontract-anydesk-call-choice-yes = Klar, ein kurzer Call hier auf Upwork passt. Morgen Nachmittag geht bei mir.
subcontract-anydesk-call-choice-contract-first = Video erst, wenn ein Vertrag unterschrieben ist. Bis dahin bitte nur Text.
subcontract-anydesk-call-choice-contract-first-feedback = Der Call kommt vor dem Vertrag, weil beide Seiten darin entscheiden, ob sie unterschreiben. Auf der Plattform als du selbst aufzutreten kostet dich nichts; ein Warnsignal wäre es erst, für jemand anderen vor die Kamera zu sollen.
subcontract-anydesk-call-choice-refuse = Video mache ich nicht mit Leuten, mit denen ich noch nie gearbeitet habe. Text reicht.
subcontract-anydesk-call-choice-refuse-feedback = Ein kurzer Videocall auf der Plattform, in dem du als du selbst auftrittst, ist bei ehrlichen Auftraggebern üblich. Ein Warnsignal ist es erst, wenn du für jemand anderen vor die Kamera sollst.
subcontract-anydesk-call-done = Ein Zehn-Minuten-Call auf Upwork: { $recruiter } fragt nach deiner React-Erfahrung, zeigt dir einen Design-Entwurf und erzählt, dass ihr Team überlastet ist.
subcontract-anydesk-no-call = Kein Problem, Text geht auch. Dann machen wir so weiter.

subcontract-anydesk-move = ok, eine sache noch. der upwork-chat ist für mein team zu langsam, können wir auf Telegram weitermachen? ich bin @{ $handle }
subcontract-anydesk-move-choice-ask = Kannst du mir bitte zuerst ein Vertragsangebot über Upwork schicken?
subcontract-anydesk-move-choice-ask-feedback = Gute Frage. Eine echte Auftraggeberin kann dir auf der Plattform ein Angebot machen; danach zu fragen kostet dich nichts.
subcontract-anydesk-move-choice-halfway = Okay, kurz auf Telegram quatschen, aber der Vertrag bleibt auf Upwork.
subcontract-anydesk-move-choice-halfway-feedback = Sobald das Gespräch auf Telegram läuft, sieht Upwork nicht mehr, worum du gebeten wirst, und „den Vertrag machen wir später“ kommt selten. Ein Angebot über Upwork kostet eine ehrliche Auftraggeberin nichts.
subcontract-anydesk-move-choice-go = [@{ $handle } auf Telegram hinzufügen und ihr dort schreiben; ist eh einfacher]

subcontract-anydesk-stay-reply = klar, versteh ich, aber auf tg ist es viel einfacher, mein ganzes team ist da. den vertrag machen wir später, keine sorge
subcontract-anydesk-insist-choice-give-in = [Sie auf Telegram hinzufügen und dort schreiben; die meisten deiner Kunden nutzen es auch]
subcontract-anydesk-insist-choice-check = Schick mir erst den Handelsregisterauszug deiner Agentur, dann komme ich zu Telegram.
subcontract-anydesk-insist-choice-check-feedback = Ein Dokument, das sie selbst schickt, beweist nichts: Ein PDF kann jeder erstellen. Zählt nur eine Prüfung, die sie nicht steuern kann: ein Vertragsangebot auf Upwork, wo die Plattform sieht, was passiert.
subcontract-anydesk-insist-choice-report = [Nicht antworten; einfach das Konto blockieren und die Nachricht bei Upwork melden]
subcontract-anydesk-insist-choice-report-feedback = Blockieren und melden dauert eine Minute, und Upwork kann sich das Konto ansehen, bevor es die nächste Freelancerin anschreibt.
subcontract-anydesk-registration-file = { $recruiter } hat dir eine Datei geschickt: agency_registration.pdf
subcontract-anydesk-registration-sent = bitte schön, alles offiziell. bis gleich auf tg!

subcontract-anydesk-tg-hello = Hey, ich bin's, { $recruiter } 👋 danke fürs Rüberkommen
subcontract-anydesk-tg-plan = Also, so arbeiten wir: Mein Upwork-Konto wurde wegen regionaler Beschränkungen geschlossen, deshalb arbeiten wir über die Konten guter Freelancer wie dir.
subcontract-anydesk-tg-share = Unsere Devs machen die Arbeit über dein Konto, du bekommst 20 % und hast praktisch nichts zu tun. Das sind locker { MONEY($monthly) } im Monat. Bist du dabei?
subcontract-anydesk-account-choice-easy = { MONEY($monthly) } im Monat würden meine Miete decken. Wenn eure Devs gut sind, warum nicht?
subcontract-anydesk-account-choice-refuse = Nein. Andere über mein Konto arbeiten zu lassen, verstößt gegen die Regeln von Upwork.
subcontract-anydesk-account-choice-condition = Nur wenn das Passwort bei mir bleibt und ich jeden Login-Code selbst bestätige.
subcontract-anydesk-account-choice-condition-feedback = Auch wenn du jeden Login selbst bestätigst, arbeiten und kassieren Fremde unter deinem Namen; du bist nur diejenige Person, die sie jedes Mal hereinlässt.

subcontract-anydesk-pressure = entspann dich, viele Teams arbeiten so. { MONEY($monthly) } jeden Monat, garantiert. Aber ich brauche dein Ja heute, eine andere Freelancerin wartet schon.
subcontract-anydesk-pressure-choice-give-in = Das will ich mir nicht entgehen lassen. Okay, was brauchst du von mir für den Start?
subcontract-anydesk-pressure-choice-leave = So eine Frist macht mich vorsichtiger, nicht weniger. Ich bin raus.
subcontract-anydesk-pressure-choice-proof = Schick mir Screenshots von den Auszahlungen an deine anderen Freelancer, dann bin ich dabei.
subcontract-anydesk-pressure-choice-proof-feedback = Screenshots sind leicht zu fälschen, und echte würden nur zeigen, dass die Konten anderer Leute genauso benutzt werden. Die Frage war nie, ob sie zahlt, sondern was du aus der Hand gibst.
subcontract-anydesk-payouts-file = { $recruiter } hat drei Screenshots geschickt: Auszahlungen an andere Freelancer, jede mit „bezahlt“ markiert.

subcontract-anydesk-ask-id = Super! Erster Schritt: Upwork will das Konto noch mal verifizieren, das machen die manchmal.
subcontract-anydesk-ask-docs = also schick mir fotos von deinem reisepass, beide seiten, und ein selfie, auf dem du ihn hältst. und wenn upwork den videocheck macht, machst du den, während mein dev am PC sitzt
subcontract-anydesk-id-choice-send = [Den Reisepass fotografieren, das Selfie machen und ihr beides schicken]
subcontract-anydesk-id-choice-refuse = Mein Pass bleibt bei mir, und einen Videocheck für jemand anderen gibt es auch nicht.
subcontract-anydesk-id-choice-refuse-feedback = Richtig: Deine Dokumente und dein Gesicht würden für jemanden bürgen, den du nie gesehen hast.
subcontract-anydesk-id-choice-video-only = Den Videocheck kann ich machen, ist ja mein eigenes Gesicht. Passfotos aber nicht.
subcontract-anydesk-id-choice-video-only-feedback = Den Pass zu behalten war richtig, aber der Videocheck ist das größere Geschenk: Dein Gesicht würde für ein Konto bürgen, auf dem ein Fremder arbeitet. Vor die Kamera gehört man nur für sich selbst und die eigene Arbeit.

subcontract-anydesk-anydesk = Okay, letzte Sache. Installier AnyDesk, damit unser Dev von deinem Computer aus arbeiten kann, dann sieht Upwork deine IP und alles ist sauber ✅
subcontract-anydesk-anydesk-file = { $recruiter } hat dir eine Datei geschickt: AnyDesk.exe (5,2 MB)
subcontract-anydesk-keep-quiet = wenn es installiert ist, schick mir den code, und lass den laptop nachts einfach an. Bitte erwähn uns nicht bei Upwork und lösch den Chat danach 😉
subcontract-anydesk-anydesk-choice-install = [Das Installationsprogramm starten, ihr den Code schicken und den Laptop anlassen]
subcontract-anydesk-anydesk-choice-watch = Ich installiere es, aber nur, solange ich am Schreibtisch sitze und zusehe. Nachts nie.
subcontract-anydesk-anydesk-choice-watch-feedback = Zuzusehen ändert nichts daran, auf wessen Computer, über wessen Verbindung und unter wessen Namen gearbeitet wird, und was in den Konten dahinter geschieht, siehst du nicht. Fernzugriff für Fremde war die Bitte, die du ablehnen musstest.
subcontract-anydesk-anydesk-choice-report = [Die Datei ungeöffnet löschen, sie blockieren und den Chat bei Upwork melden]

subcontract-anydesk-fine-proxy-verification = Ein kurzer Videocall auf Upwork, in dem du als du selbst für deine eigene Arbeit auftrittst, ist ein ganz normaler Schritt vor einem Vertrag. Bedenklich war erst die spätere Bitte: für den Videocheck von Upwork vor der Kamera zu sitzen, während jemand anderes am Computer arbeitet.

subcontract-anydesk-suspended = Drei Wochen später: „Dein Upwork-Konto wurde wegen Verstoßes gegen die Nutzungsbedingungen gesperrt.“
subcontract-anydesk-docs-used = Deine Bank schreibt: Mit deinen Passdaten wurde online ein Konto eröffnet.
subcontract-anydesk-compromised = Fremde haben über dein Konto gearbeitet, auf deinem Computer, unter deinem Namen. Das kann dich zum Teil eines Betrugs machen, und die Sperre und das rechtliche Risiko bleiben bei dir, nicht bei ihnen. Das passiert auch vorsichtigen Menschen, und wer sich früh meldet, steht besser da: Deinstalliere AnyDesk, ändere deine Passwörter von einem anderen Gerät aus und sag Upwork und deiner Bank, was passiert ist. Die Seite „Schon betroffen?“ (Taste I oder redflag involved) führt dich durch die nächsten Schritte.

subcontract-anydesk-reported-early = Du hast das Konto blockiert und die Nachricht gemeldet, ohne ihr ein Wort zu sagen. Upwork kann sich das Konto jetzt ansehen, bevor es die Nächste erreicht.
subcontract-anydesk-walked-away = Du hast das Gespräch beendet, bevor dein Konto oder dein Computer aus der Hand gegeben waren. Auf deinem Rechner lief nichts unter deinem Namen.
subcontract-anydesk-docs-out-reported = Du hattest schon Fotos deines Reisepasses geschickt. Erwähne das in deiner Meldung, sag deiner Bank Bescheid und achte auf Konten, die in deinem Namen eröffnet werden.
subcontract-anydesk-reported = Du hast sie blockiert und den Chat gemeldet, ohne sie vorher zu warnen. Dein Konto und dein Computer sind deine geblieben, und die Plattform weiß Bescheid.
