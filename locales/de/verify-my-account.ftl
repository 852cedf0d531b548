# Szenario „verify-my-account“: Ein Kontakt aus einer Freelance-Jobgruppe auf Telegram gibt der
# spielenden Person einen kleinen Auftrag über Upwork und bietet dann 50 Dollar dafür, ein
# Payoneer-, Wise- oder Börsenkonto mit ihrem Ausweis und einem Selfie zu verifizieren, und
# einen Monatsbetrag dafür, es offen zu halten.
# Variablen: $contact (ein Männername), $gig_pay, $monthly und $incoming (Dollar), $service
# (payoneer, wise oder exchange, für Selektoren).
# Der Kontakt ist ein Mann. Er duzt, schreibt locker und schnell, in kurzen Zeilen, oft klein,
# mit ein paar Emojis und den kleinen Fehlern eines Nicht-Muttersprachlers („pls“, „50$“,
# fehlende Kommas). Er bleibt freundlich und geduldig, nie grob; einmal nennt er dich „Bro“.
# Die spielende Person duzt zurück. Text in eckigen Klammern ist eine Handlung, keine Nachricht.

verify-my-account-title = Kleine WordPress-Aufträge aus einer Telegram-Gruppe
verify-my-account-summary = Ein Stammgast einer Freelance-Jobgruppe auf Telegram hat zwei schnelle Korrekturen für einen seiner Kunden, bezahlt über Upwork.
verify-my-account-cast-contact = { $contact }

verify-my-account-group = Eine Freelance-Jobgruppe auf Telegram, der du für Aufträge beigetreten bist. { $contact } postet dort seit Monaten kleine Jobs, und in der Gruppe heißt es, er zahlt pünktlich.
verify-my-account-group-post = Hey Leute 👋 hat jemand diese Woche Zeit für zwei kleine WordPress-Fixes? Bezahlung über Upwork, schreibt mir privat
verify-my-account-dm-hello = hi, hab deine Vorstellung in der Gruppe gesehen, du machst WordPress oder? es geht um ein Mobilmenü und ein Kontaktformular für einen Kunden von mir, vielleicht 3 Stunden Arbeit
verify-my-account-dm-hello-alt = hey, hab dich in der Gruppe gesehen, du machst WordPress ja? ein Kunde von mir braucht Mobilmenü und Kontaktformular, so ca 3 Stunden Arbeit
verify-my-account-gig-ask = Ich zahle { MONEY($gig_pay) } pauschal, alles über Upwork. Schick mir den Link zu deinem Upwork-Profil, dann schick ich dir den Vertrag dort

verify-my-account-gig-choice-link = Klingt fair für drei Stunden. Hier ist mein Upwork-Profil, schick das Angebot dorthin.
verify-my-account-gig-choice-refuse = Sorry, ich nehme keine Aufträge von Leuten aus Chatgruppen an. Zu viele Betrugsmaschen fangen so an.
verify-my-account-gig-choice-refuse-feedback = Vorsicht bei Chatgruppen ist vernünftig, aber diese Bitte war harmlos: ein kurzer Auftrag zu einem normalen Preis, mit Upwork-Vertrag, und das Geld liegt bei der Plattform. Aufpassen muss man bei dem, was nach so einem ersten Auftrag kommt.
verify-my-account-gig-choice-card = Kannst du mir das nicht direkt auf meine Karte zahlen? Die Upwork-Gebühr frisst da einiges weg.
verify-my-account-gig-choice-card-feedback = Eine Zahlung außerhalb der Plattform nimmt dir den Vertrag, den Nachweis und das Streitverfahren, und du gibst deine Kartendaten jemandem, den du aus einem Chat kennst. Sogar er selbst hat abgelehnt: Erste Aufträge, die auf der Plattform bleiben, sind genau das, womit Vertrauen aufgebaut wird.

verify-my-account-gig-shrug = kein Ding, vielleicht nächstes Mal. ich bin in der Gruppe falls du es dir anders überlegst
verify-my-account-card-reply = Nee, ich lass es auf Upwork, mein Kunde zahlt mich da auch und für die Steuer ist es sauberer 😅 schick dir gleich das Angebot
verify-my-account-contract = { $contact } hat dir auf Upwork ein Vertragsangebot geschickt: „Mobilmenü und Kontaktformular“, Festpreis { MONEY($gig_pay) }. Du nimmst es an und erledigst die Arbeit.
verify-my-account-paid = Zwei Tage später: „Zahlung von { MONEY($gig_pay) } für ‚Mobilmenü und Kontaktformular‘ freigegeben.“ Seinem Kunden haben die Korrekturen gefallen.
verify-my-account-payout = Bezahlt! Wenn du länger nichts abgehoben hast, will Upwork vielleicht, dass du deine Auszahlungsdaten bestätigst, bevor das Geld rausgeht. Mach das einfach in deinen eigenen Upwork-Einstellungen, dauert 2 Min

verify-my-account-payout-choice-settings = [Upwork selbst öffnen und die Auszahlungsdaten in den Einstellungen bestätigen]
verify-my-account-payout-choice-settings-feedback = Richtig: deine eigenen Auszahlungsdaten, für Geld, das du selbst verdient hast, bestätigt in den Einstellungen der Plattform, die du selbst geöffnet hast. Kein Link von ihm, nichts an ihn geschickt.
verify-my-account-payout-choice-refuse = Warum interessiert sich ein Kunde für meine Auszahlungsdaten? Die fasse ich nicht an.
verify-my-account-payout-choice-refuse-feedback = Die Frage ist berechtigt, aber die Bitte war harmlos: Er hat dich auf deine eigenen Einstellungen bei Upwork verwiesen, für dein eigenes Geld, und selbst nichts verlangt. Das eigene Konto auf der Plattform zu prüfen, ist nie das Risiko.
verify-my-account-payout-choice-leave = [Das Geld vorerst auf Upwork liegen lassen und ihm nicht mehr antworten]
verify-my-account-payout-choice-leave-feedback = Hier gab es nichts zu meiden: Wer die eigenen Auszahlungsdaten in den Upwork-Einstellungen bestätigt, gibt niemandem etwas. Dein Geld lag nur länger fest. Das Risiko ist, ein Konto für jemand anderen zu verifizieren, und diese Bitte ist noch nicht gekommen.

verify-my-account-payout-shrug = ok klar, wie du willst. das Geld wartet ja sowieso auf dich
verify-my-account-later = Eine Woche später schreibt dir { $contact } wieder auf Telegram.
verify-my-account-offer = hey, hast du kurz Zeit? andere Sache, vielleicht interessant für dich. ich arbeite mit einem Team im Ausland, Kunden in Europa und den USA bezahlen sie, aber in ihren Ländern { $service ->
    [payoneer] lässt Payoneer sie nicht
    [wise] lässt Wise sie nicht
   *[exchange] lassen die großen Kryptobörsen sie nicht
} rein
verify-my-account-offer-ask = Also: du verifizierst ein { $service ->
    [payoneer] Payoneer-Konto
    [wise] Wise-Konto
   *[exchange] Börsenkonto
} mit deinem Ausweis und einem Selfie, 10 Min, ich schick dir sofort 50$. Und { MONEY($monthly) } jeden Monat, den du es für sie offen hältst. Du machst nichts, sie kümmern sich drum 💸

verify-my-account-offer-choice-why = Warum eröffnet dein Team die Konten nicht auf eigenen Namen, woanders?
verify-my-account-offer-choice-why-feedback = Die richtige Frage. Ein Konto, das mit deinem Ausweis und deinem Gesicht verifiziert ist, gehört für den Anbieter, die Bank und die Polizei dir. Wenn andere es benutzen, führt alles, was darüber läuft, zu dir.
verify-my-account-offer-choice-yes = [Zusagen: Fünfzig für zehn Minuten passt, und es heißt, er zahlt immer]
verify-my-account-offer-choice-once = Für die fünfzig verifiziere ich es, aber monatelang offen halten werde ich es nicht.
verify-my-account-offer-choice-once-feedback = Ein Monat oder zwölf: Das Konto ist mit deinem Ausweis und deinem Gesicht verifiziert, und Geld von Leuten, die du nie getroffen hast, liefe in deinem Namen darüber. Genau dafür sind die 50 Dollar.

verify-my-account-pushback = ist nicht illegal Bro, die Dienste sperren halt manche Länder. ist nur Papierkram, sonst nichts
verify-my-account-pushback-2 = Das Konto läuft auf deinen Namen, also gehört es dir und es ist legal. Sie nutzen es nur, um bezahlt zu werden. 50 jetzt plus monatlich, leichtes Geld 🤝

verify-my-account-pushback-choice-report = [Ihn blockieren, dann sein Telegram-Konto und sein Upwork-Profil melden]
verify-my-account-pushback-choice-report-feedback = Gut gemacht. Auch sein Kundenprofil zu melden, ist wichtig: Kleine, fair bezahlte Aufträge über Upwork sind sein Weg, Vertrauen aufzubauen, bevor das eigentliche Angebot kommt.
verify-my-account-pushback-choice-legal = Wenn es auf meinen Namen läuft und alles legal ist, dann gut. Sag mir, was ich tun soll.
verify-my-account-pushback-choice-legal-feedback = „Auf deinen Namen“ ist das Problem, nicht die Beruhigung: Du müsstest für jede Zahlung geradestehen, die andere darüber laufen lassen. Anbieter und Banken schließen solche Konten und können dich später ablehnen.
verify-my-account-pushback-choice-papers = [Ihn bitten, erst ihre Pässe und die abgelehnten Anmeldungen zu zeigen]
verify-my-account-pushback-choice-papers-feedback = Was er dir zeigt, hat er ausgesucht, und prüfen kannst du es nicht. Selbst echte Papiere würden an der Bitte nichts ändern: ein Konto auf deinen Namen, das Fremde benutzen. Und wer nach fremden Pässen fragt, steckt mitten in den Daten anderer Leute.

verify-my-account-papers-reply = klar, hier, 3 Screenshots von abgelehnten Anmeldungen. echte Leute, echtes Problem, siehst du
verify-my-account-docs-ask = Ok, das brauche ich: ein Foto von deinem Ausweis, vorne und hinten, und ein Selfie, auf dem du ihn neben dein Gesicht hältst. Mein Kollege füllt die Anmeldung aus, du machst nur den Gesichtscheck, wenn er auf deinem Handy aufploppt

verify-my-account-docs-choice-report = [Nichts schicken: ihn blockieren und den Chat bei Telegram und Upwork melden]
verify-my-account-docs-choice-report-feedback = Genau. Dein Ausweis und ein Selfie damit sind das, womit jemand Konten auf deinen Namen eröffnen kann. Nichts zu schicken, zu blockieren und zu melden, hat es hier beendet.
verify-my-account-docs-choice-send = [Ihm die zwei Fotos deines Ausweises und das Selfie damit schicken]
verify-my-account-docs-choice-self = Meine Ausweisfotos behalte ich, aber ich kann mich selbst anmelden und dir den Login schicken.
verify-my-account-docs-choice-self-feedback = Die Ausweisfotos zu behalten, ist gut, aber das Konto wäre trotzdem mit deinem Ausweis und deinem Gesicht verifiziert und dann in seiner Hand. Wenn du dich selbst anmeldest, ändert sich, wer tippt, nicht, wessen Konto es ist.

verify-my-account-self-reply = Noch besser, hier ist der Link. Meld dich an, mach das Selfie und schick mir den Login, wenn du fertig bist
verify-my-account-verified = { $service ->
    [payoneer] Payoneer
    [wise] Wise
   *[exchange] Die Börse
}: „Dein Konto ist verifiziert.“ Es trägt deinen Namen, deine Ausweisnummer und dein Gesicht.
verify-my-account-handover = Fertig, 50$ sind an dich raus ✅ Jetzt schick mir den Login, und leite mir den Code weiter, wenn einer auf dein Handy kommt. Ab jetzt { MONEY($monthly) } jeden Monat

verify-my-account-handover-choice-close = [Keinen Login schicken: das Konto vom Anbieter schließen lassen, dann ihn melden]
verify-my-account-handover-choice-close-feedback = Der beste Schritt, der noch blieb: ein Konto auf deinen Namen, das niemand sonst benutzen kann, vom Anbieter geschlossen, bevor Geld geflossen ist, und eine Meldung, solange der Chat noch da ist.
verify-my-account-handover-choice-send = [Ihm den Login schicken und den Code weitergeben, wenn er auf dein Handy kommt]
verify-my-account-handover-choice-keep = Der Login bleibt bei mir. Sag mir, wenn Geld reinkommt, dann leite ich es weiter.
verify-my-account-handover-choice-keep-feedback = Den Login zu behalten, hält dich nicht raus: Dann würdest du selbst das Geld anderer Leute weiterleiten. Geld für jemanden anzunehmen und weiterzuschicken, macht dich zur Finanzagentin oder zum Finanzagenten, egal, wer das Passwort hat.

verify-my-account-moved = Dein Konto, ein paar Tage später: { MONEY($incoming) } sind von einer Firma eingegangen, von der du nie gehört hast, und noch am selben Tag an einen Namen weitergegangen, den du nicht kennst. Du hast nichts bewegt.
verify-my-account-withdraw-ask = Kleines Problem, die halten die letzte Zahlung fest und wollen sie auf ein Bankkonto auf deinen Namen auszahlen. Bitte heb sie auf deine Bank ab und schick sie weiter an das Konto, das ich dir gebe, 5% behältst du
verify-my-account-money-in = Dein neues Konto: { MONEY($incoming) } von einer Firma erhalten, von der du nie gehört hast.
verify-my-account-forward-ask = Das Geld von unserem Kunden ist da. Schick es pls gleich weiter an das Konto, das ich dir gebe, 5% behältst du. Und wenn jemand fragt, ist es dein Freelance-Einkommen

verify-my-account-forward-choice-stop = [Das Geld nicht anrühren, ihn blockieren und den Anbieter und die Polizei informieren]
verify-my-account-forward-choice-stop-feedback = So kommst du heraus. Das Weiterleiten ist der Schritt, der dich zur Finanzagentin oder zum Finanzagenten macht, und wohin das Geld geht, auch zurück, klären der Anbieter, deine Bank und die Polizei.
verify-my-account-forward-choice-forward = [Das Geld an das Konto weiterschicken, das er dir gibt, und deine 5 % behalten]
verify-my-account-forward-choice-last = Diese eine Zahlung leite ich noch weiter, aber danach schließe ich das Konto für immer.
verify-my-account-forward-choice-last-feedback = Das Konto später zu schließen, macht diese Überweisung nicht ungeschehen: Es wäre trotzdem Geld anderer Leute, von dir weitergeleitet. Lass es unangetastet und informiere den Anbieter, deine Bank und die Polizei.

verify-my-account-fine-easy-money = Ein kurzer Auftrag zu einem normalen Preis, mit Upwork-Vertrag und dem Geld bei der Plattform, ist gewöhnliche Arbeit, auch wenn er von einem Kontakt aus einer Chatgruppe kommt. Leichtes Geld ist Bezahlung für fast nichts, etwa 50 Dollar für ein Selfie mit deinem Ausweis.
verify-my-account-fine-kyc-for-hire = Die eigenen Auszahlungsdaten in den Upwork-Einstellungen zu bestätigen, die du selbst geöffnet hast, für Geld, das du verdient hast, heißt: Die Plattform prüft dich. Das Warnsignal ist das Gegenteil: ein Konto mit deinem Ausweis und Gesicht zu verifizieren, damit jemand anderes es benutzt.

verify-my-account-frozen = Fünf Wochen später: Der Anbieter schließt das Konto und friert ein, was noch darauf liegt. Ein Brief deiner Bank fragt, woher das Geld kam, und warnt, dass sie auch deine eigenen Konten kündigen könnte.
verify-my-account-compromised = Ein Konto, verifiziert mit deinem Ausweis und deinem Gesicht, hat Geld für Leute bewegt, die du nie getroffen hast, und jede Spur endet bei dir. Das kann dich zum Teil eines Betrugs oder einer Geldwäsche machen, und das rechtliche Risiko bleibt bei dir: Banken kündigen solche Konten und können dich später ablehnen. Viele, die hineingezogen werden, hielten es für einen harmlosen Gefallen, und wer getäuscht wurde, ist nicht dasselbe wie jemand, der so etwas wissentlich betrieben hat. Sich früh zu melden hilft. Hör jetzt auf und bewege nichts mehr, erzähl dem Anbieter und deiner Bank alles und bitte sie, das Konto zu schließen, bewahre den Chat auf und erstatte Anzeige bei der Polizei. Die Seite „Schon betroffen?“ im Spiel (Taste I) nennt die nächsten Schritte.

verify-my-account-reported = Du hast ihn blockiert und gemeldet, bevor irgendetwas auf deinen Namen eröffnet wurde. Dein Ausweis ist deiner geblieben, und Telegram und Upwork können sich ihn ansehen, bevor er die nächste Person in der Gruppe fragt.
verify-my-account-reported-docs = Du hast nichts geschickt, ihn blockiert und den Chat gemeldet. Kein Konto trägt deinen Namen oder dein Gesicht, und die Plattformen wissen von ihm, bevor er es bei der nächsten Person versucht.
verify-my-account-reported-late = Du hast den Login behalten, das Konto schließen lassen, bevor Geld geflossen ist, und ihn gemeldet. Falls du ihm Fotos deines Ausweises geschickt hast, sag es auch deiner Bank, damit sie auf Konten achtet, die auf deinen Namen eröffnet werden.
verify-my-account-reported-money = Du hast das Geld nicht angerührt, ihn blockiert und dich an den Anbieter und die Polizei gewandt. Informiere auch deine Bank und lass sie entscheiden, wohin das Geld geht. Wer sich selbst meldet, steht viel besser da als wer wartet.
