# Szenario „dispatch-dashboard“: ein seriöser Auftraggeber. Ein kleines Logistikunternehmen
# stellt dich auf Upwork für einen Stundenvertrag ein. Variablen: $client (ein Männername),
# $fleet (trucks oder vans), $rate (US-Dollar pro Stunde), $hours (Stunden pro Woche),
# $bonus (US-Dollar).
# Der Auftraggeber ist ein Mann, der den Betrieb leitet, keine Tech-Firma. Er schreibt höflich
# und herzlich, in ganzen Sätzen, mit einem einzigen Emoji in der ganzen Geschichte, und siezt;
# auch die Antworten der Spielerin oder des Spielers siezen ihn.

dispatch-dashboard-title = Das Dispo-Dashboard
dispatch-dashboard-summary = Ein kleines Logistikunternehmen sucht Hilfe bei der Tourenplanung, bezahlt nach Stunden.
dispatch-dashboard-cast-client = { $client }

dispatch-dashboard-invite = { $client } von Fennwick Freight hat dich zu einem Gespräch für den Auftrag „Dashboard für Tourenplanung (Python), stundenweise“ eingeladen.
dispatch-dashboard-hello = Guten Tag, und danke, dass Sie sich unsere Ausschreibung ansehen! Ich bin { $client } und leite den Betrieb bei Fennwick Freight. Wir sind ein kleines Logistikunternehmen mit 14 { $fleet ->
    [trucks] Lkw
   *[vans] Lieferwagen
} und drei Leuten in der Disposition.
dispatch-dashboard-need = Unsere Disponenten planen die Touren noch in einer Tabelle, die uns längst über den Kopf gewachsen ist. Ein paar Python-Skripte haben wir schon, darauf hätten wir gern ein einfaches Dashboard.
dispatch-dashboard-call = Bevor ich Ihnen ein Angebot schicke, hätte ich gern einen 20-minütigen Videocall hier auf Upwork mit unserem Teamleiter. Ehrlicherweise: Bei unserer Größe bin der Teamleiter ich 😄
dispatch-dashboard-call-choice-accept = Klingt gut, gern. Wann passt es Ihnen? Vormittags geht es bei mir am besten.
dispatch-dashboard-call-choice-voice = Telefonieren geht, aber bei neuen Kunden bleibt meine Kamera aus, tut mir leid.
dispatch-dashboard-call-choice-voice-feedback = Kamerascheu ist verständlich, aber hier will der Auftraggeber nur die Person sehen, die er einstellt, im Call von Upwork selbst. Das Warnsignal ist, für jemand anderen vor die Kamera gebeten zu werden.
dispatch-dashboard-call-choice-refuse = Video vor einem Vertrag mache ich lieber nicht. Schriftlich liegt mir besser.
dispatch-dashboard-call-choice-refuse-feedback = Den Auftraggeber selbst kennenzulernen, gehört zu einer ehrlichen Beauftragung. Ein Warnsignal ist es, wenn du für jemand anderen vor die Kamera sollst, und darum ging es hier nicht.
dispatch-dashboard-no-call = Das ist in Ordnung, dann lassen wir den Call weg und klären alles schriftlich. Ich hätte gern ein Gesicht zum Namen gehabt, aber Ihre Bewertungen sprechen für sich.

dispatch-dashboard-call-time = Schön, vielen Dank! Ich starte den Call morgen um 10 Uhr hier aus dem Chat, wenn Ihnen das passt.
dispatch-dashboard-in-call = Upwork-Videocall mit { $client }, 20 Minuten. Du siehst die Dispo-Tabelle und erzählst von zwei deiner bisherigen Projekte.
dispatch-dashboard-screen = Könnten Sie kurz Ihren Bildschirm teilen und mir das Dashboard aus Ihrem letzten Projekt zeigen, von dem Sie erzählt haben? Nur den Bildschirm, sonst nichts.
dispatch-dashboard-screen-choice-window = Natürlich. Ich teile nur das Browserfenster, in dem das Dashboard läuft.
dispatch-dashboard-screen-choice-window-feedback = Gute Angewohnheit. Den Bildschirm im Call zu teilen heißt: Du zeigst etwas und behältst die Kontrolle. Fernzugriff heißt: Jemand anderes steuert deinen Computer. Hier ging es um das Erste.
dispatch-dashboard-screen-choice-control = Klar. Noch einfacher: Ich gebe Ihnen die Steuerung, dann klicken Sie sich selbst durch.
dispatch-dashboard-screen-choice-control-feedback = Den Bildschirm zu zeigen war in Ordnung; die Steuerung abzugeben ging zu weit, auch bei einem ehrlichen Auftraggeber. Wer deine Maus bewegt, kommt an alles auf deinem Computer. Teile den Bildschirm und behalte die Kontrolle.
dispatch-dashboard-screen-choice-refuse = Bildschirm teilen mache ich nicht, tut mir leid. Genau so fängt Betrug mit Fernzugriff an.
dispatch-dashboard-screen-choice-refuse-feedback = Vorsicht ist gut, aber wer im Call selbst seinen Bildschirm zeigt, gibt niemandem die Kontrolle über den Computer. Das Warnsignal ist die Bitte, AnyDesk, TeamViewer oder Ähnliches zu installieren.
dispatch-dashboard-screen-no = Überhaupt kein Problem. Die Screenshots in Ihrem Portfolio reichen mir.
dispatch-dashboard-no-control = Das ist nett, aber nicht nötig. Ich schaue lieber nur zu: Ihr Computer soll Ihrer bleiben.
dispatch-dashboard-call-thanks = Vielen Dank, das hat mir sehr geholfen. Ich schicke Ihnen gleich das Angebot.

dispatch-dashboard-offer = { $client } hat dir auf Upwork ein Angebot geschickt: Stundenvertrag, { MONEY($rate) } pro Stunde, bis zu { $hours } Stunden pro Woche, wöchentlich über Upwork abgerechnet.
dispatch-dashboard-started = Du nimmst das Angebot an. Der Vertrag läuft.
dispatch-dashboard-tracker = Willkommen an Bord! Da wir nach Stunden abrechnen, erfassen Sie Ihre Zeit bitte mit der Upwork-Desktop-App. Laden Sie sie direkt von der Upwork-Website herunter, nicht über einen Link von mir. So sind Ihre Stunden durch den Zahlungsschutz von Upwork für Stundenverträge abgesichert.
dispatch-dashboard-tracker-info = Upwork: Um bei Stundenverträgen Zeit zu erfassen, nutze die Upwork-Desktop-App. Sie zeichnet die Zeit auf und macht gelegentlich Screenshots, aber nur, während du für einen Vertrag Zeit erfasst.
dispatch-dashboard-tracker-choice-check = In Ordnung. Ich lese vorher die Regeln für Stundenverträge in der Upwork-Hilfe und installiere sie dann.
dispatch-dashboard-tracker-choice-check-feedback = Nachprüfen ist eine gute Gewohnheit, und hier bestätigt es, was der Auftraggeber gesagt hat: Die Zeiterfassung ist das Werkzeug von Upwork selbst, von der Upwork-Website geladen, keine Fernsteuerungs-App von Fremden.
dispatch-dashboard-tracker-choice-link = Mache ich. Könnten Sie mir den Download-Link schicken, damit ich die richtige Version habe?
dispatch-dashboard-tracker-choice-link-feedback = Der Auftraggeber hatte gerade gesagt, die App nicht über einen Link von ihm zu holen. Software, die per Link vom Kunden kommt, ist der Weg, auf dem Fernsteuerungsprogramme installiert werden; hol den Tracker selbst von der Upwork-Website.
dispatch-dashboard-tracker-choice-refuse = Ich installiere grundsätzlich keine Software für Kunden. Kann ich die Stunden einfach von Hand eintragen?
dispatch-dashboard-tracker-choice-refuse-feedback = Eine verständliche Sorge, aber das ist die App der Plattform, von der Plattform heruntergeladen, und sie läuft nur, während du Zeit erfasst. Dem Auftraggeber gibt sie keine Kontrolle über deinen Computer.
dispatch-dashboard-manual = Ich verstehe die Sorge. Das ist die App von Upwork selbst, und sie läuft nur, wenn Sie die Zeiterfassung für diesen Vertrag starten; Ihren Computer steuern kann sie nicht. Stunden von Hand einzutragen geht auch, aber dann greift der Zahlungsschutz nicht. Möchten Sie es trotzdem versuchen?
dispatch-dashboard-link-no = Bitte holen Sie sie direkt von der Upwork-Website. Nur dort sollte man sie herunterladen, und Sie haben immer die aktuelle Version.
dispatch-dashboard-manual-choice-install = So erklärt, ist es in Ordnung. Ich installiere sie von der Upwork-Website.
dispatch-dashboard-manual-choice-manual-only = Ich trage meine Stunden trotzdem lieber von Hand ein, auch ohne den Schutz.
dispatch-dashboard-manual-choice-leave = Ich habe bei alldem kein gutes Gefühl. Ich beende den Vertrag hier.

dispatch-dashboard-diary = Montag: Deine ersten erfassten Stunden erscheinen im Arbeitstagebuch des Vertrags auf Upwork, bereit für die Abrechnung dieser Woche.

dispatch-dashboard-insurer = Leider eine Verwaltungsbitte: Unsere Versicherung möchte von allen, die die Adressen unserer Kunden sehen können, einen Ausweis in den Akten. Könnten Sie mir hier im Chat ein Foto Ihres Reisepasses schicken? Ich leite es direkt weiter.
dispatch-dashboard-id-choice-send = Natürlich. Es ist ja für Ihre Versicherung, ich fotografiere meinen Pass und hänge ihn hier an.
dispatch-dashboard-id-choice-send-feedback = Der Auftraggeber ist ehrlich, aber ein Passfoto im Chat liegt in Chatverläufen und Postfächern, die du nicht kontrollierst, und mit solchen Dokumenten können andere Konten in deinem Namen eröffnen. Bestätige deine Identität nur im Verfahren der Plattform.
dispatch-dashboard-id-choice-mark = Na gut. Ich schicke eine Kopie mit „nur für die Versicherung von Fennwick“ quer darüber.
dispatch-dashboard-id-choice-mark-feedback = Eine Aufschrift hilft ein wenig, aber der Scan verlässt trotzdem deine Hände und liegt in Chats, die du nicht kontrollierst. Die Identitätsprüfung von Upwork selbst war die Antwort für die Versicherung.
dispatch-dashboard-id-choice-upwork = Meinen Pass schicke ich lieber nicht per Chat. Upwork hat mich schon verifiziert; reicht das?
dispatch-dashboard-id-choice-upwork-feedback = Richtig: Deine Identität wird im Verfahren der Plattform geprüft, nicht durch Dokumente an einen Auftraggeber. Und er nimmt das Nein sofort an, wie es ein ehrlicher Auftraggeber tut.
dispatch-dashboard-id-thanks = Vielen Dank, ich habe es an unsere Versicherung weitergeleitet.
dispatch-dashboard-id-ok = Das ist fair, daran hätte ich selbst denken sollen. Ich habe bei der Versicherung nachgefragt: Ihre Identitätsprüfung bei Upwork und der Vertrag reichen ihr.

dispatch-dashboard-github = Nächster Schritt: Ich habe Sie in die GitHub-Organisation unserer Firma eingeladen. Bitte nehmen Sie die Einladung mit Ihrem eigenen GitHub-Konto an; das Repository ist privat.
dispatch-dashboard-github-invite = GitHub: { $client } hat dich eingeladen, der Organisation Fennwick Freight beizutreten.
dispatch-dashboard-github-choice-own = Angenommen, mit meinem eigenen Konto und mit eingeschalteter Zwei-Faktor-Anmeldung.
dispatch-dashboard-github-choice-own-feedback = Genau so soll es sein: dein eigenes Konto, deine eigene Anmeldung, Zugriff auf den Code des Auftraggebers. Niemand wollte dein Passwort oder dein Gerät.
dispatch-dashboard-github-choice-later = Ich trete nach der ersten Wochenzahlung bei. Können Sie mir bis dahin ein ZIP schicken?
dispatch-dashboard-github-choice-later-feedback = Auf die erste Zahlung zu warten klingt umsichtig, aber der Vertrag läuft schon und wird über Upwork abgerechnet. Mit dem eigenen Konto dem Code-Repository des Auftraggebers beizutreten gehört ganz normal zur Arbeit.
dispatch-dashboard-github-choice-refuse = Ich bleibe lieber auf Upwork. Könnten Sie mir den Code hier als ZIP schicken?
dispatch-dashboard-github-choice-refuse-feedback = Die Regel lautet: Gespräche und Zahlungen vor einem Vertrag bleiben auf der Plattform. Hier laufen Vertrag und Zahlung schon über Upwork, und im Code-Repository des Auftraggebers zu arbeiten, gehört ganz normal zum Auftrag.
dispatch-dashboard-github-thanks = Perfekt. Die README erklärt die Einrichtung. Bei Fragen einfach hier auf Upwork melden.
dispatch-dashboard-zip-reply = Für den Anfang geht das. Für ein längeres Projekt brauchen wir den Code aber an einem Ort, denken Sie bitte noch mal darüber nach.

dispatch-dashboard-bonus = Die erste Woche lief richtig gut, und die Disponenten lieben die Kartenansicht! Ich habe Ihnen als Dankeschön einen kleinen Bonus über Upwork geschickt.
dispatch-dashboard-bonus-in = Upwork: { $client } hat dir einen Bonus über { MONEY($bonus) } geschickt.
dispatch-dashboard-bonus-choice-thanks = Das ist sehr nett von Ihnen, danke! Schön, dass die Kartenansicht den Disponenten hilft.
dispatch-dashboard-bonus-choice-paypal = Vielen Dank! Nächstes Mal gern per PayPal, dann frisst die Upwork-Gebühr nichts davon.
dispatch-dashboard-bonus-choice-paypal-feedback = Den Bonus zu behalten war in Ordnung; künftige Zahlungen zu PayPal zu verlegen nicht. Außerhalb von Upwork gibt es keinen Nachweis, kein Streitverfahren und keine Zahlungsgarantie. Der ehrliche Auftraggeber lässt das Geld auf der Plattform.
dispatch-dashboard-bonus-choice-refund = Geld für nichts kommt mir wie Betrug vor. Ich erstatte es lieber zurück, wenn das geht.
dispatch-dashboard-bonus-choice-refund-feedback = Das Warnsignal ist Geld ohne Arbeit oder Geld, das du weiterleiten sollst. Ein Bonus über die Plattform nach einer Woche echter Arbeit ist weder das eine noch das andere.
dispatch-dashboard-bonus-reply = Kein Betrug, versprochen! Das kam über die Bonus-Funktion von Upwork, für eine gute erste Woche. Das gehört Ihnen, Sie müssen nichts irgendwohin schicken.
dispatch-dashboard-bonus-upwork = Das ist nett gemeint, aber ich möchte alle Zahlungen auf Upwork lassen. Das ist einfacher für unsere Buchhaltung und schützt auch Sie.

dispatch-dashboard-nda = Noch eine Sache: Im Repository stehen die Adressen unserer Kunden, bitte behandeln Sie diese Daten vertraulich. Die Vertraulichkeitsvereinbarung hängt am Vertrag auf Upwork.
dispatch-dashboard-nda-choice-ask = Gern. Vertraulich gegenüber Dritten, aber nicht gegenüber Upwork?
dispatch-dashboard-nda-choice-ask-feedback = Eine scharfe Unterscheidung. Die Kundendaten eines Auftraggebers zu schützen, ist normal; die Vereinbarung vor der Plattform verstecken zu sollen, wäre es nicht.
dispatch-dashboard-nda-choice-hush = Selbstverständlich. Und gegenüber Upwork erwähne ich unsere Abmachung auch nicht.
dispatch-dashboard-nda-choice-hush-feedback = Die Kundendaten vertraulich zu halten war richtig; die Arbeit vor der Plattform zu verbergen nicht, und niemand hatte darum gebeten. Geheimhaltung gegenüber Upwork ist das Warnsignal, auch als Gefälligkeit angeboten.
dispatch-dashboard-nda-choice-refuse = Geheimhaltung ist für mich ein Warnsignal. So etwas unterschreibe ich nicht.
dispatch-dashboard-nda-choice-refuse-feedback = Das Warnsignal ist, die Vereinbarung vor der Plattform zu verbergen oder Chats zu löschen. Die Kundendaten eines Auftraggebers zu schützen, ist üblich, und es steht für alle sichtbar im Upwork-Vertrag.
dispatch-dashboard-nda-reply = Genau, nur die Daten unserer Kunden. Upwork sieht den ganzen Vertrag, die Vereinbarung eingeschlossen.
dispatch-dashboard-nda-open = Oh, das ist nicht nötig! Upwork sieht den ganzen Vertrag, die Vereinbarung eingeschlossen. Es geht nur um die Daten unserer Kunden.
dispatch-dashboard-nda-no = Das tut mir leid. Ohne die Vereinbarung können wir Ihnen keinen Zugriff auf die Kundendaten geben, deshalb müssen wir den Vertrag hier beenden. Danke für die Arbeit der ersten Woche.
dispatch-dashboard-missed-nda = Der Auftrag ist an einer gewöhnlichen Vertraulichkeitsklausel gescheitert. Die Kundendaten eines Auftraggebers zu schützen, gehört zu ehrlicher Arbeit; das Warnsignal ist Geheimhaltung gegenüber der Plattform. Die Stunden, die du gearbeitet hast, wurden dir über Upwork bezahlt.

dispatch-dashboard-hired = Du hast einen festen Stundenauftrag. Der Call war mit dem Auftraggeber selbst, die Zeiterfassung war das Werkzeug der Plattform, und Zugriff auf den Code gab es erst, als der Vertrag lief. Ablehnen solltest du nur eine Bitte: das Passfoto per Chat. Die Verifizierung durch Upwork deckte das ab.
dispatch-dashboard-hired-manual = Du hast den Auftrag, mit von Hand eingetragenen Stunden. Das geht, aber ohne die Zeiterfassung greift der Zahlungsschutz von Upwork nicht. Die Zeiterfassung war das Werkzeug der Plattform, keine Fernsteuerungs-App. Ablehnen solltest du nur eine Bitte: das Passfoto per Chat.
dispatch-dashboard-missed = Du bist von einem ehrlichen Auftraggeber weggegangen. Vorsicht ist gut; hier kam jede Bitte aus den Werkzeugen der Plattform oder nach einem Vertrag. Prüf es das nächste Mal zuerst nach: Die Upwork-Hilfe hätte dir die Zeiterfassung bestätigt.

dispatch-dashboard-fine-proxy-verification = Der Videocall war mit dem Auftraggeber selbst, auf Upwork, um dich kennenzulernen, die Person, die die Arbeit macht. Das Warnsignal ist, für jemand anderen vor die Kamera zu sollen oder eine Prüfung zu bestehen.
dispatch-dashboard-fine-remote-access = Den eigenen Bildschirm im Call zu teilen und die Zeiterfassung von Upwork von der Upwork-Website zu installieren, gibt niemandem die Kontrolle über deinen Computer. Das Warnsignal ist die Bitte, AnyDesk, TeamViewer oder Ähnliches zu installieren, damit jemand anderes von deinem Gerät aus arbeitet.
dispatch-dashboard-fine-off-platform = Die GitHub-Einladung kam, nachdem der Vertrag lief, die Zahlungen blieben auf Upwork, und du bist mit deinem eigenen Konto beigetreten. Riskant ist ein Wechsel weg von der Plattform vor einem Vertrag, oder wenn die Zahlung mitwandert.
dispatch-dashboard-fine-easy-money = Der Bonus kam über die Bonus-Funktion von Upwork, nach einer Woche echter Arbeit, und nichts musste zurück oder weiter. Leichtes Geld heißt Bezahlung für wenig oder keine Arbeit, oder Geld, das du weiterleiten sollst.
dispatch-dashboard-fine-secrecy = Die Vereinbarung schützte die Kundendaten des Auftraggebers und hing für die Plattform sichtbar am Upwork-Vertrag. Geheimhaltung ist ein Warnsignal, wenn du die Abmachung vor der Plattform verbergen sollst.
