# Szenario „crypto-pass-through“: Eine freundliche Kundin auf Upwork wechselt zu Telegram und
# bittet die spielende Person, die Gehälter „ihres Teams“ anzunehmen und als Krypto weiterzuleiten.
# Variablen: $client (ein Frauenname), $handle (ein Telegram-Name), $task_pay, $incoming und
# $bigger (Dollar), $fee (ten oder fifteen, für einen Selektor).
# Die Kundin ist eine Frau. Sie duzt, schreibt herzlich, schnell und locker, in kurzen Zeilen,
# manchmal klein, mit ein paar Emojis und kleinen Fehlern einer Nicht-Muttersprachlerin
# (fehlende Kommas, „zahl dir direkt“); sie wird kühl, wenn das Geld nicht fließt.
# Die spielende Person duzt zurück. Text in eckigen Klammern ist eine Handlung, keine Nachricht.

crypto-pass-through-title = Eine schnelle Korrektur für eine Landingpage
crypto-pass-through-summary = Eine Kundin auf Upwork braucht ein repariertes Kontaktformular, zahlt schnell und hat jede Woche weitere kleine Aufgaben.
crypto-pass-through-cast-client = { $client }

crypto-pass-through-hello = Hi! Ich brauche schnell einen Fix auf meiner Landingpage, das Kontaktformular sendet nicht. Dauert höchstens 30 Min für dich. Schnelle Leute bezahle ich gut 😊
crypto-pass-through-contract = { $client } hat dir auf Upwork ein Vertragsangebot geschickt: „Kontaktformular reparieren“, Festpreis { MONEY($task_pay) }.
crypto-pass-through-portfolio = ach und noch was, bitte stell die Seite noch nicht in dein Portfolio. wir launchen nächsten Monat und das Design ist noch geheim. nach dem Launch ist es total ok!

crypto-pass-through-portfolio-choice-ok = Klar, aber nach dem Launch nehme ich sie gern in mein Portfolio auf.
crypto-pass-through-portfolio-choice-why = Warum die Geheimniskrämerei? Ich müsste erst wissen, wofür die Seite ist, bevor ich zusage.
crypto-pass-through-portfolio-choice-why-feedback = Nachfragen ist in Ordnung, aber es zur Bedingung zu machen, blockiert eine harmlose Bitte: Ein noch nicht veröffentlichtes Design aus dem Portfolio zu lassen, schützt ihr Produkt und verheimlicht Upwork nichts. Vertrag und Zahlung blieben auf der Plattform.
crypto-pass-through-portfolio-choice-refuse = Sorry, ich zeige jeden Auftrag. Wer Arbeit versteckt, ist mir nicht geheuer.
crypto-pass-through-portfolio-choice-refuse-feedback = Ein verständlicher Reflex, aber diese Bitte war harmlos: Ein noch nicht veröffentlichtes Design aus dem Portfolio zu lassen, schützt das Produkt der Kundin und verheimlicht der Plattform nichts.

crypto-pass-through-portfolio-shrug = Haha ok, ist nur Designkram, nichts Großes. deine Entscheidung, vielleicht wartest du einfach ein paar Wochen wenn es geht
crypto-pass-through-paid = Zwei Stunden später: „Zahlung von { MONEY($task_pay) } für ‚Kontaktformular reparieren‘ freigegeben.“
crypto-pass-through-praise = wow das war SCHNELL 🔥 du bist genau was ich brauche. ich hab jede Woche viele kleine Sachen wie diese
crypto-pass-through-move = Aber ehrlich, die Upwork-Gebühren bringen mich um. Lass uns auf Telegram reden, ich schick dir die nächsten Aufgaben da und zahl dir direkt, mehr für dich. Ich bin @{ $handle }

crypto-pass-through-move-choice-ask = Danke, aber warum stellst du die nächsten Aufgaben nicht hier als neue Verträge ein? Die Gebühr ist es wert.
crypto-pass-through-move-choice-ask-feedback = Eine gute Frage. Zahlungen außerhalb der Plattform nehmen dir den Schutz, und wer so gut zahlt, kann sich die Gebühr leisten.
crypto-pass-through-move-choice-chat = Okay, wir können auf Telegram schreiben, aber die Zahlungen bleiben hier auf Upwork.
crypto-pass-through-move-choice-chat-feedback = Ein halber Umzug ist trotzdem der Umzug: Sobald das Gespräch Upwork verlässt, geht der Nachweis mit, und ihre nächsten Bitten kommen dort an, wo niemand sonst mitliest. Gespräche vor einem Vertrag gehören auf die Plattform.
crypto-pass-through-move-choice-go = Klar, weniger Gebühren heißt mehr für uns beide, und du hast schnell gezahlt. Bis gleich auf Telegram.

crypto-pass-through-stay-reply = Haha du bist vorsichtig, das mag ich. aber echt, ist nur Chat auf Telegram, nichts Schlimmes. alle meine Freelancer sind da, viel schneller
crypto-pass-through-insist-choice-give-in = Na gut, du hast bisher schnell und fair gezahlt, also schreibe ich dir auf Telegram.
crypto-pass-through-insist-choice-details = Okay, schick mir zuerst den Namen und die Website deiner Firma, dann komme ich rüber.
crypto-pass-through-insist-choice-details-feedback = Einen Firmennamen und eine Website kann man leicht erfinden, und sie entscheidet, was du zu sehen bekommst. An der Bitte selbst ändern sie auch nichts: Außerhalb von Upwork verlierst du den Nachweis und den Schutz.
crypto-pass-through-insist-choice-report = [Nicht mehr antworten und ihr Angebot, außerhalb von Upwork zu zahlen, der Plattform melden]
crypto-pass-through-insist-choice-report-feedback = Upwork bittet darum, Angebote zur Zahlung außerhalb der Plattform zu melden. Das dauert eine Minute, und du musstest sie nicht vorwarnen.
crypto-pass-through-details-reply = Klar, steht alles in meinem Telegram-Profil, komm vorbei und ich zeig dir alles

crypto-pass-through-tg-hello = hey!! 👋 hier ist { $client }, schön dass du da bist
crypto-pass-through-tg-team = Also kurz zum Hintergrund: Ich leite ein Team von Entwicklern, die arbeiten remote für Firmen in den USA und Europa. Die Firmen zahlen jeden Monat ihr Gehalt, aber die Banken da wo meine Leute leben sind ein Albtraum, Überweisungen werden blockiert oder dauern Wochen
crypto-pass-through-tg-ask = Meine Idee: Die Firmen zahlen das Gehalt von meinen Leuten auf DEIN Bankkonto oder deine Krypto-Wallet. Du behältst { $fee ->
    [ten] 10
   *[fifteen] 15
} % und schickst den Rest als USDT an mich. 10 Min pro Zahlung, und manche Monate ist das mehr als du mit Formularen verdienst

crypto-pass-through-mule-choice-agree = Es ist ihr eigener Lohn und kostet mich zehn Minuten, also okay, das mache ich für dich.
crypto-pass-through-mule-choice-proof = Schick mir erst ihre Verträge und Gehaltsabrechnungen. Wenn die echt aussehen, bin ich dabei.
crypto-pass-through-mule-choice-proof-feedback = Papiere, die sie schickt, sind Papiere, die sie kontrolliert, und selbst echte Abrechnungen würden nichts ändern: Der Lohn fremder Leute käme auf deinem Konto an und ginge auf ihr Wort als Krypto weiter. Das macht dich zur Finanzagentin oder zum Finanzagenten, egal, was in den Dokumenten steht.
crypto-pass-through-mule-choice-why = Warum zahlen die Firmen deinen Entwicklern nicht direkt, auf Konten in deren eigenem Namen?
crypto-pass-through-mule-choice-why-feedback = Die richtige Frage. Eine Firma zahlt ihre Leute auf Konten in deren eigenem Namen. Gehälter, die das Konto einer fremden Person brauchen, um anzukommen, und als Krypto wieder gehen, werden gewaschen, und wer sie weiterleitet, steht mittendrin.

crypto-pass-through-pressure = komm schon, ist doch nur, damit mein Team sein Gehalt bekommt. nichts Illegales, die Firmen sind echt, ich kann dir die Gehaltsabrechnungen zeigen
crypto-pass-through-pressure-2 = Aber ich brauche heute eine Antwort, eine andere Freelancerin will das auch. Du hast ja gesehen dass ich pünktlich zahle
crypto-pass-through-pressure-choice-give-in = Du hast mich wirklich schnell und fair bezahlt. Okay, probieren wir es einmal und schauen.
crypto-pass-through-pressure-choice-wallet = Na gut, solange es über meine Krypto-Wallet läuft und nicht über mein Bankkonto.
crypto-pass-through-pressure-choice-wallet-feedback = Eine Wallet statt eines Bankkontos ändert das Werkzeug, nicht die Sache: Der Lohn ihres Teams liefe trotzdem über dich zu ihr. Die Frist und das Lob sollten dafür sorgen, dass du darüber nicht nachdenkst.
crypto-pass-through-pressure-choice-report = [Nicht mehr antworten, sie auf Telegram blockieren und ihr Upwork-Profil melden]
crypto-pass-through-proof = klar!! hier, 3 Verträge und die Abrechnungen vom letzten Monat. alles echte Firmen, siehst du
crypto-pass-through-proof-file = { $client } hat dir vier PDFs geschickt: drei Arbeitsverträge und eine Gehaltsabrechnung. Von den Firmen hast du nie gehört, und prüfen kannst du die Papiere nicht.

crypto-pass-through-bank-path = perfekt!! schick mir deine IBAN und deinen vollen Namen, die erste Firma zahlt heute
crypto-pass-through-bank-in = Deine Bank: eingehende Überweisung über { MONEY($incoming) } von einer Firma, von der du nie gehört hast.
crypto-pass-through-bank-forward = Angekommen? Jetzt kauf damit USDT auf einer Börse, behalte deine { $fee ->
    [ten] 10
   *[fifteen] 15
} % und schick den Rest an die Wallet-Adresse, die ich unten einfüge

crypto-pass-through-wallet-path = Perfekt!! schick mir deine USDT-Wallet-Adresse, diese Firma zahlt in Krypto
crypto-pass-through-wallet-in = Deine Wallet: { GROUPED($incoming) } USDT von einer Adresse erhalten, die du nicht kennst.
crypto-pass-through-wallet-forward = Da ist es, behalte deine { $fee ->
    [ten] 10
   *[fifteen] 15
} % und schick den Rest an die Adresse, die ich unten einfüge

crypto-pass-through-quiet = Bitte mach es innerhalb einer Stunde, meine Leute warten auf ihr Gehalt. Und wenn deine Bank oder die Börse fragt, sag einfach es ist Freelance-Einkommen, mich oder das Team musst du nicht erwähnen 🤫
crypto-pass-through-forward-choice-forward = [Deine Gebühr behalten, den Rest an die eingefügte Adresse schicken und ihr Bescheid geben]
crypto-pass-through-forward-choice-stop = Moment. Ich schicke dieses Geld nicht weiter, und ich verschweige meiner Bank nicht, woher es kommt.
crypto-pass-through-forward-choice-stop-feedback = Genau richtig. Das Weiterleiten macht dich zur Finanzagentin oder zum Finanzagenten, und die Herkunft zu verschweigen gehört dazu. Lass das Geld, wo es ist, und informiere die Polizei und deine Bank, oder die Börse, wenn das Geld dort liegt.
crypto-pass-through-forward-choice-once = Ich schicke es dieses eine Mal weiter, aber meiner Bank sage ich, dass es von deinem Team kommt.
crypto-pass-through-forward-choice-once-feedback = Offen zu deiner Bank zu sein, ist gut, aber das Geld ist trotzdem an sie weitergegangen, und genau das Weiterleiten macht dich zur Finanzagentin oder zum Finanzagenten. Lass es unangetastet und informiere die Polizei und deine Bank, oder die Börse, wenn es dort liegt.

crypto-pass-through-threat = was?? das ist das Gehalt von meinem Team, das kannst du nicht behalten
crypto-pass-through-threat-2 = Schick es jetzt oder ich zeige DICH bei der Polizei an wegen Diebstahl. Du sitzt auf unserem Geld, überleg mal was die sagen 😠
crypto-pass-through-threat-choice-give-in = Okay, okay, ich schicke es jetzt weiter. Bitte geh nicht zur Polizei.
crypto-pass-through-threat-choice-bank = [Das Geld nicht anrühren, sie blockieren und mit dem Chat zur Polizei gehen]
crypto-pass-through-threat-choice-bank-feedback = Drohungen sind ein bekannter Schritt, sobald jemand zögert. Die Polizei kennt das, und wer zuerst mit dem Chat zu ihr geht, schützt sich. Schick das Geld nirgendwohin, auch nicht zurück: Das klären die Polizei und deine Bank oder die Börse.
crypto-pass-through-threat-choice-warn = Nur zu. Ich gehe selbst zur Polizei, mit diesem ganzen Chat.
crypto-pass-through-threat-choice-warn-feedback = Dass du dich wehrst, ist verständlich, aber die Warnung gibt ihr Zeit, den Chat und ihre Konten zu löschen, und sie hat deine Daten. Erst blockieren, dann melden, ohne es ihr zu sagen.

crypto-pass-through-thanks = Angekommen, du bist spitze, siehst du wie einfach?
crypto-pass-through-new-account = nächsten Monat wird es mehr, { MONEY($bigger) }. bei so viel fragt deine Bank vielleicht nach, also mach bitte ein neues Konto bei einer Onlinebank auf, dauert 10 Min mit deinem Ausweis, und gib mir den Login damit ich die Zahlungen sehe. Deine Gebühr bleibt gleich
crypto-pass-through-account-choice-open = Das erste Mal lief gut, und die Gebühr ist ordentlich. Ich eröffne es und schicke dir den Login.
crypto-pass-through-account-choice-keep-login = Ich eröffne es, aber den Login behalte ich und leite die Zahlungen selbst weiter.
crypto-pass-through-account-choice-keep-login-feedback = Den Login zu behalten, ändert nichts daran, wofür das Konto da ist: größere Summen, über ein neues Konto geschleust, damit deine eigene Bank nicht nachfragt. Weiterleiten würdest trotzdem du.
crypto-pass-through-account-choice-report = [Sie blockieren und dann alles bei der Polizei anzeigen, mit dem ganzen Chat]
crypto-pass-through-account-choice-report-feedback = Auch nach einer Überweisung ist es das Beste, aufzuhören und es selbst zu melden. Für den Ausstieg ist es nie zu spät.

crypto-pass-through-fine-secrecy = Eine noch nicht veröffentlichte Seite ein paar Wochen aus dem Portfolio zu lassen, ist eine normale Bitte von Kundschaft: Sie schützt ihr Produkt und verheimlicht der Plattform nichts. Zum Warnsignal wurde Geheimhaltung erst später, als sie dich bat, deiner Bank nichts von ihrem Team zu sagen.

crypto-pass-through-frozen = Fünf Wochen später: Deine Bank kündigt deine Konten und friert das Guthaben ein. Das eingegangene Geld waren Gehälter, die Firmen an Remote-Beschäftigte gezahlt hatten, die unter fremden Namen eingestellt worden waren.
crypto-pass-through-fraud-marker = Ein Brief deiner Bank: Dein Name wurde in einer gemeinsamen Betrugsdatenbank eingetragen. Andere Banken sehen das, wenn du ein Konto oder einen Kredit beantragst.
crypto-pass-through-compromised = Löhne aus Jobs, die unter fremden Namen ergattert wurden, sind über Konten in deinem Namen gelaufen, und die Spur endet bei dir. Das kann dich zum Teil einer Geldwäsche machen, und das rechtliche Risiko bleibt bei dir: Finanzagenten verlieren ihre Bankkonten und den Zugang zu Krediten. Viele, die hineingezogen werden, hielten es für einen Gefallen, und wer getäuscht wurde, ist nicht dasselbe wie jemand, der so etwas wissentlich betrieben hat. Sich früh zu melden hilft. Stopp jetzt jede Überweisung und bewege nichts von dem, was noch da ist, erzähl deiner Bank (oder der Börse, wenn das Geld dort liegt) alles, bewahre die Chats auf, informiere Upwork und erstatte Anzeige bei der Polizei. Die Seite „Schon betroffen?“ im Spiel (Taste I) nennt die nächsten Schritte.

crypto-pass-through-reported-early = Du bist auf Upwork geblieben und hast das Angebot, außerhalb zu zahlen, gemeldet, ohne sie zu warnen. Upwork kann sich diese Kundin jetzt ansehen, bevor sie die nächste Person erreicht.
crypto-pass-through-reported = Du hast sie blockiert und das Profil gemeldet, bevor Geld geflossen ist. Deine Konten sind deine geblieben, und die Plattform weiß von dieser Kundin.
crypto-pass-through-walked-away-money = Du hast das Weiterleiten verweigert, und das ist der wichtigste Schritt. Aber sie rechnet jetzt damit, dass du zur Polizei gehst, und hat deine Daten, also tu es heute: Lass das Geld unangetastet, blockiere sie, zeige es mit dem Chat bei der Polizei an und informiere deine Bank, oder die Börse, wenn das Geld dort liegt. Schick es nicht selbst zurück.
crypto-pass-through-reported-bank = Du hast das Weiterleiten verweigert, das Geld nicht angerührt und bist mit dem Chat zur Polizei gegangen. Informiere auch deine Bank, oder die Börse, wenn das Geld dort liegt; wohin es dann geht, entscheiden sie und die Polizei. Genau so kommst du hier heraus.
crypto-pass-through-reported-late = Du hast aufgehört, sie blockiert und alles angezeigt. Informiere auch deine Bank, oder die Börse, falls eine beteiligt war, über die Überweisung, die durchgelaufen ist. Wer sich selbst meldet, steht viel besser da als wer wartet, und es hilft, die Leute dahinter zu stoppen.
