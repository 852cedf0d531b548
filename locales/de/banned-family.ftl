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
banned-family-appeal-choice-verify = Danke. Ich starte die Ausweisprüfung gleich in meinen Kontoeinstellungen.
banned-family-appeal-choice-phishing = Nach einer Sperre? So fängt Phishing an. Ich bestätige gar nichts.
banned-family-appeal-choice-phishing-feedback = Vorsicht ist gut, aber diese Bitte kam innerhalb von Upwork und führt in deine eigenen Kontoeinstellungen: Du weist nach, dass du du bist, im eigenen Verfahren der Plattform, und nichts geht an eine Person.
banned-family-appeal-choice-ignore = [Die Nachricht schließen und { $partner } auf Telegram fragen, was zu tun ist]

banned-family-tg-hello = hast du gesehen?? Upwork hat dein Konto gesperrt 😤
banned-family-tg-calm = Keine Sorge, das passiert ständig, deren System spinnt. Nicht deine Schuld. Wir machen einfach weiter, ich hab schon einen Plan. Du bist dabei, oder?
banned-family-ban-choice-next = Okay … ich hab mit dem Geld gerechnet. Wie sieht der Plan jetzt aus?
banned-family-ban-choice-support = Ich sage dem Upwork-Support, wer wirklich auf meinem Konto gearbeitet hat.
banned-family-ban-choice-support-feedback = Der Plattform die Wahrheit zu sagen, ist der richtige Impuls. Wer will, dass du schweigst, schützt die Masche, nicht dich.
banned-family-ban-choice-carry-on = Können wir nicht den Einspruch abwarten? Wenn die Sperre fällt, machen wir weiter wie bisher.
banned-family-ban-choice-carry-on-feedback = Die Sperre kam, weil andere über dein Konto gearbeitet haben, und für den Einspruch sollst du nachweisen, dass du selbst es benutzt. „Weiter wie bisher“ hieße, genau das zu wiederholen, was zur Sperre geführt hat.

banned-family-no-support = neiiin, schreib nicht dem Support!! Die Sperre ist sowieso für immer, und sie fragen dann, woher das Geld kam, dann hast du Probleme. Bleib einfach still, vertrau mir
banned-family-secret-choice-quiet = Na gut, ich lasse Upwork raus, ich brauche nicht noch mehr Ärger. Und jetzt?
banned-family-secret-choice-hacked = Ich sage dem Support einfach, ich wurde gehackt. Dann kriegen wir beide keinen Ärger.
banned-family-secret-choice-hacked-feedback = Eine Ausrede hält die Masche verborgen und setzt deinen Namen unter eine falsche Aussage. Die Wahrheit, früh und in deinen eigenen Worten erzählt, ist das, was dich schützt.
banned-family-secret-choice-report = [Sie blockieren, den Chat aufbewahren und dem Upwork-Support alles erzählen, was passiert ist]
banned-family-carry-on-reply = der einspruch bringt nichts, die heben so was nie auf. aber keine sorge, ich hab einen besseren plan


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
banned-family-recruit-choice-let-decide = { $relative ->
    [sister] Ich erzähle meiner Schwester alles und lasse sie selbst entscheiden.
    [brother] Ich erzähle meinem Bruder alles und lasse ihn selbst entscheiden.
   *[cousin] Ich erzähle meiner Cousine alles und lasse sie selbst entscheiden.
}
banned-family-recruit-choice-let-decide-feedback = Die ganze Geschichte zu erzählen ist ehrlich, zieht aber trotzdem einen neuen Menschen in die Masche. Wie die Entscheidung auch ausfällt: Das Konto liefe auf den Namen deines Familienmitglieds, und die Sperre und die Fragen träfen dann diese Person.

banned-family-pressure = Komm schon, das ist ein kleiner Gefallen. Sie kriegen jeden Monat Geld geschenkt, niemand wird verletzt.
banned-family-pressure-threat = und denk mal drüber nach: Du hast auch { $months } Monate lang Geld von uns bekommen 😉 wär schade, wenn jemand anfängt zu fragen, woher. Also frag sie einfach, OK?
banned-family-pressure-choice-give-in = [Zusagen, dass du die Familie fragst, damit niemand nach dem Geld fragt]
banned-family-pressure-choice-once = Okay, ich frage, aber nur dieses eine Mal, und danach lässt du mich in Ruhe.
banned-family-pressure-choice-once-feedback = Eine Drohung endet nicht nach einem Gefallen: Eine zweite Identität gibt ihr noch mehr gegen dich in die Hand. Sie zu blockieren und es der Plattform und der Polizei selbst zu erzählen, nimmt der Drohung ihre Macht.
banned-family-pressure-choice-report = [Sie blockieren, den Chat aufbewahren und die Drohung bei Upwork und der Polizei melden]
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
banned-family-docs-choice-marked = [„Nur für Upwork“ quer über beide Fotos schreiben und sie ihr dann schicken]
banned-family-docs-choice-marked-feedback = Ein Vermerk quer über dem Foto hält niemanden davon ab, es zu benutzen, und die Masche braucht genau diese Fotos, um ein Konto zu eröffnen. Der Ausweis deines Familienmitglieds sollte dafür nicht aus der Hand gegeben werden.
banned-family-docs-choice-warn = [Sie auf „gelesen“ lassen und erst { $relative ->
    [sister] deiner Schwester
    [brother] deinem Bruder
   *[cousin] deiner Cousine
} auf WhatsApp schreiben]

banned-family-rel-hello = hey! sind die Fotos angekommen? 😊 brauchst du auch meine Bankdaten? Ich kann sie dir gleich schicken
banned-family-warn-choice-together = Schick gar nichts. Das ist die Masche, wegen der mein Konto gesperrt wurde. Lass es uns zusammen melden.
banned-family-warn-choice-vague = Nein, warte erst mal. Es ist kompliziert, ich erklär's dir ein andermal, okay?
banned-family-warn-choice-vague-feedback = Die Fotos aufzuhalten war richtig, aber den Grund für dich zu behalten, ist genau das, worum sie gebeten hat. Dein Familienmitglied glaubt weiter an den Job, und die nächste Nachricht dazu landet vielleicht direkt dort. Nur die Wahrheit schützt davor.
banned-family-warn-choice-send = Ja, schick sie, das ist nur für die Auszahlungen. Den Rest erkläre ich dir am Wochenende.
banned-family-rel-together = Wow 😳 ok. danke, dass du mir das sagst, echt. ja, lass es uns zusammen machen. ich lösch die Fotos jetzt
banned-family-rel-together-more = Soll ich auch meiner Bank Bescheid sagen? Ich hab die Fotos nur dir geschickt, sonst niemandem.
banned-family-reported-warned = Du hast einem Menschen, der dir vertraut, die Wahrheit gesagt, und ihr meldet es gemeinsam. Die Fotos haben dein Handy nie verlassen, und die Masche hat ihre nächste Identität nicht bekommen.
banned-family-rel-wait = Ok, kein Problem, ich warte. sag Bescheid, wenn es geklärt ist, das Extrageld würde echt helfen
banned-family-walked-away-unwarned = Die Fotos sind nicht weitergegangen, aber { $relative ->
    [sister] deine Schwester glaubt noch, dass ein Job auf sie wartet, und die nächste Nachricht dazu erreicht sie
    [brother] dein Bruder glaubt noch, dass ein Job auf ihn wartet, und die nächste Nachricht dazu erreicht ihn
   *[cousin] deine Cousine glaubt noch, dass ein Job auf sie wartet, und die nächste Nachricht dazu erreicht sie
} vielleicht direkt. Erzähl, was es wirklich war, lösch die Fotos und blockiere { $partner }. Die Monate auf deinem eigenen Konto zählen trotzdem: Die Seite „Schon betroffen?“ (Taste I oder redflag involved) zeigt, wie du dich früh selbst meldest.

banned-family-fine-identity-docs = Die Ausweisprüfung von Upwork, gestartet aus deinen eigenen Kontoeinstellungen, lässt dich nachweisen, dass du du bist, und nichts geht an eine Person. Die spätere Bitte war etwas anderes: Eine Partnerin wollte die Ausweisfotos deines Familienmitglieds per Chat zugeschickt bekommen.

banned-family-later = Zwei Monate später ruft { $relative ->
    [sister] deine Schwester an: Ein Upwork-Konto auf ihren Namen wurde gesperrt, und ihre Bank fragt nach Überweisungen, die sie nie gemacht hat.
    [brother] dein Bruder an: Ein Upwork-Konto auf seinen Namen wurde gesperrt, und seine Bank fragt nach Überweisungen, die er nie gemacht hat.
   *[cousin] deine Cousine an: Ein Upwork-Konto auf ihren Namen wurde gesperrt, und ihre Bank fragt nach Überweisungen, die sie nie gemacht hat.
}
banned-family-compromised = Die Masche hat eine neue Identität bekommen, diesmal aus deiner Familie. Plattformsperren sind endgültig und folgen der Person, und Geld, das über ein Konto läuft, wird seinem Inhaber zugerechnet. Es lässt sich noch stoppen, und wer sich früh meldet, steht besser da, ihr beide. Erzähl deinem Familienmitglied die ganze Geschichte, hilf, Upwork und die Bank zu kontaktieren, und erstattet gemeinsam Anzeige bei der Polizei, mit diesem Chat als Beweis. Die Seite „Schon betroffen?“ (Taste I oder redflag involved) nennt die Schritte.

banned-family-reported-early = Du hast sie blockiert und es Upwork selbst erzählt. Sich selbst zu melden, schützt dich, und die Plattform bekommt, was sie braucht, um diese Person zu stoppen.
banned-family-reported = Du hast sie blockiert und die Drohung gemeldet, in deinen eigenen Worten. Das ist der beste Schutz dagegen, und deine Familie bleibt draußen.
