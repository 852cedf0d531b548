# Szenario „partner-verification“: Ein Recruiter auf LinkedIn will, dass du die Identitätsprüfung
# und das Video-Interview für einen „Partner“ aus dem Ausland machst und danach jeden Morgen
# seine Anmeldungen bestätigst. Variablen: $recruiter (ein Name), $handle (ein Telegram-Handle),
# $sector (fintech, health oder logistics), $monthly (US-Dollar im Monat). Der Recruiter schreibt
# auf LinkedIn höflich mit „du“ (wie dort üblich), auf Telegram lockerer, mit Tippfehlern und Emoji.

partner-verification-title = Nur das Vorstellungsgespräch
partner-verification-summary = Ein Recruiter auf LinkedIn hat eine gut bezahlte Stelle, die kaum Zeit kostet.
partner-verification-cast-recruiter = { $recruiter }

partner-verification-li-hello = Hi! Ich bin { $recruiter }, Talent Partner bei Corvale Talent. Wir vermitteln Remote-Entwickler an US-Firmen, und dein Profil ist mir aufgefallen.
partner-verification-li-offer = Ich hätte eine etwas ungewöhnliche, aber sehr gut bezahlte Gelegenheit bei { $sector ->
    [fintech] einem US-Fintech-Start-up
    [health] einer US-Firma für Gesundheitssoftware
   *[logistics] einer US-Firma für Logistiksoftware
}: { GROUPED($monthly) } US-Dollar im Monat, und insgesamt kostet es dich nur ein paar Stunden.
partner-verification-li-move = Meine LinkedIn-Nachrichten sind in meinem Tarif begrenzt, wollen wir auf Telegram weiterschreiben? Da bin ich @{ $handle } 🙂

partner-verification-move-choice-stay = Danke! Ich würde erst mal lieber hier auf LinkedIn weiterschreiben.
partner-verification-move-choice-ask = Kannst du mir die Stellenanzeige und die Firmenseite erst mal hier schicken?
partner-verification-move-choice-ask-feedback = Eine faire Bitte. Ein echter Recruiter kann dir die Stelle und die Firma dort zeigen, wo das Gespräch angefangen hat.
partner-verification-move-choice-go = Klar, ich schreib dir auf Telegram.

partner-verification-stay-reply = Verstehe ich total! Die Details darf ich nur unter NDA auf Telegram teilen, das ist bei uns so Firmenpolitik 😊 lohnt sich echt, 5 Minuten
partner-verification-insist-choice-give-in = Okay, ich schreib dir dort.
partner-verification-insist-choice-decline = Wenn du die Details hier nicht teilen kannst, lasse ich es. Trotzdem danke.
partner-verification-insist-choice-report = Dann lasse ich es, und ich melde diese Nachricht bei LinkedIn.
partner-verification-insist-choice-report-feedback = Eine Meldung dauert eine Minute und hilft LinkedIn, Accounts zu erkennen, die viele Menschen auf dieselbe Art anschreiben.

partner-verification-tg-hello = hey, hier ist { $recruiter } 👋 danke fürs rüberkommen!
partner-verification-tg-client = also der kunde ist eine US-{ $sector ->
    [fintech] fintech-firma
    [health] gesundheitssoftware-firma
   *[logistics] logistiksoftware-firma
}. die stellen remote devs über eine onboarding-plattform ein, aber die nimmt nur leute aus den USA oder Europa
partner-verification-tg-partner = mein partner ist ein senior dev aus dem ausland, ehrlich brilliant, 10 jahre erfahrung. aber die plattform lehnt seine region ab, er kommt nicht mal bis zum interview 😕
partner-verification-tg-role = also die idee: du machst die identitätsprüfung und ein kurzes video-interview als kandidat. danach macht er die ganze eigentliche arbeit. und du kriegst dafür jeden monat { MONEY($monthly) }
partner-verification-proxy-choice-easy = Ich mache also nur das Interview und werde jeden Monat bezahlt? Okay, ich bin dabei.
partner-verification-proxy-choice-refuse = Ich gebe mich nicht für jemand anderen als Kandidat aus.
partner-verification-proxy-choice-who = Die Firma denkt dann also, sie hat mich eingestellt, aber jemand anderes macht die Arbeit?
partner-verification-proxy-choice-who-feedback = Genau. Dein Gesicht und deine Dokumente würden für jemanden bürgen, den die Firma nie sieht, und du ihn übrigens auch nicht.

partner-verification-pitch = ist doch win-win! der kunde kriegt super code, du kriegst geld, mein partner kriegt ne chance. keinem wird geschadet ✌️
partner-verification-pitch-short = ist ein interview, 20 minuten. ich schick dir die antworten vorher, du bist einfach freundlich
partner-verification-pitch-hurry = aber ich muss es heute wissen, der interview-termin ist morgen früh und ich hab noch 2 andere kandidaten
partner-verification-pitch-choice-give-in = Okay, okay. Was brauchst du von mir?
partner-verification-pitch-choice-leave = Zeitdruck bei so was macht mich eher vorsichtiger. Ich bin raus.
partner-verification-pitch-choice-report = Nein. Ich blockiere dich und melde das bei LinkedIn.

partner-verification-docs = super 🙌 erster schritt: schick mir nen scan von deinem reisepass oder perso und ein selfie, wo du ihn in der hand hältst. ich füll die onboarding-formulare für dich aus, spart dir zeit
partner-verification-docs-why = und deine adresse und dein geburtsdatum bitte, die US-firma braucht das für den vertrag
partner-verification-docs-choice-send = Okay, ich schick dir die Scans und meine Daten.
partner-verification-docs-choice-refuse = Ich schicke meine Dokumente niemandem per Chat.
partner-verification-docs-choice-refuse-feedback = Richtig. Identitätsprüfungen laufen im eigenen Verfahren einer Firma oder Plattform ab, für deinen eigenen Job. Per Chat verschickte Scans können Konten in deinem Namen eröffnen.
partner-verification-docs-choice-report = Das ist Identitätsbetrug. Ich beende das hier und melde dich.
partner-verification-docs-refused = ok kein problem, dann lädst du sie selber über den onboarding-link hoch, den ich dir schick, kommt aufs gleiche raus 👍

partner-verification-interview = das interview ist morgen, 20 min video mit deren HR. kamera an, echter name, dein echtes gesicht, mehr prüfen die nicht
partner-verification-script = { $recruiter } hat dir eine Datei geschickt: interview_answers.pdf
partner-verification-script-read = lies einfach davon ab, leg es neben die kamera. mein partner hört im call mit und schickt dir die antworten im chat, falls die was technisches fragen
partner-verification-own-cv = die fragen nach deinen früheren jobs. erzähl einfach deine echte erfahrung, wir nehmen eh deinen lebenslauf 😉
partner-verification-own-cv-after = nach dem interview redest du nie wieder mit denen, mein partner übernimmt ab tag eins
partner-verification-interview-choice-do-it = Na gut. Ich mache das Interview morgen.
partner-verification-interview-choice-refuse = Ich mache kein Vorstellungsgespräch für einen Job, den jemand anderes macht. Ich bin raus.
partner-verification-interview-choice-report = Nein. Ich melde das bei LinkedIn und bei der Polizei.
partner-verification-interview-choice-report-feedback = Gut. Vor genau solchen Helfern, die für andere zum Vorstellungsgespräch gehen, warnt das FBI. Eine Meldung hilft, den nächsten Versuch zu stoppen.

partner-verification-onboarded = Zwei Wochen später schickt die Firma eine Willkommens-E-Mail. Auf deinen Namen wurde ein Arbeitskonto eingerichtet.
partner-verification-congrats = glückwunsch!! 🎉 du bist eingestellt. die ersten { MONEY($monthly) } kommen ende des monats
partner-verification-mfa = eine kleinigkeit noch: beim firmen-login muss der mitarbeiter auf dem handy bestätigen. das bist ja du 😄 also jeden morgen so um 8 loggt sich mein partner ein und du tippst einfach auf Bestätigen
partner-verification-mfa-easy = dauert 2 sekunden. leichtestes geld deines lebens
partner-verification-mfa-prompt = Anmeldeanfrage: Anmeldung bei deinem Arbeitskonto bestätigen?
partner-verification-mfa-choice-approve = Erledigt, bestätigt ✅
partner-verification-mfa-choice-deny = Ich hab abgelehnt. Ich mache da nicht mehr mit.
partner-verification-mfa-choice-tell = Ich hab abgelehnt, und ich sage dem Sicherheitsteam der Firma, dass sich jemand anderes als ich anmeldet.
partner-verification-mfa-choice-tell-feedback = Das ist der stärkste Schritt. Die Firma kann den Zugang sperren, und du hast gezeigt, dass du aussteigst.

partner-verification-discovered = Drei Monate später schreibt die Rechtsabteilung der Firma: Die Person, die unter deinem Namen arbeitet, bist nicht du. Der Fall wurde an die Behörden übergeben.
partner-verification-docs-used = Deine Bank schreibt: Mit den Daten aus deinem Reisepass wurde online ein Konto eröffnet.
partner-verification-compromised = Dein Name, dein Gesicht und dein Handy haben jemandem, den du nie getroffen hast, den Weg in eine US-Firma geöffnet. Jede Anmeldung, die du bestätigt hast, wurde als deine gespeichert. Menschen, die solchen Systemen geholfen haben, wurden angeklagt: Matthew Knoot drohten bis zu 20 Jahre Haft. Viele werden zu so etwas überredet; wichtig ist jetzt, dass du handelst. Bestätige keine Anmeldungen mehr, informiere die Firma und deine Bank und erstatte Anzeige bei der Polizei. Heb diesen Chat auf: Er zeigt, wer dich um was gebeten hat.

partner-verification-walked-away-early = Du hast das Gespräch auf LinkedIn gehalten und bist gegangen, als der Recruiter das nicht wollte. Den Rest musstest du dir gar nicht erst anhören.
partner-verification-reported-early = Du bist gegangen und hast die Nachricht gemeldet. LinkedIn kann sich diesen Account jetzt ansehen, bevor er die nächste Person anschreibt.
partner-verification-walked-away = Du bist ausgestiegen, bevor dein Gesicht oder dein Name für jemand anderen gebürgt hat. Niemand hat unter deinem Namen einen Job bekommen.
partner-verification-reported = Du bist ausgestiegen und hast es gemeldet. Deine Identität gehört weiter dir, und die Stellen, die das stoppen können, wissen Bescheid.
partner-verification-walked-away-late = Du bestätigst nichts mehr, also laufen die morgendlichen Anmeldungen nicht mehr über dein Handy. Die Firma glaubt aber noch, dass sie dich eingestellt hat: Sag ihr, dass die Person, die unter deinem Namen arbeitet, nicht du bist. Das schützt dich und die Firma.
partner-verification-reported-late = Du hast den Zugang gekappt und der Firma die Wahrheit gesagt. Das schützt dich viel besser als Schweigen. Wenn du vorher Dokumente oder Daten geschickt hast, sag auch deiner Bank Bescheid und erstatte Anzeige bei der Polizei.
