# Szenario „company-verified“: ein ehrlicher Recruiter einer Analysefirma, Tidewell Analytics,
# findet die spielende Person auf LinkedIn und stellt über Upwork ein. Es sieht aus wie der
# Betrug mit einer Scheinfirma (eine polierte Website, eine HR-Kollegin, die gern anruft),
# aber eine Prüfung über Kanäle, die er nicht kontrolliert, geht sauber aus. Harmlos sind
# hier: ein Videointerview, ein NDA im Upwork-Angebot, ein Steuerformular in den eigenen
# Upwork-Einstellungen. Abzulehnen, ohne den Job zu verlieren: eine erste Arbeitswoche, bevor
# der Upwork-Vertrag existiert, bezahlt per direkter Überweisung.
# „Tidewell Analytics“ ist für diese Geschichte erfunden; der Name bleibt in jeder Sprache gleich.
# Variablen: $recruiter (Männername: er), $rate (Dollar pro Stunde), $weekday (tuesday oder
# thursday). Die HR-Kollegin, die in einem Pfad anruft, ist eine Frau.
# Ton: locker. Er schreibt kurze, freundliche Zeilen, manche kleingeschrieben, ein paar Emoji,
# mit Kürzeln wie „30 Std.“. Nie als Karikatur.
# Anrede: Er siezt, und die spielende Person siezt zurück (locker, aber mit Sie); die
# Erzählstimme duzt wie im ganzen Spiel.
# Text in eckigen Klammern ist eine Handlung der spielenden Person, keine Nachricht.

company-verified-title = Ein React- und D3-Vertrag bei einer Analysefirma
company-verified-summary = Ein Recruiter auf LinkedIn hat einen viermonatigen Frontend-Vertrag, vergeben über Upwork.
company-verified-cast-recruiter = { $recruiter }

company-verified-li-request = Neue Nachrichtenanfrage auf LinkedIn von { $recruiter }, Talent Partner bei Tidewell Analytics.
company-verified-li-hello = hallo, { $recruiter } von Tidewell hier 👋 wir bauen Sales-Dashboards für mittelgroße Händler. hab Ihre D3-Charts auf GitHub gesehen, richtig sauber gemacht
company-verified-li-role = Wir suchen einen Frontend-Dev für 4 Monate, React und D3, ca. 30 Std. pro Woche, { MONEY($rate) } die Stunde. Alle unsere Freelancer arbeiten über Upwork, Vertrag und Zahlungen laufen also dort.
company-verified-li-site = Falls Sie uns erst kennenlernen wollen: Auf unserer Website steht alles, Teamseite, Kunden, Case Studies. Und meine Kollegin aus dem HR ruft Sie auch gern an.

company-verified-verify-choice-register = [Tidewell selbst in einem Handelsregister nachschlagen und über die Angaben dort Kontakt aufnehmen]
company-verified-verify-choice-register-feedback = Richtig. Ein Handelsregister und eine Nummer oder Adresse, die du dort findest, sind Kanäle, die er nicht kontrolliert. Seine Website, seine Teamseite und seine HR-Kollegin schon, und Scheinfirmen haben alle drei.
company-verified-verify-choice-hr-call = Ein Anruf Ihrer HR-Kollegin würde mir reichen. Könnte sie mich morgen anrufen?
company-verified-verify-choice-hr-call-feedback = Ein Anruf seiner eigenen Kollegin kann nur seine Geschichte bestätigen: Auch Scheinfirmen haben eine HR-Ansprechperson. Hier ging es gut aus, aber die Prüfung, die zählt, läuft über einen Kanal, den er nicht kontrolliert, etwa ein Handelsregister.
company-verified-verify-choice-site = [Die genannte Website durchsehen: Teamfotos, Case Studies. Antworten, dass du Interesse hast]
company-verified-verify-choice-site-feedback = Eine polierte Website mit Teamfotos und Case Studies ist genau das, was Scheinfirmen bauen: Im Juni 2025 haben US-Behörden 21 solcher Websites beschlagnahmt. Hier war die Firma echt, aber die Website allein hätte dir das nicht sagen können.

company-verified-check-switchboard = Du suchst Tidewell Analytics selbst. Ein Handelsregister führt die Firma, eingetragen vor neun Jahren, mit Geschäftsadresse und Telefonnummer. Du rufst diese Nummer an; die Zentrale stellt dich zu { $recruiter } durch, der lacht: gut, dass Sie nachgeprüft haben.
company-verified-check-email = Du suchst Tidewell Analytics selbst. Ein Handelsregister führt die Firma, eingetragen vor neun Jahren, und der Eintrag nennt die Web-Domain der Firma. Du schreibst an die allgemeine Adresse dieser Domain und fragst nach { $recruiter }. Die Office-Managerin antwortet von derselben Domain: Ja, er ist ihr Talent Partner, und die Stelle ist offen.
company-verified-checked-reply = danke, dass Sie uns geprüft haben, ehrlich. sollten mehr Leute machen. ok, nächster Schritt!
company-verified-hr-call = Tidewells HR-Kollegin ruft dich am nächsten Tag an, freundlich und gut informiert, und bestätigt alles, was { $recruiter } gesagt hat. Sie ruft von der Nummer an, die auf Tidewells Website steht.
company-verified-site-ok = super!! 🙌 dann machen wir das Interview aus

company-verified-interview = Nächster Schritt ist ein Videointerview mit unserem CTO und mir, am { $weekday ->
    [tuesday] Dienstag
   *[thursday] Donnerstag
}, 45 Min. Bitte mit Kamera, das machen wir mit allen Kandidaten. Läuft über Google Meet, im Browser oder in der App, wie Sie mögen.
company-verified-interview-choice-accept = { $weekday ->
    [tuesday] Dienstag
   *[thursday] Donnerstag
} passt mir. Mit Kamera, ich komme über den Browser dazu.
company-verified-interview-choice-audio = Nur Audio, wenn das geht? Mit Leuten, die ich nicht kenne, mache ich keine Kamera.
company-verified-interview-choice-audio-feedback = Ein Videointerview als du selbst, vor einem Vertrag, ist die Art, wie sorgfältige Firmen einstellen. Das Warnsignal ist, für jemand anderen vor die Kamera zu sollen.
company-verified-interview-choice-contract-first = Interviews mache ich erst, wenn der Vertrag auf Upwork steht. Fangen wir damit an?
company-verified-interview-choice-contract-first-feedback = Firmen lernen Leute kennen, bevor sie sie einstellen; den Vertrag zuerst zu verlangen, blockiert einen normalen Schritt. Sich als du selbst per Video zu treffen, gefährdet nichts.

company-verified-not-before = hm, sorry, wir stellen nie jemanden ein, ohne ihn vorher zu sehen, dafür ist das Interview ja da. vielleicht ein andermal
company-verified-missed-interview = { $recruiter } hat sich für jemand anderen entschieden. Vorsicht ist gut, aber ein Videointerview als du selbst, vor dem Vertrag, ist die Art, wie sorgfältige Firmen einstellen, und du hattest einen Weg, diese Firma über Kanäle zu prüfen, die er nicht kontrollierte. Ablehnen solltest du eine spätere Bitte: eine erste Arbeitswoche an der Plattform vorbei.
company-verified-interview-done = { $weekday ->
    [tuesday] Dienstag
   *[thursday] Donnerstag
}: 45 Minuten mit Kamera mit { $recruiter } und Tidewells CTO. Du führst sie durch ein Dashboard, das du gebaut hast, und der CTO stellt scharfe Fragen dazu, wie man Tausende Punkte schnell zeichnet. Sie versprechen die Einladung auf Upwork.
company-verified-interview-audio = Ok, dann ohne Kamera. Ich sag's unserem CTO, er mag lieber Video, aber passt.

company-verified-up-hello = Hallo nochmal, hier ist { $recruiter }! Die Job-Einladung ist jetzt hier auf Upwork, also machen wir hier weiter.
company-verified-client-account = Die Einladung kommt vom Kundenkonto von Tidewell auf Upwork: Zahlungsmethode verifiziert, Dutzende frühere Verträge und Bewertungen von Freelancern, die für sie gearbeitet haben.
company-verified-nda = Bevor wir Ihnen das Datenmodell des Kunden zeigen: unser Standard-NDA, es deckt die Daten und den Code des Kunden ab. Ich hänge es ans Upwork-Angebot, Sie unterschreiben es dort.

company-verified-nda-choice-sign = [Das NDA im Upwork-Angebot lesen: nur Daten und Code des Kunden. Dort unterschreiben]
company-verified-nda-choice-paid-first = Ich unterschreibe es, sobald meine erste Woche bezahlt ist, nicht vorher. Das ist meine Regel.
company-verified-nda-choice-paid-first-feedback = Ein NDA kommt, bevor du die Daten eines Kunden siehst, nicht nach einer Zahlung, also blockiert diese Bedingung den Job. Dieses deckte die Daten und den Code des Kunden ab und lag im Upwork-Angebot, für die Plattform sichtbar.
company-verified-nda-choice-refuse = Für Freelance-Arbeit unterschreibe ich keine NDAs. Meine Projekte stehen im Portfolio.
company-verified-nda-choice-refuse-feedback = Ein NDA für die Daten eines Kunden, angehängt an den Vertrag auf Upwork, ist in der Auftragsarbeit üblich. Geheimhaltung ist ein Warnsignal, wenn du die Abmachung selbst vor der Plattform verbergen sollst.

company-verified-not-fit = Hmm. Ehrlich gesagt, ohne Kamera und ohne NDA bekomme ich Sie nicht an unserem CTO vorbei. Tut mir leid, ich glaube, wir nehmen jemand anderen.
company-verified-missed = Tidewell hat sich für jemand anderen entschieden. Vorsicht ist gut, aber ein Videointerview als du selbst und ein NDA im Upwork-Vertrag gehören ganz normal zur Arbeit, und wer beides ablehnt, ist schwer einzustellen. Ablehnen solltest du eine spätere Bitte: eine erste Arbeitswoche an der Plattform vorbei.
company-verified-nda-public = Okay, dann starten Sie erst mal nur mit öffentlichen Daten, und das NDA kann warten, bis Sie damit einverstanden sind.

company-verified-first-week = eine Sache noch 🙄 unser Einkauf braucht ungefähr eine Woche, um jeden neuen Upwork-Vertrag freizugeben. Der Hiring Manager fragt, ob Sie trotzdem Montag anfangen könnten: Die erste Woche zahlen wir direkt per Überweisung, und ab Woche 2 läuft alles über Upwork.

company-verified-week-choice-wait = Ich fange lieber an, wenn der Vertrag auf Upwork steht. Können wir den Start eine Woche schieben?
company-verified-week-choice-wait-feedback = Richtig: Du behältst den Job, und die Arbeit bleibt unter dem Vertrag. Hinter einer Woche ohne Vertrag stehen kein Verlauf und kein Streitverfahren, egal wer der Auftraggeber ist. Und sieh, wie er das Nein nimmt: So reagiert ein ehrlicher Auftraggeber.
company-verified-week-choice-accept = Klar. Sie sind ja offensichtlich eine echte Firma, da ist eine Woche per Überweisung für mich okay.
company-verified-week-choice-accept-feedback = Dass die Firma echt ist, schützt dich vor Betrug, nicht vor einer Woche ohne Vertrag: kein Verlauf, kein Streitverfahren, keine Zahlungsgarantie. Den Start zu verschieben, hätte dir den Job und deinen Schutz erhalten.
company-verified-week-choice-letter = Okay, wenn Sie mir ein unterschriebenes Schreiben zu dieser ersten Woche mailen, fange ich Montag an.
company-verified-week-choice-letter-feedback = Ein Schreiben der Firma ist kein Vertrag auf der Plattform: Hinter ihm stehen kein Streitverfahren und keine Zahlungsgarantie. Die Bitte, den Start zu verschieben, hätte dir den Job und deinen Schutz erhalten.

company-verified-week-wait = Fair, Sie haben recht. Ich mache beim Einkauf Druck, und wir starten den Montag danach.
company-verified-week-ok = Super, danke! Ich sag's dem Hiring Manager.
company-verified-week-paid = Du fängst am Montag an. Das Geld für die erste Woche kommt per Überweisung, vier Tage zu spät, ohne Vertrag dahinter. Das Upwork-Angebot kommt in der Woche darauf.

company-verified-offer = { $recruiter } hat dir vom Kundenkonto von Tidewell ein Vertragsangebot auf Upwork geschickt: stundenweise, { MONEY($rate) } pro Stunde, bis zu 30 Stunden die Woche.
company-verified-tax = Willkommen an Bord!! 🎉 Letzte Formalität: Die Buchhaltung braucht Ihre Steuerangaben für den Vertrag. Bitte füllen Sie vor Ihrer ersten Rechnung das Steuerformular in Ihren Upwork-Einstellungen aus. Das ist für Ihren eigenen Vertrag.

company-verified-tax-choice-settings = Klar, ich fülle das Steuerformular heute in meinen Upwork-Einstellungen aus.
company-verified-tax-choice-chat = Schneller wär's, wenn ich Steuernummer und ein Foto meines Ausweises hier schicke, oder?
company-verified-tax-choice-chat-feedback = Ein Steuerformular für deinen eigenen Vertrag ist in Ordnung, aber auf der Plattform, wo es hingehört. Steuernummer und Ausweisfoto im Chat sind genau das, womit jemand in deinem Namen handeln kann, selbst bei einem Recruiter, der sie nie missbrauchen würde. Er hat selbst abgelehnt.
company-verified-tax-choice-refuse = Meine Steuerdaten bleiben privat. Geht die Bezahlung nicht auch ohne?
company-verified-tax-choice-refuse-feedback = Ein Steuerformular für deinen eigenen Vertrag, auf der Plattform ausgefüllt, für dein eigenes Geld, ist ganz normaler Papierkram. Das Warnsignal sind Dokumente per Chat oder E-Mail, oder Angaben für das Konto eines anderen.

company-verified-tax-chat = ah nein, bitte keine Dokumente in den Chat 🙏 nur das Formular in Ihren Upwork-Einstellungen, die Buchhaltung holt es sich dort
company-verified-tax-hold = Hmm, ohne das kann die Buchhaltung keine Zahlungen freigeben. Sie können es jederzeit in Upwork nachtragen, aber bis dahin warten die Zahlungen.
company-verified-tax-done = Du füllst das Steuerformular in deinen Upwork-Einstellungen aus, für deinen eigenen Vertrag. Nichts geht über den Chat.

company-verified-hired = Du hast den Vertrag, und du wusstest, mit wem du es zu tun hast: ein Handelsregister, ein Kontakt, den du dort selbst gefunden hast, und Upworks verifiziertes Kundenkonto sind Kanäle, die der Recruiter nicht kontrolliert. Interview, NDA und Steuerformular waren normale Schritte, und die eine Bitte zum Ablehnen, eine Woche an Upwork vorbei, hast du abgelehnt, ohne den Job zu verlieren.
company-verified-hired-side = Du hast den Vertrag, und Tidewell hat die erste Woche wie versprochen bezahlt. Trotzdem lief diese Woche an Upwork vorbei: kein Vertrag, kein Verlauf, kein Streitverfahren, falls etwas schiefgegangen wäre. Schlägt ein Auftraggeber so etwas vor, bitte stattdessen darum, den Start zu verschieben; ein ehrlicher Auftraggeber wie dieser sagt Ja.
company-verified-hired-hold = Du hast den Vertrag, aber dein Geld wartet, bis das Steuerformular in deinen Upwork-Einstellungen steht. Ein Steuerformular für deinen eigenen Vertrag, auf der Plattform ausgefüllt, ist normaler Papierkram; ablehnen solltest du Dokumente per Chat oder für das Konto eines anderen.
company-verified-hired-unchecked = Du hast den Vertrag, und Tidewell war echt. Aber seine Website und ein Anruf aus dem HR hätten dir das nicht zeigen können: Scheinfirmen haben beides. Upworks verifiziertes Kundenkonto half später, und ein Handelsregister mit dem Kontakt, der dort steht, hätte es dir schon vor dem Interview gesagt. Prüfe nächstes Mal über einen Kanal, den der Recruiter nicht kontrolliert.

company-verified-fine-proxy-verification = Ein Videointerview mit Kamera, als du selbst, vor einem Vertrag, ist die Art, wie sorgfältige Firmen einstellen. Das Warnsignal ist, für jemand anderen vor die Kamera zu sollen oder eine Prüfung für ihn zu bestehen.
company-verified-fine-secrecy = Ein NDA, das die Daten und den Code des Kunden abdeckt und am Vertragsangebot auf Upwork hängt, ist in der Auftragsarbeit üblich. Geheimhaltung ist das Warnsignal, wenn du die Abmachung vor der Plattform verbergen sollst.
company-verified-fine-identity-docs = Ein Steuerformular für deinen eigenen Vertrag, in deinen eigenen Upwork-Einstellungen, ist normaler Papierkram und geht nur an die Plattform. Die Grenze sind Dokumente per Chat oder E-Mail, oder Angaben für das Konto eines anderen.
