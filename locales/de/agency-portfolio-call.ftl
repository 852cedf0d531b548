# Szenario „agency-portfolio-call“: ein seriöser Auftraggeber. Variablen: $client (ein Name),
# $budget (Dollar, Festpreis), $weekday (tuesday oder thursday).
# Die Auftraggeberin schreibt höflich und klar, wie die Projektleitung eines kleinen Studios,
# im kollegialen Du, wie es in Designstudios üblich ist.

agency-portfolio-call-title = Ein Designstudio mit einem React-Projekt
agency-portfolio-call-summary = Ein kleines Studio lädt dich zu einem Festpreis-Auftrag ein und möchte dich vorher kennenlernen.
agency-portfolio-call-cast-client = { $client }

agency-portfolio-call-hello = Hallo! Ich bin { $client } von Northlight Studio, einer kleinen Designagentur. Uns gefällt dein Portfolio, deshalb haben wir dich zu unserer Ausschreibung „Marketing-Website in React“ eingeladen.
agency-portfolio-call-call = Das Budget liegt fest bei { GROUPED($budget) } US-Dollar, bezahlt in drei Meilensteinen über Upwork. Bevor wir dir das Angebot schicken: Könnten wir am { $weekday ->
    [tuesday] Dienstag
   *[thursday] Donnerstag
} einen 20-minütigen Videocall hier auf Upwork machen? Wir würden gern zwei deiner bisherigen Projekte mit dir durchgehen.
agency-portfolio-call-call-choice-accept = Klar, das passt. Ich zeige euch die beiden Projekte.
agency-portfolio-call-call-choice-who = Gern. Wer ist von eurer Seite beim Call dabei?
agency-portfolio-call-call-choice-who-feedback = Nachfragen ist immer in Ordnung. Wer dich vor einer Beauftragung auf der Plattform kennenlernen möchte, macht einfach seine Hausaufgaben.
agency-portfolio-call-call-choice-refuse = Tut mir leid, Videocalls mit Kunden mache ich nicht.
agency-portfolio-call-call-choice-refuse-feedback = Dich selbst mit einem Auftraggeber im Call der Plattform zu treffen, ist normal. Ein Warnsignal ist es, wenn du für jemand anderen vor die Kamera sollst.
agency-portfolio-call-no-call = Kein Problem, dann gehen wir die Projekte schriftlich durch. Das dauert nur etwas länger.

agency-portfolio-call-offer = { $client } hat dir auf Upwork ein Vertragsangebot geschickt: Festpreis { GROUPED($budget) } US-Dollar, drei Meilensteine.
agency-portfolio-call-email = Das Angebot ist raus! Sobald du es angenommen hast, würden wir die Details der Spezifikation gern per E-Mail besprechen, mit unserer Projektmanagerin in Kopie. Die Zahlungen laufen natürlich weiter über Upwork.
agency-portfolio-call-email-choice-accept = Angenommen. Für die Spezifikation passt E-Mail, die Meilensteine bleiben auf Upwork.
agency-portfolio-call-email-choice-refuse = Ich kommuniziere nur über Upwork, nicht per E-Mail.
agency-portfolio-call-email-choice-refuse-feedback = Vorsicht ist gut, aber hier laufen Vertrag und Zahlungen schon über Upwork. Danach Alltagsdetails per E-Mail zu klären, ist üblich und sicher.
agency-portfolio-call-stay-here = Alles klar, dann besprechen wir alles hier.

agency-portfolio-call-email-hello-spec = Hallo noch einmal, und danke fürs Annehmen! Die Spezifikation hängt an. Meilenstein 1 ist die Startseite; unser PM lädt nächste Woche zum Kickoff ein.
agency-portfolio-call-email-hello = Willkommen an Bord! Anbei die Spezifikation als PDF. Unsere Projektmanagerin schickt dir noch eine Einladung zum Kick-off nächste Woche.
agency-portfolio-call-tracker = Noch etwas für später: Die Wartung rechnen wir stundenweise ab, mit der Zeiterfassung von Upwork in der Upwork-Desktop-App. Die installierst du von der Upwork-Website; sie zeichnet nur Zeit und Screenshots auf, während du Zeit für diesen Vertrag erfasst.
agency-portfolio-call-tracker-choice-install = Passt, ich installiere die Upwork-Desktop-App von der Upwork-Website, wenn es so weit ist.
agency-portfolio-call-tracker-choice-check = Klingt gut. Ich schaue mir vorher die Bedingungen für die Stundenabrechnung im Vertrag an.
agency-portfolio-call-tracker-choice-check-feedback = Nachprüfen ist eine gute Gewohnheit. Hier bestätigt es die Angaben des Studios: Die Zeiterfassung gehört zur Plattform und ist kein Fernsteuerungsprogramm.
agency-portfolio-call-tracker-choice-refuse = Ich installiere für Kunden grundsätzlich keine Software.
agency-portfolio-call-tracker-choice-leave = Das klingt nach Betrug. Ich bin raus.
agency-portfolio-call-fixed-only = Okay, dann bleiben wir erst mal beim Festpreis-Teil. Wir freuen uns auf die Zusammenarbeit mit dir!

agency-portfolio-call-hired-fixed = Du hast den Auftrag. Weil du die Zeiterfassung der Plattform abgelehnt hast, entfällt der stundenweise Teil, aber das Projekt läuft weiter, sicher über Upwork.
agency-portfolio-call-hired = Du hast den Auftrag. Der Call, der Wechsel zu E-Mail nach Vertragsschluss und die Zeiterfassung der Plattform waren ganz normale Teile eines echten Projekts.
agency-portfolio-call-missed = Du hast dich von einem ehrlichen Auftraggeber abgewandt. Vorsicht ist gut, doch hier blieb jede Bitte auf der Plattform oder kam erst nach dem Vertrag. Prüf beim nächsten Mal nach, bevor du gehst.
