# Szenario „accessibility-audit“: ein seriöser Auftraggeber. Variablen: $client (ein
# Männername), $budget (Dollar, Festpreis), $share (Dollar, das Honorar einer Designerin),
# $weekday (tuesday oder thursday).
# Der Auftraggeber ist ein Mann, Produktleiter einer kleinen Softwarefirma. Er schreibt höflich,
# in ganzen Sätzen, ohne Emoji, und duzt (ein lockeres Tech-Team); die Antworten der Spielerin
# oder des Spielers duzen ihn ebenfalls.
# Die Buchhaltung schreibt kurze, förmliche E-Mails und siezt; Antworten an sie siezen auch.

accessibility-audit-title = Ein Barrierefreiheits-Audit für eine Buchungs-App
accessibility-audit-summary = Ein Produktleiter schreibt dich auf LinkedIn wegen sechs Wochen Barrierefreiheits-Arbeit an einer React-App an.
accessibility-audit-cast-client = { $client }
accessibility-audit-cast-accounts = Fernhill Logistics – Buchhaltung

accessibility-audit-request = Neue Nachrichtenanfrage auf LinkedIn von { $client }, Produktleiter bei Fernhill Logistics. Du hast zwei gemeinsame Kontakte mit ihm.
accessibility-audit-hello = Hallo! Ich bin { $client }, Produktleiter bei Fernhill Logistics, einer kleinen Firma, die Buchungssoftware für Lieferdienste baut. Ich habe deinen Beitrag über Barrierefreiheits-Audits für React-Apps gelesen und fand ihn wirklich hilfreich.
accessibility-audit-project = Wir brauchen ein Barrierefreiheits-Audit unserer Buchungs-App und danach die Korrekturen, ungefähr sechs Wochen Arbeit. Hättest du daran Interesse?
accessibility-audit-upwork = Wir beauftragen alle Freelancer über Upwork, damit Vertrag und Zahlungen für beide Seiten abgesichert sind. Wenn du magst, lade ich dich dort zu unserer Ausschreibung ein. Läuft dein Upwork-Profil unter demselben Namen wie hier?

accessibility-audit-linkedin-choice-accept = Ja, derselbe Name. Schick mir die Einladung auf Upwork, ich antworte dort noch heute.
accessibility-audit-linkedin-choice-brief = Welches Upwork-Konto mir gehört, sage ich lieber nicht. Schick mir erst mal hier die Projektbeschreibung und dein Budget.
accessibility-audit-linkedin-choice-brief-feedback = Dein Konto für dich zu behalten klingt vorsichtig, hält das Gespräch hier aber auf LinkedIn, weg von der Plattform. Dieser Auftraggeber will Beschreibung, Honorar und Vertrag auf Upwork, und genau dort gehören sie hin.
accessibility-audit-linkedin-choice-refuse = Danke, aber von Fremden auf LinkedIn nehme ich keine Aufträge an. Da gibt es zu viele falsche Recruiter.
accessibility-audit-linkedin-choice-refuse-feedback = Vorsicht ist gut, aber achte auf die Richtung: Dieser Auftraggeber holt dich auf die Plattform, nicht von ihr weg. Das Warnsignal ist der Druck, vor jedem Vertrag von einer Plattform in einen privaten Chat zu wechseln.

accessibility-audit-no-pressure = Absolut verständlich. Die Ausschreibung steht öffentlich auf Upwork unter unserem Firmennamen: „Accessibility audit and fixes for a React booking app“, falls du selbst nachsehen willst. Ganz ohne Druck.
accessibility-audit-second-choice-look = Ich habe die Ausschreibung auf Upwork gefunden, sie passt. Gut, schick mir die Einladung dort.
accessibility-audit-second-choice-papers = Bevor es weitergeht: Schick mir den Handelsregisterauszug der Firma und eine Kopie deines Ausweises.
accessibility-audit-second-choice-ignore = Eine Ausschreibung ist genauso schnell angelegt wie eine Nachricht. Ich lasse es, danke.
accessibility-audit-goodbye = Verstehe. Die Ausschreibung bleibt auf Upwork offen, falls du es dir anders überlegst. Alles Gute für deine Arbeit!

accessibility-audit-invite = Fernhill Logistics hat dich zum Auftrag „Accessibility audit and fixes for a React booking app“ eingeladen. Die Zahlungsmethode des Auftraggebers ist verifiziert.
accessibility-audit-up-hello = Danke, dass du hierher gekommen bist! Wie versprochen: Festpreis { MONEY($budget) } in drei Meilensteinen, der erste ist der Audit-Bericht.
accessibility-audit-offer = { $client } hat dir auf Upwork ein Vertragsangebot geschickt: Festpreis { MONEY($budget) }, drei Meilensteine.
accessibility-audit-accepted = Du hast den Vertrag angenommen. Der erste Meilenstein ist finanziert und wird von Upwork verwahrt, bis du lieferst.
accessibility-audit-email = Willkommen an Bord! Jetzt, wo der Vertrag steht: Unser Team lebt in E-Mails. Können wir Alltagsfragen dorthin verlegen? Ich schreibe dir von meiner Firmenadresse. Meilensteine, Abnahmen und alle Zahlungen bleiben natürlich hier auf Upwork.

accessibility-audit-email-choice-accept = Klar, für Alltagsfragen passt mir E-Mail. Meilensteine und Zahlungen bleiben hier, wie du sagst.
accessibility-audit-email-choice-invoice = Klar. Und ab jetzt könnte ich dir direkt Rechnungen schicken, dann sparen wir uns beide die Upwork-Gebühr.
accessibility-audit-email-choice-invoice-feedback = E-Mail für Alltagsfragen war in Ordnung, Zahlungen sind etwas anderes. Außerhalb von Upwork gibt es keinen Nachweis, kein Streitverfahren und keine Zahlungsgarantie, weder für dich noch für den Auftraggeber. Der ehrliche Auftraggeber sagt deshalb Nein.
accessibility-audit-email-choice-refuse = Ich behalte lieber alles auf Upwork, dann gibt es einen Nachweis, falls etwas schiefgeht.
accessibility-audit-email-choice-refuse-feedback = Das darfst du, und der Auftraggeber geht mit. Trotzdem: Der Vertrag ist unterschrieben und die Zahlung bleibt auf Upwork, E-Mail für den Alltag wäre also sicher gewesen. Riskant ist der Wechsel vor einem Vertrag oder ein Wechsel der Zahlung.

accessibility-audit-stay-here = Kein Problem, dann bleiben wir mit allem hier auf Upwork.
accessibility-audit-fees-stay = Nett, dass du an die Gebühr denkst, aber lass uns alle Zahlungen auf Upwork lassen. So bezahlen wir alle unsere Freelancer, und es schützt auch dich. E-Mail ist nur für Fragen.

accessibility-audit-email-in = Neue E-Mail von { $client }, von einer Adresse von Fernhill Logistics, mit dem Titel des Upwork-Vertrags im Betreff.
accessibility-audit-email-hello = Betreff: Kickoff – Barrierefreiheits-Projekt. Hallo! Wie versprochen, hier ist meine Firmenadresse. Im Anhang findest du unseren Styleguide und ein Testkonto für unsere Staging-Seite.
accessibility-audit-kickoff = Sollen wir am { $weekday ->
    [tuesday] Dienstag
   *[thursday] Donnerstag
} einen 30-minütigen Kickoff per Video machen, mit unserem Entwickler und unserer Designerin? Ich schicke dir eine Kalendereinladung.
accessibility-audit-kickoff-choice-accept = { $weekday ->
    [tuesday] Dienstag
   *[thursday] Donnerstag
} passt mir. Ich bringe eine erste Liste mit Fragen zum Buchungsablauf mit.
accessibility-audit-kickoff-choice-ids = Gern, sobald du mir von allen, die dazukommen, eine Ausweiskopie geschickt hast.
accessibility-audit-kickoff-choice-ids-feedback = Wissen zu wollen, wen man trifft, ist verständlich, aber Ausweiskopien sind weit mehr, als ein Kickoff braucht. Die Namen, die Teamseite der Firma und der unterschriebene Upwork-Vertrag hätten die Frage beantwortet.
accessibility-audit-kickoff-choice-refuse = Videocalls außerhalb von Upwork lasse ich lieber aus. Können wir den Kickoff stattdessen schriftlich machen?
accessibility-audit-kickoff-choice-refuse-feedback = Das Team deines Auftraggebers nach unterschriebenem Vertrag selbst kennenzulernen, über dessen üblichen Kalender, ist normal. Warnsignale wären, Fernsteuerungssoftware zu installieren, ein Konto abzugeben oder außerhalb der Plattform bezahlt zu werden.
accessibility-audit-ids-reply = Ausweisdokumente geben wir leider nicht herum. Du findest uns alle drei auf der Teamseite unserer Firma und auf LinkedIn, und in der Einladung stehen unsere Namen. Bis zum Call!
accessibility-audit-no-kickoff = Kein Problem. Dann schreibe ich die Vorstellung in eine E-Mail und setze das Team in Kopie.

accessibility-audit-accounts-mail = Neue E-Mail von Fernhill Logistics – Buchhaltung, { $client } in Kopie.
accessibility-audit-accounts-ask = Guten Tag, ich betreue bei Fernhill die Lieferantendaten. Für unsere Buchhaltung benötigen wir Ihre Rechnungsangaben zu diesem Vertrag: Firmenname, Geschäftsadresse und USt-IdNr. oder Steuernummer, genau wie auf Ihren Rechnungen. Wenn Sie diese in Ihren Upwork-Steuereinstellungen hinterlegen, erscheinen sie auf den Rechnungen von Upwork; eine PDF-Rechnung von Ihnen genügt ebenfalls. Ausweisdokumente benötigen wir nicht.
accessibility-audit-verify-choice-confirm = Gern. Ich bestätige nur kurz mit { $client }, dass Sie seine Buchhaltung sind.
accessibility-audit-verify-choice-confirm-feedback = Ein guter Reflex bei einem neuen Absender: über einen Weg prüfen, dem du schon vertraust. Hier lautet die Antwort Ja, und verlangt waren gewöhnliche Rechnungsdaten für einen unterschriebenen Vertrag.
accessibility-audit-verify-choice-extra = Gern. Hier sind meine Angaben, dazu ein Passscan, falls Sie den für Ihre Unterlagen auch brauchen.
accessibility-audit-verify-choice-extra-feedback = Gefragt waren Rechnungsangaben, und die Buchhaltung hat ausdrücklich geschrieben, dass sie keine Ausweisdokumente braucht. Ein Passscan per E-Mail liegt danach in Postfächern, die du nicht kontrollierst; weise dich nur über das eigene Verfahren der Plattform aus.
accessibility-audit-verify-choice-refuse = Meine Steuernummer schicke ich nie per E-Mail. Genau danach fragen zu viele Phishing-Mails.
accessibility-audit-verify-choice-refuse-feedback = Deine eigenen Geschäftsdaten auf einer Rechnung für einen unterschriebenen Vertrag sind normale Buchhaltung. Das Warnsignal ist die Bitte um Passkopien oder persönliche Dokumente, vor allem vor einem Vertrag.
accessibility-audit-confirmed = Ja, das ist unsere Buchhaltung. Danke fürs Nachfragen, das ist gute Praxis.
accessibility-audit-accounts-fine = Kein Problem. Wenn Sie die Angaben in Ihren Upwork-Steuereinstellungen hinterlegen, übernehmen wir sie von den Upwork-Rechnungen.
accessibility-audit-scan-deleted = Vielen Dank, die Rechnungsangaben genügen uns. Ausweisdokumente bewahren wir nicht auf, daher habe ich den Passscan gelöscht. Bitte schicken Sie ihn Auftraggebern nicht per E-Mail.

accessibility-audit-client-asks = Noch eine kleine Verwaltungssache: Unser Buchhalter braucht deine Rechnungsangaben, also Firmenname, Adresse und USt-IdNr. oder Steuernummer, so wie auf deinen Rechnungen. Wenn du sie in deinen Upwork-Steuereinstellungen eingetragen hast, stehen sie schon auf den Upwork-Rechnungen. Keine Ausweisdokumente, nur Rechnungsdaten.
accessibility-audit-invoice-choice-send = Klar. Hier sind Firmenname, Adresse und USt-IdNr., genau so, wie sie auf meinen Rechnungen stehen.
accessibility-audit-invoice-choice-later = Die schicke ich, sobald der letzte Meilenstein bezahlt ist. Bis dahin bleibt meine Steuernummer privat.
accessibility-audit-invoice-choice-later-feedback = Firmenname und Steuernummer gehören auf deine Rechnungen, und ein Auftraggeber mit unterschriebenem Vertrag braucht sie jetzt für die Buchhaltung, nicht erst am Ende. Das Warnsignal ist die Bitte um Passscans oder persönliche Dokumente.
accessibility-audit-invoice-choice-refuse = Meine Steuernummer gebe ich lieber gar nicht heraus. Genau solche Daten sammeln Betrüger.
accessibility-audit-invoice-choice-refuse-feedback = Firmenname und Steuernummer gehören auf deine Rechnungen; ein Auftraggeber braucht sie für einen unterschriebenen Vertrag. Das Warnsignal ist die Bitte um Passkopien oder persönliche Dokumente, „um alles einzurichten“.
accessibility-audit-client-fine = Verstanden. Unser Buchhalter meldet sich vielleicht später über Upwork, aber die Arbeit hält das nicht auf.

accessibility-audit-paid = Zwei Wochen später auf Upwork: „Meilenstein 1 abgenommen. Zahlung freigegeben.“
accessibility-audit-thanks = Der Audit-Bericht ist ausgezeichnet, danke! Das Team arbeitet deine Liste schon ab.

accessibility-audit-designer = Noch eine Frage vor Meilenstein 2. Für die Farbkorrekturen brauchen wir eine Designerin, und wir würden gern eine Freelancerin dazuholen, mit der wir schon gearbeitet haben; sie ist nicht auf Upwork. Damit der Papierkram einfach bleibt: Kann ich ihr Honorar von { MONEY($share) } auf deinen Meilenstein 2 draufschlagen, und du bezahlst sie davon?
accessibility-audit-designer-choice-forward = Das geht. Schlag es auf Meilenstein 2 drauf, ich zahle sie am selben Tag, an dem Upwork freigibt.
accessibility-audit-designer-choice-forward-feedback = Der Auftraggeber meint es gut, aber du würdest Geld für jemand anderen empfangen und weiterschicken. Nach genau diesem Muster werden Finanzagenten angeworben, und alles läuft über dein Konto und deine Buchhaltung.
accessibility-audit-designer-choice-favour = Na gut, dem Projekt zuliebe. Ich leite ihren Anteil weiter, sobald er da ist.
accessibility-audit-designer-choice-favour-feedback = Hilfsbereit, aber Geld, das für jemand anderen über dein Konto läuft, wird dir zugerechnet. Sauber ist ein direkter Vertrag zwischen dem Auftraggeber und der Designerin.
accessibility-audit-designer-choice-direct = Ich leite lieber kein Geld für andere weiter. Kannst du sie nicht direkt bezahlen?
accessibility-audit-designer-choice-direct-feedback = Richtig: Du nimmst nur Geld für deine eigene Arbeit an. Und sieh, wie gelassen der Auftraggeber das Nein nimmt; so reagiert ein ehrlicher Auftraggeber.
accessibility-audit-designer-added = Danke, das hilft uns sehr. Ich habe ihr Honorar auf Meilenstein 2 aufgeschlagen.
accessibility-audit-designer-ok = Fair, und unserem Buchhalter ist das auch lieber. Sie bekommt einen eigenen Vertrag.

accessibility-audit-next-milestone = Meilenstein 2 ist jetzt auf Upwork finanziert, du kannst mit den Korrekturen anfangen, wann immer du so weit bist.

accessibility-audit-hired = Du hast den Auftrag und die erste Zahlung. Die LinkedIn-Nachricht führte auf Upwork, der Vertrag kam zuerst, E-Mail erst danach, verlangt wurden nur Angaben, die auf eine Rechnung gehören, und die Designerin wird direkt bezahlt.
accessibility-audit-hired-forwarded = Du hast den Auftrag und die erste Zahlung, von einem ehrlichen Auftraggeber. Eines solltest du ändern: Das Honorar der Designerin läuft jetzt über dein Konto. Geld, das du für jemand anderen empfängst und weiterschickst, wird dir zugerechnet, und es ist dasselbe Muster, mit dem Finanzagenten angeworben werden. Bitte beim nächsten Mal um einen direkten Vertrag für die andere Person.
accessibility-audit-missed-early = Du hast einen ehrlichen Auftraggeber ziehen lassen. Vorsicht bei Fremden ist vernünftig; hier hat er dich aber auf die Plattform gelenkt, also in die sichere Richtung. Sieh dir beim nächsten Mal die Ausschreibung an, bevor du entscheidest.

accessibility-audit-fine-off-platform = Die LinkedIn-Nachricht hat dich auf Upwork gebracht, nicht weg davon, und der Wechsel zu E-Mail kam erst nach einem unterschriebenen Vertrag, während jede Zahlung auf der Plattform blieb. Den Unterschied machen die Richtung des Wechsels und sein Zeitpunkt.
accessibility-audit-fine-identity-docs = Firmenname, Adresse und Steuernummer gehören auf jede Rechnung, und ein Auftraggeber mit unterschriebenem Vertrag braucht sie für die Buchhaltung. Eine Bitte um Passkopien oder persönliche Dokumente, vor einem Vertrag oder per Chat, wäre etwas anderes gewesen.
