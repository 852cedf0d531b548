# Szenario „partner-verification“: Eine Recruiterin auf LinkedIn will, dass du die
# Identitätsprüfung und das Video-Interview für einen „Partner“ aus dem Ausland machst und danach
# jeden Morgen seine Anmeldungen bestätigst. Ihre erste Bitte (Lebenslauf oder Portfolio, auf
# LinkedIn) ist harmlos.
# Variablen: $recruiter (Frauenname: sie), $handle (ein Telegram-Handle), $sector (fintech,
# health oder logistics), $monthly (US-Dollar im Monat).
# Ton: gepflegt. Die Recruiterin schreibt von Anfang bis Ende freundlich, fehlerfrei und
# professionell, auf LinkedIn wie auf Telegram (ein einziges Emoji im ganzen Szenario).
# Anrede: Die Recruiterin siezt, und die Antworten der spielenden Person siezen zurück; die
# Erzählstimme (Titel, Ereignisse, Rückmeldungen, Enden) duzt wie im ganzen Spiel.

partner-verification-title = Eine Remote-Stelle über eine Recruiterin auf LinkedIn
partner-verification-summary = Eine Recruiterin schreibt dir auf LinkedIn wegen einer Remote-Stelle bei einer US-Firma.
partner-verification-cast-recruiter = { $recruiter }

partner-verification-li-hello = Guten Tag, ich bin { $recruiter }, Talent Partner bei Corvale Talent. Wir vermitteln Remote-Entwickler an US-Unternehmen, und Ihr Profil ist mir aufgefallen.
partner-verification-li-offer = Ich besetze gerade eine ungewöhnliche, aber sehr gut bezahlte Stelle bei { $sector ->
    [fintech] einem US-Fintech-Start-up
    [health] einem US-Healthtech-Unternehmen
   *[logistics] einem US-Anbieter von Logistiksoftware
}: { MONEY($monthly) } im Monat, und insgesamt kostet es Sie nur wenige Stunden.
partner-verification-li-cv = Bevor ich ins Detail gehe: Könnten Sie mir hier Ihren Lebenslauf oder einen Link zu Ihrem Portfolio schicken? Ich möchte sichergehen, dass es passt, bevor ich mehr von Ihrer Zeit in Anspruch nehme.
partner-verification-cv-choice-send = Gern. Hier ist der Link zu meinem Portfolio, der Lebenslauf hängt als PDF an.
partner-verification-cv-choice-company = Um welche Firma geht es? Sobald ich sie geprüft habe, bekommen Sie meinen Lebenslauf.
partner-verification-cv-choice-company-feedback = Recruiter nennen den Kunden oft erst später, und ein Lebenslauf ist zum Teilen da: Er öffnet nichts in deinem Namen. Ihn vom Firmennamen abhängig zu machen, hält einen harmlosen Schritt auf; heb dir deine Bedingungen für das auf, was danach kommt.
partner-verification-cv-choice-refuse = Meinen Lebenslauf schicke ich Fremden lieber nicht. Erst die Details, bitte?
partner-verification-cv-choice-refuse-feedback = Vorsicht ist gut, aber Lebenslauf und Portfolio sind genau dafür da, sie Recruitern zu zeigen, und sie hat auf LinkedIn selbst danach gefragt. Heb dir das Nein für das auf, was danach kommt.
partner-verification-cv-refused = Natürlich, das verstehe ich. Ihr öffentliches Profil genügt mir vorerst.

partner-verification-li-move = Mein LinkedIn-Tarif begrenzt die Zahl der Nachrichten. Wollen wir auf Telegram weitermachen? Dort bin ich @{ $handle }.
partner-verification-move-choice-ask = Können Sie mir zuerst hier auf LinkedIn die Stellenanzeige und die Firmenseite schicken?
partner-verification-move-choice-ask-feedback = Eine berechtigte Bitte. Eine echte Recruiterin kann dir die Stelle und die Firma dort zeigen, wo das Gespräch begonnen hat.
partner-verification-move-choice-go = Klar, diese Nachrichtenlimits auf LinkedIn nerven. Ich schreibe Ihnen auf Telegram.
partner-verification-move-choice-both = Gut, dann Telegram, aber schicken Sie mir die Stellenanzeige bitte auch hier auf LinkedIn.
partner-verification-move-choice-both-feedback = Der Wechsel des Chats ist der Schritt, um den es ihr ging, ob mit Stellenanzeige oder ohne: Ab da sieht LinkedIn nichts mehr von dem, worum sie bittet. Bleib dort, wo das Gespräch begonnen hat, bis du die Stelle gesehen hast.

partner-verification-stay-reply = Das verstehe ich vollkommen. Die Details zum Kunden darf ich nur unter einer Verschwiegenheitsvereinbarung auf Telegram weitergeben; das ist unsere Firmenrichtlinie. Fünf Minuten lohnen sich wirklich.
partner-verification-insist-choice-give-in = Eine NDA klingt professionell genug. Gut, ich schreibe Ihnen auf Telegram.
partner-verification-insist-choice-listen = Na gut, ich komme rüber und höre zu, solange ich nichts unterschreiben muss.
partner-verification-insist-choice-listen-feedback = Auch nur zuzuhören, verlegt das Gespräch dorthin, wo sie die Regeln macht und LinkedIn nichts sieht. Eine Stelle, die sich nur außerhalb der Plattform erklären lässt, war das Zeichen zum Aufhören.
partner-verification-insist-choice-report = [Das Konto auf LinkedIn blockieren, dann ihre letzte Nachricht bei LinkedIn als möglichen Betrug melden]
partner-verification-insist-choice-report-feedback = Eine Meldung dauert eine Minute und hilft LinkedIn, Konten zu erkennen, die viele Leute auf dieselbe Weise anschreiben.

partner-verification-tg-client = Danke, dass Sie herübergekommen sind. Der Kunde ist { $sector ->
    [fintech] ein US-Fintech-Unternehmen
    [health] ein US-Healthtech-Unternehmen
   *[logistics] ein US-Anbieter von Logistiksoftware
}, das Remote-Entwickler über eine Onboarding-Plattform einstellt, und diese Plattform nimmt nur Leute mit Wohnsitz in den USA oder in Europa.
partner-verification-tg-partner = Mein Partner ist ein Senior-Entwickler aus Übersee, mit zehn Jahren Erfahrung und wirklich brillant. Die Plattform lehnt seine Region ab, deshalb kommt er nicht einmal bis zum Interview.
partner-verification-tg-role = Meine Idee ist daher: Sie absolvieren die Identitätsprüfung und ein kurzes Video-Interview unter Ihrem Namen, und danach erledigt er die eigentliche Arbeit. Dafür bekommen Sie jeden Monat { MONEY($monthly) }.
partner-verification-proxy-choice-easy = Ein Interview, und ein guter Entwickler bekommt endlich eine faire Chance? Gut, ich bin dabei.
partner-verification-proxy-choice-meet = Kann ich ihn zuerst per Video kennenlernen? Wenn es ihn wirklich gibt, mache ich das Interview.
partner-verification-proxy-choice-meet-feedback = Ihn kennenzulernen, würde am Handel nichts ändern: Du würdest trotzdem an seiner Stelle die Prüfung und das Interview bestehen, und die Firma würde ihn trotzdem nie sehen. Die Bitte selbst war das Warnsignal, wie sympathisch er auch sein mag.
partner-verification-proxy-choice-who = Die Firma würde also glauben, sie hätte mich eingestellt, und ein anderer arbeitet?
partner-verification-proxy-choice-who-feedback = Genau. Dein Gesicht und deine Dokumente würden für jemanden bürgen, den die Firma nie sieht, und du könntest ihn auch nicht sehen.
partner-verification-meet-promise = Natürlich. Er kommt heute Abend kurz in einen Videocall mit Ihnen, dann sehen Sie selbst, wie gut er ist.

partner-verification-pitch = Für mich gewinnen alle: Der Kunde bekommt exzellenten Code, Sie ein festes Einkommen, und mein Partner endlich eine faire Chance. Es ist ein einziges Interview von zwanzig Minuten, und die Antworten schicke ich Ihnen vorher.
partner-verification-pitch-hurry = Ihre Antwort bräuchte ich allerdings heute. Der Interviewtermin ist morgen früh, und zwei andere Kandidaten warten.
partner-verification-pitch-choice-give-in = Zwei andere warten, und das Geld würde mir wirklich helfen. Was brauchen Sie?
partner-verification-pitch-choice-no-docs = Na gut, ich mache das Interview, aber meine Dokumente schicke ich Ihnen nicht.
partner-verification-pitch-choice-no-docs-feedback = Deine Dokumente zu behalten, ist gut, aber das Interview ist der entscheidende Teil: Dein Gesicht würde für jemanden bürgen, den die Firma nie sieht. Die Frist sollte verhindern, dass du das zu Ende denkst.
partner-verification-pitch-choice-report = [Das Konto auf Telegram blockieren und den Chat bei Telegram und LinkedIn melden]

partner-verification-docs = Wunderbar. Erster Schritt: Schicken Sie mir bitte einen Scan Ihres Reisepasses oder Personalausweises und ein Selfie, auf dem Sie ihn in der Hand halten. Ich fülle die Onboarding-Formulare für Sie aus, das spart Ihnen Zeit.
partner-verification-docs-why = Außerdem brauche ich Ihre Wohnadresse und Ihr Geburtsdatum. Das US-Unternehmen verlangt beides für den Vertrag.
partner-verification-docs-choice-send = Sie füllen die Formulare ja sowieso aus, das spart Zeit. Ich schicke die Scans.
partner-verification-docs-choice-refuse = Tut mir leid, aber Ausweisscans oder persönliche Daten schicke ich nicht per Chat, Vertrag hin oder her.
partner-verification-docs-choice-refuse-feedback = Richtig. Identitätsprüfungen laufen im eigenen Verfahren einer Firma oder Plattform, für deine eigene Stelle. Per Chat verschickte Scans können Konten in deinem Namen eröffnen.
partner-verification-docs-choice-upload = Schicken Sie mir lieber den Onboarding-Link; dort lade ich meine Dokumente selbst hoch.
partner-verification-docs-choice-upload-feedback = Ein Link von ihr führt, wohin sie will: Deine Dokumente landeten trotzdem im Onboarding einer anderen Person, unter deinem Namen. Weise dich nur im eigenen Verfahren einer Plattform oder eines Arbeitgebers aus, für deinen eigenen Job.
partner-verification-docs-refused = Selbstverständlich. Dann laden Sie sie selbst über den Onboarding-Link hoch, den ich Ihnen schicke; das läuft aufs Gleiche hinaus.

partner-verification-interview = Das Interview ist morgen: zwanzig Minuten per Video mit der Personalabteilung. Kamera an, Ihr echter Name und Ihr echtes Gesicht; mehr prüfen sie nicht.
partner-verification-script = { $recruiter } hat dir eine Datei geschickt: interview_answers.pdf
partner-verification-script-read = Lesen Sie bitte davon ab und legen Sie es neben die Kamera. Mein Partner hört mit und schickt Ihnen Antworten in den Chat, falls technische Fragen kommen.
partner-verification-own-cv = Man wird Sie nach Ihren früheren Stellen fragen; erzählen Sie einfach von Ihrer echten Erfahrung, wir verwenden ja Ihren Lebenslauf. Nach dem Interview sprechen Sie nie wieder mit ihnen, denn mein Partner übernimmt ab dem ersten Tag.
partner-verification-interview-choice-do-it = Es ist mein eigenes Gesicht und mein eigener Lebenslauf. Gut, ich mache es morgen.
partner-verification-interview-choice-warn = Nein, mache ich nicht. Und ich melde Sie bei LinkedIn und bei der Polizei.
partner-verification-interview-choice-warn-feedback = Nein zu sagen ist richtig. Wer die Meldung aber ankündigt, gibt ihr Zeit, das Konto zu löschen, und sie hat womöglich deine Daten. Erst blockieren, den Chat behalten und melden, ohne es ihr zu sagen.
partner-verification-interview-choice-report = [Nichts mehr schreiben, sie blockieren und den Chat bei Telegram und LinkedIn melden]
partner-verification-interview-choice-report-feedback = Gut. Helfer, die für andere Vorstellungsgespräche führen, sind genau das, wovor das FBI gewarnt hat; eine stille Meldung hilft, den nächsten Versuch zu stoppen.
partner-verification-warned-reply = Das würde ich mir noch einmal überlegen. Ich habe immer noch Ihren Passscan und Ihre Adresse, und auf der Bewerbung steht Ihr Name.

partner-verification-onboarded = Zwei Wochen später: Die Firma schickt eine Willkommens-E-Mail. Ein Arbeitskonto auf deinen Namen wurde eingerichtet.
partner-verification-congrats = Herzlichen Glückwunsch, Sie sind eingestellt! 🎉 Ihre ersten { MONEY($monthly) } kommen Ende des Monats.
partner-verification-mfa = Eine Kleinigkeit noch: Die Anmeldung bei der Firma muss auf dem Handy des Mitarbeiters bestätigt werden, und der Mitarbeiter sind Sie. Jeden Morgen gegen acht meldet sich mein Partner an.
partner-verification-mfa-prompt = Anmeldeanfrage: Anmeldung bei deinem Arbeitskonto bestätigen?
partner-verification-mfa-go = Diese Anfrage ist er, gerade jetzt. Tippen Sie bitte auf Bestätigen; das sind zwei Sekunden am Tag, leichter lässt sich kein Geld verdienen.
partner-verification-mfa-choice-approve = Einmal Tippen am Tag, und Ende des Monats kommt die erste Zahlung. [Auf Bestätigen tippen]
partner-verification-mfa-choice-week = Nur diese Woche, bis er ein eigenes Handy eingerichtet hat. [Auf Bestätigen tippen]
partner-verification-mfa-choice-week-feedback = Schon ein einziges Mal ist eine Anmeldung in deinem Namen für jemand anderen, und in den Protokollen der Firma steht sie als deine. Lehne ab und sag es der Firma: Sie kann den Zugang sperren.
partner-verification-mfa-choice-tell = [Auf Ablehnen tippen, sie blockieren und dem Sicherheitsteam der Firma alles erzählen]
partner-verification-mfa-choice-tell-feedback = Das ist der stärkste Schritt. Die Firma kann den Zugang sperren, und du hast gezeigt, dass du aussteigst.

partner-verification-discovered = Drei Monate später schreibt die Rechtsabteilung der Firma: Die Person, die unter deinem Namen arbeitet, bist nicht du. Der Fall liegt jetzt bei den Behörden.
partner-verification-docs-used = Deine Bank schreibt: Mit deinen Passdaten wurde online ein Konto eröffnet.
partner-verification-compromised = Dein Name, dein Gesicht und dein Handy haben jemanden, den du nie getroffen hast, in eine US-Firma gebracht, und jede Anmeldung, die du bestätigt hast, gilt als deine. Das kann dich zum Teil eines Betrugs machen, und das rechtliche Risiko bleibt bei dir, auch wenn man dich überredet hat. Wer getäuscht wurde, ist nicht dasselbe wie jemand, der so etwas wissentlich betrieben hat, und früh reinen Tisch zu machen hilft: Bestätige keine Anmeldungen mehr, informiere die Firma und deine Bank und behalte diesen Chat, denn er zeigt, wer was von dir verlangt hat. Die Seite „Schon betroffen?“ (Taste I) geht die nächsten Schritte durch.

partner-verification-reported-early = Du hast das Konto blockiert und die Nachricht gemeldet. LinkedIn kann es sich jetzt ansehen, bevor es der nächsten Person schreibt.
partner-verification-reported = Du hast sie blockiert und den Chat gemeldet, ohne sie vorzuwarnen. Deine Identität ist deine geblieben, und die Plattformen, die dieses Konto stoppen können, wissen Bescheid.
partner-verification-walked-away-warned = Du bist vor dem Interview ausgestiegen, also hat niemand als du eine Stelle bekommen. Eines solltest du anders machen: Die angekündigte Meldung gab ihr Zeit, mit allem zu verschwinden, was sie schon hatte. Erst blockieren, den Chat behalten, dann still melden; wenn du Dokumente geschickt hast, sag auch deiner Bank Bescheid.
partner-verification-reported-late = Du hast den Zugang gekappt, sie blockiert und der Firma die Wahrheit gesagt. Das schützt dich weit besser als Schweigen. Wenn du vorher Dokumente oder Daten geschickt hast, informiere auch deine Bank.

partner-verification-fine-identity-docs = Einer Recruiterin auf der Plattform, auf der sie dich gefunden hat, einen Lebenslauf oder Portfolio-Link zu schicken, ist normal: Beides ist zum Weitergeben gemacht. Der entscheidende Unterschied kam später: ein Passscan, ein Selfie damit und dein Geburtsdatum, per Chat verschickt, damit jemand anderes als du eingestellt werden kann.
