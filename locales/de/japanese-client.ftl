# Szenario „japanese-client“: Ein „Kunde aus Osaka“ findet dich auf GitHub, verlegt das Gespräch
# zu Discord, weicht jedem Gespräch auf Japanisch aus und drängt dann privat auf Chrome Remote
# Desktop. Seine erste Frage (Zeitzone und Wochenstunden) ist harmlos.
# Variablen: $client (Männername: er), $colleague (Frauenname: sie; deine eigene Kollegin),
# $handle (ein Discord-Name), $rate und $bonus (Dollar), $repo (parser oder charts, für einen
# Selektor).
# Ton: gepflegt. Der Kunde schreibt sauberes, höfliches, professionelles Deutsch ohne Emoji;
# die Kollegin schreibt natürlich und knapp.
# Anrede: Der Kunde duzt, wie es unter Entwicklern auf GitHub und Discord üblich ist, und die
# spielende Person duzt zurück; die Erzählstimme duzt wie im ganzen Spiel.

japanese-client-title = Ein Kunde aus Osaka
japanese-client-summary = Der CTO eines japanischen Start-ups mag dein Open-Source-Projekt und bietet dir einen Vertrag an.
japanese-client-cast-client = { $client }
japanese-client-cast-colleague = { $colleague }

japanese-client-comment = { $client } hat ein Issue in deinem Repository { $repo ->
    [parser] für den CSV-Parser
   *[charts] für die Diagramm-Bibliothek
} kommentiert.
japanese-client-hello = Hallo! Ich bin { $client }, CTO von Sakura Ledger, einem kleinen Fintech-Start-up in Osaka. Wir setzen { $repo ->
    [parser] deinen Parser
   *[charts] deine Bibliothek
} produktiv ein, und sie hat sich hervorragend bewährt.
japanese-client-offer = Wir würden dich gern für drei Monate als Auftragnehmer engagieren, zu { MONEY($rate) } pro Stunde, komplett remote.
japanese-client-hours = Bevor wir weitermachen: In welcher Zeitzone arbeitest du, und wie viele Stunden pro Woche hättest du für uns? Wir brauchen ein paar Stunden Überschneidung mit Osaka.
japanese-client-hours-choice-answer = Ich kann früh anfangen, aber nur etwa zwanzig Stunden pro Woche; morgens würden wir uns überschneiden.
japanese-client-hours-choice-contract-first = Über meine Stunden rede ich erst, wenn ein Vertrag unterschrieben ist. Worum geht es überhaupt?
japanese-client-hours-choice-contract-first-feedback = Mehr über das Projekt hören zu wollen, ist fair, aber Zeitzone und Wochenstunden bis zu einem Vertrag zurückzuhalten, blockiert eine gewöhnliche Planungsfrage: Sie öffnen nichts in deinem Namen. Heb dir deine Bedingungen für das auf, was zählt.
japanese-client-hours-choice-refuse = Wo ich sitze und wann ich arbeite, sage ich erst, wenn ich mehr über dich weiß.
japanese-client-hours-choice-refuse-feedback = Vorsichtig, aber hier kostet es mehr, als es schützt. Zeitzone und Wochenstunden sind gewöhnliche Planungsfragen; damit lässt sich nichts in deinem Namen eröffnen.
japanese-client-hours-later = Kein Problem; die Stunden klären wir, wenn du das Projekt gesehen hast.

japanese-client-move = Ein GitHub-Issue ist öffentlich. Wollen wir auf Discord weiterreden? Mein Benutzername ist { $handle }, dort erkläre ich dir alles.
japanese-client-move-choice-go = Stimmt, ein öffentliches Issue ist kein Ort für einen Vertrag. Ich füge dich auf Discord hinzu.
japanese-client-move-choice-ask = Danke! Kannst du mir das Angebot erst schriftlich über eine Freelance-Plattform schicken?
japanese-client-move-choice-ask-feedback = Guter Zug. Ein schriftliches Angebot auf einer Plattform kostet einen echten Kunden nichts, und das Gespräch bleibt dort, wo es einen Verlauf und ein Streitschlichtungsverfahren gibt.
japanese-client-move-choice-email = Kannst du mir zuerst von deiner Firmenadresse mailen? Dann füge ich dich auf Discord hinzu.
japanese-client-move-choice-email-feedback = Eine Mail von einer Firmenadresse ist leicht einzurichten und sagt wenig darüber, wer schreibt. Entscheidend war der Wechsel selbst: weg von jeder Plattform, bevor es einen Vertrag gibt.

japanese-client-stay-reply = Wir sind ein kleines Start-up und arbeiten nicht über Plattformen; wir zahlen direkt, das geht für dich schneller. Das ganze Team ist auf Discord, komm doch einfach dazu.
japanese-client-insist-choice-give-in = Direkt bezahlt zu werden ist wirklich schneller für beide. Gut, ich komme auf Discord.
japanese-client-insist-choice-contract = Gut, ich komme dazu, aber der Vertrag läuft über eine Plattform.
japanese-client-insist-choice-contract-feedback = Ein Plattformvertrag später hilft wenig, wenn alles andere über Discord läuft, und er hatte gerade gesagt, dass er nicht über Plattformen arbeitet. Der Wechsel selbst war die Bitte, die du ablehnen solltest.
japanese-client-insist-choice-report = [Das Konto auf GitHub blockieren und den Kommentar bei GitHub als Spam melden]
japanese-client-insist-choice-report-feedback = GitHub ist einer der Orte, an denen solche Anwerber anfangen. Die Meldung hilft GitHub, das Konto zu erkennen.
japanese-client-email-reply = Natürlich. Ich habe dir gerade von meiner Firmenadresse eine Mail geschickt. Bis gleich auf Discord.

japanese-client-dc-hello = Willkommen, und danke, dass du dazugekommen bist.
japanese-client-dc-project = Das Projekt ist ein Dashboard für unsere Krypto-Börse, mit React und Node, das kennst du gut. Wir zahlen alle zwei Wochen, { MONEY($rate) } pro Stunde, in USDC oder per Überweisung, wie du magst.
japanese-client-dc-start = Als japanisches Unternehmen legen wir Wert auf einen schnellen Start. Kannst du am Montag anfangen? Die Spezifikation schicke ich dir heute, dann sparen wir uns die Formalitäten.
japanese-client-call-choice-skip = Spezifikation heute und Start am Montag passt mir gut. Schick sie rüber, dann lege ich los.
japanese-client-call-choice-colleague = Können wir erst kurz telefonieren? Meine Kollegin { $colleague } spricht Japanisch; ich füge sie hinzu.
japanese-client-call-choice-colleague-feedback = Ein billiger, fairer Test: Wer wirklich eine Firma in Osaka führt, kann ohne Mühe ein paar Worte Japanisch sagen.
japanese-client-call-choice-papers = Kannst du mir vor Montag die Registrierungsunterlagen von Sakura Ledger schicken?
japanese-client-call-choice-papers-feedback = Papiere, die er schickt, sind Papiere, die er kontrolliert. Ein paar Worte Japanisch von jemandem, der angeblich eine Firma in Osaka führt, sind ein Test, auf den er sich nicht vorbereiten kann: Das war die einfache Prüfung.

japanese-client-skip-reply = Ausgezeichnet, mit dir arbeitet es sich leicht. Eine Kleinigkeit noch vor Montag; ich schreibe dir privat.
japanese-client-papers-reply = Natürlich, ich hänge sie an die Spezifikation an. Eine Kleinigkeit noch vor Montag; ich schreibe dir privat.

japanese-client-colleague-joins = { $colleague } ist dem Kanal beigetreten.
japanese-client-colleague-hello = はじめまして！{ $colleague }です。大阪のどちらにお住まいですか？
japanese-client-colleague-explains = (Für dich: Ich habe Hallo gesagt und gefragt, in welchem Teil von Osaka er wohnt. Leichter Smalltalk für jeden, der von dort kommt.)


japanese-client-stall-excuse = Tut mir leid, können wir beim Schreiben bleiben? Mein Mikrofon ist diese Woche kaputt. Und ehrlich gesagt ist mein Japanisch etwas eingerostet; ich bin im Ausland aufgewachsen.
japanese-client-stall-excuse-2 = Lassen wir den Call aus, er ist nicht nötig. Wenn du schnell anfängst, zahle ich dir die erste Woche im Voraus.
japanese-client-stall-choice-accept = Viele wachsen im Ausland auf, und eine Woche im Voraus ist großzügig. Schreiben passt.
japanese-client-stall-choice-later-call = Schreiben passt erst mal, aber vor meiner ersten Rechnung will ich den Call.
japanese-client-stall-choice-later-call-feedback = Den Test aufzuschieben, gibt ihm, was er braucht: Zeit, und bis dahin deine Arbeit. Er war schon einem einzigen Wort Japanisch ausgewichen; dieser Widerspruch war die Antwort.
japanese-client-stall-choice-leave = Tut mir leid, aber das passt für mich nicht zusammen, ich lasse das Projekt. Viel Erfolg.
japanese-client-stall-choice-leave-feedback = Dem Widerspruch zu trauen ist richtig. Ein Kunde, der sich als Japaner ausgibt und jedem Wort Japanisch ausweicht, sagt dir etwas.

japanese-client-stall-gone = Entschuldige, ich bin gerade sehr beschäftigt und habe ein Meeting. Lass uns später reden.
japanese-client-left = { $client } hat den Kanal ohne ein weiteres Wort verlassen.

japanese-client-dm = Einen Tag später: eine Direktnachricht von { $client }.
japanese-client-dm-hello = Hallo nochmal. Lass uns hier reden, nur wir beide; das ist einfacher.
japanese-client-dm-no-colleague = Deine Kollegin brauchen wir nicht einzubeziehen; sie gehört nicht zum Projekt.
japanese-client-dm-bonus = Ich möchte, dass du diese Woche anfängst, und kann dir heute noch { MONEY($bonus) } Antrittsprämie schicken.
japanese-client-dm-link = { $client } hat dir einen Link geschickt: „Chrome Remote Desktop – Fernzugriff einrichten“.
japanese-client-dm-setup = Unser Lead-Entwickler richtet die Umgebung auf deinem PC ein. Installiere bitte Chrome Remote Desktop über diesen Link und schick mir den Zugangscode; das machen alle unsere Auftragnehmer so.
japanese-client-remote-choice-install = Eine Prämie und eine fertige Umgebung klingen gut. Ich installiere es, hier ist der Code.
japanese-client-remote-choice-why = Wozu braucht dein Entwickler meinen Computer? Die Umgebung kann ich selbst einrichten.
japanese-client-remote-choice-why-feedback = Die richtige Frage. Kein echter Auftrag braucht die Kontrolle über deinen Computer: Deine Umgebung richtest du selbst ein.
japanese-client-remote-choice-profile = Wer ist dein Entwickler? Schick mir erst sein GitHub-Profil, dann installiere ich es.
japanese-client-remote-choice-profile-feedback = Ein Profil, das er aussucht, sagt dir nichts darüber, wer an deinem Computer sitzen wird, und kein Profil würde es sicher machen: Kein echter Job braucht die Kontrolle über dein Gerät.
japanese-client-dev-profile = Natürlich. Hier ist sein GitHub-Profil: acht Jahre Commits, alles öffentlich. Er ist unser bester Entwickler.

japanese-client-why-reply = Unsere Server nehmen nur Verbindungen aus deinem Land an, deshalb muss unser Entwickler von deinem PC aus arbeiten, über deine Internetverbindung.
japanese-client-why-reply-2 = Du musst nichts tun, außer den PC eingeschaltet zu lassen. Das sind { MONEY($rate) } pro Stunde für sehr wenig Aufwand.
japanese-client-last-choice-install = Es ist ja nur meine Leitung, und bezahlt wird pro Stunde. [Ihm den Zugangscode schicken]
japanese-client-last-choice-leave = Dann würde also jemand anderes als ich arbeiten, von meinem eigenen Computer aus. Nein, Schluss.
japanese-client-last-choice-report = [Ihn auf Discord blockieren und das Konto sowohl bei Discord als auch bei GitHub melden]
japanese-client-last-choice-report-feedback = Genau: Er hat gerade die Masche beschrieben. Ihn zu blockieren und das Konto zu melden, ohne ihn vorzuwarnen, hilft, den nächsten Versuch zu stoppen.

japanese-client-session = Chrome Remote Desktop: Jemand ist jetzt mit deinem Computer verbunden. Die Maus bewegt sich von selbst.
japanese-client-keep-on = Danke! Lass den PC bitte nachts an und klapp den Deckel nicht zu.
japanese-client-ssh-key = Zwei Wochen später schreibt dir GitHub: Deinem Konto wurde ein neuer SSH-Schlüssel hinzugefügt. Du warst das nicht.
japanese-client-compromised = Ein Fremder hat deinen Computer gesteuert, und alles, was von dort aus geschah, kam über deine Internetverbindung und unter deinem Namen. So wirken diese Arbeiter für Plattformen und Arbeitgeber wie Einheimische, und es kann dich zum Teil eines Betrugs machen: Das rechtliche Risiko bleibt bei dir, auch wenn man dir eine andere Geschichte erzählt hat. Wer getäuscht wurde, ist nicht dasselbe wie jemand, der wissentlich Computer für so eine Masche bereitgestellt hat, und früh zu handeln hilft. Trenne die Sitzung, deinstalliere Chrome Remote Desktop, ändere deine Passwörter von einem anderen Gerät aus, entferne unbekannte SSH-Schlüssel und Tokens auf GitHub und melde, was passiert ist. Die Seite „Schon betroffen?“ (Taste I) geht die nächsten Schritte durch.

japanese-client-reported-early = Du hast das Konto blockiert und den Kommentar gemeldet. GitHub kann es sich jetzt ansehen, bevor es der nächsten Entwicklerin oder dem nächsten Entwickler schreibt.
japanese-client-walked-away-mid = Ein Test von zwei Minuten hat dir gezeigt, was du wissen musstest: Der Kunde aus Osaka konnte nicht der sein, der er zu sein behauptete. Du bist gegangen, bevor er um irgendetwas gebeten hat.
japanese-client-walked-away = Du hast Nein zum Fernzugriff gesagt. Dein Computer und dein Name sind deine geblieben.
japanese-client-reported = Du hast abgelehnt, ihn blockiert und das Konto gemeldet. Die Plattform kennt es jetzt, und dein Computer ist deiner geblieben.

japanese-client-fine-identity-docs = Deine Zeitzone und deine Wochenstunden sind gewöhnliche Planungsfragen, die jeder Kunde stellt; damit lässt sich nichts in deinem Namen eröffnen. Der Unterschied kam später: eine Behauptung, die er nicht mit einem Wort Japanisch belegen konnte, und der Wunsch, deinen Computer zu steuern.
