# Szenario „banned-family“: Nach Monaten einer Vereinbarung über dein Upwork-Konto wird das
# Konto gesperrt, und die Partnerin will den Ausweis eines Familienmitglieds für ein neues.
# Variablen: $partner (ein Frauenname), $relative (sister, brother oder cousin: Schwester, Bruder,
# Cousine), $months (eine Zahl), $share und $bonus (US-Dollar). Die Partnerin ist eine Frau; sie
# duzt und schreibt locker und herzlich: kurze Zeilen, manches klein, ab und zu ein Emoji.
# Upwork Trust & Safety schreibt einmal, förmlich, und siezt; die Bitte (die Ausweisprüfung in
# den eigenen Kontoeinstellungen) ist harmlos. Das Familienmitglied ist herzlich und duzt.
# Die frühere Beteiligung wird ohne Vorwurf erzählt: Sie sah aus wie ein gewöhnlicher Unterauftrag.

banned-family-title = Der Tag, an dem das Konto gesperrt wurde
banned-family-summary = Seit Monaten nimmt ein anderes Team Aufträge über dein Upwork-Profil an. Heute wird das Konto gesperrt.
banned-family-cast-partner = { $partner }
banned-family-cast-support = Upwork Trust & Safety
banned-family-cast-relative = { $relative ->
    [sister] Deine Schwester
    [brother] Dein Bruder
   *[cousin] Deine Cousine
}

banned-family-before = Vor { $months } Monaten hat dir { $partner } auf Upwork eine Partnerschaft angeboten: Ihr Team würde Aufträge über dein Profil annehmen, und du bekämst ein Fünftel der Einnahmen. Es klang nach einem gewöhnlichen Unterauftrag, und das zusätzliche Geld half. Du hast zugesagt.
banned-family-past-deal = Dann haben wir einen Deal. Mein Team arbeitet über dein Profil, du bekommst deine 20 % jeweils am 1. des Monats.
banned-family-past-report = Monatsbericht: 4 Verträge laufen über dein Profil, alle Kunden zufrieden. Dein Anteil ist unterwegs
banned-family-past-login = übrigens, log dich die nächsten Tage nicht selbst bei Upwork ein, mein Kollege arbeitet gerade darauf. Zwei Logins sehen komisch aus
banned-family-past-money = Deine Bank: Eingang einer Überweisung über { MONEY($share) }, Verwendungszweck „Beratung“.

banned-family-banned = Upwork: „Dein Konto wurde wegen verdächtiger Aktivitäten dauerhaft gesperrt.“
banned-family-appeal = Guten Tag, hier ist Upwork Trust & Safety. Ihr Konto wurde gleichzeitig aus zwei Ländern genutzt. Wenn Sie möchten, dass wir die Sperre überprüfen, bestätigen Sie bitte Ihre Identität über die Ausweisprüfung in Ihren Kontoeinstellungen.
banned-family-appeal-choice-verify = [Die Kontoeinstellungen öffnen und dort die Ausweisprüfung starten]
banned-family-appeal-choice-phishing = Nach einer Sperre? So fängt Phishing an. Ich bestätige gar nichts.
banned-family-appeal-choice-phishing-feedback = Vorsicht ist gut, aber diese Bitte kam innerhalb von Upwork und führt in deine eigenen Kontoeinstellungen: Du weist nach, dass du du bist, im eigenen Verfahren der Plattform, und nichts geht an eine Person.
banned-family-appeal-choice-ignore = Die Sperre ist doch endgültig. Ich frage erst { $partner }, was zu tun ist.

banned-family-tg-hello = hast du gesehen?? Upwork hat dein Konto gesperrt 😤
banned-family-tg-calm = Keine Sorge, das passiert ständig, deren System spinnt. Nicht deine Schuld. Wir machen einfach weiter, ich hab schon einen Plan. Du bist dabei, oder?
banned-family-ban-choice-next = Okay … ich hab jeden Monat mit dem Geld gerechnet. Wie sieht der Plan aus?
banned-family-ban-choice-support = Ich sage dem Upwork-Support, wer mein Konto wirklich benutzt hat.
banned-family-ban-choice-support-feedback = Der Plattform die Wahrheit zu sagen, ist der richtige Impuls. Wer will, dass du schweigst, schützt das System, nicht dich.
banned-family-ban-choice-stop = Es wurde gesperrt, weil andere über mein Konto gearbeitet haben. Ich höre auf.
banned-family-ban-choice-stop-feedback = Genau so war es, und das klar zu sehen, ist ein starker erster Schritt. Das Problem war die Vereinbarung, kein Fehler in Upworks System.

banned-family-no-support = neiiin, schreib nicht dem Support!! Die Sperre ist sowieso für immer, und sie fragen dann, woher das Geld kam, dann hast du Probleme. Bleib einfach still, vertrau mir
banned-family-secret-choice-quiet = Na gut, ich lasse Upwork raus. Ich will nicht noch mehr Ärger. Wie ist der Plan?
banned-family-secret-choice-leave = Nein. Ich erzähle Upwork alles, und ich zeige dich bei der Polizei an.
banned-family-secret-choice-leave-feedback = Dich selbst zu melden, ist richtig. Es ihr vorher zu sagen, ist unnötig: Sie kennt dein Konto und deine Bankdaten, und eine Warnung gibt ihr Zeit, Spuren zu verwischen. Erst blockieren, dann still melden.
banned-family-secret-choice-report = [Sie blockieren, den Chat aufbewahren und dem Upwork-Support erzählen, was passiert ist]

banned-family-stop-reply = ok ok, ich verstehe, dass du sauer bist. Aber hör dir erst den Plan an, er ist gut für dich. Diesmal kein Risiko, versprochen

banned-family-plan = Also: Hast du Familie? Jemanden, der nie Upwork hatte? Du hast mir doch mal von { $relative ->
    [sister] deiner Schwester
    [brother] deinem Bruder
   *[cousin] deiner Cousine
} erzählt.
banned-family-plan-bonus = Die machen ein neues Konto auf, wir machen alles wie vorher. Sie kriegen jeden Monat 20 %, und du kriegst { MONEY($bonus) } Bonus fürs Vermitteln.

banned-family-hurry = Mein Team hat gerade 3 laufende Verträge, die Kunden warten. Ich brauche das neue Konto spätestens bis Freitag
banned-family-hurry-easy = Also fragst du { $relative ->
    [sister] deine Schwester
    [brother] deinen Bruder
   *[cousin] deine Cousine
} heute? Du weißt ja schon, wie es läuft, du erklärst das in 5 Minuten
banned-family-blame = und ehrlich gesagt … die Sperre war auch ein bisschen deine Schuld. Du hast dich vom Handy eingeloggt, gleichzeitig mit meinem Kollegen, Upwork hat zwei Länder gesehen
banned-family-blame-fix = Also hilf uns jetzt, es zu reparieren: Frag { $relative ->
    [sister] deine Schwester
    [brother] deinen Bruder
   *[cousin] deine Cousine
}. Das ist doch fair, oder?

banned-family-recruit-choice-ask = Na gut. { $relative ->
    [sister] Meine Schwester kann auch etwas Geld gebrauchen. Ich frage sie heute Abend.
    [brother] Mein Bruder kann auch etwas Geld gebrauchen. Ich frage ihn heute Abend.
   *[cousin] Meine Cousine kann auch etwas Geld gebrauchen. Ich frage sie heute Abend.
}
banned-family-recruit-choice-refuse = Nein. Ich ziehe meine Familie nicht mit rein, egal wie hoch der Bonus ist.
banned-family-recruit-choice-next-ban = Dann trifft die nächste Sperre also { $relative ->
    [sister] meine Schwester
    [brother] meinen Bruder
   *[cousin] meine Cousine
} statt mich?
banned-family-recruit-choice-next-ban-feedback = Ja. Sobald ein Konto gesperrt ist, braucht das System eine neue Identität, und als Nächstes wird oft jemand gefragt, der dir nahesteht.

banned-family-pressure = Komm schon, das ist ein kleiner Gefallen. Sie kriegen jeden Monat Geld geschenkt, niemand wird verletzt.
banned-family-pressure-threat = und denk mal drüber nach: Du hast auch { $months } Monate lang Geld von uns bekommen 😉 wär schade, wenn jemand anfängt zu fragen, woher. Also frag sie einfach, OK?
banned-family-pressure-choice-give-in = Na gut. Ich will nicht, dass jemand nach dem Geld fragt. Ich frage.
banned-family-pressure-choice-leave = Nein. Ich setze keinen anderen Namen darunter. Wir sind fertig.
banned-family-pressure-choice-report = [Sie blockieren und die Drohung bei Upwork und der Polizei melden]
banned-family-pressure-choice-report-feedback = So eine Drohung soll dich zum Schweigen bringen. Wenn du zuerst der Plattform und der Polizei erzählst, was passiert ist, in deinen eigenen Worten, schützt dich das weit besser als Schweigen, und eine Vorwarnung brauchte sie nicht.

banned-family-docs = Super!! Also frag { $relative ->
    [sister] deine Schwester
    [brother] deinen Bruder
   *[cousin] deine Cousine
} nach: Personalausweis vorne und hinten, ein Selfie mit dem Ausweis in der Hand und die Bankdaten.
banned-family-relative-photos = { $relative ->
    [sister] Deine Schwester
    [brother] Dein Bruder
   *[cousin] Deine Cousine
} hat dir zwei Fotos auf WhatsApp geschickt: ID_front.jpg, ID_back.jpg
banned-family-docs-secret = schick sie mir hier, sobald du sie hast. und erzähl lieber nicht die ganze Geschichte, sag einfach, es ist eine Verifizierung für einen Online-Job 😉
banned-family-docs-choice-forward = [Ihr beide Fotos weiterleiten und sagen, die Bankdaten kommen später]
banned-family-docs-choice-warn = [Sie auf „gelesen“ lassen und erst { $relative ->
    [sister] deiner Schwester
    [brother] deinem Bruder
   *[cousin] deiner Cousine
} auf WhatsApp schreiben]
banned-family-docs-choice-report = [Nichts weiterleiten, sie blockieren und den Chat bei Upwork melden]

banned-family-rel-hello = hey! sind die Fotos angekommen? 😊 brauchst du auch meine Bankdaten? Ich kann sie dir gleich schicken
banned-family-warn-choice-together = Schick gar nichts. Das ist die Masche, wegen der mein Konto gesperrt wurde. Lass es uns zusammen melden.
banned-family-warn-choice-delete = Nein, schick sie nicht. Das ist kein echter Job, tut mir leid. Lösch bitte auch die Fotos.
banned-family-warn-choice-send = Ja, schick sie, das ist nur für die Auszahlungen. Den Rest erkläre ich dir am Wochenende.
banned-family-rel-together = Wow 😳 ok. danke, dass du mir das sagst, echt. ja, lass es uns zusammen machen. ich lösch die Fotos jetzt
banned-family-rel-together-more = Soll ich auch meiner Bank Bescheid sagen? Ich hab die Fotos nur dir geschickt, sonst niemandem.
banned-family-reported-warned = Du hast einem Menschen, der dir vertraut, die Wahrheit gesagt, und ihr meldet es gemeinsam. Die Fotos haben dein Handy nie verlassen, und das System hat seine nächste Identität nicht bekommen.
banned-family-rel-delete = Oh nein. OK, gelöscht. Danke, dass du ehrlich zu mir bist, und wenn mir mal jemand wegen so einem „Job“ schreibt, weiß ich Bescheid.
banned-family-walked-away-warned = Du hast die Kette unterbrochen: Die Fotos haben dein Handy nie verlassen, und { $relative ->
    [sister] deine Schwester weiß
    [brother] dein Bruder weiß
   *[cousin] deine Cousine weiß
} jetzt, worauf zu achten ist. Die Monate auf deinem eigenen Konto zählen trotzdem. Blockiere { $partner }, und schau dir, wenn du so weit bist, die Seite „Schon drin?“ an (Taste I oder redflag involved): Es selbst und früh zu melden, schützt dich.

banned-family-fine-identity-docs = Die Ausweisprüfung von Upwork, gestartet aus deinen eigenen Kontoeinstellungen, lässt dich nachweisen, dass du du bist, und nichts geht an eine Person. Die spätere Bitte war etwas anderes: Eine Partnerin wollte die Ausweisfotos deines Familienmitglieds per Chat zugeschickt bekommen.

banned-family-later = Zwei Monate später ruft { $relative ->
    [sister] deine Schwester an: Ein Upwork-Konto auf ihren Namen wurde gesperrt, und ihre Bank fragt nach Überweisungen, die sie nie gemacht hat.
    [brother] dein Bruder an: Ein Upwork-Konto auf seinen Namen wurde gesperrt, und seine Bank fragt nach Überweisungen, die er nie gemacht hat.
   *[cousin] deine Cousine an: Ein Upwork-Konto auf ihren Namen wurde gesperrt, und ihre Bank fragt nach Überweisungen, die sie nie gemacht hat.
}
banned-family-compromised = Das System hat eine neue Identität bekommen, diesmal aus deiner Familie. Plattformsperren sind endgültig und folgen der Person, und Geld, das über ein Konto läuft, wird seinem Inhaber zugerechnet. Es lässt sich noch stoppen, und wer sich früh meldet, steht besser da, ihr beide. Erzähl deinem Familienmitglied die ganze Geschichte, hilf, Upwork und die Bank zu kontaktieren, und erstattet gemeinsam Anzeige bei der Polizei, mit diesem Chat als Beweis. Die Seite „Schon drin?“ (Taste I oder redflag involved) nennt die Schritte.

banned-family-walked-away-early = Du wolltest nicht schweigen, und niemand Neues wurde hineingezogen. Es ihr vorher anzukündigen, war aber unnötig. Die Monate auf deinem Konto zählen trotzdem: Blockiere sie, erzähl Upwork und der Polizei in deinen eigenen Worten, was war, und schau dir die Seite „Schon drin?“ an (Taste I oder redflag involved).
banned-family-reported-early = Du hast sie blockiert und es Upwork selbst erzählt. Sich selbst zu melden, schützt dich, und die Plattform bekommt, was sie braucht, um diese Person zu stoppen.
banned-family-walked-away = Du hast keinen anderen Namen hergegeben, auch nicht unter einer Drohung. Die Kette endet bei dir. Die Monate auf deinem Konto und das Geld, das du bekommen hast, zählen trotzdem: Die Seite „Schon drin?“ (Taste I oder redflag involved) zeigt, wie du sie blockierst und dich selbst meldest, die beste Antwort auf so eine Drohung.
banned-family-reported = Du hast sie blockiert und die Drohung gemeldet, in deinen eigenen Worten. Das ist der beste Schutz dagegen, und deine Familie bleibt draußen.
banned-family-reported-docs = Du hast es gestoppt und gemeldet. Die Fotos haben dein Handy nie verlassen. Erzähl { $relative ->
    [sister] deiner Schwester
    [brother] deinem Bruder
   *[cousin] deiner Cousine
}, was es wirklich war, damit die Fotos gelöscht werden und alle wissen, worauf sie achten müssen.
