# Szenario „japanese-client“: Ein „Kunde aus Osaka“ findet dich auf GitHub, verlegt das Gespräch
# zu Discord, weicht jedem Gespräch auf Japanisch aus und drängt dann privat auf Chrome Remote Desktop.
# Variablen: $client und $colleague (Namen), $handle (ein Discord-Name), $rate und $bonus
# (Dollar), $repo (parser oder charts, für einen Selektor).
# Der Kunde schreibt höflich, etwas steif und mit kleinen Fehlern, aber per Du, wie es in
# Entwickler-Chats üblich ist; die Kollegin schreibt natürlich und knapp.

japanese-client-title = Der Kunde aus Osaka
japanese-client-summary = Der CTO eines japanischen Start-ups mag dein Open-Source-Projekt und bietet dir einen Vertrag an.
japanese-client-cast-client = { $client }
japanese-client-cast-colleague = { $colleague }

japanese-client-comment = { $client } hat ein Issue in deinem Repository { $repo ->
    [parser] für den CSV-Parser
   *[charts] für die Diagramm-Bibliothek
} kommentiert.
japanese-client-hello = Hallo! Ich bin { $client }, CTO von Sakura Ledger, kleines Fintech-Start-up in Osaka 🇯🇵. Wir benutzen { $repo ->
    [parser] deinen Parser
   *[charts] deine Bibliothek
} in Produktion, sehr gute Arbeit!
japanese-client-offer = Wir möchten dich als Auftragnehmer, 3 Monate, { MONEY($rate) } pro Stunde, komplett remote.
japanese-client-move = GitHub-Kommentar ist öffentlich, also lass uns bitte auf Discord reden? Mein User ist { $handle }. Dort erkläre ich alle Details.

japanese-client-move-choice-go = Danke, sehr nett! Ich füge dich auf Discord hinzu.
japanese-client-move-choice-ask = Danke! Kannst du mir das Angebot zuerst schriftlich schicken, über eine Freelance-Plattform mit einem richtigen Vertrag?
japanese-client-move-choice-ask-feedback = Guter Zug. Ein schriftliches Angebot auf einer Plattform kostet einen echten Kunden nichts, und das Gespräch bleibt dort, wo es einen Verlauf und ein Streitschlichtungsverfahren gibt.
japanese-client-move-choice-stay = Ich höre gern mehr, aber Gespräche über Aufträge führe ich auf einer Freelance-Plattform, bis es einen Vertrag gibt.

japanese-client-stay-reply = Wir sind Start-up, wir nutzen keine Plattformen, wir zahlen direkt, viel schneller für dich. Unser ganzes Team ist auf Discord, bitte komm 🙏
japanese-client-insist-choice-give-in = Okay, ich komme rüber zu Discord.
japanese-client-insist-choice-decline = Danke, aber ohne Vertrag über eine Plattform lasse ich es. Viel Erfolg!
japanese-client-insist-choice-report = Ich lasse es, und ich melde diesen Kommentar bei GitHub als Spam.
japanese-client-insist-choice-report-feedback = GitHub ist einer der Orte, an denen solche Anwerber ansetzen. Eine Meldung hilft GitHub, den Account zu erkennen.

japanese-client-dc-hello = Konnichiwa! 😄 Danke, dass du gekommen bist.
japanese-client-dc-project = Projekt ist ein Dashboard für unsere Krypto-Börse. React und Node, kennst du gut. Wir zahlen alle zwei Wochen, { MONEY($rate) } pro Stunde, in USDC oder per Bank, wie du willst.
japanese-client-dc-start = Kannst du am Montag anfangen? Ich schicke dir heute die Spezifikation.
japanese-client-call-choice-skip = Klingt gut! Schick mir die Spezifikation, dann lege ich am Montag los.
japanese-client-call-choice-colleague = Bevor wir unterschreiben: Können wir kurz telefonieren? Meine Kollegin { $colleague } spricht Japanisch und würde gern Hallo sagen. Ich füge sie hier hinzu.
japanese-client-call-choice-colleague-feedback = Ein einfacher, fairer Test: Wer wirklich eine Firma in Osaka leitet, kann ohne Mühe ein paar Worte Japanisch sagen.
japanese-client-call-choice-japanese = Können wir vorher fünf Minuten per Video sprechen? Ich lerne gerade Japanisch und würde es gern ein bisschen ausprobieren. よろしくお願いします！

japanese-client-skip-reply = Super, mit dir ist es einfach 😄 Eine kleine Sache noch vor Montag, ich schreibe dir privat.

japanese-client-colleague-joins = { $colleague } ist dem Kanal beigetreten.
japanese-client-colleague-hello = はじめまして！{ $colleague }です。大阪のどちらにお住まいですか？
japanese-client-colleague-explains = (Für dich: Ich habe nur Hallo gesagt und gefragt, wo in Osaka er wohnt. Smalltalk, den jeder von dort locker beantwortet.)

japanese-client-call-asked = Ah, Anruf… 🤔 Moment

japanese-client-stall-excuse = Sorry, lass uns lieber schreiben 😅 mein Mikro ist diese Woche kaputt. Und ehrlich, mein Japanisch ist etwas eingerostet, ich bin im Ausland aufgewachsen.
japanese-client-stall-excuse-2 = Lass uns den Call weglassen, ist nicht nötig. Ich zahle die erste Woche im Voraus, wenn du schnell anfängst 🙏
japanese-client-stall-choice-accept = Kein Problem, schriftlich passt auch.
japanese-client-stall-choice-doubt = Der CTO eines Start-ups in Osaka, der nicht mal auf Japanisch Hallo sagen kann? Ich hätte den Call trotzdem gern, bevor wir weitermachen.
japanese-client-stall-choice-leave = Das passt für mich nicht zusammen. Ich lasse das Projekt.
japanese-client-stall-choice-leave-feedback = Dem Widerspruch zu trauen ist richtig. Wer behauptet, Japaner zu sein, und jedes Wort Japanisch vermeidet, sagt dir damit etwas.

japanese-client-stall-gone = Sorry, gerade sehr beschäftigt, Meeting. Später.
japanese-client-left = { $client } hat den Kanal ohne ein weiteres Wort verlassen.

japanese-client-dm = Einen Tag später: eine Direktnachricht von { $client }.
japanese-client-dm-hello = Hi, mein Freund 🙂 lass uns hier reden, nur wir, ist einfacher.
japanese-client-dm-no-colleague = Deine Kollegin brauchen wir nicht, sie ist nicht im Projekt.
japanese-client-dm-setup = Damit es schnell losgeht, muss unser Lead-Dev die Umgebung auf deinem PC einrichten. Bitte installier Chrome Remote Desktop und schick mir den Zugangscode. Machen alle unsere Auftragnehmer, ist normal.
japanese-client-dm-bonus = Ich schicke dir heute { MONEY($bonus) } Startbonus, wenn du es jetzt machst.
japanese-client-dm-link = { $client } hat dir einen Link geschickt: „Chrome Remote Desktop – Fernzugriff einrichten“.
japanese-client-remote-choice-install = Okay, ich installiere es gerade. Hier ist der Code.
japanese-client-remote-choice-why = Wozu braucht euer Dev meinen Computer? Die Umgebung kann ich selbst einrichten.
japanese-client-remote-choice-why-feedback = Die richtige Frage. Kein echter Auftrag braucht die Kontrolle über deinen Computer: Deine Umgebung richtest du selbst ein.
japanese-client-remote-choice-refuse = Niemand bekommt Fernzugriff auf meinen Computer. Ich bin raus.

japanese-client-why-reply = Unsere Server erlauben nur Verbindungen aus deinem Land 😅 deshalb muss unser Dev von deinem PC aus arbeiten, mit deinem Internet.
japanese-client-why-reply-2 = Du machst gar nichts, lässt nur den PC an. Leichtes Geld für dich, { MONEY($rate) } pro Stunde für nichts.
japanese-client-last-choice-install = Na ja, wenn es nur um die Internetverbindung geht… Okay, hier ist der Code.
japanese-client-last-choice-leave = Dann würde also jemand anderes als ich arbeiten, von meinem Computer aus. Nein. Das war's.
japanese-client-last-choice-report = Genau so verstecken sich Proxy-Arbeiter. Ich blockiere dich und melde das.
japanese-client-last-choice-report-feedback = Genau: Er hat dir gerade das Schema beschrieben. Eine Meldung bei Discord, bei GitHub und bei der Polizei hilft, den nächsten Versuch zu stoppen.

japanese-client-session = Chrome Remote Desktop: Jemand ist jetzt mit deinem Computer verbunden. Die Maus bewegt sich von allein.
japanese-client-keep-on = Danke!! Bitte lass den PC nachts an und klapp den Deckel nicht zu 🙏
japanese-client-ssh-key = Zwei Wochen später schreibt dir GitHub: Deinem Konto wurde ein neuer SSH-Schlüssel hinzugefügt. Du warst das nicht.
japanese-client-compromised = Eine fremde Person hat deinen Computer gesteuert, und alles, was darüber lief, kam aus deinem Internetanschluss und unter deinem Namen. So wirken diese Arbeiter für Plattformen und Arbeitgeber wie Einheimische; wer wissentlich Computer für sie betrieben hat, wurde angeklagt, und Christina Chapman wurde zu 102 Monaten Haft verurteilt. Dir wurde eine andere Geschichte erzählt, und du kannst den Schaden jetzt noch begrenzen: Trenne die Sitzung, deinstalliere Chrome Remote Desktop, ändere deine Passwörter von einem anderen Gerät aus, entferne unbekannte SSH-Schlüssel und Tokens bei GitHub und melde den Vorfall der Plattform und der Polizei.

japanese-client-walked-away-early = Du hast das Gespräch dort gehalten, wo es einen Verlauf gibt, und bist gegangen, als der „Kunde“ keinen Vertrag anbieten wollte. Nichts von dir ist aus der Hand gegeben.
japanese-client-reported-early = Du hast abgelehnt und den Kommentar gemeldet. GitHub kann sich den Account jetzt ansehen, bevor er die nächste Entwicklerin oder den nächsten Entwickler anschreibt.
japanese-client-walked-away-mid = Ein Test von zwei Minuten hat dir gezeigt, was du wissen musstest: Der „Kunde aus Osaka“ konnte nicht der sein, der er vorgab zu sein. Du bist gegangen, bevor er irgendetwas verlangt hat.
japanese-client-walked-away = Du hast Nein zum Fernzugriff gesagt. Dein Computer und dein Name gehören weiter dir.
japanese-client-reported = Du hast abgelehnt und es gemeldet. Der Account ist den Plattformen jetzt bekannt, und dein Computer gehört weiter dir.
