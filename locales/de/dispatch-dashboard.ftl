# Szenario „legit-time-tracker“: ein seriöser Auftraggeber. Ein kleines Logistikunternehmen
# stellt dich auf Upwork für einen Stundenvertrag ein. Variablen: $client (ein Männername),
# $fleet (trucks oder vans), $rate (US-Dollar pro Stunde), $hours (Stunden pro Woche),
# $bonus (US-Dollar).
# Der Auftraggeber ist ein Mann, der den Betrieb leitet, keine Tech-Firma. Er schreibt höflich
# und herzlich, in ganzen Sätzen, mit einem einzigen Emoji in der ganzen Geschichte, und siezt;
# auch die Antworten der Spielerin oder des Spielers siezen ihn.

legit-time-tracker-title = Das Dispo-Dashboard
legit-time-tracker-summary = Ein kleines Logistikunternehmen sucht Hilfe bei der Tourenplanung, bezahlt nach Stunden.
legit-time-tracker-cast-client = { $client }

legit-time-tracker-invite = { $client } von Fennwick Freight hat dich zu einem Gespräch für den Auftrag „Dashboard für Tourenplanung (Python), stundenweise“ eingeladen.
legit-time-tracker-hello = Guten Tag, und danke, dass Sie sich unsere Ausschreibung ansehen! Ich bin { $client } und leite den Betrieb bei Fennwick Freight. Wir sind ein kleines Logistikunternehmen mit 14 { $fleet ->
    [trucks] Lkw
   *[vans] Lieferwagen
} und drei Leuten in der Disposition.
legit-time-tracker-need = Unsere Disponenten planen die Touren noch in einer Tabelle, die uns längst über den Kopf gewachsen ist. Ein paar Python-Skripte haben wir schon, darauf hätten wir gern ein einfaches Dashboard.
legit-time-tracker-call = Bevor ich Ihnen ein Angebot schicke, hätte ich gern einen 20-minütigen Videocall hier auf Upwork mit unserem Teamleiter. Ehrlicherweise: Bei unserer Größe bin der Teamleiter ich 😄
legit-time-tracker-call-choice-accept = Gern. Wann passt es Ihnen? Vormittags geht es bei mir am besten.
legit-time-tracker-call-choice-who = Gern. Dann wären wir im Call also nur zu zweit, richtig?
legit-time-tracker-call-choice-who-feedback = Nachfragen ist immer in Ordnung. Hier will der Auftraggeber dich kennenlernen, also die Person, die die Arbeit macht, im Call der Plattform selbst. Das ist ganz normales Einstellen.
legit-time-tracker-call-choice-refuse = Video vor einem Vertrag mache ich lieber nicht. Schriftlich liegt mir besser.
legit-time-tracker-call-choice-refuse-feedback = Den Auftraggeber selbst kennenzulernen, gehört zu einer ehrlichen Beauftragung. Ein Warnsignal ist es, wenn du für jemand anderen vor die Kamera sollst, und darum ging es hier nicht.
legit-time-tracker-no-call = Das ist in Ordnung, dann machen wir es schriftlich. Ich hätte gern ein Gesicht zum Namen gehabt, aber Ihre Bewertungen sprechen für sich.

legit-time-tracker-call-time = Schön, vielen Dank! Ich starte den Call morgen um 10 Uhr hier aus dem Chat, wenn Ihnen das passt.
legit-time-tracker-in-call = Upwork-Videocall mit { $client }, 20 Minuten. Du siehst die Dispo-Tabelle und erzählst von zwei deiner bisherigen Projekte.
legit-time-tracker-screen = Könnten Sie kurz Ihren Bildschirm teilen und mir das Dashboard aus Ihrem letzten Projekt zeigen, von dem Sie erzählt haben? Nur den Bildschirm, sonst nichts.
legit-time-tracker-screen-choice-share = Klar, ich teile jetzt meinen Bildschirm und öffne das Dashboard.
legit-time-tracker-screen-choice-window = Natürlich. Ich teile nur das Browserfenster, in dem das Dashboard läuft.
legit-time-tracker-screen-choice-window-feedback = Gute Angewohnheit. Den Bildschirm im Call zu teilen heißt: Du zeigst etwas und behältst die Kontrolle. Fernzugriff heißt: Jemand anderes steuert deinen Computer. Hier ging es um das Erste.
legit-time-tracker-screen-choice-refuse = Bildschirm teilen mache ich nicht, tut mir leid. So fängt Betrug mit Fernzugriff an.
legit-time-tracker-screen-choice-refuse-feedback = Vorsicht ist gut, aber wer im Call selbst seinen Bildschirm zeigt, gibt niemandem die Kontrolle über den Computer. Das Warnsignal ist die Bitte, AnyDesk, TeamViewer oder Ähnliches zu installieren.
legit-time-tracker-screen-no = Überhaupt kein Problem. Die Screenshots in Ihrem Portfolio reichen mir.
legit-time-tracker-call-thanks = Vielen Dank, das hat mir sehr geholfen. Ich schicke Ihnen gleich das Angebot.

legit-time-tracker-offer = { $client } hat dir auf Upwork ein Angebot geschickt: Stundenvertrag, { MONEY($rate) } pro Stunde, bis zu { $hours } Stunden pro Woche, wöchentlich über Upwork abgerechnet.
legit-time-tracker-started = Du nimmst das Angebot an. Der Vertrag läuft.
legit-time-tracker-tracker = Willkommen an Bord! Da wir nach Stunden abrechnen, erfassen Sie Ihre Zeit bitte mit der Upwork-Desktop-App. Laden Sie sie direkt von der Upwork-Website herunter, nicht über einen Link von mir. So sind Ihre Stunden durch den Zahlungsschutz von Upwork für Stundenverträge abgesichert.
legit-time-tracker-tracker-info = Upwork: Um bei Stundenverträgen Zeit zu erfassen, nutze die Upwork-Desktop-App. Sie zeichnet die Zeit auf und macht gelegentlich Screenshots, aber nur, während du für einen Vertrag Zeit erfasst.
legit-time-tracker-tracker-choice-install = Mache ich. Ich lade sie noch heute von der Upwork-Website herunter.
legit-time-tracker-tracker-choice-check = In Ordnung. Ich lese vorher die Regeln für Stundenverträge in der Upwork-Hilfe.
legit-time-tracker-tracker-choice-check-feedback = Nachprüfen ist eine gute Gewohnheit, und hier bestätigt es, was der Auftraggeber gesagt hat: Die Zeiterfassung ist das Werkzeug von Upwork selbst, von der Upwork-Website geladen, keine Fernsteuerungs-App von Fremden.
legit-time-tracker-tracker-choice-refuse = Ich installiere keine Software für Kunden. Kann ich die Stunden von Hand eintragen?
legit-time-tracker-tracker-choice-refuse-feedback = Eine verständliche Sorge, aber das ist die App der Plattform, von der Plattform heruntergeladen, und sie läuft nur, während du Zeit erfasst. Dem Auftraggeber gibt sie keine Kontrolle über deinen Computer.
legit-time-tracker-manual = Ich verstehe die Sorge. Das ist die App von Upwork selbst, und sie läuft nur, wenn Sie die Zeiterfassung für diesen Vertrag starten; Ihren Computer steuern kann sie nicht. Stunden von Hand einzutragen geht auch, aber dann greift der Zahlungsschutz nicht. Möchten Sie es trotzdem versuchen?
legit-time-tracker-manual-choice-install = So erklärt, ist es in Ordnung. Ich installiere sie von der Upwork-Website.
legit-time-tracker-manual-choice-manual-only = Ich trage meine Stunden trotzdem lieber von Hand ein, auch ohne den Schutz.
legit-time-tracker-manual-choice-leave = Ich habe bei alldem kein gutes Gefühl. Ich beende den Vertrag hier.

legit-time-tracker-diary = Montag: Deine ersten erfassten Stunden erscheinen im Arbeitstagebuch des Vertrags auf Upwork, bereit für die Abrechnung dieser Woche.

legit-time-tracker-insurer = Leider eine Verwaltungsbitte: Unsere Versicherung möchte von allen, die die Adressen unserer Kunden sehen können, einen Ausweis in den Akten. Könnten Sie mir hier im Chat ein Foto Ihres Reisepasses schicken? Ich leite es direkt weiter.
legit-time-tracker-id-choice-send = Natürlich. Es ist ja für Ihre Versicherung, ich fotografiere meinen Pass und hänge ihn hier an.
legit-time-tracker-id-choice-send-feedback = Der Auftraggeber ist ehrlich, aber ein Passfoto im Chat liegt in Chatverläufen und Postfächern, die du nicht kontrollierst, und mit solchen Dokumenten können andere Konten in deinem Namen eröffnen. Bestätige deine Identität nur im Verfahren der Plattform.
legit-time-tracker-id-choice-mark = Na gut. Ich schicke eine Kopie mit „nur für die Versicherung von Fennwick“ quer darüber.
legit-time-tracker-id-choice-mark-feedback = Eine Aufschrift hilft ein wenig, aber der Scan verlässt trotzdem deine Hände und liegt in Chats, die du nicht kontrollierst. Die Identitätsprüfung von Upwork selbst war die Antwort für die Versicherung.
legit-time-tracker-id-choice-upwork = Meinen Pass schicke ich lieber nicht per Chat. Upwork hat mich schon verifiziert; reicht das?
legit-time-tracker-id-choice-upwork-feedback = Richtig: Deine Identität wird im Verfahren der Plattform geprüft, nicht durch Dokumente an einen Auftraggeber. Und er nimmt das Nein sofort an, wie es ein ehrlicher Auftraggeber tut.
legit-time-tracker-id-thanks = Vielen Dank, ich habe es an unsere Versicherung weitergeleitet.
legit-time-tracker-id-ok = Das ist fair, daran hätte ich selbst denken sollen. Ich habe bei der Versicherung nachgefragt: Ihre Identitätsprüfung bei Upwork und der Vertrag reichen ihr.

legit-time-tracker-github = Nächster Schritt: Ich habe Sie in die GitHub-Organisation unserer Firma eingeladen. Bitte nehmen Sie die Einladung mit Ihrem eigenen GitHub-Konto an; das Repository ist privat.
legit-time-tracker-github-invite = GitHub: { $client } hat dich eingeladen, der Organisation Fennwick Freight beizutreten.
legit-time-tracker-github-choice-accept = Angenommen. Ich sehe das Repository und lese gerade die README.
legit-time-tracker-github-choice-own = Mit meinem eigenen Konto angenommen, mit Zwei-Faktor-Anmeldung.
legit-time-tracker-github-choice-own-feedback = Genau so soll es sein: dein eigenes Konto, deine eigene Anmeldung, Zugriff auf den Code des Auftraggebers. Niemand wollte dein Passwort oder dein Gerät.
legit-time-tracker-github-choice-refuse = Ich bleibe lieber auf Upwork. Könnten Sie mir den Code hier als ZIP schicken?
legit-time-tracker-github-choice-refuse-feedback = Die Regel lautet: Gespräche und Zahlungen vor einem Vertrag bleiben auf der Plattform. Hier laufen Vertrag und Zahlung schon über Upwork, und im Code-Repository des Auftraggebers zu arbeiten, gehört ganz normal zum Auftrag.
legit-time-tracker-github-thanks = Perfekt. Die README erklärt die Einrichtung. Bei Fragen einfach hier auf Upwork melden.
legit-time-tracker-zip-reply = Für den Anfang geht das. Für ein längeres Projekt brauchen wir den Code aber an einem Ort, denken Sie bitte noch mal darüber nach.

legit-time-tracker-bonus = Die erste Woche lief richtig gut, und die Disponenten lieben die Kartenansicht! Ich habe Ihnen als Dankeschön einen kleinen Bonus über Upwork geschickt.
legit-time-tracker-bonus-in = Upwork: { $client } hat dir einen Bonus über { MONEY($bonus) } geschickt.
legit-time-tracker-bonus-choice-thanks = Das ist sehr nett von Ihnen, danke! Schön, dass die Karte hilft.
legit-time-tracker-bonus-choice-check = Vielen Dank! Nur damit ich es weiß: Ich muss nichts zurückschicken oder weitergeben, oder?
legit-time-tracker-bonus-choice-check-feedback = Eine gute Frage. Hier lautet die Antwort „nichts“: Der Bonus kam über Upwork, für deine Arbeit, und er gehört dir.
legit-time-tracker-bonus-choice-refund = Geld für nichts kommt mir wie Betrug vor. Ich erstatte es lieber zurück, sorry.
legit-time-tracker-bonus-choice-refund-feedback = Das Warnsignal ist Geld ohne Arbeit oder Geld, das du weiterleiten sollst. Ein Bonus über die Plattform nach einer Woche echter Arbeit ist weder das eine noch das andere.
legit-time-tracker-bonus-reply = Kein Betrug, versprochen! Das kam über die Bonus-Funktion von Upwork, für eine gute erste Woche. Das gehört Ihnen, Sie müssen nichts irgendwohin schicken.

legit-time-tracker-nda = Noch eine Sache: Im Repository stehen die Adressen unserer Kunden, bitte behandeln Sie diese Daten vertraulich. Die Vertraulichkeitsvereinbarung hängt am Vertrag auf Upwork.
legit-time-tracker-nda-choice-agree = Selbstverständlich. Ich habe die Vereinbarung am Vertrag gelesen und bin einverstanden.
legit-time-tracker-nda-choice-ask = Gern. Vertraulich gegenüber Dritten, aber nicht gegenüber Upwork?
legit-time-tracker-nda-choice-ask-feedback = Eine scharfe Unterscheidung. Die Kundendaten eines Auftraggebers zu schützen, ist normal; die Vereinbarung vor der Plattform verstecken zu sollen, wäre es nicht.
legit-time-tracker-nda-choice-refuse = Geheimhaltung ist für mich ein Warnsignal. So etwas unterschreibe ich nicht.
legit-time-tracker-nda-choice-refuse-feedback = Das Warnsignal ist, die Vereinbarung vor der Plattform zu verbergen oder Chats zu löschen. Die Kundendaten eines Auftraggebers zu schützen, ist üblich, und es steht für alle sichtbar im Upwork-Vertrag.
legit-time-tracker-nda-reply = Genau, nur die Daten unserer Kunden. Upwork sieht den ganzen Vertrag, die Vereinbarung eingeschlossen.
legit-time-tracker-nda-no = Das tut mir leid. Ohne die Vereinbarung können wir Ihnen keinen Zugriff auf die Kundendaten geben, deshalb müssen wir den Vertrag hier beenden. Danke für die Arbeit der ersten Woche.
legit-time-tracker-missed-nda = Der Auftrag ist an einer gewöhnlichen Vertraulichkeitsklausel gescheitert. Die Kundendaten eines Auftraggebers zu schützen, gehört zu ehrlicher Arbeit; das Warnsignal ist Geheimhaltung gegenüber der Plattform. Die Stunden, die du gearbeitet hast, wurden dir über Upwork bezahlt.

legit-time-tracker-hired = Du hast einen festen Stundenauftrag. Der Call war mit dem Auftraggeber selbst, die Zeiterfassung war das Werkzeug der Plattform, und Zugriff auf den Code gab es erst, als der Vertrag lief. Ablehnen solltest du nur eine Bitte: das Passfoto per Chat. Die Verifizierung durch Upwork deckte das ab.
legit-time-tracker-hired-manual = Du hast den Auftrag, mit von Hand eingetragenen Stunden. Das geht, aber ohne die Zeiterfassung greift der Zahlungsschutz von Upwork nicht. Die Zeiterfassung war das Werkzeug der Plattform, keine Fernsteuerungs-App. Ablehnen solltest du nur eine Bitte: das Passfoto per Chat.
legit-time-tracker-missed = Du bist von einem ehrlichen Auftraggeber weggegangen. Vorsicht ist gut; hier kam jede Bitte aus den Werkzeugen der Plattform oder nach einem Vertrag. Prüf es das nächste Mal zuerst nach: Die Upwork-Hilfe hätte dir die Zeiterfassung bestätigt.

legit-time-tracker-fine-proxy-verification = Der Videocall war mit dem Auftraggeber selbst, auf Upwork, um dich kennenzulernen, die Person, die die Arbeit macht. Das Warnsignal ist, für jemand anderen vor die Kamera zu sollen oder eine Prüfung zu bestehen.
legit-time-tracker-fine-remote-access = Den eigenen Bildschirm im Call zu teilen und die Zeiterfassung von Upwork von der Upwork-Website zu installieren, gibt niemandem die Kontrolle über deinen Computer. Das Warnsignal ist die Bitte, AnyDesk, TeamViewer oder Ähnliches zu installieren, damit jemand anderes von deinem Gerät aus arbeitet.
legit-time-tracker-fine-off-platform = Die GitHub-Einladung kam, nachdem der Vertrag lief, die Zahlungen blieben auf Upwork, und du bist mit deinem eigenen Konto beigetreten. Riskant ist ein Wechsel weg von der Plattform vor einem Vertrag, oder wenn die Zahlung mitwandert.
legit-time-tracker-fine-easy-money = Der Bonus kam über die Bonus-Funktion von Upwork, nach einer Woche echter Arbeit, und nichts musste zurück oder weiter. Leichtes Geld heißt Bezahlung für wenig oder keine Arbeit, oder Geld, das du weiterleiten sollst.
legit-time-tracker-fine-secrecy = Die Vereinbarung schützte die Kundendaten des Auftraggebers und hing für die Plattform sichtbar am Upwork-Vertrag. Geheimhaltung ist ein Warnsignal, wenn du die Abmachung vor der Plattform verbergen sollst.
