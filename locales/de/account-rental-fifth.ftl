# Szenario „account-rental-fifth“: Ein Teamleiter auf Freelancer will über dein verifiziertes
# Konto arbeiten und bietet dir ein Fünftel der Einnahmen; der Chat wechselt zu WhatsApp.
# Variablen: $lead (ein Männername), $skill (wordpress, python oder design), $earnings, $monthly
# und $payment (US-Dollar). Der Teamleiter ist ein Mann. Er siezt, schreibt aber herzlich und
# locker: kurze Zeilen, manches klein, ein paar Emoji, kleine Fehler eines Nicht-Muttersprachlers
# (nie zum Lachen). Der Spieler siezt zurück.
# Seine Frage nach Zeitzone und Arbeitsproben ist harmlos: Sie zu beantworten ist richtig.

account-rental-fifth-title = Ein Teamleiter sucht dauerhafte Unterstützung
account-rental-fifth-summary = Ein Teamleiter auf Freelancer mag dein Profil und will langfristig mit dir arbeiten.
account-rental-fifth-cast-lead = { $lead }

account-rental-fifth-fl-hello = Hallo! Ich bin { $lead }, ich leite ein kleines Dev-Team. Habe Ihr Profil gesehen, Ihre { $skill ->
    [wordpress] WordPress-Seiten sehen
    [python] Python-Skripte sehen
   *[design] Designs sehen
} wirklich professionell aus.
account-rental-fifth-fl-team = Wir haben gerade mehr Kunden, als wir schaffen, deshalb ich suche einen Partner für lange Zeit. Kein einmaliger Job, etwas Festes.
account-rental-fifth-samples = Kurze Frage zuerst: In welchem Land und welcher Zeitzone sind Sie? Und können Sie hier 2–3 Beispiele Ihrer { $skill ->
    [wordpress] WordPress-Arbeit
    [python] Python-Arbeit
   *[design] Designarbeit
} teilen?
account-rental-fifth-samples-choice-send = Gern, hier sind drei aktuelle Beispiele. Meine Zeitzone steht im Profil.
account-rental-fifth-samples-choice-refuse = Wo ich wohne und was ich gebaut habe, sage ich erst, wenn es einen Vertrag gibt.
account-rental-fifth-samples-choice-refuse-feedback = Land, Zeitzone und öffentliche Arbeitsproben stehen ohnehin in deinem Profil, und jeder Auftraggeber fragt danach. Heb dir deine Vorsicht für das auf, was wirklich zählt: deinen Login, deinen Ausweis, dein Konto.
account-rental-fifth-samples-choice-leave = Sie fragen gleich, wo ich wohne? Das ist mir zu seltsam. Danke, ich passe.

account-rental-fifth-fl-move = danke, notiert 👍 noch eine Sache: der Freelancer-Chat ist nicht gut für Details, manchmal versteckt er Nachrichten. Können wir auf WhatsApp sprechen? Schicken Sie mir einfach Ihre Nummer
account-rental-fifth-move-choice-stay = Danke! Ich würde lieber alles hier auf Freelancer besprechen, da ist es dokumentiert.
account-rental-fifth-move-choice-stay-feedback = Guter Instinkt. Alles Ehrliche lässt sich auf der Plattform sagen, wo der Chat dokumentiert ist und du geschützt bist.
account-rental-fifth-move-choice-halfway = Okay, WhatsApp für ein kurzes Gespräch, aber jeder Vertrag läuft über Freelancer.
account-rental-fifth-move-choice-halfway-feedback = Sobald ihr auf WhatsApp seid, sieht die Plattform nicht mehr, worum du gebeten wirst, und der Vertrag, der „über Freelancer laufen“ sollte, wird nie nötig. Auf Freelancer zu bleiben kostet einen ehrlichen Auftraggeber nichts.
account-rental-fifth-move-choice-go = [Ihm deine Nummer schicken; WhatsApp ist auch für dich einfacher, du nutzt es den ganzen Tag]

account-rental-fifth-stay-reply = Verstehe. Aber hier markieren sie Wörter wie „Zahlung“ und sperren einen für nichts. Alle nutzen WhatsApp, ist nur ein Gespräch von 5 Min
account-rental-fifth-insist-choice-give-in = [Ihm deine Nummer schicken; die Filter hier nerven ja wirklich]
account-rental-fifth-insist-choice-five-min = Also gut, fünf Minuten. Aber wenn es seltsam klingt, blockiere ich Sie sofort.
account-rental-fifth-insist-choice-five-min-feedback = Auf WhatsApp ist das Angebot so gebaut, dass es vernünftig klingt, und die Plattform kann es weder sehen noch eingreifen. Wer den Filtern der Plattform ausweichen muss, ist selbst das Warnsignal.
account-rental-fifth-insist-choice-report = [Nicht antworten; ihn blockieren und die Nachricht bei Freelancer melden]
account-rental-fifth-insist-choice-report-feedback = Eine Meldung dauert eine Minute. Die Plattform kann sich das Profil dann ansehen, bevor es den nächsten Freelancer anschreibt.

account-rental-fifth-wa-story = hallo, hier ist { $lead } von Freelancer 😊 Ich bin ehrlich mit Ihnen. Mein eigenes Konto wurde wegen regionaler Beschränkungen geschlossen, Freelancer erlaubt mein Land nicht mehr. Mein Team ist sehr gut, aber wir können jetzt auf nichts mehr bieten.
account-rental-fifth-wa-pitch = Also meine Idee: Wir arbeiten über Ihr verifiziertes Konto. Mein Team macht die Jobs, spricht mit den Kunden, alles. Sie müssen nichts tun und bekommen ein Fünftel von allen Einnahmen, 20 %.
account-rental-fifth-wa-earnings = auf meinem alten Konto haben wir jeden Monat ungefähr { MONEY($earnings) } gemacht. Also denken Sie: 20 % davon, für null Arbeit. Was sagen Sie?
account-rental-fifth-pitch-choice-easy = 20 % fürs Nichtstun? Das Geld ist gerade knapp, also ja, versuchen wir es.
account-rental-fifth-pitch-choice-condition = Nur wenn ich jeden Auftrag selbst freigebe und das Geld zuerst auf meinem Konto landet.
account-rental-fifth-pitch-choice-condition-feedback = Aufträge freizugeben ändert nichts daran, wer sie erledigt: Fremde würden weiter unter deinem Namen und mit deiner Verifizierung arbeiten. Und Geld, das auf deinem Konto landet, ist genau das, was die Masche als Nächstes braucht.
account-rental-fifth-pitch-choice-who = Und wer genau würde sich einloggen und unter meinem Namen mit den Kunden reden?
account-rental-fifth-pitch-choice-who-feedback = Genau die richtige Frage. Die ehrliche Antwort lautet: Fremde, mit deinem Namen, deinen Bewertungen und deiner Verifizierung.
account-rental-fifth-who-reply = Meine Leute, sehr erfahrene Devs. Den Kunden ist egal, wer den Code schreibt, nur dass er funktioniert. Niemand wird es merken

account-rental-fifth-proof-intro-yes = perfekt!! und damit Sie sehen, dass es echt ist, schauen Sie
account-rental-fifth-proof-intro-no = Warten Sie, sagen Sie noch nicht Nein. Schauen Sie zuerst
account-rental-fifth-proof-file = { $lead } hat ein Bild geschickt: payouts_partners.jpg
account-rental-fifth-proof-text = Das ist mein Partner in Polen, noch einer in Brasilien. Sie bekommen ihren Anteil jeden Monat wie eine Uhr. 100 % sicher, kein Risiko für Sie

account-rental-fifth-sob-intro-yes = Danke, wirklich 🙏 Sie wissen nicht, wie sehr das hilft
account-rental-fifth-sob-intro-no = bitte sagen Sie nicht so schnell Nein. Lassen Sie mich erklären
account-rental-fifth-sob-text = Als mein Konto geschlossen wurde, haben wir alles verloren, vier Familien hängen an diesem Team. Wir sind gute Leute, wir brauchen nur ein verifiziertes Konto, um zu arbeiten.

account-rental-fifth-fixed = OK, ich mache es noch besser für Sie. Vergessen Sie die Prozente: Ich zahle Ihnen fest { MONEY($monthly) } jeden Monat, egal wie viele Jobs wir nehmen. Den ersten im Voraus.
account-rental-fifth-fixed-hurry = also, abgemacht? Ich brauche Ihr Ja heute bitte, ein anderer Freelancer wartet und die Kunden warten nicht
account-rental-fifth-fixed-choice-accept = [Zusagen: feste { MONEY($monthly) } sind mehr, als deine letzten zwei Projekte gebracht haben]
account-rental-fifth-fixed-choice-leave = Gutes Geld fürs Nichtstun, und dazu eine Frist? Das passt nicht zusammen. Ich bin raus.
account-rental-fifth-fixed-choice-leave-feedback = Richtig: gutes Geld für keine Arbeit plus „Antwort heute“ ist ein Muster. Ein echtes Angebot übersteht einen Tag Bedenkzeit.
account-rental-fifth-fixed-choice-trial = Versuchen wir es einen Monat, und wenn mir etwas komisch vorkommt, höre ich auf.
account-rental-fifth-fixed-choice-trial-feedback = Ein Probemonat ist immer noch ein Monat, in dem Fremde unter deinem Namen arbeiten, und das Geld, das dabei hereinkommt, sollst du weiterleiten. Davon gibt es keine ungefährliche Menge.

account-rental-fifth-setup = Super 🤝 Mein Dev loggt sich von seinem Laptop ein. Wenn Freelancer Ihnen einen Sicherheitscode schickt, leiten Sie ihn mir schnell weiter, und wenn sie manchmal ein Selfie fragen, machen Sie es. Einfach
account-rental-fifth-secrecy = Also schicken Sie mir heute Ihre Freelancer-E-Mail und Ihr Passwort. Und sagen Sie dem Support nichts von uns: Wenn sie fragen, machen Sie die Arbeit selbst, OK?
account-rental-fifth-secret-choice-share = [Ihm die Freelancer-E-Mail und das Passwort schicken und dem Support nichts sagen]
account-rental-fifth-secret-choice-no-lies = Gut, ich schicke den Login, aber wenn der Support fragt, lüge ich nicht.
account-rental-fifth-secret-choice-no-lies-feedback = Nicht zu lügen ist gut, aber bis der Support fragt, ist dein Login längst in fremden Händen, und die Arbeit unter deinem Namen ist schon passiert. Den Login hättest du behalten müssen.
account-rental-fifth-secret-choice-report = [Den Chat aufbewahren, ihn blockieren und alles dem Freelancer-Support melden]
account-rental-fifth-secret-choice-report-feedback = Den Chat aufzubewahren ist klug: Er zeigt der Plattform genau, was von dir verlangt wurde. Und vorher Bescheid sagen musstest du ihm nicht.

account-rental-fifth-weeks-later = Drei Wochen später. Dein Freelancer-Konto zeigt Projekte, auf die du nie geboten hast, und Chats mit Kunden, mit denen du nie gesprochen hast.
account-rental-fifth-paid = gute Nachrichten!! der erste Kunde hat bezahlt 🎉
account-rental-fifth-forward = Einziges Problem, Freelancer kann nicht in mein Land auszahlen. Also das Geld kommt auf Ihre Bank, Sie behalten Ihren Teil und schicken den Rest an meinen Cousin. Überweisung ist OK, Krypto (USDT) noch besser
account-rental-fifth-bank-in = Deine Bank: Zahlungseingang über { MONEY($payment) } von Freelancer.
account-rental-fifth-forward-hurry = Bitte schicken Sie den Rest heute, meine Leute warten auf Gehalt. Ich schicke Ihnen jetzt die Daten von meinem Cousin
account-rental-fifth-pay-choice-forward = [Deinen Teil behalten und den Rest heute an seinen Cousin schicken, wie er es will]
account-rental-fifth-pay-choice-once = Ich schicke es dieses eine Mal, damit Ihr Team bezahlt wird, dann ist Schluss.
account-rental-fifth-pay-choice-once-feedback = Schon ein einziges Mal macht dein Konto zu dem, über das das Geld gelaufen ist, und die Bank sieht dich, nicht ihn. Schick es nirgendwohin selbst weiter: Sag deiner Bank Bescheid und lass sie entscheiden.
account-rental-fifth-pay-choice-report = [Das Passwort ändern, ihn blockieren, dann Freelancer und der Bank Bescheid geben]

account-rental-fifth-fine-identity-docs = Land, Zeitzone und ein paar öffentliche Arbeitsproben fragt jeder Auftraggeber ab, und sie stehen ohnehin in deinem Profil. Dokumente sind etwas anderes: Ein Scan deines Ausweises, deine Steuernummer oder dein Login erlauben es anderen, in deinem Namen zu handeln.

account-rental-fifth-frozen = Zwei Wochen später friert deine Bank dein Konto ein und bittet dich, die ein- und ausgehenden Zahlungen zu erklären.
account-rental-fifth-banned = Freelancer: „Ihr Konto wurde wegen Verstoßes gegen unsere Nutzungsbedingungen dauerhaft geschlossen.“
account-rental-fifth-compromised = Fremde haben unter deinem Namen für Kunden gearbeitet, und das Geld für ihre Arbeit ist über dein Bankkonto gelaufen. Geld für andere weiterzuleiten kann dich zum Teil einer Geldwäsche machen, auch wenn du nur einen Anteil behältst, und das Risiko bleibt bei dir, nicht bei ihnen. Viele Menschen werden so hineingezogen, und wer sich früh meldet, steht besser da. Ändere dein Freelancer-Passwort, beende alle Sitzungen und erzähl Freelancer und deiner Bank die ganze Geschichte. Bewahr den Chat auf: Er ist ein Beweismittel. Die Seite „Schon betroffen?“ (Taste I oder redflag involved) nennt die nächsten Schritte.
account-rental-fifth-walked-away-samples = Du bist gegangen, bevor irgendetwas von dir auf dem Spiel stand, und das war sicher. Aber seine erste Frage war eine ganz gewöhnliche: Land, Zeitzone und öffentliche Arbeitsproben will jeder Auftraggeber wissen. Heb dir dein Nein für Bitten auf, mit denen jemand in deinem Namen handeln kann.

account-rental-fifth-reported-early = Du hast ihn blockiert und die Nachricht gemeldet. Freelancer kann sich dieses Profil jetzt ansehen, bevor der nächste Freelancer dasselbe Angebot bekommt.
account-rental-fifth-walked-away = Du hast Nein gesagt, bevor jemand dein Konto angefasst hat. Dein Name, deine Bewertungen und deine Verifizierung bleiben deine.
account-rental-fifth-reported = Du hast Nein gesagt, ihn blockiert und es gemeldet. Dein Konto ist deins geblieben, und die Plattform weiß von dem Angebot.
account-rental-fifth-reported-late = Du hast aufgehört, bevor Geld über dich gelaufen ist, und deiner Bank und der Plattform Bescheid gegeben, ohne ihn zu warnen. Genau das schützt dich: Melde dich jetzt noch überall ab. Frag deine Bank, was mit dem eingegangenen Geld geschehen soll; schick es nicht auf eigene Faust irgendwohin.
