# Szenario „legit-time-tracker“: ein seriöser Auftraggeber. Ein kleines Logistikunternehmen
# stellt dich auf Upwork für einen Stundenvertrag ein. Variablen: $client (ein Name),
# $fleet (trucks oder vans), $rate (US-Dollar pro Stunde), $hours (Stunden pro Woche),
# $bonus (US-Dollar). Die Auftraggeberin schreibt höflich und sachlich, mit „Sie“, wie eine
# Disponentin in einem Mittelständler; auch deine Antworten siezen sie.

legit-time-tracker-title = Das Dispo-Dashboard
legit-time-tracker-summary = Ein kleines Logistikunternehmen sucht Hilfe bei der Tourenplanung, bezahlt nach Stunden.
legit-time-tracker-cast-client = { $client }

legit-time-tracker-invite = { $client } von Fennwick Freight hat dich zu einem Gespräch für den Auftrag „Dashboard für Tourenplanung (Python), stundenweise“ eingeladen.
legit-time-tracker-hello = Guten Tag, und danke, dass Sie sich unsere Ausschreibung ansehen! Ich bin { $client } und leite den Betrieb bei Fennwick Freight. Wir sind ein kleines Logistikunternehmen mit 14 { $fleet ->
    [trucks] Lkw
   *[vans] Lieferwagen
} und drei Leuten in der Disposition.
legit-time-tracker-need = Unsere Disponenten planen die Touren noch in einer Tabelle, die uns längst über den Kopf gewachsen ist. Ein paar Python-Skripte haben wir schon, darauf hätten wir gern ein einfaches Dashboard.
legit-time-tracker-call = Bevor ich Ihnen ein Angebot schicke, hätte ich gern einen 20-minütigen Videocall hier auf Upwork mit unserer Teamleitung. Ehrlicherweise: Bei unserer Größe bin die Teamleitung ich 😄
legit-time-tracker-call-choice-accept = Gern. Wann passt es Ihnen?
legit-time-tracker-call-choice-who = Gern. Dann wären wir im Call also nur zu zweit?
legit-time-tracker-call-choice-who-feedback = Nachfragen ist immer in Ordnung. Hier will die Auftraggeberin dich kennenlernen, also die Person, die die Arbeit macht, im Call der Plattform selbst. Das ist ganz normales Einstellen.
legit-time-tracker-call-choice-refuse = Videocalls vor einem Vertrag mache ich lieber nicht.
legit-time-tracker-call-choice-refuse-feedback = Die Auftraggeberin selbst kennenzulernen, gehört zu einer ehrlichen Beauftragung. Ein Warnsignal ist es, wenn du für jemand anderen vor die Kamera sollst, und darum ging es hier nicht.
legit-time-tracker-no-call = Das ist in Ordnung, dann machen wir es schriftlich. Ich hätte gern ein Gesicht zum Namen gehabt, aber Ihre Bewertungen sprechen für sich.

legit-time-tracker-call-time = Schön, vielen Dank! Ich starte den Call morgen um 10 Uhr hier aus dem Chat, wenn Ihnen das passt.
legit-time-tracker-in-call = Upwork-Videocall mit { $client }, 20 Minuten. Du siehst die Dispo-Tabelle und erzählst von zwei deiner bisherigen Projekte.
legit-time-tracker-screen = Könnten Sie kurz Ihren Bildschirm teilen und mir das Dashboard aus Ihrem letzten Projekt zeigen, von dem Sie erzählt haben? Nur den Bildschirm, sonst nichts.
legit-time-tracker-screen-choice-share = Klar, ich teile ihn jetzt.
legit-time-tracker-screen-choice-window = Klar, ich teile nur dieses eine Fenster.
legit-time-tracker-screen-choice-window-feedback = Gute Angewohnheit. Den Bildschirm im Call zu teilen heißt: Du zeigst etwas und behältst die Kontrolle. Fernzugriff heißt: Jemand anderes steuert deinen Computer. Hier ging es um das Erste.
legit-time-tracker-screen-choice-refuse = Bildschirm teilen mache ich nicht, tut mir leid. So fangen Betrügereien mit Fernzugriff an.
legit-time-tracker-screen-choice-refuse-feedback = Vorsicht ist gut, aber wer im Call selbst seinen Bildschirm zeigt, gibt niemandem die Kontrolle über den Computer. Das Warnsignal ist die Bitte, AnyDesk, TeamViewer oder Ähnliches zu installieren.
legit-time-tracker-screen-no = Überhaupt kein Problem. Die Screenshots in Ihrem Portfolio reichen mir.
legit-time-tracker-call-thanks = Vielen Dank, das hat mir sehr geholfen. Ich schicke Ihnen gleich das Angebot.

legit-time-tracker-offer = { $client } hat dir auf Upwork ein Angebot geschickt: Stundenvertrag, { GROUPED($rate) } US-Dollar pro Stunde, bis zu { $hours } Stunden pro Woche, wöchentlich über Upwork abgerechnet.
legit-time-tracker-started = Du nimmst das Angebot an. Der Vertrag läuft.
legit-time-tracker-tracker = Willkommen an Bord! 🎉 Da wir nach Stunden abrechnen, erfassen Sie Ihre Zeit bitte mit der Upwork-Desktop-App. Laden Sie sie direkt von der Upwork-Website herunter, nicht über einen Link von mir. So sind Ihre Stunden durch den Zahlungsschutz von Upwork für Stundenverträge abgesichert.
legit-time-tracker-tracker-info = Upwork: Um bei Stundenverträgen Zeit zu erfassen, nutze die Upwork-Desktop-App. Sie zeichnet die Zeit auf und macht gelegentlich Screenshots, aber nur, während du für einen Vertrag Zeit erfasst.
legit-time-tracker-tracker-choice-install = Mache ich. Ich lade sie heute von der Upwork-Website herunter.
legit-time-tracker-tracker-choice-check = In Ordnung. Ich lese vorher noch die Bedingungen für Stundenverträge in der Upwork-Hilfe nach.
legit-time-tracker-tracker-choice-check-feedback = Nachprüfen ist eine gute Gewohnheit, und hier bestätigt es, was die Auftraggeberin gesagt hat: Die Zeiterfassung ist das Werkzeug von Upwork selbst, von der Upwork-Website geladen, keine Fernsteuerungs-App von Fremden.
legit-time-tracker-tracker-choice-refuse = Ich installiere keine Software für Kunden. Kann ich meine Stunden von Hand eintragen?
legit-time-tracker-tracker-choice-refuse-feedback = Eine verständliche Sorge, aber das ist die App der Plattform, von der Plattform heruntergeladen, und sie läuft nur, während du Zeit erfasst. Der Auftraggeberin gibt sie keine Kontrolle über deinen Computer.
legit-time-tracker-tracker-choice-leave = Das klingt nach Betrug. Ich bin raus.
legit-time-tracker-manual = Ich verstehe die Sorge. Das ist die App von Upwork selbst, und sie läuft nur, wenn Sie die Zeiterfassung für diesen Vertrag starten; Ihren Computer steuern kann sie nicht. Stunden von Hand einzutragen geht auch, aber dann greift der Zahlungsschutz nicht. Möchten Sie es trotzdem versuchen?
legit-time-tracker-manual-choice-install = So erklärt, in Ordnung. Ich installiere sie von der Upwork-Website.
legit-time-tracker-manual-choice-manual-only = Ich trage meine Stunden trotzdem lieber von Hand ein, auch ohne den Schutz.
legit-time-tracker-manual-choice-leave = Ich habe kein gutes Gefühl dabei. Ich beende den Vertrag.

legit-time-tracker-diary = Montag: Deine ersten erfassten Stunden erscheinen im Arbeitstagebuch des Vertrags auf Upwork, bereit für die Abrechnung dieser Woche.
legit-time-tracker-github = Nächster Schritt: Ich habe Sie in die GitHub-Organisation unserer Firma eingeladen. Bitte nehmen Sie die Einladung mit Ihrem eigenen GitHub-Konto an; das Repository ist privat.
legit-time-tracker-github-invite = GitHub: { $client } hat dich eingeladen, der Organisation Fennwick Freight beizutreten.
legit-time-tracker-github-choice-accept = Angenommen, ich sehe das Repository.
legit-time-tracker-github-choice-own = Mit meinem eigenen Konto angenommen. Die Zwei-Faktor-Anmeldung ist bei mir eingeschaltet.
legit-time-tracker-github-choice-own-feedback = Genau so soll es sein: dein eigenes Konto, deine eigene Anmeldung, Zugriff auf den Code der Auftraggeberin. Niemand wollte dein Passwort oder dein Gerät.
legit-time-tracker-github-choice-refuse = Ich bleibe lieber auf Upwork. Könnten Sie mir den Code stattdessen hier als ZIP-Datei schicken?
legit-time-tracker-github-choice-refuse-feedback = Die Regel lautet: Gespräche und Zahlungen vor einem Vertrag bleiben auf der Plattform. Hier laufen Vertrag und Zahlung schon über Upwork, und im Code-Repository der Auftraggeberin zu arbeiten, gehört ganz normal zum Auftrag.
legit-time-tracker-github-thanks = Perfekt. Die README erklärt die Einrichtung. Bei Fragen einfach hier auf Upwork melden.
legit-time-tracker-zip-reply = Für den Anfang geht das. Für ein längeres Projekt brauchen wir den Code aber an einem Ort, denken Sie bitte noch mal darüber nach.

legit-time-tracker-bonus = Die erste Woche lief richtig gut, die Disponenten lieben die Kartenansicht! Ich habe Ihnen als Dankeschön einen kleinen Bonus über Upwork geschickt.
legit-time-tracker-bonus-in = Upwork: { $client } hat dir einen Bonus über { GROUPED($bonus) } US-Dollar geschickt.
legit-time-tracker-bonus-choice-thanks = Das ist sehr nett, vielen Dank!
legit-time-tracker-bonus-choice-check = Vielen Dank! Nur damit ich es weiß: Ich muss nichts zurückschicken oder weiterleiten, oder?
legit-time-tracker-bonus-choice-check-feedback = Eine gute Frage. Hier lautet die Antwort „nichts“: Der Bonus kam über Upwork, für deine Arbeit, und er gehört dir.
legit-time-tracker-bonus-choice-refund = Geld für nichts? Das kommt mir wie Betrug vor. Ich möchte es zurückerstatten.
legit-time-tracker-bonus-choice-refund-feedback = Das Warnsignal ist Geld ohne Arbeit oder Geld, das du weiterleiten sollst. Ein Bonus über die Plattform nach einer Woche echter Arbeit ist weder das eine noch das andere.
legit-time-tracker-bonus-reply = Kein Betrug, versprochen! Das kam über die Bonus-Funktion von Upwork, für eine gute erste Woche. Das gehört Ihnen, Sie müssen nichts irgendwohin schicken.

legit-time-tracker-nda = Noch eine Sache: Im Repository stehen die Adressen unserer Kunden, bitte behandeln Sie diese Daten vertraulich. Die Vertraulichkeitsvereinbarung hängt am Vertrag auf Upwork.
legit-time-tracker-nda-choice-agree = Selbstverständlich. Ich habe die Vereinbarung gelesen und bin einverstanden.
legit-time-tracker-nda-choice-ask = Gern. Nur zur Sicherheit: vertraulich gegenüber Dritten, nicht gegenüber Upwork?
legit-time-tracker-nda-choice-ask-feedback = Eine scharfe Unterscheidung. Die Kundendaten einer Auftraggeberin zu schützen, ist normal; die Vereinbarung vor der Plattform verstecken zu sollen, wäre es nicht.
legit-time-tracker-nda-choice-refuse = Geheimhaltung ist ein Warnsignal. So etwas unterschreibe ich nicht.
legit-time-tracker-nda-choice-refuse-feedback = Das Warnsignal ist, die Vereinbarung vor der Plattform zu verbergen oder Chats zu löschen. Die Kundendaten einer Auftraggeberin zu schützen, ist üblich, und es steht für alle sichtbar im Upwork-Vertrag.
legit-time-tracker-nda-reply = Genau, nur die Daten unserer Kunden. Upwork sieht den ganzen Vertrag, die Vereinbarung eingeschlossen.
legit-time-tracker-nda-no = Das tut mir leid. Ohne die Vereinbarung können wir Ihnen keinen Zugriff auf die Kundendaten geben, deshalb müssen wir den Vertrag hier beenden. Danke für die Arbeit der ersten Woche.
legit-time-tracker-missed-nda = Der Auftrag ist an einer gewöhnlichen Vertraulichkeitsklausel gescheitert. Die Kundendaten einer Auftraggeberin zu schützen, gehört zu ehrlicher Arbeit; das Warnsignal ist Geheimhaltung gegenüber der Plattform. Die Stunden, die du gearbeitet hast, wurden dir über Upwork bezahlt.

legit-time-tracker-hired = Du hast einen festen Stundenauftrag. Jede Bitte, die seltsam aussah, gehörte ganz normal zu einem echten Projekt: ein Call mit der Auftraggeberin selbst, die Zeiterfassung der Plattform, Zugriff auf den Code der Firma, nachdem der Vertrag lief.
legit-time-tracker-hired-manual = Du hast den Auftrag, mit von Hand eingetragenen Stunden. Das geht, aber ohne die Zeiterfassung greift der Zahlungsschutz von Upwork nicht. Die Zeiterfassung war das Werkzeug der Plattform, keine Fernsteuerungs-App.
legit-time-tracker-missed = Du bist von einer ehrlichen Auftraggeberin weggegangen. Vorsicht ist gut; hier kam jede Bitte aus den Werkzeugen der Plattform oder nach einem Vertrag. Prüf es das nächste Mal zuerst nach: Die Upwork-Hilfe hätte dir die Zeiterfassung bestätigt.
