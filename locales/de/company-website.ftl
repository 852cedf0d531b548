# Szenario „company-website“: Eine Recruiterin auf LinkedIn von einer Softwarefirma mit
# gepflegter Website, Unternehmensseite und einem HR-Manager, der per E-Mail schreibt. Jede
# Prüfung über sie führt zu ihr zurück; das Handelsregister führt woandershin.
# Variablen: $recruiter (ein Frauenname), $hr (ein Männername), $monthly (Dollar).
# „Quillmont Software“ ist für diese Geschichte erfunden; den Namen in jeder Sprache behalten.
# Die Recruiterin ist eine Frau, der HR-Manager ein Mann. Beide siezen, schreiben gepflegt,
# freundlich und förmlich, in ganzen Sätzen, ohne Emojis; keiner wird je unhöflich.
# Die spielende Person siezt zurück. Text in eckigen Klammern ist eine Handlung, keine Nachricht.

company-website-title = Ein React-Vertrag über sechs Monate bei einer Zahlungsfirma
company-website-summary = Eine Recruiterin auf LinkedIn bietet einen Remote-Vertrag bei einer Softwarefirma an, die Zahlungstools für Onlineshops baut.
company-website-cast-recruiter = { $recruiter }
company-website-cast-hr = { $hr }

company-website-hello = Guten Morgen, und danke, dass Sie meine Einladung angenommen haben. Ich bin { $recruiter }, Talent Partnerin bei Quillmont Software. Wir bauen Zahlungs- und Rechnungstools für mittelgroße Onlinehändler.
company-website-role = Wir suchen für sechs Monate freie Verstärkung für React auf Senior-Niveau, komplett remote, zu { MONEY($monthly) } im Monat. Ihr Profil ist in unserer Suche aufgefallen, und unser Engineering Lead hat mich gebeten, Sie anzuschreiben.
company-website-role-alt = Es geht um einen Vertrag über sechs Monate für eine erfahrene React-Fachkraft, komplett remote, mit { MONEY($monthly) } im Monat. Unser Engineering Lead ist bei unserer Suche auf Ihr Profil gestoßen und hat mich gebeten, mich bei Ihnen zu melden.
company-website-portfolio-ask = Bevor ich Sie vorschlage: Könnten Sie mir einen Link zu Ihrem Portfolio schicken, oder zu zwei Projekten, auf die Sie stolz sind? Ein öffentliches Repository geht genauso.

company-website-portfolio-choice-send = Gern. Hier ist mein Portfolio; der Checkout-Umbau kommt Ihrem Produkt am nächsten.
company-website-portfolio-choice-first = Schicken Sie mir bitte zuerst den Vertrag und den Namen des Kunden. Meine Arbeit kommt danach.
company-website-portfolio-choice-first-feedback = Nach dem Kunden zu fragen, ist fair, aber ein Portfolio ist zum Zeigen da: Es ist öffentlich, zeigt deine eigene Arbeit, und niemand kann damit etwas auf deinen Namen eröffnen. Es zurückzuhalten, bremst nur einen normalen ersten Schritt.
company-website-portfolio-choice-no = Lieber nicht. Recruiter, die von sich aus schreiben, wollen meist etwas anderes.
company-website-portfolio-choice-no-feedback = Vorsicht bei Recruitern ist gesund, aber diese Bitte war harmlos: Ein Portfolio-Link ist öffentlich und zeigt deine eigene Arbeit. Heb dir das Nein für Dokumente, Logins und die Kontrolle über deinen Computer auf.

company-website-portfolio-shrug = Das verstehe ich, und ich dränge Sie nicht. Lassen Sie mich Ihnen etwas mehr über uns erzählen, dann können Sie entscheiden.
company-website-portfolio-thanks = Vielen Dank. Unserem Lead hat besonders der Checkout-Umbau gefallen, daher würde ich Sie gern in die nächste Runde bringen.
company-website-company = Damit Sie wissen, wer wir sind: Alles steht auf unserer Website und unserer LinkedIn-Seite. Unser HR-Manager, { $hr }, schickt Ihnen heute den Freelancer-Vertrag per E-Mail.
company-website-website = Die Website von Quillmont ist gepflegt: Fallstudien mit Kundenlogos, Teamfotos, eine Büroadresse in den USA, eine Telefonnummer und ein Kontaktformular. Die LinkedIn-Unternehmensseite führt 23 Beschäftigte, darunter { $recruiter } und { $hr }.
company-website-hr-hello = Sehr geehrte Bewerberin, sehr geehrter Bewerber, willkommen in unserem Auswahlverfahren. Anbei finden Sie unseren Standardvertrag für Freelancer zur Durchsicht. Mit freundlichen Grüßen, { $hr }, HR-Manager, Quillmont Software
company-website-hr-pdf = Das PDF trägt das Logo von Quillmont, eine Vertragsnummer und eine Unterschrift. Die E-Mail kam von einer Adresse unter der Domain der Website.
company-website-nda = Ein praktischer Schritt noch: Der Code unseres Kunden ist vertraulich, deshalb beauftragen wir Freelancer über Upwork, mit einer Geheimhaltungsvereinbarung am Vertragsangebot. Sie finden sie dort; sie gilt nur für Code und Daten des Kunden.

company-website-nda-choice-accept = [Das Angebot auf Upwork öffnen, die Vereinbarung durchlesen und dort annehmen]
company-website-nda-choice-accept-feedback = Gut: Eine Geheimhaltungsvereinbarung über den Code eines Kunden, am Vertragsangebot, wo die Plattform sie sieht, ist normal. Sie hält den Code vertraulich, nicht die Abmachung.
company-website-nda-choice-code = Ich unterschreibe eine Geheimhaltungsvereinbarung, wenn ich den Kunden und den Code selbst gesehen habe.
company-website-nda-choice-code-feedback = Diese Bedingung lässt sich nicht erfüllen: Niemand zeigt vertraulichen Code, bevor eine Geheimhaltungsvereinbarung unterschrieben ist. Eine Vereinbarung auf der Plattform, nur für den Code des Kunden, ist ein gewöhnlicher Schritt und verheimlicht Upwork nichts.
company-website-nda-choice-refuse = [Das Angebot auf Upwork ablehnen: Für Freelance-Arbeit unterschreibst du keine Geheimhaltung]
company-website-nda-choice-refuse-feedback = Eine Geheimhaltungsvereinbarung für den Code eines Kunden ist bei Auftragsarbeit üblich, und diese lag auf der Plattform, für Upwork sichtbar. Geheimhaltung ist ein Warnsignal, wenn du die Abmachung selbst verbergen sollst.

company-website-nda-reply = Das ist verständlich. Die Vereinbarung wartet auf Upwork, falls Sie es sich anders überlegen; sie schützt nur den Code unseres Kunden.
company-website-check-offer = Ich kann mir vorstellen, dass Sie wissen möchten, mit wem Sie es zu tun haben, bevor wir weitermachen; das ist heutzutage klug. { $hr } steht gern für ein Telefonat bereit, und auf unserer Website finden Sie alle Angaben.

company-website-check-choice-register = Danke. Ich suche Quillmont selbst im Handelsregister und rufe die Nummer an, die dort steht.
company-website-check-choice-register-feedback = Die richtige Prüfung: Ein Registereintrag und eine Telefonnummer, die du selbst gefunden hast, sind Kanäle, die sie nicht kontrolliert. Ihre Website, ihre Telefonnummern und ihre Kollegen schon.
company-website-check-choice-hr-call = Ein Telefonat mit { $hr } würde mir reichen. Könnte er mich heute Nachmittag anrufen?
company-website-check-choice-hr-call-feedback = Ein Telefonat mit ihrem eigenen Kollegen kann nur ihre Geschichte bestätigen: Scheinfirmen kommen mit einem HR-Manager auf einem zweiten Konto. Prüfe über einen Kanal, den sie nicht kontrolliert, etwa die Nummer der Firma im Handelsregister.
company-website-check-choice-site-call = [Die Telefonnummer auf der Website von Quillmont anrufen und nach dem HR-Manager fragen]
company-website-check-choice-site-call-feedback = Die Nummer auf der Website gehört dem, der die Website gebaut hat. Aussagekräftig ist eine Nummer, die du selbst findest, im Handelsregister oder in einem Verzeichnis, dem du vertraust.

company-website-hr-call = Du sprichst mit { $hr } am Telefon: freundlich, sicher im Ausdruck, er kennt dein Profil und beantwortet jede Frage zur Stelle. Erreicht hast du ihn unter der Nummer von der Website von Quillmont.
company-website-register = Im Handelsregister des Bundesstaats, den die Website nennt, findest du Quillmont Software: eine echte Firma, vor Jahren eingetragen, aber unter einer anderen Adresse und mit einer anderen Telefonnummer, als die Website zeigt.
company-website-switchboard = Du rufst die Nummer aus dem Register an. Die Frau am Empfang ist hilfsbereit: Niemand namens { $recruiter } oder { $hr } arbeitet dort, die Firma stellt Industriewaagen her und hat kein Softwareteam, und sie sucht keine Freelancer. Die Website gehört nicht ihr.
company-website-nudge = Gute Nachrichten: Das Team möchte, dass Sie am Montag anfangen. { $hr } braucht nur noch einen Scan Ihres Reisepasses und ein Selfie, auf dem Sie ihn halten, für die Compliance-Prüfung unseres Kunden. Könnten Sie ihm beides heute mailen?

company-website-reveal-choice-report = [Nichts schicken: sie blockieren und ihr Profil und die Firmenseite bei LinkedIn melden]
company-website-reveal-choice-report-feedback = Genau. Das Register hat gezeigt, dass sich die Website den Namen einer echten Firma geliehen hat, und diese Firma hatte nie von ihr gehört. Nichts zu schicken und still zu melden, hat dich und die nächste Person geschützt.
company-website-reveal-choice-explain = Bevor ich etwas schicke: Können Sie mir erklären, warum im Register eine andere Adresse steht?
company-website-reveal-choice-explain-feedback = Wer sie fragt, lässt sie es wegerklären, und sie hat eine Antwort parat. Wenn eine Prüfung, die sie nicht kontrolliert, ihr widerspricht, glaub der Prüfung: Eine echte Firma ist unter ihrer eingetragenen Nummer zu erreichen.
company-website-reveal-choice-send = [Ihm den Scan und das Selfie mailen: Das Register ist bestimmt nur veraltet]
company-website-reveal-choice-send-feedback = Das Register war die einzige Quelle, die sie nicht kontrolliert, und es hat ihr widersprochen. Dein Pass und ein Selfie, auf dem du ihn hältst, sind genau das, womit jemand Konten eröffnen und Prüfungen in deinem Namen bestehen kann.

company-website-explain = Gut aufgepasst, und danke, dass Sie nachsehen. Der Eintrag gehört zu unserer früheren Holding; wir sind umgezogen, und das Register ist noch nicht nachgezogen. { $hr } schickt Ihnen die Einzelheiten.
company-website-docs-ask = Sehr geehrte Bewerberin, sehr geehrter Bewerber, um Ihr Onboarding abzuschließen, antworten Sie bitte mit einem Scan Ihres Reisepasses, einem Selfie, auf dem Sie ihn halten, und Ihrer Steuer-Identifikationsnummer. Unser Kunde benötigt diese für seine Hintergrundprüfung.

company-website-docs-choice-platform = Ich verifiziere mich nur über die eigene Prüfung von Upwork für diesen Vertrag. Keine Scans per E-Mail.
company-website-docs-choice-platform-feedback = Richtig: Verifiziere dich nur im eigenen Verfahren der Plattform. Ein Passscan, ein Selfie damit und eine Steuernummer per E-Mail würden jemandem erlauben, in deinem Namen zu handeln.
company-website-docs-choice-send = [Ihm mit dem Passscan, dem Selfie damit und deiner Steuer-Identifikationsnummer antworten]
company-website-docs-choice-half = Den Passscan und das Selfie schicke ich jetzt. Die Steuernummer kann warten, bis ich unterschrieben habe.
company-website-docs-choice-half-feedback = Ein Passscan und ein Selfie, auf dem du ihn hältst, sind der wertvollste Teil: Damit kann jemand Identitätsprüfungen als du bestehen. Die Steuernummer zurückzuhalten, ändert daran nichts.

company-website-docs-push = Leider genügt die Prüfung der Plattform den Anforderungen unseres Kunden nicht. Ohne die Unterlagen müssen wir die Stelle morgen der nächsten Person anbieten.

company-website-push-choice-register = [Quillmont selbst im Handelsregister suchen und die Nummer anrufen, die dort steht]
company-website-push-choice-register-feedback = Gut: Wenn der Druck steigt, prüfe über einen Kanal, den sie nicht kontrolliert. Die Nummer im Register sagt dir, was die Website nie sagen würde.
company-website-push-choice-send = [Die Unterlagen heute Abend schicken, statt die Stelle wegen Papierkram zu verlieren]
company-website-push-choice-confirm = Ich schicke sie, sobald { $recruiter } auf LinkedIn bestätigt, dass Sie bei Quillmont arbeiten.
company-website-push-choice-confirm-feedback = Ihre Bestätigung kommt von denselben Leuten: Eine Recruiterin, die für ihren eigenen HR-Manager bürgt, beweist nichts. Prüfe über das Register oder die Plattform, nicht über sie.

company-website-confirm = Ich bestätige gern, dass { $hr } unser HR-Manager ist und seit drei Jahren bei uns arbeitet. Schicken Sie ihm Ihre Unterlagen bitte; alles wird vertraulich behandelt.
company-website-docs-sent = Dein Passscan und das Selfie liegen jetzt im Posteingang von { $hr }.
company-website-access = Vielen Dank, erhalten. Ein letzter Schritt vor Montag: Der Code unseres Kunden verlässt nie seine gesicherte Umgebung, bitte installieren Sie daher AnyDesk und schicken Sie mir die angezeigte ID. Unser IT-Team richtet Ihren Arbeitsplatz dann aus der Ferne ein.

company-website-access-choice-report = [Nichts installieren: beide blockieren und bei LinkedIn und Upwork melden]
company-website-access-choice-report-feedback = Richtig. Kein echter Kunde braucht die Kontrolle über deinen Computer; eine gesicherte Umgebung erreicht man mit dem eigenen Zugang, nicht über AnyDesk. Deine Unterlagen sind noch bei ihnen, also informiere auch deine Bank.
company-website-access-choice-install = [AnyDesk wie gewünscht installieren und { $hr } die angezeigte ID schicken]
company-website-access-choice-spare = Ich installiere es, aber auf meinem alten Laptop, nicht auf dem mit meinen Konten.
company-website-access-choice-spare-feedback = Auch ein alter Laptop ist deine Internetverbindung, deine Adresse und dein Name für die Systeme des Kunden, und wer ihn steuert, arbeitet als du. Keine echte Stelle braucht die Fernsteuerung irgendeines deiner Computer.

company-website-fine-identity-docs = Ein Portfolio-Link ist öffentlich und zeigt deine eigene Arbeit: Jede Recruiterin darf danach fragen, und niemand kann damit etwas auf deinen Namen eröffnen. Die Unterlagen, um die es später ging, ein Passscan und ein Selfie per E-Mail, waren etwas anderes.
company-website-fine-secrecy = Eine Geheimhaltungsvereinbarung für den Code eines Kunden, am Vertragsangebot auf Upwork und für die Plattform sichtbar, ist bei Auftragsarbeit üblich. Zum Warnsignal wird Geheimhaltung, wenn du die Abmachung vor der Plattform verbergen sollst.

company-website-installed = { $hr } verbindet sich und verbringt eine Stunde auf deinem Computer, um „den Arbeitsplatz einzurichten“. Fenster öffnen und schließen sich schneller, als du folgen kannst.
company-website-aftermath = Zwei Wochen später antwortet bei Quillmont niemand mehr, und die Website ist verschwunden. Deine Bank ruft an wegen eines Kontos auf deinen Namen, das du nie beantragt hast.
company-website-compromised = Eine Scheinfirma hat deinen Pass, dein Gesicht und die Kontrolle über deinen Computer bekommen. Damit können andere Konten eröffnen, Prüfungen bestehen und in deinem Namen arbeiten, und was sie tun, führt zu dir. Das kann dich zum Teil eines Betrugs machen, und das rechtliche Risiko bleibt bei dir. Wer getäuscht wurde, ist nicht dasselbe wie jemand, der wissentlich geholfen hat, und sich früh zu melden hilft: Entferne das Fernwartungsprogramm, ändere deine Passwörter von einem anderen Gerät aus, erzähl deiner Bank von den Unterlagen, melde die Profile bei LinkedIn und Upwork und geh mit den E-Mails zur Polizei. Die Seite „Schon betroffen?“ im Spiel (Taste I) nennt die nächsten Schritte.

company-website-reported = Du hast die Firma über einen Kanal geprüft, den sie nicht kontrolliert, und ihre Geschichte hat nicht gehalten. Du hast nichts geschickt, sie blockiert und das Profil und die Seite gemeldet, damit LinkedIn sie sich vor der nächsten Person ansehen kann.
company-website-reported-docs = Du hast nichts installiert, beide blockiert und gemeldet. Deine Unterlagen sind noch in ihren Händen, also informiere deine Bank, achte auf Konten, die auf deinen Namen eröffnet werden, und geh mit den E-Mails zur Polizei.
company-website-gone-quiet = Zwei Tage später ist keine Antwort von { $recruiter } oder der HR-Adresse gekommen, und die Stellenanzeige ist von der Website verschwunden.
company-website-walked-away-quiet = Nichts hat deinen Computer verlassen, und du hast die Firma über ein Register geprüft, das sie nicht kontrolliert. Beide Adressen zu blockieren und das Profil bei LinkedIn zu melden, würde trotzdem die nächste Person warnen, der sie schreibt.
