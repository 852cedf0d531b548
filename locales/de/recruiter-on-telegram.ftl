# Szenario „recruiter-on-telegram“: eine ehrliche Recruiterin einer Softwareagentur,
# Larchwood Software, die für die Terminabsprache von LinkedIn zu Telegram oder WhatsApp wechselt.
# Variablen: $recruiter (ein Frauenname: Wörter über sie stehen in der weiblichen Form),
# $monthly (Dollar im Monat), $weekday (tuesday oder thursday, für einen Selektor).
# Ton: locker und freundlich, Deutsch ist nicht ihre Muttersprache (kleine Fehler: ein
# fehlendes Artikelwort, „der Kunde wollen“), nie zum Lachen. Sie siezt; die Antworten der
# Spielerin oder des Spielers siezen ebenfalls. Manche Nachrichten beginnen klein, wenige
# tragen ein Emoji. Hinweise und Rückmeldungen an die spielende Person duzen, wie überall.

recruiter-on-telegram-title = Eine React-Stelle über eine Recruiterin auf LinkedIn
recruiter-on-telegram-summary = Eine Recruiterin auf LinkedIn hat eine sechsmonatige Remote-Stelle bei einem Kunden ihrer Agentur.
recruiter-on-telegram-cast-recruiter = { $recruiter }

recruiter-on-telegram-li-request = Neue Nachrichtenanfrage auf LinkedIn von { $recruiter }, Recruiterin bei Larchwood Software.
recruiter-on-telegram-li-hello = Hallo! Ich bin { $recruiter }, Recruiterin bei Larchwood Software. Wir sind Softwareagentur mit etwa 80 Leuten, wir bauen Web-Apps für Kunden in Europa. Ich habe Ihre React-Projekte auf GitHub gesehen, sie sehen wirklich solide aus.
recruiter-on-telegram-li-offer = Wir haben Stelle für sechs Monate bei unserem Kunden, einer Logistikfirma. Remote, Vollzeit, { MONEY($monthly) } pro Monat. Der Vertrag ist mit Larchwood, auf Ihren Namen, oder über unseren Employer of Record, wenn das in Ihrem Land einfacher ist. Haben Sie Interesse an ein Gespräch?
recruiter-on-telegram-li-move = auf LinkedIn schaue ich nur paar Mal am Tag 😅 für Termine ist Telegram oder WhatsApp einfacher. Was benutzen Sie? Dann schreibe ich Ihnen dort

recruiter-on-telegram-move-choice-check = Gern. Ich schaue mir Larchwood erst selbst an, dann wechseln wir.
recruiter-on-telegram-move-choice-check-feedback = Gute Gewohnheit: Du prüfst die Firma über ihre eigene Website und ihre eigenen Kontakte, nicht über etwas, das sie dir geschickt hat. Genau diese Prüfung zählt.
recruiter-on-telegram-move-choice-stay = Ich würde lieber vorerst hier auf LinkedIn bleiben, wenn das okay ist.
recruiter-on-telegram-move-choice-stay-feedback = Das darfst du, und sie geht mit. Ein Messenger für Terminabsprachen ist nicht an sich die Gefahr: Entscheidend ist, ob du weißt, wer sie ist, und ob Vertrag und Bezahlung ihren Schutz behalten.
recruiter-on-telegram-move-choice-pass = Jobgespräche im Messenger sind mir nicht geheuer. Ich passe, danke.
recruiter-on-telegram-move-choice-pass-feedback = Ein Messenger für Terminabsprachen ist nicht an sich die Gefahr. Entscheidend ist, ob du über Wege, die sie nicht kontrolliert, prüfen kannst, wer sie ist, und ob Vertrag und Bezahlung auf deinen eigenen Namen laufen. Beides war hier leicht herauszufinden.

recruiter-on-telegram-stay-reply = Klar, kein Problem, dann machen wir hier weiter.

recruiter-on-telegram-switchboard = Du suchst Larchwood Software selbst. Auf der eigenen Website steht die Stelle auf der Karriereseite. Du rufst die Büronummer von der Kontaktseite an, und am Empfang wird bestätigt, dass { $recruiter } im Recruiting-Team arbeitet.
recruiter-on-telegram-colleague = Du suchst Larchwood Software selbst und findest die Stelle auf der Karriereseite. Du schreibst an die allgemeine Adresse auf der Website; ein Kollege antwortet von der Firmendomain: Ja, { $recruiter } gehört zum Recruiting, und die Stelle ist offen.

recruiter-on-telegram-msg-hello = hallo, hier ist { $recruiter } von Larchwood 👋 danke fürs Hinzufügen!
recruiter-on-telegram-role = Also zur Stelle. Kunde ist Logistikfirma in den Niederlanden, sie bauen neue App für ihre Fahrer. Sie wären in unserem Team mit zwei anderen Entwicklern von Larchwood, React und bisschen Node.
recruiter-on-telegram-contract-how = Vertrag und Bezahlung laufen über Larchwood, oder über unseren Employer of Record, wenn Sie möchten. Jeden Monat auf Ihr eigenes Bankkonto, auf Ihren Namen.
recruiter-on-telegram-ask-video = Nächster Schritt ist Videointerview mit unserem Tech Lead, 45 Minuten, am { $weekday ->
    [tuesday] Dienstag
   *[other] Donnerstag
}. Bitte mit Kamera, sie möchten sehen, mit wem sie arbeiten. Später auch ein kurzer Call mit dem Kunden.

recruiter-on-telegram-video-choice-invite = Gern, mit Kamera. Schicken Sie die Einladung bitte von Ihrer Firmenadresse.
recruiter-on-telegram-video-choice-invite-feedback = Gut: Eine Einladung von der eigenen Adresse der Firma verbindet das Interview mit der Firma, die du prüfen kannst.
recruiter-on-telegram-video-choice-refuse = Ich wäre lieber nicht vor der Kamera. Ginge das stattdessen per Chat?
recruiter-on-telegram-video-choice-refuse-feedback = Ein Videogespräch als du selbst, für eine Arbeit, die du selbst machst, ist normal. Das Warnsignal ist, wenn du für jemand anderen auftreten sollst.
recruiter-on-telegram-video-choice-uneasy = Videointerviews sind mir inzwischen nicht mehr geheuer. Da passe ich.
recruiter-on-telegram-video-choice-uneasy-feedback = Vorsicht mit Kameras ist verständlich, aber dieses Interview war mit dir, für eine Arbeit, die du selbst machen würdest, bei einer Agentur, die du prüfen konntest. Das Warnsignal ist, wenn du für jemand anderen auftreten sollst.

recruiter-on-telegram-video-why = Hm, für uns ist Video Standard, der Kunde wollen die Person sehen, die wirklich die Arbeit macht. Sie stellen Sie ein, nicht einen Lebenslauf. Geht das so für Sie?
recruiter-on-telegram-video-again-agree = Verstehe. Buchen Sie den Termin, ich bin dabei.
recruiter-on-telegram-video-again-test = Könnten Sie mir stattdessen eine Testaufgabe schicken? Ohne Video, sorry.
recruiter-on-telegram-video-again-decline = Tut mir leid, Videocalls für Jobs mache ich nicht. Ich passe.

recruiter-on-telegram-invite = Eine Kalendereinladung kommt von einer Larchwood-Adresse: „Technisches Interview“, mit dem Tech Lead und { $recruiter }.
recruiter-on-telegram-interview = Das Interview: Der Tech Lead fragt nach deinen eigenen früheren Projekten, und du gehst mit ihm gemeinsam eine kleine Aufgabe durch. Eine Woche später folgt ein kurzer Call mit der Produktmanagerin des Kunden.
recruiter-on-telegram-liked = Der Tech Lead mochte Sie sehr, und der Call mit dem Kunden war auch gut. Wir möchten Ihnen ein Angebot machen!
recruiter-on-telegram-ask-passport = Für den Vertrag braucht HR Kopie von Ihrem Pass. Damit es schneller geht, schicken Sie einfach ein Foto hier, ich leite es heute weiter 🙏

recruiter-on-telegram-docs-choice-send = Klar, ich schicke es gleich. Ich will auch bald anfangen.
recruiter-on-telegram-docs-choice-portal = Ich lade ihn lieber selbst im Onboarding-System von HR hoch.
recruiter-on-telegram-docs-choice-portal-feedback = Richtig. Auch bei einer ehrlichen Recruiterin kann ein Passfoto im Chat überall landen. Ausweise gehören nur in das eigene Onboarding des Arbeitgebers oder seines Employer of Record.
recruiter-on-telegram-docs-choice-email = Okay, aber ich schicke ihn an Ihre Firmenadresse statt hierher.
recruiter-on-telegram-docs-choice-email-feedback = Besser als der Chat, aber es bleibt eine Kopie in einem Postfach. Ausweise gehören nur in das eigene Onboarding des Arbeitgebers oder seines Employer of Record, das du selbst öffnest.

recruiter-on-telegram-docs-portal-reply = Ja natürlich, Sie haben recht, Entschuldigung! HR schickt Ihnen heute den Link zu unserem Onboarding-System, dort laden Sie ihn hoch.
recruiter-on-telegram-docs-sent-reply = habe es, danke! Ich gebe es an HR weiter
recruiter-on-telegram-hr-note = Eine E-Mail von Larchwood HR: „Vielen Dank. Bitte laden Sie Ihren Pass nur in unserem Onboarding-System hoch; wir haben { $recruiter } gebeten, die erhaltene Kopie zu löschen.“

recruiter-on-telegram-onboarding = Per E-Mail kommt eine Einladung in das Onboarding-System von Larchwood. Dort lädst du deinen Ausweis selbst hoch und liest den Vertrag: dein Name, sechs Monate, { MONEY($monthly) } im Monat, auf dein eigenes Bankkonto.
recruiter-on-telegram-nda = noch eine Sache: Im Vertrag ist eine NDA. Bitte posten Sie also nicht den Namen vom Kunden oder seinen Code auf LinkedIn oder GitHub. Dass Sie für Larchwood arbeiten, dürfen Sie natürlich sagen

recruiter-on-telegram-nda-choice-accept = Verstanden. Ich nenne Larchwood, aber nicht den Kunden.
recruiter-on-telegram-nda-choice-ask = Gut. Das betrifft den Code des Kunden, nicht mein Gehalt, oder?
recruiter-on-telegram-nda-choice-ask-feedback = Gut, das festzuhalten. Eine NDA über den Code eines Kunden ist normal; eine, die die Vereinbarung selbst vor deiner Bank oder den Behörden verbirgt, wäre es nicht.
recruiter-on-telegram-nda-choice-refuse = Geheimhaltung macht mich nervös. Eine NDA unterschreibe ich hier nicht.
recruiter-on-telegram-nda-choice-refuse-feedback = Eine NDA, die Code und Daten eines Kunden schützt, gehört zu einem normalen Vertrag. Das Warnsignal ist, wenn du die Vereinbarung selbst verbergen sollst, vor der Plattform, deiner Bank oder den Behörden.

recruiter-on-telegram-nda-ask-reply = ja genau, nur Code und Daten vom Kunden. Ihren Vertrag, Gehalt und Steuern können Sie jedem zeigen, dem Sie müssen.
recruiter-on-telegram-nda-refused = Verstehe ich, aber ohne NDA kann der Kunde keinen Zugang zum Code geben. Wenn Sie möchten, zeigen Sie den Vertrag einer Anwältin, das Angebot gilt bis Freitag.

recruiter-on-telegram-paid = Ende des Monats: Dein erstes Gehalt, { MONEY($monthly) }, kommt auf deinem eigenen Bankkonto an, bezahlt nach deinem Vertrag.
recruiter-on-telegram-congrats = erster Monat geschafft! 🎉 Der Tech Lead sagt, Sie haben schon den Routing-Bug repariert, den alle gehasst haben
recruiter-on-telegram-docs-note = Eins zum Merken: Ein Foto deines Passes ist auch per Chat oder E-Mail verschickt worden. Diese Firma war ehrlich und hat es gelöscht; beim nächsten Mal gehören Ausweise nur ins offizielle Onboarding.

recruiter-on-telegram-hired = Du hast die Stelle bekommen, als du selbst. Der Wechsel in den Messenger diente nur den Terminen, die Agentur ließ sich über ihre eigene Website und eigene Kontakte prüfen, Vertrag und Bezahlung liefen auf deinen Namen, und dein Pass gehörte nur ins offizielle Onboarding.
recruiter-on-telegram-missed-move = Du hast eine echte Stelle ausgeschlagen. Eine Recruiterin, die in einen Messenger wechselt, ist einen zweiten Blick wert, und hier war dieser Blick leicht: die eigene Website der Agentur, ihre eigene Telefonzentrale und ein Vertrag auf deinen Namen. Erst prüfen, dann entscheiden.
recruiter-on-telegram-missed-video = Du hast eine echte Stelle ausgeschlagen. Vorsicht vor der Kamera ist verständlich; hier aber ging es um ein Interview mit dir, für eine Arbeit, die du selbst machen würdest, bei einer Agentur, die du prüfen konntest. Das Warnsignal ist, wenn du für jemand anderen auftreten sollst.
recruiter-on-telegram-missed-nda = Du hast eine echte Stelle wegen einer gewöhnlichen NDA ausgeschlagen. Vorsicht ist gut, und beim nächsten Mal hilft die Frage, was die NDA genau abdeckt: Der Code eines Kunden ist normal, die Vereinbarung vor deiner Bank oder den Behörden zu verstecken nicht.

recruiter-on-telegram-fine-off-platform = Der Wechsel zu Telegram oder WhatsApp für Termine war hier in Ordnung. Die Agentur ließ sich über ihre eigene Website und Telefonzentrale prüfen, die sie nicht in der Hand hatte, und Vertrag und Bezahlung blieben bei Larchwood, auf deinen Namen.
recruiter-on-telegram-fine-proxy-verification = Das Videointerview war in Ordnung: Du bist als du selbst aufgetreten, für eine Arbeit, die du selbst machen würdest. Das Warnsignal ist, wenn du für jemand anderen auftreten oder eine Prüfung bestehen sollst.
recruiter-on-telegram-fine-secrecy = Die NDA war in Ordnung: Sie schützte den Code des Kunden, stand in deinem eigenen Vertrag und verbarg nichts vor dir, deiner Bank oder dem Finanzamt. Das Warnsignal ist, wenn du die Vereinbarung selbst verstecken sollst.
