# Szenario „legit-email-after-contract“: ein seriöser Auftraggeber. Variablen: $client (ein
# Männername), $budget (Dollar, Festpreis), $share (Dollar, das Honorar einer Designerin),
# $weekday (tuesday oder thursday).
# Der Auftraggeber ist ein Mann, Produktleiter einer kleinen Softwarefirma. Er schreibt höflich,
# in ganzen Sätzen, ohne Emoji, und duzt (ein lockeres Tech-Team); die Antworten der Spielerin
# oder des Spielers duzen ihn ebenfalls.
# Die Buchhaltung schreibt kurze, förmliche E-Mails und siezt; Antworten an sie siezen auch.

legit-email-after-contract-title = Ein Barrierefreiheits-Audit für eine Buchungs-App
legit-email-after-contract-summary = Ein Produktleiter schreibt dich auf LinkedIn wegen sechs Wochen Barrierefreiheits-Arbeit an einer React-App an.
legit-email-after-contract-cast-client = { $client }
legit-email-after-contract-cast-accounts = Fernhill Logistics – Buchhaltung

legit-email-after-contract-request = Neue Nachrichtenanfrage auf LinkedIn von { $client }, Produktleiter bei Fernhill Logistics. Ihr habt zwei gemeinsame Kontakte.
legit-email-after-contract-hello = Hallo! Ich bin { $client }, Produktleiter bei Fernhill Logistics, einer kleinen Firma, die Buchungssoftware für Lieferdienste baut. Ich habe deinen Beitrag über Barrierefreiheits-Audits für React-Apps gelesen und fand ihn wirklich hilfreich.
legit-email-after-contract-project = Wir brauchen ein Barrierefreiheits-Audit unserer Buchungs-App und danach die Korrekturen, ungefähr sechs Wochen Arbeit. Hättest du daran Interesse?
legit-email-after-contract-upwork = Wir beauftragen alle Freelancer über Upwork, damit Vertrag und Zahlungen für beide Seiten abgesichert sind. Wenn du magst, lade ich dich dort zu unserer Ausschreibung ein. Läuft dein Upwork-Profil unter demselben Namen wie hier?

legit-email-after-contract-linkedin-choice-accept = Ja, derselbe Name. Schick mir die Einladung auf Upwork, ich antworte dort noch heute.
legit-email-after-contract-linkedin-choice-check = Klingt interessant. Ich schaue mir eure Firmenseite und die Ausschreibung an, bevor ich antworte.
legit-email-after-contract-linkedin-choice-check-feedback = Gute Angewohnheit. Hier bestätigt sie die Geschichte: eine echte Firma, eine öffentliche Ausschreibung und ein Auftraggeber, der den Vertrag auf der Plattform will.
legit-email-after-contract-linkedin-choice-refuse = Danke, aber von Fremden auf LinkedIn nehme ich keine Aufträge an. Da gibt es zu viele falsche Recruiter.
legit-email-after-contract-linkedin-choice-refuse-feedback = Vorsicht ist gut, aber achte auf die Richtung: Dieser Auftraggeber holt dich auf die Plattform, nicht von ihr weg. Das Warnsignal ist der Druck, vor jedem Vertrag von einer Plattform in einen privaten Chat zu wechseln.

legit-email-after-contract-no-pressure = Absolut verständlich. Die Ausschreibung steht öffentlich auf Upwork unter unserem Firmennamen: „Accessibility audit and fixes for a React booking app“, falls du selbst nachsehen willst. Ganz ohne Druck.
legit-email-after-contract-second-choice-look = Ich habe die Ausschreibung auf Upwork gefunden, sie passt. Gut, schick mir die Einladung dort.
legit-email-after-contract-second-choice-apply = Ich bewerbe mich selbst auf die Ausschreibung, dann beginnt alles auf Upwork.
legit-email-after-contract-second-choice-ignore = Eine Ausschreibung ist genauso schnell angelegt wie eine Nachricht. Ich lasse es, danke.

legit-email-after-contract-invite = Fernhill Logistics hat dich zum Auftrag „Accessibility audit and fixes for a React booking app“ eingeladen. Die Zahlungsmethode des Auftraggebers ist verifiziert.
legit-email-after-contract-up-hello = Danke, dass du hierher gekommen bist! Wie versprochen: Festpreis { MONEY($budget) } in drei Meilensteinen, der erste ist der Audit-Bericht.
legit-email-after-contract-offer = { $client } hat dir auf Upwork ein Vertragsangebot geschickt: Festpreis { MONEY($budget) }, drei Meilensteine.
legit-email-after-contract-accepted = Du hast den Vertrag angenommen. Der erste Meilenstein ist finanziert und wird von Upwork verwahrt, bis du lieferst.
legit-email-after-contract-email = Willkommen an Bord! Jetzt, wo der Vertrag steht: Unser Team lebt in E-Mails. Können wir Alltagsfragen dorthin verlegen? Ich schreibe dir von meiner Firmenadresse. Meilensteine, Abnahmen und alle Zahlungen bleiben natürlich hier auf Upwork.

legit-email-after-contract-email-choice-accept = Klar, E-Mail passt für Alltagsfragen. Die Zahlungen bleiben hier, wie du sagst.
legit-email-after-contract-email-choice-ask = Passt mir. Nur zur Sicherheit: Meilensteine und Zahlungen bleiben auf Upwork, ja?
legit-email-after-contract-email-choice-ask-feedback = Genau das Richtige zum Nachfragen, und der Auftraggeber hatte es schon gesagt. Mit unterschriebenem Vertrag und Zahlungen auf der Plattform ist E-Mail für den Alltag üblich und sicher.
legit-email-after-contract-email-choice-refuse = Ich behalte lieber alles auf Upwork, dann gibt es einen Nachweis, falls etwas schiefgeht.
legit-email-after-contract-email-choice-refuse-feedback = Das darfst du, und der Auftraggeber geht mit. Trotzdem: Der Vertrag ist unterschrieben und die Zahlung bleibt auf Upwork, E-Mail für den Alltag wäre also sicher gewesen. Riskant ist der Wechsel vor einem Vertrag oder ein Wechsel der Zahlung.

legit-email-after-contract-stay-here = Kein Problem, dann bleiben wir mit allem hier auf Upwork.

legit-email-after-contract-email-in = Neue E-Mail von { $client }, von einer Adresse von Fernhill Logistics, mit dem Titel des Upwork-Vertrags im Betreff.
legit-email-after-contract-email-hello = Betreff: Kickoff – Barrierefreiheits-Projekt. Hallo! Wie versprochen, hier ist meine Firmenadresse. Im Anhang findest du unseren Styleguide und ein Testkonto für unsere Staging-Seite.
legit-email-after-contract-kickoff = Sollen wir am { $weekday ->
    [tuesday] Dienstag
   *[thursday] Donnerstag
} einen 30-minütigen Kickoff per Video machen, mit unserem Entwickler und unserer Designerin? Ich schicke dir eine Kalendereinladung.
legit-email-after-contract-kickoff-choice-accept = { $weekday ->
    [tuesday] Dienstag
   *[thursday] Donnerstag
} passt mir. Ich bringe eine erste Liste mit Fragen zum Buchungsablauf mit.
legit-email-after-contract-kickoff-choice-agenda = Gern. Kannst du mit der Kalendereinladung eine kurze Tagesordnung schicken?
legit-email-after-contract-kickoff-choice-refuse = Videocalls außerhalb von Upwork mache ich lieber nicht. Geht der Kickoff auch schriftlich?
legit-email-after-contract-kickoff-choice-refuse-feedback = Das Team deines Auftraggebers nach unterschriebenem Vertrag selbst kennenzulernen, über dessen üblichen Kalender, ist normal. Warnsignale wären, Fernsteuerungssoftware zu installieren, ein Konto abzugeben oder außerhalb der Plattform bezahlt zu werden.
legit-email-after-contract-agenda-reply = Natürlich: Vorstellungsrunde, die wichtigsten Wege durch die App und wie du Feedback bekommen möchtest. Steht in der Einladung.
legit-email-after-contract-no-kickoff = Kein Problem. Dann schreibe ich die Vorstellung in eine E-Mail und setze das Team in Kopie.

legit-email-after-contract-accounts-mail = Neue E-Mail von Fernhill Logistics – Buchhaltung, { $client } in Kopie.
legit-email-after-contract-accounts-ask = Guten Tag, ich betreue bei Fernhill die Lieferantendaten. Für unsere Buchhaltung benötigen wir Ihre Rechnungsangaben zu diesem Vertrag: Firmenname, Geschäftsadresse und USt-IdNr. oder Steuernummer, genau wie auf Ihren Rechnungen. Wenn Sie diese in Ihren Upwork-Steuereinstellungen hinterlegen, erscheinen sie auf den Rechnungen von Upwork; eine PDF-Rechnung von Ihnen genügt ebenfalls. Ausweisdokumente benötigen wir nicht.
legit-email-after-contract-verify-choice-reply = Gern. Hier sind Firmenname, Adresse und USt-IdNr., wie auf meinen Rechnungen.
legit-email-after-contract-verify-choice-confirm = Gern. Ich bestätige nur kurz mit { $client }, dass Sie seine Buchhaltung sind.
legit-email-after-contract-verify-choice-confirm-feedback = Ein guter Reflex bei einem neuen Absender: über einen Weg prüfen, dem du schon vertraust. Hier lautet die Antwort Ja, und verlangt waren gewöhnliche Rechnungsdaten für einen unterschriebenen Vertrag.
legit-email-after-contract-verify-choice-refuse = Meine Steuernummer schicke ich nie per E-Mail. Genau danach fragen zu viele Phishing-Mails.
legit-email-after-contract-verify-choice-refuse-feedback = Deine eigenen Geschäftsdaten auf einer Rechnung für einen unterschriebenen Vertrag sind normale Buchhaltung. Das Warnsignal ist die Bitte um Passkopien oder persönliche Dokumente, vor allem vor einem Vertrag.
legit-email-after-contract-confirmed = Ja, das ist unsere Buchhaltung. Danke fürs Nachfragen, das ist gute Praxis.
legit-email-after-contract-accounts-fine = Kein Problem. Wenn Sie die Angaben in Ihren Upwork-Steuereinstellungen hinterlegen, übernehmen wir sie von den Upwork-Rechnungen.

legit-email-after-contract-client-asks = Noch eine kleine Verwaltungssache: Unser Buchhalter braucht deine Rechnungsangaben, also Firmenname, Adresse und USt-IdNr. oder Steuernummer, so wie auf deinen Rechnungen. Wenn du sie in deinen Upwork-Steuereinstellungen eingetragen hast, stehen sie schon auf den Upwork-Rechnungen. Keine Ausweisdokumente, nur Rechnungsdaten.
legit-email-after-contract-invoice-choice-send = Klar, hier sind sie, genau so, wie sie auf meinen Rechnungen stehen.
legit-email-after-contract-invoice-choice-upwork = Ich trage sie in meinen Upwork-Steuereinstellungen ein, dann stehen sie auf den Upwork-Rechnungen.
legit-email-after-contract-invoice-choice-upwork-feedback = Eine saubere Lösung: Die Daten landen dort, wo die Rechnungen ohnehin entstehen. Sie per E-Mail zu schicken, wäre bei einem unterschriebenen Vertrag aber auch in Ordnung gewesen.
legit-email-after-contract-invoice-choice-refuse = Meine Steuernummer gebe ich lieber nicht heraus. Betrüger sammeln solche Daten.
legit-email-after-contract-invoice-choice-refuse-feedback = Firmenname und Steuernummer gehören auf deine Rechnungen; ein Auftraggeber braucht sie für einen unterschriebenen Vertrag. Das Warnsignal ist die Bitte um Passkopien oder persönliche Dokumente, „um alles einzurichten“.
legit-email-after-contract-client-fine = Verstanden. Unser Buchhalter meldet sich vielleicht später über Upwork, aber die Arbeit hält das nicht auf.

legit-email-after-contract-paid = Zwei Wochen später auf Upwork: „Meilenstein 1 abgenommen. Zahlung freigegeben.“
legit-email-after-contract-thanks = Der Audit-Bericht ist ausgezeichnet, danke! Das Team arbeitet deine Liste schon ab.

legit-email-after-contract-designer = Noch eine Frage vor Meilenstein 2. Für die Farbkorrekturen brauchen wir eine Designerin, und wir würden gern eine Freelancerin dazuholen, mit der wir schon gearbeitet haben; sie ist nicht auf Upwork. Damit der Papierkram einfach bleibt: Kann ich ihr Honorar von { MONEY($share) } auf deinen Meilenstein 2 draufschlagen, und du bezahlst sie davon?
legit-email-after-contract-designer-choice-forward = Das geht. Schlag es auf Meilenstein 2 drauf, ich zahle sie, sobald Upwork freigibt.
legit-email-after-contract-designer-choice-forward-feedback = Der Auftraggeber meint es gut, aber du würdest Geld für jemand anderen empfangen und weiterschicken. Nach genau diesem Muster werden Finanzagenten angeworben, und alles läuft über dein Konto und deine Buchhaltung.
legit-email-after-contract-designer-choice-favour = Na gut, dem Projekt zuliebe. Ich leite ihren Anteil sofort an sie weiter.
legit-email-after-contract-designer-choice-favour-feedback = Hilfsbereit, aber Geld, das für jemand anderen über dein Konto läuft, wird dir zugerechnet. Sauber ist ein direkter Vertrag zwischen dem Auftraggeber und der Designerin.
legit-email-after-contract-designer-choice-direct = Ich leite lieber kein Geld für andere weiter. Kannst du sie nicht direkt bezahlen?
legit-email-after-contract-designer-choice-direct-feedback = Richtig: Du nimmst nur Geld für deine eigene Arbeit an. Und sieh, wie gelassen der Auftraggeber das Nein nimmt; so reagiert ein ehrlicher Auftraggeber.
legit-email-after-contract-designer-added = Danke, das hilft uns sehr. Ich habe ihr Honorar auf Meilenstein 2 aufgeschlagen.
legit-email-after-contract-designer-ok = Fair, und unserem Buchhalter ist das auch lieber. Sie bekommt einen eigenen Vertrag.

legit-email-after-contract-next-milestone = Meilenstein 2 ist jetzt auf Upwork finanziert, du kannst mit den Korrekturen anfangen, wann immer du so weit bist.

legit-email-after-contract-hired = Du hast den Auftrag und die erste Zahlung. Die LinkedIn-Nachricht führte auf Upwork, der Vertrag kam zuerst, E-Mail erst danach, verlangt wurden nur Angaben, die auf eine Rechnung gehören, und die Designerin wird direkt bezahlt.
legit-email-after-contract-hired-forwarded = Du hast den Auftrag und die erste Zahlung, von einem ehrlichen Auftraggeber. Eines solltest du ändern: Das Honorar der Designerin läuft jetzt über dein Konto. Geld, das du für jemand anderen empfängst und weiterschickst, wird dir zugerechnet, und es ist dasselbe Muster, mit dem Finanzagenten angeworben werden. Bitte beim nächsten Mal um einen direkten Vertrag für die andere Person.
legit-email-after-contract-missed-early = Du hast einen ehrlichen Auftraggeber ziehen lassen. Vorsicht bei Fremden ist vernünftig; hier hat er dich aber auf die Plattform gelenkt, also in die sichere Richtung. Sieh dir beim nächsten Mal die Ausschreibung an, bevor du entscheidest.

legit-email-after-contract-fine-off-platform = Die LinkedIn-Nachricht hat dich auf Upwork gebracht, nicht weg davon, und der Wechsel zu E-Mail kam erst nach einem unterschriebenen Vertrag, während jede Zahlung auf der Plattform blieb. Den Unterschied machen die Richtung des Wechsels und sein Zeitpunkt.
legit-email-after-contract-fine-identity-docs = Firmenname, Adresse und Steuernummer gehören auf jede Rechnung, und ein Auftraggeber mit unterschriebenem Vertrag braucht sie für die Buchhaltung. Eine Bitte um Passkopien oder persönliche Dokumente, vor einem Vertrag oder per Chat, wäre etwas anderes gewesen.
