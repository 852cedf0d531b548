# Szenario „banned-family“: Nach Monaten einer „Partnerschaft“ über dein Upwork-Konto wird das
# Konto gesperrt, und der Partner will den Ausweis eines Familienmitglieds für ein neues.
# Variablen: $partner (ein Name), $relative (sister, brother oder cousin: Schwester, Bruder,
# Cousine), $months (eine Zahl), $share und $bonus (US-Dollar). Der Partner schreibt locker,
# duzt, mit Tippfehlern; das Familienmitglied ist herzlich. Die frühere Beteiligung wird ohne
# Vorwurf erzählt: Sie sah aus wie ein gewöhnlicher Unterauftrag.

banned-family-title = Frag doch deine Familie
banned-family-summary = Dein Upwork-Konto war monatelang Teil einer „Partnerschaft“. Heute wird es gesperrt.
banned-family-cast-partner = { $partner }
banned-family-cast-relative = { $relative ->
    [sister] Deine Schwester
    [brother] Dein Bruder
   *[cousin] Deine Cousine
}

banned-family-before = Vor { $months } Monaten hat dir { $partner } auf Upwork eine „Partnerschaft“ angeboten: Sein Team würde über dein Profil Aufträge annehmen, und du bekämst ein Fünftel der Einnahmen. Es klang nach einem gewöhnlichen Unterauftrag, und das zusätzliche Geld hat geholfen. Du hast zugesagt.
banned-family-past-deal = also abgemacht 🤝 mein team arbeitet über dein profil, du kriegst deine 20% immer am 1. vom monat. easy
banned-family-past-report = monatsbericht: 4 aufträge laufen grad über dein profil, alle kunden happy 💪 dein anteil ist unterwegs
banned-family-past-login = übrigens, log dich grad nicht selber bei upwork ein, mein kollege arbeitet drauf. zwei logins sieht komisch aus 😉
banned-family-past-money = Deine Bank: Zahlungseingang über { GROUPED($share) } US-Dollar, Verwendungszweck „Consulting“.

banned-family-banned = Upwork: „Dein Konto wurde wegen verdächtiger Aktivitäten dauerhaft gesperrt.“
banned-family-tg-hello = hast du gesehen?? upwork hat deinen account gesperrt 😤
banned-family-tg-calm = keine sorge, passiert ständig, deren system spinnt. nicht deine schuld. wir machen weiter, ich hab schon nen plan
banned-family-tg-screenshot = schick mir mal nen screenshot von der mail, ich will genau sehen was die geschrieben haben
banned-family-ban-choice-next = Okay … und was ist der Plan?
banned-family-ban-choice-support = Ich schreibe dem Upwork-Support und erkläre, was passiert ist.
banned-family-ban-choice-support-feedback = Der Plattform die Wahrheit zu sagen, ist der richtige Impuls. Wer will, dass du schweigst, schützt das System, nicht dich.
banned-family-ban-choice-stop = Der Account wurde gesperrt, weil andere über ihn gearbeitet haben. Ich höre damit auf.
banned-family-ban-choice-stop-feedback = Genau so war es, und das klar zu sehen, ist ein starker erster Schritt. Das Problem war die Vereinbarung, nicht ein Fehler im System von Upwork.

banned-family-no-support = neeein schreib nicht dem support!! 🙅 die sperre ist eh für immer, und die fragen dann wo das geld herkommt, dann hast du probleme. bleib einfach ruhig, vertrau mir
banned-family-secret-choice-quiet = Na gut, ich melde mich nicht bei denen. Was ist der Plan?
banned-family-secret-choice-leave = Ich bin damit fertig. Schreib mir nicht mehr.
banned-family-secret-choice-report = Ich erzähle Upwork alles, und ich zeige dich bei der Polizei an.
banned-family-secret-choice-report-feedback = Wenn du dich selbst meldest, bist du in der stärksten Position. Heb den Chat auf: Er zeigt, wer dich um was gebeten hat.

banned-family-stop-reply = ok ok, ich versteh dass du sauer bist. aber hör dir erst den plan an, der ist gut für dich. diesmal kein risiko, versprochen

banned-family-plan = also: hast du familie? jemand der noch nie upwork hatte? du hast mir doch mal von { $relative ->
    [sister] deiner schwester
    [brother] deinem bruder
   *[cousin] deiner cousine
} erzählt 🙂
banned-family-plan-bonus = die machen einen neuen account auf, wir machen alles wie vorher. sie kriegen 20% jeden monat, und du kriegst { MONEY($bonus) } bonus fürs vermitteln 🎁

banned-family-hurry = mein team hat grad 3 laufende aufträge, die kunden warten. ich brauch den neuen account spätestens bis freitag
banned-family-hurry-easy = du weißt ja schon wie es läuft, das erklärst du in 5 minuten
banned-family-blame = und mal ehrlich… die sperre war auch n bisschen deine schuld. du hast dich gleichzeitig mit meinem kollegen vom handy eingeloggt, upwork hat zwei länder gesehen 😒
banned-family-blame-fix = also hilf uns jetzt, das wieder hinzubiegen. ist doch fair oder?

banned-family-recruit-choice-ask = Okay, ich frage { $relative ->
    [sister] meine Schwester
    [brother] meinen Bruder
   *[cousin] meine Cousine
}.
banned-family-recruit-choice-refuse = Meine Familie ziehe ich da nicht mit rein.
banned-family-recruit-choice-next-ban = Die nächste Sperre wäre dann also auf den Namen { $relative ->
    [sister] meiner Schwester
    [brother] meines Bruders
   *[cousin] meiner Cousine
}?
banned-family-recruit-choice-next-ban-feedback = Ja. Ist ein Konto gesperrt, braucht das System eine neue Identität, und als Nächstes wird oft jemand gefragt, der dir nahesteht.

banned-family-pressure = komm schon, ist nur ein kleiner gefallen. die kriegen jeden monat geld geschenkt, keinem passiert was
banned-family-pressure-threat = und denk mal drüber nach, du hast ja auch { $months } monate geld von uns bekommen 😉 wär doch blöd wenn jemand fragt wo das herkommt
banned-family-pressure-choice-give-in = Na gut. Ich frag mal.
banned-family-pressure-choice-leave = Nein. Ich setze niemand anderen mit seinem Namen da rein. Das war's.
banned-family-pressure-choice-report = Dann erkläre ich es lieber selbst. Ich melde das bei Upwork und der Polizei.
banned-family-pressure-choice-report-feedback = So eine Drohung soll dich zum Schweigen bringen. Wenn du dich zuerst selbst bei Plattform und Polizei meldest, mit deinen eigenen Worten, schützt dich das viel besser als Schweigen.

banned-family-docs = super!! dann frag { $relative ->
    [sister] deine schwester
    [brother] deinen bruder
   *[cousin] deine cousine
} nach: ausweis vorder- und rückseite, ein selfie mit dem ausweis in der hand und die bankdaten. schick mir alles hier rein
banned-family-docs-secret = und erzähl besser nicht die ganze geschichte, sag einfach es ist ne verifizierung für nen online job. weniger fragen 😉
banned-family-docs-direct = oder noch besser, gib mir die nummer, dann erklär ich alles selber 😊
banned-family-relative-photos = { $relative ->
    [sister] Deine Schwester
    [brother] Dein Bruder
   *[cousin] Deine Cousine
} hat dir auf WhatsApp zwei Fotos geschickt: Ausweis_vorne.jpg, Ausweis_hinten.jpg
banned-family-docs-choice-forward = Ich schick sie dir jetzt rüber.
banned-family-docs-choice-warn = Ich leite gar nichts weiter. Ich sage { $relative ->
    [sister] meiner Schwester
    [brother] meinem Bruder
   *[cousin] meiner Cousine
} die Wahrheit.
banned-family-docs-choice-warn-feedback = Richtig. Die Fotos haben dein Handy nicht verlassen, und der Mensch, der dir vertraut hat, erfährt, worum es wirklich geht.
banned-family-docs-choice-report = Nein. Ich blockiere dich und melde alles bei Upwork und der Polizei.

banned-family-rel-hello = hey! sind die fotos angekommen? 😊 wann geht der job los?
banned-family-warn-choice-together = Schick sie bitte niemandem. Das ist ein Betrug, wegen dem mein Account gesperrt wurde. Lass uns das zusammen melden.
banned-family-warn-choice-delete = Das ist kein echter Job, tut mir leid. Lösch die Fotos bitte. Ich hab den Typen blockiert, der sie wollte.
banned-family-rel-together = wow 😳 ok. danke, dass du mir das sagst, echt. ja, lass uns das zusammen machen. ich lösch die fotos jetzt
banned-family-rel-together-more = soll ich auch meiner bank bescheid sagen? ich hab die fotos nur dir geschickt, sonst niemandem
banned-family-reported-warned = Du hast einem Menschen, der dir vertraut, die Wahrheit gesagt, und ihr meldet es gemeinsam. Die Fotos haben dein Handy nie verlassen, und das System hat seine nächste Identität nicht bekommen.
banned-family-rel-delete = oh nein 😳 ok, gelöscht. danke, dass du ehrlich zu mir bist
banned-family-rel-delete-more = wenn mir mal jemand wegen so nem „job“ schreibt, weiß ich jetzt bescheid 😅
banned-family-walked-away-warned = Du hast die Kette unterbrochen: Die Fotos haben dein Handy nie verlassen, und { $relative ->
    [sister] deine Schwester weiß, worauf sie achten muss
    [brother] dein Bruder weiß, worauf er achten muss
   *[cousin] deine Cousine weiß, worauf sie achten muss
}. Wenn du so weit bist, hilft eine Meldung bei Upwork und der Polizei, den nächsten Versuch zu stoppen.

banned-family-later = Zwei Monate später ruft { $relative ->
    [sister] deine Schwester an: Ein Upwork-Konto auf ihren Namen
    [brother] dein Bruder an: Ein Upwork-Konto auf seinen Namen
   *[cousin] deine Cousine an: Ein Upwork-Konto auf ihren Namen
} wurde gesperrt, und die Bank fragt nach Überweisungen, die nie in Auftrag gegeben wurden.
banned-family-compromised = Das System hat eine neue Identität bekommen, diesmal aus deiner Familie. Sperren auf Plattformen sind dauerhaft und hängen an der Person, und Geld, das über ein Konto geflossen ist, wird dem Inhaber zugerechnet. So halten sich solche Systeme am Leben: Ein gesperrtes Konto führt zum nächsten Namen. Es lässt sich trotzdem noch stoppen. Erzähl deinem Familienmitglied die ganze Geschichte, helft euch gegenseitig, Upwork und die Bank zu informieren, und erstattet gemeinsam Anzeige bei der Polizei, mit diesem Chat als Beweismittel.

banned-family-walked-away-early = Du hast es gleich nach der Sperre beendet, ohne jemand anderen hineinzuziehen. Die Vereinbarung ist vorbei, und niemand Neues trägt das Risiko.
banned-family-reported-early = Du hast dich selbst bei der Plattform und der Polizei gemeldet. Genau das schützt dich, und es gibt ihnen, was sie brauchen, um diese Person zu stoppen.
banned-family-walked-away = Du hast dich geweigert, jemand anderen mit seinem Namen hineinzuziehen, auch unter Druck. Die Kette endet bei dir.
banned-family-reported = Du hast abgelehnt und es gemeldet, mit deinen eigenen Worten. Das ist der beste Schutz gegen die Drohung, und deine Familie bleibt außen vor.
banned-family-reported-docs = Du hast es gestoppt und gemeldet. Die Fotos haben dein Handy nie verlassen. Sag { $relative ->
    [sister] deiner Schwester
    [brother] deinem Bruder
   *[cousin] deiner Cousine
}, worum es wirklich ging, damit die Fotos gelöscht werden und klar ist, worauf man achten muss.
