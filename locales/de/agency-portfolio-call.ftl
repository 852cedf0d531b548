# Szenario „agency-portfolio-call“: ein seriöser Auftraggeber. Ein Videocall auf Upwork, der
# Wechsel zu E-Mail nach dem Vertrag, eine Bildschirmfreigabe und Upworks eigener Zeittracker
# sind hier alle in Ordnung; ablehnen sollte man nur eine kleine erste Aufgabe, die per PayPal
# an Upwork vorbei bezahlt werden soll. Der Auftraggeber akzeptiert das Nein, und der Auftrag
# geht weiter.
# Variablen: $client (Männername: er), $budget (Dollar, Festpreis), $weekday (tuesday oder
# thursday), $small (Dollar für die kleine Aufgabe).
# Ton: locker. Er leitet ein kleines Designstudio und schreibt kurz, umgangssprachlich, oft
# klein, mit kleinen Fehlern eines Nicht-Muttersprachlers (fehlende Artikel), nie zum Spott.
# Anrede: Er duzt, und die spielende Person duzt zurück; die Erzählstimme duzt wie im ganzen Spiel.

agency-portfolio-call-title = Ein Designstudio mit einem React-Projekt
agency-portfolio-call-summary = Ein kleines Studio lädt dich zu einem Festpreis-Auftrag ein und möchte dich vorher kennenlernen.
agency-portfolio-call-cast-client = { $client }

agency-portfolio-call-hello = Hi! { $client } hier, von Northlight Studio. Wir sind kleine Designagentur, 6 Leute 👋 Dein Portfolio hat uns sehr gefallen, deshalb hab ich dich zu unserem Job „Marketing-Website in React“ eingeladen.
agency-portfolio-call-job = budget ist fest, { MONEY($budget) }, 3 Meilensteine über Upwork. 5 Seiten, Design ist fertig in Figma
agency-portfolio-call-call = Vor dem Angebot hätten wir gern kurzen Videocall hier auf Upwork, 20 Min, am { $weekday ->
    [tuesday] Dienstag
   *[thursday] Donnerstag
}? Wollen 2 deiner alten Projekte mit dir zusammen durchgehen.
agency-portfolio-call-call-choice-after = Gern, aber erst nach dem Angebot. Vor einem Vertrag mache ich keine Calls.
agency-portfolio-call-call-choice-after-feedback = So stellen sorgfältige Auftraggeber ein: Sie wollen vor dem Angebot sehen, wer die Arbeit macht. Der Call war auf Upwork, und du warst darin du selbst; da gab es nichts bis nach dem Vertrag aufzuschieben.
agency-portfolio-call-call-choice-who = Gern. Wer ist von eurer Seite dabei, nur du oder auch dein Designer?
agency-portfolio-call-call-choice-who-feedback = Nachfragen ist immer in Ordnung. Ein Auftraggeber, der dich vor der Zusage auf der Plattform kennenlernen will, macht seine Hausaufgaben.
agency-portfolio-call-call-choice-refuse = Videocalls mit Kunden mache ich lieber nicht. Können wir das schriftlich durchgehen?
agency-portfolio-call-call-choice-refuse-feedback = Einen Auftraggeber selbst zu treffen, im eigenen Call der Plattform, ist normal. Das Warnsignal ist, für jemand anderen vor die Kamera zu sollen.
agency-portfolio-call-call-held = { $weekday ->
    [tuesday] Dienstag
   *[thursday] Donnerstag
}: ein 20-minütiger Call auf Upwork mit { $client } und seinem Designer. Du führst sie durch zwei deiner Projekte.
agency-portfolio-call-no-call = hm ok, dann schriftlich. dauert bisschen länger, aber passt

agency-portfolio-call-after-call = Danke! Angebot kommt heute. Vorher noch eine kleine Sache
agency-portfolio-call-side-task = unsere alte Landingpage hat kaputtes Kontaktformular. für dich vielleicht 1 Stunde Fix
agency-portfolio-call-side-pay = Kannst du das diese Woche machen, bevor der Vertrag startet? Ich zahle { MONEY($small) } direkt per PayPal, dann sparen wir beide die Upwork-Gebühr 😉
agency-portfolio-call-side-choice-accept = Stimmt, bei so einem kleinen Job tut die Gebühr uns beiden weh. PayPal ist okay für mich.
agency-portfolio-call-side-choice-accept-feedback = Dieser Auftraggeber ist ehrlich, aber hinter einem Job, der an Upwork vorbei bezahlt wird, stehen kein Vertrag, kein Verlauf und kein Streitverfahren. Mit einem kleinen Meilenstein auf Upwork hättest du den Job und deinen Schutz behalten.
agency-portfolio-call-side-choice-once = Okay, einmal PayPal, weil es so klein ist. Alles danach läuft über Upwork.
agency-portfolio-call-side-choice-once-feedback = Ein kleiner Job außerhalb von Upwork ist trotzdem ein Job ohne Vertrag, ohne Nachweis und ohne Streitverfahren, und mit „nur dieses eine Mal“ fängt die Gewohnheit an. Ein kleiner Extra-Meilenstein hätte den Job und deinen Schutz behalten.
agency-portfolio-call-side-choice-ask = Alle Zahlungen laufen bei mir über Upwork, auch kleine. Kannst du es einfach ins Angebot packen?
agency-portfolio-call-side-choice-ask-feedback = Richtig: Du behältst den Job, und die Zahlung bleibt auf der Plattform. Und sieh, wie gelassen der Auftraggeber das Nein nimmt; so reagiert ein ehrlicher Auftraggeber.
agency-portfolio-call-side-ok = super, ich zahl, wenn es gefixt ist 👍
agency-portfolio-call-side-milestone = Ah ok, fair, hast recht. Ich nehm es als Extra-Meilenstein ins Angebot, { MONEY($small) }.

agency-portfolio-call-offer = { $client } hat dir auf Upwork ein Vertragsangebot geschickt: Festpreis, { MONEY($budget) }, in Meilensteinen bezahlt.
agency-portfolio-call-email = Angebot ist raus! Wenn du annimmst, machen wir die Spec-Details per E-Mail weiter, unser PM in Kopie. Zahlungen bleiben natürlich hier auf Upwork.
agency-portfolio-call-email-choice-accept = Angenommen. Für die Spec ist E-Mail okay, die Meilensteine bleiben hier.
agency-portfolio-call-email-choice-invoice = Angenommen. Wenn es für eure Buchhaltung einfacher ist, kann ich die Meilensteine per E-Mail abrechnen.
agency-portfolio-call-email-choice-invoice-feedback = E-Mail für die Spec war in Ordnung, Zahlungen sind etwas anderes: Außerhalb von Upwork gibt es keinen Nachweis, kein Streitverfahren und keine Zahlungsgarantie. Der ehrliche Auftraggeber lässt sie auf der Plattform.
agency-portfolio-call-email-choice-refuse = Angenommen, aber ich bleibe lieber auch beim Reden hier. Gibt gerade zu viel E-Mail-Betrug.
agency-portfolio-call-email-choice-refuse-feedback = Vorsicht ist gut, aber Vertrag und Zahlungen laufen hier schon über Upwork. Danach die Alltagsdetails per E-Mail zu besprechen, ist üblich und sicher.
agency-portfolio-call-stay-here = ok kein Problem, dann bleibt alles hier
agency-portfolio-call-pay-here = danke, aber nein, zahlungen bleiben auf Upwork, ist sicherer für beide. nur die spec-sachen gehen per mail

agency-portfolio-call-email-hello-spec = Hi nochmal, danke fürs Annehmen! Spec hängt an (PDF). Meilenstein 1 = Startseite. Unser PM plant das Kickoff für nächste Woche.
agency-portfolio-call-email-hello = Willkommen an Bord 🎉 spec ist im PDF. PM schickt Einladung zum Kickoff für nächste Woche.

agency-portfolio-call-meet = Zum Kickoff-Call am Montag: Kannst du deinen Bildschirm teilen und dein lokales Setup zeigen? Unser Dev will sehen, wie du baust, dann ist Übergabe später leicht.
agency-portfolio-call-meet-choice-window = Gut. Ich teile nur das Editorfenster, nicht den ganzen Desktop.
agency-portfolio-call-meet-choice-anydesk = Klar. Noch einfacher: Euer Dev kriegt einen AnyDesk-Code und schaut sich selbst um.
agency-portfolio-call-meet-choice-anydesk-feedback = Um eine Bildschirmfreigabe ging es, um mehr nicht. Ein AnyDesk-Code gibt jemand anderem die Kontrolle über deinen Computer, und das ist der Kern der Proxy-Masche; biete ihn nicht an, auch nicht einem ehrlichen Auftraggeber.
agency-portfolio-call-meet-choice-refuse = Mit Bildschirmfreigabe fangen Fernzugriffs-Maschen an. Sorry, lieber nicht.
agency-portfolio-call-meet-choice-refuse-feedback = Vorsichtig, aber den Bildschirm im Call zu zeigen heißt nicht, die Kontrolle abzugeben. Du bestimmst, was sie sehen, beendest es, wann du willst, und niemand sonst bewegt deine Maus.
agency-portfolio-call-meet-no = kein Stress. dann reicht auch kurzes README mit den Setup-Schritten
agency-portfolio-call-no-anydesk = Oh, nicht nötig! Teil einfach Bildschirm, keiner von uns soll auf deinem Rechner sein.
agency-portfolio-call-meet-done = Montag: der Kickoff-Call. Du teilst deinen Editor und zeigst ihrem Entwickler den Build. Niemand außer dir fasst deinen Computer an.
agency-portfolio-call-side-paid = { $client } hat { MONEY($small) } per PayPal für das Kontaktformular gezahlt. Diesmal ging es gut, aber hinter diesem Job stehen kein Vertrag, kein Verlauf und kein Streitverfahren auf Upwork.

agency-portfolio-call-tracker = Und eine Sache für später: der Wartungsteil wird stündlich abgerechnet, mit Upworks eigenem Zeittracker in der Upwork-Desktop-App. Du installierst sie von der Upwork-Seite; sie zählt Zeit und macht Screenshots nur, solange du unseren Vertrag trackst.
agency-portfolio-call-tracker-choice-install = Gut, ich hole mir die Upwork-Desktop-App von Upworks Seite, wenn es losgeht.
agency-portfolio-call-tracker-choice-own = Ich erfasse die Stunden lieber in meinem eigenen Tracker und schicke dir einen Wochenbericht.
agency-portfolio-call-tracker-choice-own-feedback = Stunden aus deinem eigenen Tracker fallen nicht unter den Stundenschutz von Upwork, und die Plattform kann sie nicht prüfen. Die Upwork-App ist das eigene Werkzeug der Plattform, von ihrer Seite installiert, und gibt niemandem die Kontrolle über deinen Computer.
agency-portfolio-call-tracker-choice-refuse = Was Screenshots macht, kommt nicht auf meinen Rechner, auch nicht die App von Upwork.
agency-portfolio-call-fixed-only = Okay, dann bleiben wir erstmal beim Festpreis-Teil. Freue mich auf Zusammenarbeit!
agency-portfolio-call-not-fit = Hm. Ehrlich, wir brauchen jemanden, mit dem es einfach läuft, und Call und Tracker sind bei uns normal. Ich glaube, wir nehmen anderen Freelancer. Sorry, und viel Glück 🙏

agency-portfolio-call-hired = Du hast den Auftrag, und jede Zahlung ist auf Upwork geblieben. Was nach Betrugsmustern aussah (ein Call auf Upwork, E-Mail nach dem Vertrag, eine Bildschirmfreigabe, Upworks eigener Tracker), gehörte hier ganz normal zu einem echten Projekt.
agency-portfolio-call-hired-side = Du hast den Auftrag, und { $client } hat das Kontaktformular wie versprochen bezahlt. Trotzdem lief dieser kleine Job an Upwork vorbei: kein Vertrag, kein Verlauf, kein Streitverfahren, falls etwas schiefgegangen wäre. Schlägt ein Auftraggeber so etwas vor, bitte stattdessen um einen Meilenstein auf der Plattform; ein ehrlicher Auftraggeber wie dieser sagt Ja.
agency-portfolio-call-hired-fixed = Du hast den Auftrag. Weil du den plattformeigenen Zeittracker abgelehnt hast, fällt der Stundenteil weg, aber das Projekt läuft, sicher auf Upwork.
agency-portfolio-call-missed = Der Auftraggeber hat sich für jemand anderen entschieden. Vorsicht ist gut, aber ein Videocall auf Upwork und Upworks eigener Zeittracker gehören ganz normal zur Arbeit, und wer beides ablehnt, ist schwer zu beauftragen. Ablehnen solltest du eine andere Bitte: Bezahlung an der Plattform vorbei.

agency-portfolio-call-fine-proxy-verification = Ein Auftraggeber, der dich vor der Zusage per Videocall auf Upwork treffen will, prüft, dass du du bist. Das Warnsignal ist, für jemand anderen vor die Kamera zu sollen; hier hast du nur dein eigenes Gesicht gezeigt, für deine eigene Arbeit.
agency-portfolio-call-fine-off-platform = Die Spec-Details per E-Mail zu besprechen war in Ordnung: Es kam nach dem Vertrag, und die Zahlungen blieben auf Upwork. Ablehnen solltest du das Geld-Angebot: einen kleinen Job per PayPal an Upwork vorbei, ohne Vertrag und ohne Streitverfahren.
agency-portfolio-call-fine-remote-access = Deinen eigenen Bildschirm im Call zu teilen und Upworks eigenen Zeittracker von Upworks Seite zu installieren, lässt dir die Kontrolle über deinen Computer. Fernsteuerungs-Tools wie AnyDesk oder Chrome Remote Desktop geben diese Kontrolle an jemand anderen ab, und danach hat hier niemand gefragt.
