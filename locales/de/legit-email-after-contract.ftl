# Szenario „legit-email-after-contract“: eine seriöse Auftraggeberin. Variablen: $client (ein Name),
# $budget (Dollar, Festpreis), $weekday (tuesday oder thursday).
# Die Auftraggeberin schreibt höflich und klar, wie die Produktleitung einer kleinen Softwarefirma,
# und siezt; die Buchhaltung schreibt kurze, förmliche E-Mails. Die Antworten der Spielerin oder
# des Spielers siezen ebenfalls.

legit-email-after-contract-title = Von LinkedIn zum Vertrag
legit-email-after-contract-summary = Eine Produktleiterin schreibt dich auf LinkedIn wegen eines Barrierefreiheits-Projekts an.
legit-email-after-contract-cast-client = { $client }
legit-email-after-contract-cast-accounts = Fernhill Logistics – Buchhaltung

legit-email-after-contract-request = Neue Nachrichtenanfrage auf LinkedIn von { $client }, Produktleiterin bei Fernhill Logistics. 2 gemeinsame Kontakte.
legit-email-after-contract-hello = Guten Tag! Ich bin { $client }, Produktleiterin bei Fernhill Logistics, einer kleinen Firma, die Buchungssoftware für Lieferdienste entwickelt. Ich habe Ihren Beitrag über Barrierefreiheits-Audits für React-Apps gelesen und fand ihn sehr hilfreich.
legit-email-after-contract-project = Wir brauchen ein Barrierefreiheits-Audit unserer Buchungs-App und anschließend die Korrekturen. Etwa sechs Wochen Arbeit. Hätten Sie Interesse?
legit-email-after-contract-upwork = Wir beauftragen alle Freelancer über Upwork, damit Vertrag und Zahlungen für beide Seiten abgesichert sind. Wenn Sie mögen, lade ich Sie dort zu unserer Ausschreibung ein. Läuft Ihr Upwork-Profil unter demselben Namen wie hier?

legit-email-after-contract-linkedin-choice-accept = Ja, gleicher Name. Ich freue mich über die Einladung auf Upwork.
legit-email-after-contract-linkedin-choice-check = Klingt interessant. Ich schaue mir Ihre Firmenseite und die Ausschreibung an, bevor ich zusage.
legit-email-after-contract-linkedin-choice-check-feedback = Gute Gewohnheit. Hier bestätigt sie die Geschichte: eine echte Firma, eine öffentliche Ausschreibung und eine Auftraggeberin, die den Vertrag auf der Plattform will.
legit-email-after-contract-linkedin-choice-refuse = Tut mir leid, auf Jobangebote von Fremden auf LinkedIn antworte ich nicht.
legit-email-after-contract-linkedin-choice-refuse-feedback = Vorsicht ist gut, aber achte auf die Richtung: Diese Auftraggeberin holt dich auf die Plattform, nicht weg davon. Ein Warnsignal ist es, wenn dich jemand vor jedem Vertrag von einer Plattform in einen privaten Chat drängt.

legit-email-after-contract-no-pressure = Absolut verständlich! Die Ausschreibung ist auf Upwork öffentlich, unter unserem Firmennamen: „Accessibility audit and fixes for a React booking app“, falls Sie selbst nachsehen möchten. Ganz ohne Druck.
legit-email-after-contract-second-choice-look = Ich habe die Ausschreibung auf Upwork gefunden. Gut, schicken Sie mir die Einladung dorthin.
legit-email-after-contract-second-choice-ignore = Ich lasse es, danke.

legit-email-after-contract-invite = Fernhill Logistics hat dich zum Auftrag „Accessibility audit and fixes for a React booking app“ eingeladen. Die Zahlungsmethode des Kunden ist verifiziert.
legit-email-after-contract-up-hello = Schön, dass Sie hier sind! Wie besprochen: Festpreis { GROUPED($budget) } US-Dollar in drei Meilensteinen, der erste ist der Audit-Bericht.
legit-email-after-contract-offer = { $client } hat dir auf Upwork ein Vertragsangebot geschickt: Festpreis { GROUPED($budget) } US-Dollar, drei Meilensteine.
legit-email-after-contract-accepted = Du hast den Vertrag angenommen. Der erste Meilenstein ist finanziert und wird von Upwork verwahrt, bis du lieferst.
legit-email-after-contract-email = Willkommen an Bord! Jetzt, wo der Vertrag steht: Unser Team arbeitet vor allem per E-Mail. Können wir Alltagsfragen dorthin verlegen? Ich schreibe Ihnen von meiner Firmenadresse. Meilensteine, Abnahmen und alle Zahlungen bleiben selbstverständlich hier auf Upwork.

legit-email-after-contract-email-choice-accept = Gern, für Alltagsfragen passt E-Mail.
legit-email-after-contract-email-choice-ask = Passt für mich. Nur zur Sicherheit: Meilensteine und Zahlungen bleiben auf Upwork, richtig?
legit-email-after-contract-email-choice-ask-feedback = Genau das solltest du dir bestätigen lassen, und die Auftraggeberin hat es schon gesagt. Mit unterschriebenem Vertrag und Zahlungen auf der Plattform ist E-Mail für Alltagsdetails üblich und sicher.
legit-email-after-contract-email-choice-refuse = Ich würde lieber die gesamte Kommunikation auf Upwork lassen.
legit-email-after-contract-email-choice-refuse-feedback = Das darfst du, und die Auftraggeberin geht mit. Trotzdem: Der Vertrag steht und die Zahlungen laufen über Upwork, also wäre E-Mail für Alltagsdetails sicher gewesen. Riskant ist ein Wechsel vor dem Vertrag oder ein Wechsel der Zahlung.
legit-email-after-contract-email-choice-leave = Mit dem Wechsel zu E-Mail fangen Betrügereien an. Ich beende den Vertrag.

legit-email-after-contract-stay-here = Gar kein Problem, dann bleiben wir mit allem hier auf Upwork.

legit-email-after-contract-email-in = Neue E-Mail von { $client }, gesendet von einer Adresse von Fernhill Logistics, mit dem Titel des Upwork-Vertrags im Betreff.
legit-email-after-contract-email-hello = Betreff: Kick-off – Barrierefreiheits-Projekt. Hallo! Wie versprochen, hier meine Firmenadresse. Im Anhang finden Sie unseren Styleguide und ein Testkonto für unsere Staging-Umgebung.
legit-email-after-contract-kickoff = Könnten wir am { $weekday ->
    [tuesday] Dienstag
   *[thursday] Donnerstag
} einen 30-minütigen Kick-off per Video machen, mit unserem Entwickler und unserer Designerin? Ich schicke Ihnen eine Kalendereinladung.
legit-email-after-contract-kickoff-choice-accept = { $weekday ->
    [tuesday] Dienstag
   *[thursday] Donnerstag
} passt. Ich bringe eine erste Liste mit Fragen mit.
legit-email-after-contract-kickoff-choice-agenda = Gern. Könnten Sie mit der Einladung eine kurze Agenda schicken?
legit-email-after-contract-kickoff-choice-refuse = Videocalls außerhalb von Upwork mache ich nicht.
legit-email-after-contract-kickoff-choice-refuse-feedback = Nach Vertragsschluss das Team deiner Auftraggeberin selbst zu treffen, über ihr übliches Kalender-Tool, ist ganz normal. Warnsignale wären Fernsteuerungssoftware, die Übergabe eines Kontos oder Zahlungen außerhalb der Plattform.
legit-email-after-contract-agenda-reply = Natürlich: Vorstellungsrunde, die wichtigsten Abläufe in der App und wie Sie Feedback bekommen möchten. Steht alles in der Einladung.
legit-email-after-contract-no-kickoff = Kein Problem, dann schreibe ich die Vorstellungsrunde in eine E-Mail und setze das Team in Kopie.

legit-email-after-contract-accounts-mail = Neue E-Mail von Fernhill Logistics – Buchhaltung, mit { $client } in Kopie.
legit-email-after-contract-accounts-ask = Guten Tag, ich betreue bei Fernhill die Lieferantendaten. Für unsere Buchhaltung brauchen wir Ihre Rechnungsangaben zu diesem Vertrag: Firmenname, Geschäftsadresse und USt-IdNr. oder Steuernummer, genau so, wie sie auf Ihren Rechnungen stehen. Wenn Sie sie in Ihren Steuereinstellungen auf Upwork hinterlegen, erscheinen sie auf den Rechnungen von Upwork; eine PDF-Rechnung von Ihnen geht ebenso. Ausweisdokumente brauchen wir nicht.
legit-email-after-contract-verify-choice-reply = Natürlich. Hier sind mein Firmenname, meine Adresse und meine USt-IdNr., wie auf meinen Rechnungen.
legit-email-after-contract-verify-choice-confirm = Gern. Ich frage nur kurz bei { $client } nach, ob das Ihre Buchhaltung ist.
legit-email-after-contract-verify-choice-confirm-feedback = Ein guter Reflex bei einem neuen Absender: über einen Weg nachfragen, dem du schon vertraust. Hier lautet die Antwort Ja, und es ging nur um normale Rechnungsangaben für einen unterschriebenen Vertrag.
legit-email-after-contract-verify-choice-refuse = Meine Steuernummer schicke ich niemandem per E-Mail.
legit-email-after-contract-verify-choice-refuse-feedback = Deine eigenen Geschäftsdaten auf einer Rechnung für einen unterschriebenen Vertrag sind normale Buchhaltung. Ein Warnsignal ist die Bitte um Passkopien oder persönliche Dokumente, vor allem vor jedem Vertrag.
legit-email-after-contract-confirmed = Ja, das ist unsere Buchhaltung. Danke fürs Nachfragen, sehr vernünftig!
legit-email-after-contract-accounts-fine = Kein Problem. Wenn Sie die Angaben in Ihren Steuereinstellungen auf Upwork hinterlegen, übernehmen wir sie aus den Rechnungen von Upwork.

legit-email-after-contract-client-asks = Eine kleine Verwaltungssache: Unser Steuerbüro braucht Ihre Rechnungsangaben für die Buchhaltung, also Firmenname, Adresse und USt-IdNr. oder Steuernummer, wie auf Ihren Rechnungen. Wenn Sie sie in Ihren Steuereinstellungen auf Upwork hinterlegt haben, stehen sie schon auf den Rechnungen von Upwork. Ausweisdokumente brauchen wir nicht, nur Rechnungsdaten.
legit-email-after-contract-invoice-choice-send = Gern, hier sind sie, wie auf meinen Rechnungen.
legit-email-after-contract-invoice-choice-upwork = Ich hinterlege sie in meinen Steuereinstellungen auf Upwork, dann stehen sie auf den Rechnungen von Upwork.
legit-email-after-contract-invoice-choice-upwork-feedback = Eine saubere Lösung: Die Daten landen dort, wo die Rechnungen ohnehin entstehen. Sie per E-Mail zu schicken, wäre bei einem unterschriebenen Vertrag aber auch in Ordnung gewesen.
legit-email-after-contract-invoice-choice-refuse = Meine Steuernummer gebe ich nicht heraus.
legit-email-after-contract-invoice-choice-refuse-feedback = Firmenname und Steuernummer gehören auf deine Rechnungen; bei einem unterschriebenen Vertrag braucht die Auftraggeberin sie. Ein Warnsignal ist die Bitte um Passkopien oder persönliche Dokumente „für die Einrichtung“.
legit-email-after-contract-client-fine = Verstanden. Unser Steuerbüro meldet sich vielleicht später über Upwork, aber die Arbeit hält das nicht auf.

legit-email-after-contract-paid = Zwei Wochen später auf Upwork: „Meilenstein 1 abgenommen. Zahlung freigegeben.“
legit-email-after-contract-thanks = Der Audit-Bericht ist hervorragend, vielen Dank! Das Team arbeitet Ihre Liste schon ab.

legit-email-after-contract-next-milestone = Meilenstein 2 ist auf Upwork schon finanziert, Sie können mit den Korrekturen anfangen, wann immer es Ihnen passt.

legit-email-after-contract-hired = Du hast den Auftrag und die erste Zahlung. Die LinkedIn-Nachricht führte auf Upwork, zuerst kam der Vertrag, erst danach wurde E-Mail angeboten, und verlangt wurde nur, was auf eine Rechnung gehört.
legit-email-after-contract-missed-early = Du hast eine ehrliche Auftraggeberin abgelehnt. Vorsicht bei Fremden ist sinnvoll; hier hat sie dich aber auf die Plattform gelenkt, also in die sichere Richtung. Schau dir beim nächsten Mal die Ausschreibung an, bevor du entscheidest.
legit-email-after-contract-missed = Du hast einen echten Vertrag beendet. Vorsicht ist gut; hier war der Vertrag auf Upwork unterschrieben und die Zahlungen blieben dort, also war der Wechsel zu E-Mail für den Alltag sicher. Prüf beim nächsten Mal, wohin das Geld geht, bevor du gehst.
